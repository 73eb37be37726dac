package org.andreev.cli.nis;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.RangeConverter;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.tunnel.NisJunction;
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
            "Output: CSV with columns V[V],I[A],dIdV[S],Pcool[W]."
        },
        footer = {
            "",
            "Example:",
            "  andreev nis iv --delta 0.2meV --rt 2kOhm --te 300mK --ts 300mK \\",
            "      --bias 0:1mV:201",
            "  andreev nis iv --delta 0.228meV --rt 2.76kOhm --te 105mK --ts 90mK \\",
            "      --dynes 1e-4 --out iv.csv --plot iv.png"
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

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
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

    /** R_T dI/dV against V: the normalised conductance a tunnel spectroscopist reads. */
    private Plot plot(double[] v, double[] conductance, NisJunction j, double tSuper) {
        Unit vu = Unit.readable(Dimension.VOLTAGE, v);
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            g[i] = conductance[i] * j.rT();
        }
        String title = "N-I-S junction: Delta = " + Quantity.format(j.superconductor().delta(), Dimension.ENERGY)
                + ", R_T = " + Quantity.format(j.rT(), Dimension.RESISTANCE)
                + ", T_S = " + Quantity.format(tSuper, Dimension.TEMPERATURE);
        return new Plot(title, vu.label("V"), "R_T dI/dV", List.of(Series.line(
                "T_N = " + Quantity.format(tN, Dimension.TEMPERATURE), vu.fromSi(v), g)));
    }
}
