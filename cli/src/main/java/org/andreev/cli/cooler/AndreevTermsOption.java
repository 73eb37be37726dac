package org.andreev.cli.cooler;

import java.util.Locale;
import org.andreev.cooler.CoolerModel.AndreevTerms;
import picocli.CommandLine.Option;

/**
 * {@code --andreev full|charge|none}: which Andreev terms the cooler model includes, declared once
 * for every cooler command that evaluates the model ({@code cooler iv}, {@code cooler fit}). Use as
 * {@code @Mixin}.
 */
public final class AndreevTermsOption {

    @Option(names = "--andreev", paramLabel = "TERMS", defaultValue = "full",
            description = "Andreev terms: full (charge and Joule heat, seed Eq. 6), charge (current only,"
                    + " no heat, seed Fig. 2) or none (no Andreev current); default: ${DEFAULT-VALUE}.")
    String andreev;

    /** The choice as model terms; an unknown word is refused naming the option. */
    public AndreevTerms terms() {
        return switch (andreev.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> AndreevTerms.CHARGE_AND_HEAT;
            case "charge" -> AndreevTerms.CHARGE;
            case "none" -> AndreevTerms.NONE;
            default -> throw new IllegalArgumentException(
                    "option --andreev: '" + andreev + "' is not full, charge or none");
        };
    }
}
