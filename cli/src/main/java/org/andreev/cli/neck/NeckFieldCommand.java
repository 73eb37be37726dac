package org.andreev.cli.neck;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.neck.NeckUnderField;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The neck under field: L_S(H), Λ_Q*(H) and the regime, {@link NeckUnderField#sweep}. */
@Command(
        name = "field",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The neck under a magnetic field above the bulk H_c (physics.md B5; seed 000 Fig. 3 inset): the length"
                    + " L_S of the part that stays superconducting (disks narrower than r_c = 4 lambda H_c/H), the"
                    + " charge-imbalance length Lambda_Q* with field pair breaking, and the regime: PS (L_S >="
                    + " Lambda_Q*, phase-slip centres), NS (L_S < Lambda_Q*, N-S interface), N (nothing superconducting).",
            "Output: CSV H[T],LS[m],LambdaQ[m],regime; with a temperature range T[K] first (the regime map over H"
                    + " and T); with --crossover T[K],Hx[T], the field where L_S = Lambda_Q*."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck field --theta 35deg --r0 6.45nm --temperature 4.2K --field 0.1T:0.3T:41",
            "  andreev neck field --theta 35deg --r0 6.45nm --temperature 4.2K --field 0.1T:0.6T:51 --plot inset.png",
            "  andreev neck field --theta 35deg --r0 6.45nm --temperature 2K:6.5K:10 --field 0.06T:2T:2 --crossover",
            "  andreev neck field --profile profile.csv --temperature 4.2K --field 0.1T:0.3T:21 --limit clean"
        })
public final class NeckFieldCommand implements Callable<Integer> {

    @Mixin
    NeckFieldOptions neck;

    @Option(names = "--temperature", required = true, paramLabel = "TEMPERATURE|START:STOP:COUNT",
            converter = NeckFieldOptions.Temperatures.class,
            description = "Temperature of the neck, e.g. 4.2K, or a range 2K:6.5K:10 for the regime map.")
    Range temperature;

    @Option(names = "--field", required = true, paramLabel = "START:STOP:COUNT", converter = NeckFieldOptions.Fields.class,
            description = "Fields mu0 H, above H_c(T), e.g. 0.1T:0.3T:41.")
    Range field;

    @Option(names = "--crossover",
            description = "Print the crossover field H_x (L_S = Lambda_Q*) within the --field range at each temperature.")
    boolean crossover;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        NeckUnderField n = neck.neck();
        double[] temps = temperature.values();
        if (crossover) {
            return crossover(n, temps);
        }
        double[] h = field.values();
        boolean map = temps.length > 1;
        int rows = temps.length * h.length;
        double[] tc = new double[rows];
        double[] hc = new double[rows];
        double[] ls = new double[rows];
        double[] lq = new double[rows];
        List<String> regime = new ArrayList<>(rows);
        int k = 0;
        for (double t : temps) {
            for (NeckUnderField.Point p : n.sweep(t, h)) {
                tc[k] = t;
                hc[k] = p.field();
                ls[k] = p.superconductingLength();
                lq[k] = p.chargeImbalanceLength();
                regime.add(p.regime().name());
                k++;
            }
        }
        Table table = new Table(List.of("H[T]", "LS[m]", "LambdaQ[m]"), List.of(hc, ls, lq));
        if (map) {
            table = new Table(List.of("T[K]", "H[T]", "LS[m]", "LambdaQ[m]"), List.of(tc, hc, ls, lq));
        }
        StringWriter csv = new StringWriter();
        TableWriter.write(table, List.of(new TableWriter.TextColumn("regime", table.columnCount(), regime)), csv);
        output.write(csv.toString());
        if (!map) {
            output.plot(() -> plot(hc, ls, lq, temps[0]));
        }
        return 0;
    }

    private int crossover(NeckUnderField n, double[] temps) throws Exception {
        List<Double> ts = new ArrayList<>();
        List<Double> hx = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (double t : temps) {
            OptionalDouble x = n.crossoverField(t, field.start(), field.stop());
            if (x.isPresent()) {
                ts.add(t);
                hx.add(x.getAsDouble());
            } else {
                none.add(NeckFieldOptions.shown(t, org.andreev.units.Dimension.TEMPERATURE));
            }
        }
        if (ts.isEmpty()) {
            throw new IllegalArgumentException("--crossover: L_S and Lambda_Q* do not cross between "
                    + field.start() + " T and " + field.stop() + " T at any temperature given; widen --field");
        }
        output.write(new Table(List.of("T[K]", "Hx[T]"), List.of(ts.stream().mapToDouble(Double::doubleValue).toArray(),
                hx.stream().mapToDouble(Double::doubleValue).toArray())));
        if (!none.isEmpty()) {
            neck.spec.commandLine().getErr().println(neck.spec.qualifiedName() + ": no crossover within the --field range"
                    + " at " + String.join(", ", none));
        }
        return 0;
    }

    private static Plot plot(double[] h, double[] ls, double[] lq, double t) {
        double[] lsNm = new double[h.length];
        double[] lqNm = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            lsNm[i] = ls[i] * 1e9;
            lqNm[i] = lq[i] * 1e9;
        }
        return new Plot("Neck under field at T = " + NeckFieldOptions.shown(t, org.andreev.units.Dimension.TEMPERATURE),
                "mu0 H (T)", "length (nm)", List.of(Series.line("L_S", h, lsNm), Series.line("Lambda_Q*", h, lqNm)));
    }
}
