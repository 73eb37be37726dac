package org.andreev.cli.nis;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.RangeConverter;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.superconductor.UsadelSuperconductor;
import org.andreev.tunnel.NisDos;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.UsadelNisJunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import org.andreev.units.Range;
import org.andreev.units.Dimension;
import org.andreev.units.PhysicalConstants;
import org.andreev.units.Quantity;
import org.andreev.units.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Model I(V), dI/dV and cooling power of one N-I-S junction: {@link NisJunction#curve}. */
@Command(
        name = "iv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Model current I(V), differential conductance dI/dV and cooling power of one N-I-S junction"
                    + " (physics.md A2; bias on N, Pcool = heat drawn out of N, > 0 when cooling).",
            "Output: CSV with columns V[V],I[A],dIdV[S],Pcool[W].",
            "With --dos usadel the superconductor has spin-orbit, spin-flip and orbital scattering and a normal"
                    + " fraction in parallel (physics.md A8: --so, --sf, --orb, --xn; --dynes is Γ/Δ); the"
                    + " output is V[V],I[A],dIdV[S] (no cooling power: that kernel has no heat current), and"
                    + " T_S does not enter."
        },
        footer = {
            "",
            "Example:",
            "  andreev nis iv --delta 0.2meV --rt 2kOhm --te 300mK --ts 300mK \\",
            "      --bias 0:1mV:201",
            "  andreev nis iv --delta 0.228meV --rt 2.76kOhm --te 105mK --ts 90mK \\",
            "      --dynes 1e-4 --out iv.csv --plot iv.png",
            "  andreev nis iv --dos usadel --delta 0.2814meV --h 0.1358meV --sf 0.0456meV --so 0.0108meV \\",
            "      --xn 0.0058 --rt 76kOhm --te 40mK --bias -0.6mV:0.6mV:241 --plot usadel.png"
        })
public final class NisIvCommand implements Callable<Integer> {

    @Mixin
    JunctionOptions junction;

    @Option(names = "--te", required = true, paramLabel = "TEMPERATURE",
            converter = QuantityConverter.Temperature.class,
            description = "Electron temperature T_N of the normal metal, e.g. 300mK.")
    double tN;

    @Option(names = "--ts", paramLabel = "TEMPERATURE", converter = QuantityConverter.Temperature.class,
            description = "Temperature T_S of the superconductor (default: --te).")
    Double tS;

    @Option(names = "--bias", paramLabel = "START:STOP:COUNT", converter = RangeConverter.Voltages.class,
            description = "Bias voltages on N, e.g. 0:1mV:201 (default: -2Δ/e to 2Δ/e, 401 points).")
    Range bias;

    @Option(names = "--dos", paramLabel = "MODEL", defaultValue = "dynes",
            description = "Density of states: dynes (spin-split Dynes, physics.md A1; default) or usadel (physics.md A8).")
    NisDos dos;

    @Option(names = "--so", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class, defaultValue = "0",
            description = "usadel: spin-orbit rate ħ/τ_so as an energy, e.g. 10ueV (default 0).")
    double so;

    @Option(names = "--sf", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class, defaultValue = "0",
            description = "usadel: spin-flip rate ħ/τ_sf as an energy (default 0).")
    double sf;

    @Option(names = "--orb", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class, defaultValue = "0",
            description = "usadel: orbital depairing rate ħ/τ_orb as an energy (default 0).")
    double orb;

    @Option(names = "--xn", paramLabel = "FRACTION", converter = QuantityConverter.Ratio.class, defaultValue = "0",
            description = "usadel: normal fraction x_N in parallel, in [0, 1] (default 0).")
    double xn;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (dos == NisDos.USADEL) {
            return usadel();
        }
        for (String o : List.of("--so", "--sf", "--orb", "--xn")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), "option '" + o + "' belongs to --dos usadel");
            }
        }
        NisJunction j = junction.junction();
        double tSuper = tS == null ? tN : tS;
        double[] v = (bias != null ? bias
                : new Range(-2 * j.superconductor().delta() / PhysicalConstants.E_CHARGE,
                        2 * j.superconductor().delta() / PhysicalConstants.E_CHARGE, 401)).values();
        double[] current = new double[v.length];
        double[] conductance = new double[v.length];
        double[] cooling = new double[v.length];
        j.curve(v, tN, tSuper, current, conductance, cooling);
        output.write(new Table(List.of("V[V]", "I[A]", "dIdV[S]", "Pcool[W]"),
                List.of(v, current, conductance, cooling)));
        output.plot(() -> plot(v, conductance, j, tSuper));
        return 0;
    }

    /** The --dos usadel curve: {@link UsadelNisJunction#curve}. */
    private int usadel() throws java.io.IOException {
        if (tS != null) {
            throw new ParameterException(spec.commandLine(), "option '--ts' does not enter --dos usadel (its kernel has no"
                    + " superconductor occupation)");
        }
        double delta = junction.superconductor().delta();
        UsadelSuperconductor s = new UsadelSuperconductor(delta, junction.superconductor().exchange(),
                junction.superconductor().dynes() * delta, so, sf, orb);
        UsadelNisJunction j = new UsadelNisJunction(s, junction.junction().rT(), xn);
        double[] v = (bias != null ? bias
                : new Range(-2 * delta / PhysicalConstants.E_CHARGE, 2 * delta / PhysicalConstants.E_CHARGE, 401)).values();
        double[] current = new double[v.length];
        double[] conductance = new double[v.length];
        j.curve(v, tN, current, conductance);
        output.write(new Table(List.of("V[V]", "I[A]", "dIdV[S]"), List.of(v, current, conductance)));
        output.plot(() -> plot(v, conductance, j.rT(), "", "Usadel, T_N = " + Quantity.format(tN, Dimension.TEMPERATURE)));
        return 0;
    }

    /** R_T dI/dV against V: the normalised conductance a tunnel spectroscopist reads. */
    private Plot plot(double[] v, double[] conductance, NisJunction j, double tSuper) {
        String title = "N-I-S junction: Delta = " + Quantity.format(j.superconductor().delta(), Dimension.ENERGY)
                + ", R_T = " + Quantity.format(j.rT(), Dimension.RESISTANCE)
                + ", T_S = " + Quantity.format(tSuper, Dimension.TEMPERATURE);
        return plot(v, conductance, j.rT(), title, "T_N = " + Quantity.format(tN, Dimension.TEMPERATURE));
    }

    private static Plot plot(double[] v, double[] conductance, double rT, String title, String label) {
        Unit vu = Unit.readable(Dimension.VOLTAGE, v);
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            g[i] = conductance[i] * rT;
        }
        return new Plot(title, vu.label("V"), "R_T dI/dV", List.of(Series.line(label, vu.fromSi(v), g)));
    }
}
