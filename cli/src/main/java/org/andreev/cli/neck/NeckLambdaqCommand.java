package org.andreev.cli.neck;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.neck.ChargeImbalance;
import org.andreev.neck.NeckSuperconductor;
import org.andreev.units.Range;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The charge-imbalance length Λ_Q*(T) with pair breaking: {@link ChargeImbalance#length}. */
@Command(
        name = "lambdaq",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The charge-imbalance length Lambda_Q* = sqrt(D tau_Q*), D = v_F l/3, tau_Q* = (4/pi)(k_B T/Delta) tau"
                    + " (Kadin, Smith, Skocpol 1980; physics.md B5), with tau shortened from tau_E-P by pair breaking:"
                    + " by a field (--field, with the wire diameter --width) or a given rate (--pair-breaking hbar/tau_PB).",
            "Output: CSV T[K],LambdaQ[m],tauQ[s],pairBreaking[J]."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck lambdaq --temperature 2K:7K:11",
            "  andreev neck lambdaq --temperature 4.2K --pair-breaking 0.124meV",
            "  andreev neck lambdaq --temperature 4.2K --field 0.25T --width 12.9nm --form tau-ep-limit"
        })
public final class NeckLambdaqCommand implements Callable<Integer> {

    @Option(names = "--material", paramLabel = "NAME", defaultValue = "Pb",
            description = "Material (default: ${DEFAULT-VALUE}).")
    String material;

    @Option(names = "--mfp", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Mean free path l (default: the material's, 10nm for Pb).")
    Double mfp;

    @Option(names = "--temperature", required = true, paramLabel = "TEMPERATURE|START:STOP:COUNT",
            converter = NeckFieldOptions.Temperatures.class,
            description = "Temperature, e.g. 4.2K, or a range 2K:7K:11; below T_c.")
    Range temperature;

    @ArgGroup(exclusive = true)
    PairBreaking pairBreaking;

    /** Pair breaking by a field or by a given rate, not both. */
    static final class PairBreaking {
        @ArgGroup(exclusive = false)
        FieldPairBreaking field;

        @Option(names = "--pair-breaking", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class,
                description = "Pair-breaking energy hbar/tau_PB, e.g. 0.124meV (0.2 k_B T_c of Pb).")
        Double energy;
    }

    /** ħ/τ_PB = D e²(μ0H)²w²/(6ħ). */
    static final class FieldPairBreaking {
        @Option(names = "--field", required = true, paramLabel = "FIELD", converter = QuantityConverter.MagneticField.class,
                description = "Field mu0 H of the pair breaking, e.g. 0.25T.")
        double field;

        @Option(names = "--width", required = true, paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
                description = "Wire diameter w, e.g. 12.9nm.")
        double width;
    }

    @Option(names = "--form", paramLabel = "seed|tau-ep-limit", defaultValue = "seed",
            converter = NeckFieldOptions.FormConverter.class,
            description = "Pair-breaking form: the seed's printed form (default) or the one that returns tau_E-P"
                    + " without pair breaking.")
    ChargeImbalance.Form form;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ChargeImbalance ci = new ChargeImbalance(superconductor(), form);
        double pb = pairBreaking == null ? 0
                : pairBreaking.energy != null ? pairBreaking.energy
                : ci.fieldPairBreaking(pairBreaking.field.field, pairBreaking.field.width);
        double[] t = temperature.values();
        double[] lq = new double[t.length];
        double[] tq = new double[t.length];
        double[] pbs = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            lq[i] = ci.length(t[i], pb);
            tq[i] = ci.chargeImbalanceTime(t[i], pb);
            pbs[i] = pb;
        }
        output.write(new Table(List.of("T[K]", "LambdaQ[m]", "tauQ[s]", "pairBreaking[J]"), List.of(t, lq, tq, pbs)));
        return 0;
    }

    private NeckSuperconductor superconductor() {
        var m = org.andreev.material.Material.named(material);
        if (mfp != null) {
            m = m.withMeanFreePath(mfp);
        }
        return new NeckSuperconductor(m, NeckSuperconductor.Limit.DIRTY);
    }
}
