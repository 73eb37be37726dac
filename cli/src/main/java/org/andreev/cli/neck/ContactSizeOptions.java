package org.andreev.cli.neck;

import org.andreev.cli.QuantityConverter;
import org.andreev.material.Material;
import org.andreev.neck.ContactSize;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a contact's resistance gives its size ({@link ContactSize}, physics.md B1): {@code --model
 * sharvin|wexler --material Pb --mfp 10nm --rho …}. Use as {@code @Mixin}. (The MAR contact's banks
 * and channels are {@code cli.mar.ContactOptions}, another thing.)
 */
public final class ContactSizeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "sharvin",
            description = "Resistance of a contact: sharvin or wexler (default: ${DEFAULT-VALUE}).")
    ContactSize.Model model;

    @Option(names = "--material", paramLabel = "SYMBOL", defaultValue = "Pb", converter = MaterialConverter.class,
            description = "Pb, Al, Nb, Au or Cu: lambda_F, rho*l and l come from it (default: ${DEFAULT-VALUE}).")
    Material material;

    @Option(names = "--fermi-wavelength", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Sharvin: Fermi wavelength instead of the material's (Pb: 0.399nm).")
    Double fermiWavelength;

    @Option(names = "--mfp", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Wexler: mean free path l (default: the material's; Pb: 10nm).")
    Double mfp;

    @Option(names = "--rho", paramLabel = "RESISTIVITY", converter = QuantityConverter.Resistivity.class,
            description = "Wexler: resistivity, e.g. 4.9e-8 or '4.9uOhm cm' (default: the material's rho*l / l).")
    Double rho;

    /** The contact model the options describe; refuses options of the other model. */
    public ContactSize contactSize() {
        if (model == ContactSize.Model.SHARVIN) {
            if (mfp != null || rho != null) {
                throw new ParameterException(spec.commandLine(),
                        "--mfp and --rho are Wexler's: add --model wexler (Sharvin uses only lambda_F)");
            }
            return ContactSize.sharvin(fermiWavelength != null ? fermiWavelength : material.fermiWavelength());
        }
        if (fermiWavelength != null) {
            throw new ParameterException(spec.commandLine(),
                    "--fermi-wavelength is Sharvin's: Wexler uses --rho and --mfp");
        }
        return ContactSize.wexler(material, mfp == null ? Double.NaN : mfp, rho == null ? Double.NaN : rho);
    }
}
