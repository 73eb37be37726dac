package org.andreev.cli.neck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.io.Table;
import org.andreev.neck.NeckShape;
import org.andreev.neck.PlasticStage;
import org.andreev.neck.StaircaseAnalysis;
import org.andreev.neck.Trace;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The neck's shape from its R(z) staircase: {@link StaircaseAnalysis#analyse}. */
@Command(
        name = "shape",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Shape of a neck from its R(z) staircase (physics.md B2, slab model): plastic stages, A(z) by"
                    + " Sharvin or Wexler, the profile r(x) = sqrt(A(z_f - 2|x|)/pi), the opening half-angle"
                    + " theta (tan theta = -2 dr_min/dz) and the length z_f - z_0.",
            "Columns z and R by header name, units from the header (z[nm], R[kOhm]); several traces in one"
                    + " file are told apart by a 'trace' column. Noise, non-monotonic steps and elastic slopes:"
                    + " see docs/neck.md.",
            "Output: CSV x[m],r[m] (one point per stage, both halves); with several traces a first column"
                    + " trace (1, 2, ... in the order read). --json: theta_deg, length_m, r_min_m and more;"
                    + " --jumps: one row per plastic jump with the deforming length L = A'dz/(A - A')."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck simulate --theta 35deg --resistance 5Ohm --length 200nm --noise 1%% --out trace.csv",
            "  andreev neck shape trace.csv",
            "  andreev neck shape trace.csv --json",
            "  andreev neck shape trace.csv --jumps --plot profile.png"
        })
public final class NeckShapeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", converter = ExistingFile.class,
            description = "Trace files: columns z and R (CSV, TSV or whitespace; header with units).")
    List<Path> files;

    @Mixin
    TraceOptions columns;

    @Mixin
    ContactSizeOptions contact;

    @Option(names = "--json", description = "Print theta, length and r_min (and the stage count) as JSON.")
    boolean json;

    @Option(names = "--jumps", description = "Print one row per plastic jump: z[m],A[m2],A_after[m2],dz[m],L[m].")
    boolean jumps;

    @Option(names = "--penalty", paramLabel = "C", defaultValue = "6",
            description = "Stage detection: a jump is kept when it lowers the squared residuals by more than"
                    + " C sigma^2 ln n (default: ${DEFAULT-VALUE}; smaller finds more stages).")
    double penalty;

    @Option(names = "--max-gap", paramLabel = "STEPS", defaultValue = "20",
            description = "Refuse a step of z larger than this many median steps (default: ${DEFAULT-VALUE}).")
    double maxGap;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (json && jumps) {
            throw new IllegalArgumentException("--json and --jumps: choose one");
        }
        List<Trace> traces = columns.read(files);
        StaircaseAnalysis analysis = new StaircaseAnalysis(contact.contactSize(), penalty, 3, maxGap, Double.NaN);
        List<NeckShape> shapes = traces.parallelStream().map(analysis::analyse).toList();
        if (json) {
            output.write(json(traces, shapes));
        } else if (jumps) {
            output.write(jumpTable(shapes));
        } else {
            output.write(profileTable(shapes));
        }
        output.plot(() -> plot(traces, shapes));
        return 0;
    }

    private static String json(List<Trace> traces, List<NeckShape> shapes) {
        List<String> objects = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            NeckShape s = shapes.get(i);
            Trace t = traces.get(i);
            String id = traces.size() == 1 ? "" : String.format(Locale.ROOT, "\"file\":\"%s\",\"trace\":\"%s\",",
                    escape(t.source()), escape(t.name()));
            objects.add(String.format(Locale.ROOT, "{%s\"theta_deg\":%s,\"length_m\":%s,\"r_min_m\":%s,"
                    + "\"stages\":%d,\"reversals\":%d,\"noise\":%s}", id, s.halfAngleDegrees(), s.length(),
                    s.minimumRadius(), s.stages().size(), s.reversals(), s.noise()));
        }
        return objects.size() == 1 ? objects.get(0) : "[" + String.join(",\n", objects) + "]";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Table profileTable(List<NeckShape> shapes) {
        List<double[]> x = new ArrayList<>();
        List<double[]> r = new ArrayList<>();
        for (NeckShape s : shapes) {
            double[][] p = s.profile();
            x.add(p[0]);
            r.add(p[1]);
        }
        return withTraceColumn(List.of("x[m]", "r[m]"), List.of(x, r));
    }

    private static Table jumpTable(List<NeckShape> shapes) {
        List<double[]> z = new ArrayList<>();
        List<double[]> a = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        List<double[]> dz = new ArrayList<>();
        List<double[]> l = new ArrayList<>();
        for (NeckShape s : shapes) {
            int m = s.stages().size() - 1;
            double[][] cols = new double[5][m];
            for (int k = 0; k < m; k++) {
                PlasticStage st = s.stages().get(k);
                cols[0][k] = st.zEnd();
                cols[1][k] = st.area();
                cols[2][k] = s.stages().get(k + 1).area();
                cols[3][k] = st.length();
                cols[4][k] = st.deformingLength();
            }
            z.add(cols[0]);
            a.add(cols[1]);
            after.add(cols[2]);
            dz.add(cols[3]);
            l.add(cols[4]);
        }
        return withTraceColumn(List.of("z[m]", "A[m2]", "A_after[m2]", "dz[m]", "L[m]"), List.of(z, a, after, dz, l));
    }

    /** One table of all traces; with more than one trace a first column numbers them from 1. */
    private static Table withTraceColumn(List<String> names, List<List<double[]>> perTrace) {
        int traces = perTrace.get(0).size();
        List<double[]> columns = new ArrayList<>();
        for (List<double[]> column : perTrace) {
            columns.add(concat(column));
        }
        if (traces == 1) {
            return new Table(names, columns);
        }
        List<double[]> ids = new ArrayList<>();
        for (int t = 0; t < traces; t++) {
            double[] id = new double[perTrace.get(0).get(t).length];
            java.util.Arrays.fill(id, t + 1);
            ids.add(id);
        }
        List<String> header = new ArrayList<>(List.of("trace"));
        header.addAll(names);
        columns.add(0, concat(ids));
        return new Table(header, columns);
    }

    private static double[] concat(List<double[]> parts) {
        double[] all = new double[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** The outline ±r(x) in nm of each neck, as seen from the side (one closed line a trace). */
    private static Plot plot(List<Trace> traces, List<NeckShape> shapes) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            double[][] p = shapes.get(i).profile();
            int n = p[0].length;
            double[] x = new double[2 * n];
            double[] y = new double[2 * n];
            for (int k = 0; k < n; k++) {
                x[k] = p[0][k] * 1e9;
                y[k] = p[1][k] * 1e9;
                x[2 * n - 1 - k] = p[0][k] * 1e9;
                y[2 * n - 1 - k] = -p[1][k] * 1e9;
            }
            Trace t = traces.get(i);
            series.add(Series.line(String.format(Locale.ROOT, "%s%s: theta = %.1f deg", t.source(),
                    t.name().isEmpty() ? "" : " trace " + t.name(), shapes.get(i).halfAngleDegrees()), x, y));
        }
        return new Plot("Neck profile from the R(z) staircase (slab model)", "x (nm)", "r (nm)", series);
    }
}
