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
import org.andreev.tunnel.NisDevice;
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

/**
 * Model I(V), dI/dV and cooling power of one N-I-S junction, with the phase-coherent Andreev current
 * when the junction has one: {@link NisDevice#curve}. The junction's options are generated from
 * {@link org.andreev.tunnel.NisDeviceFile#TABLE} ({@link NisDeviceOptions}).
 */
@Command(
        name = "iv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Model current I(V), differential conductance dI/dV and cooling power of one N-I-S junction"
                    + " (physics.md A2; bias on N, Pcool = heat drawn out of N, > 0 when cooling).",
            "Output: CSV with columns V[V],I[A],dIdV[S],Pcool[W].",
            "With the Andreev term (--m, --lphi, --diffusion, --dos-total, --wire-width, --wire-thickness, all of"
                    + " them, or --seed-004-probe, or a --device file that has them) the phase-coherent Andreev current"
                    + " of physics.md A4 is added (seed 004 Fig. 1 and 2 left: the zero-bias peak): columns"
                    + " V[V],I[A],dIdV[S],Pcool[W],Iqp[A],IA[A],PA[W], with I = Iqp + IA, dIdV of both, Pcool of the"
                    + " quasiparticles and PA = IA·V the Andreev current's Joule heat in N.",
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
            "  andreev nis iv --seed-004-probe --te 105mK --ts 90mK --bias -0.35mV:0.35mV:141 --plot probe.png",
            "  andreev nis iv --delta 0.228meV --rt 2.76kOhm --te 105mK --m 1.37 --lphi 1.5um --diffusion 80cm2/s \\",
            "      --dos-total 1.56e47/J/m3 --wire-width 0.3um --wire-thickness 50nm --bias 0:0.35mV:71",
            "  andreev nis iv --dos usadel --delta 0.2814meV --h 0.1358meV --sf 0.0456meV --so 0.0108meV \\",
            "      --xn 0.0058 --rt 76kOhm --te 40mK --bias -0.6mV:0.6mV:241 --plot usadel.png"
        })
public final class NisIvCommand implements Callable<Integer> {

    @Mixin
    NisDeviceOptions junction;

    @Option(names = "--te", paramLabel = "TEMPERATURE", converter = QuantityConverter.Temperature.class,
            description = "Electron temperature T_N of the normal metal, e.g. 300mK (required).")
    Double tN;

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
        // the junction's required options and --te, refused together as picocli would
        List<String> missing = new java.util.ArrayList<>(junction.missing(java.util.Set.of()));
        if (tN == null) {
            missing.add("'--te=TEMPERATURE'");
        }
        junction.refuseMissing(missing);
        NisDevice d = junction.device();
        if (dos == NisDos.USADEL) {
            if (d.hasAndreev()) {
                throw new ParameterException(spec.commandLine(), "the Andreev term (--m, --lphi, ...: physics.md A4)"
                        + " goes with --dos dynes, not --dos usadel");
            }
            return usadel(d);
        }
        for (String o : List.of("--so", "--sf", "--orb", "--xn")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), "option '" + o + "' belongs to --dos usadel");
            }
        }
        NisJunction j = d.tunnelJunction();
        double tSuper = tS == null ? tN : tS;
        double[] v = (bias != null ? bias
                : new Range(-2 * j.superconductor().delta() / PhysicalConstants.E_CHARGE,
                        2 * j.superconductor().delta() / PhysicalConstants.E_CHARGE, 401)).values();
        NisDevice.Curve curve = d.curve(v, tN, tSuper);
        output.write(curve.table());
        output.plot(() -> plot(curve, j, tSuper));
        return 0;
    }

    /** The --dos usadel curve: {@link UsadelNisJunction#curve}. */
    private int usadel(NisDevice d) throws java.io.IOException {
        if (tS != null) {
            throw new ParameterException(spec.commandLine(), "option '--ts' does not enter --dos usadel (its kernel has no"
                    + " superconductor occupation)");
        }
        double delta = d.delta();
        UsadelSuperconductor s = new UsadelSuperconductor(delta, d.exchange(), d.dynes() * delta, so, sf, orb);
        UsadelNisJunction j = new UsadelNisJunction(s, d.rT(), xn);
        double[] v = (bias != null ? bias
                : new Range(-2 * delta / PhysicalConstants.E_CHARGE, 2 * delta / PhysicalConstants.E_CHARGE, 401)).values();
        double[] current = new double[v.length];
        double[] conductance = new double[v.length];
        j.curve(v, tN, current, conductance);
        output.write(new Table(List.of("V[V]", "I[A]", "dIdV[S]"), List.of(v, current, conductance)));
        output.plot(() -> plot(v, conductance, j.rT(), "", "Usadel, T_N = " + Quantity.format(tN, Dimension.TEMPERATURE)));
        return 0;
    }

    /**
     * R_T dI/dV against V: the normalised conductance a tunnel spectroscopist reads; with the Andreev
     * term on a logarithmic axis next to the quasiparticles alone, where the zero-bias peak shows.
     */
    private Plot plot(NisDevice.Curve c, NisJunction j, double tSuper) {
        String title = "N-I-S junction: Delta = " + Quantity.format(j.superconductor().delta(), Dimension.ENERGY)
                + ", R_T = " + Quantity.format(j.rT(), Dimension.RESISTANCE)
                + ", T_S = " + Quantity.format(tSuper, Dimension.TEMPERATURE);
        String label = "T_N = " + Quantity.format(tN, Dimension.TEMPERATURE);
        if (!c.andreev()) {
            return plot(c.v(), c.conductance(), j.rT(), title, label);
        }
        Unit vu = Unit.readable(Dimension.VOLTAGE, c.v());
        double[] g = new double[c.v().length];
        double[] gqp = new double[c.v().length];
        j.curve(c.v(), tN, tSuper, null, gqp, null);
        for (int i = 0; i < g.length; i++) {
            g[i] = c.conductance()[i] * j.rT();
            gqp[i] *= j.rT();
        }
        return new Plot(title, vu.label("V"), "R_T dI/dV", List.of(
                Series.line("with Andreev, " + label, vu.fromSi(c.v()), g),
                Series.line("quasiparticles only", vu.fromSi(c.v()), gqp).styled(org.andreev.plot.HouseStyle.BLACK,
                        org.andreev.plot.LineStyle.DASHED))).withLogY();
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
