package org.andreev.cli.neck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.andreev.cli.CliRun;
import org.andreev.io.Curve;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.neck.PhaseSlipSweeps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad input of issue #8, case by case, on every neck/dvdi command that reads it: a trace with
 * non-monotonic elongation, a gap, zero or negative resistance; a field sweep file without a field
 * (and one whose field column varies); an angle outside (0°, 90°); a radius larger than the neck.
 * Each must give one line on stderr naming the file and line (or the option) and the value, exit
 * code 2, no stack trace, nothing on stdout, and nothing half-written: an {@code --out} file (and a
 * {@code --plot} figure) that exists is left as it was, one that does not exist is not made.
 */
class NeckBadInputTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws Exception {
        write("back.csv", "z[pm],R[Ohm]\n0,100\n100,90\n50,80\n150,70\n200,60\n250,50\n300,40\n");
        write("zero.csv", "z[pm],R[Ohm]\n0,100\n100,0\n200,80\n300,70\n400,60\n500,50\n600,40\n");
        write("neg.csv", "z[pm],R[Ohm]\n0,100\n100,-5\n200,80\n300,70\n400,60\n500,50\n600,40\n");
        write("gap.csv", "z[pm],R[Ohm]\n0,100\n10,90\n20,80\n30,70\n40,60\n50,50\n60,45\n5000,40\n5010,35\n");
        write("twice.csv", "z[pm],R[Ohm]\n0,100\n10,90\n20,80\n20,70\n40,60\n50,50\n60,45\n");
        // profiles r(x) for neck simulate/field/psc --profile
        write("p_back.csv", "x[nm],r[nm]\n-10,20\n-5,12\n-7,8\n0,6.45\n5,12\n10,20\n");
        write("p_zero.csv", "x[nm],r[nm]\n-10,20\n-5,12\n0,0\n5,12\n10,20\n");
        write("p_neg.csv", "x[nm],r[nm]\n-10,20\n-5,-12\n0,6.45\n5,12\n10,20\n");
        write("p_ok.csv", "x[nm],r[nm]\n-10,20\n-5,12\n0,6.45\n5,12\n10,20\n");
        // dV/dI sweeps: one with its field in the name, one without any field, one whose field column varies
        PhaseSlipSweeps model = PhaseSlipSweeps.seed000();
        Curve c = model.sweep(0.2, new Random(1)).dvdi();
        TableWriter.write(new Table(List.of("V[V]", "dVdI[Ohm]"), List.of(c.x(), c.y())), dir.resolve("sweep_B0.20T_1.csv"));
        TableWriter.write(new Table(List.of("V[V]", "dVdI[Ohm]"), List.of(c.x(), c.y())), dir.resolve("nofield.csv"));
        double[] b = new double[c.x().length];
        for (int i = 0; i < b.length; i++) {
            b[i] = i < 3 ? 0.3 : 0.4;
        }
        TableWriter.write(new Table(List.of("V[V]", "dVdI[Ohm]", "B[T]"), List.of(c.x(), c.y(), b)),
                dir.resolve("varies.csv"));
    }

    private static void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    private static String f(String name) {
        return dir.resolve(name).toString();
    }

    private static Arguments error(String what, String[] mentions, String... args) {
        return Arguments.of(what, mentions, args);
    }

    private static String[] m(String... mentions) {
        return mentions;
    }

    static Stream<Arguments> cases() {
        String[] cone = {"--r0", "6.45nm", "--temperature", "4.2K", "--field", "0.1T:0.3T:3"};
        List<Arguments> a = new ArrayList<>();
        for (String cmd : List.of("shape", "histogram")) {
            a.add(error(cmd + ": non-monotonic elongation", m("back.csv:4:", "must increase", "50 pm after 100 pm"),
                    "neck", cmd, f("back.csv")));
            a.add(error(cmd + ": elongation repeated", m("twice.csv:5:", "must increase", "20 pm after 20 pm"),
                    "neck", cmd, f("twice.csv")));
            a.add(error(cmd + ": zero resistance", m("zero.csv:3:", "resistance R", "0.0 Ohm"), "neck", cmd, f("zero.csv")));
            a.add(error(cmd + ": negative resistance", m("neg.csv:3:", "resistance R", "-5.0 Ohm"), "neck", cmd,
                    f("neg.csv")));
        }
        // a gap matters to the staircase (neck shape), not to a conductance histogram, which counts the points recorded
        a.add(error("shape: gap in z", m("gap.csv:9:", "gap", "60 pm to 5 nm"), "neck", "shape", f("gap.csv")));
        a.add(error("shape --json: gap in z", m("gap.csv:9:", "gap"), "neck", "shape", f("gap.csv"), "--json"));
        for (String cmd : List.of("simulate", "field", "psc")) {
            String[] rest = cmd.equals("simulate") ? new String[0] : new String[] {"--temperature", "4.2K", "--field",
                "0.1T:0.3T:3"};
            a.add(error(cmd + " --profile: x not increasing", m("p_back.csv:4:", "position x", "must increase", "-7 nm after -5 nm (line 3)"),
                    concat(new String[] {"neck", cmd, "--profile", f("p_back.csv")}, rest)));
            a.add(error(cmd + " --profile: r = 0", m("p_zero.csv:4:", "radius r", "got 0 m"),
                    concat(new String[] {"neck", cmd, "--profile", f("p_zero.csv")}, rest)));
            a.add(error(cmd + " --profile: r < 0", m("p_neg.csv:3:", "radius r", "got -12 nm"),
                    concat(new String[] {"neck", cmd, "--profile", f("p_neg.csv")}, rest)));
        }
        for (String cmd : List.of("field", "psc")) {
            for (String theta : List.of("0deg", "90deg", "95deg", "-5deg", "35")) {
                a.add(error(cmd + " --theta " + theta, m("--theta", "(0deg, 90deg)", theta),
                        concat(new String[] {"neck", cmd, "--theta", theta}, cone)));
            }
        }
        for (String theta : List.of("0deg", "90deg", "120deg", "35")) {
            a.add(error("simulate --theta " + theta, m("--theta", "(0deg, 90deg)", theta), "neck", "simulate",
                    "--theta", theta, "--resistance", "5Ohm", "--length", "200nm"));
        }
        a.add(error("simulate: r_min above the outer radius", m("minimum radius 50 nm", "outer radius 40 nm"), "neck",
                "simulate", "--theta", "35deg", "--r-min", "50nm", "--outer-radius", "40nm"));
        a.add(error("simulate: r_min equal to the outer radius", m("minimum radius 40 nm", "outer radius 40 nm"), "neck",
                "simulate", "--theta", "35deg", "--r-min", "40nm", "--outer-radius", "40nm"));
        a.add(error("simulate: the radius of --resistance above the outer radius", m("minimum radius 144.286 nm",
                "outer radius 40 nm"), "neck", "simulate", "--theta", "35deg", "--resistance", "0.01Ohm",
                "--outer-radius", "40nm"));
        a.add(error("psc: centre beyond the profile", m("--centre 1um", "outside the neck profile", "10 nm"), "neck", "psc",
                "--profile", f("p_ok.csv"), "--temperature", "4.2K", "--field", "0.2T:0.2T:1", "--centre", "1um"));
        a.add(error("dvdi peaks: a sweep without a field", m("nofield.csv", "field 'B'", "not found"), "dvdi", "peaks",
                f("sweep_B0.20T_1.csv"), f("nofield.csv"), "--field-from", "B"));
        a.add(error("dvdi peaks: no field in the header", m("sweep_B0.20T_1.csv", "field 'B'", "header line"), "dvdi",
                "peaks", f("sweep_B0.20T_1.csv"), "--field-from", "B", "--field-source", "header"));
        a.add(error("dvdi peaks: a field column that varies", m("varies.csv:5:", "field column 'B'", "0.4 T after 0.3 T"),
                "dvdi", "peaks", f("varies.csv"), "--field-from", "B"));
        return a.stream();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineExitTwoNothingWritten(String what, String[] mentions, String[] args) throws Exception {
        CliRun.assertOneLineError(CliRun.run(args), mentions);

        // an existing --out (and --plot) is left as it was
        Path out = Files.createTempFile(dir, "kept", ".csv");
        Path plot = Files.createTempFile(dir, "kept", ".png");
        Files.writeString(out, "keep\n");
        Files.writeString(plot, "keep\n");
        List<String> withOut = new ArrayList<>(List.of(args));
        withOut.addAll(List.of("--out", out.toString(), "--plot", plot.toString()));
        CliRun.assertOneLineError(CliRun.run(withOut.toArray(String[]::new)), mentions);
        assertThat(out).hasContent("keep");
        assertThat(plot).hasContent("keep");

        // a new --out is not made
        Path fresh = dir.resolve("fresh-" + Math.abs(what.hashCode()) + ".csv");
        withOut = new ArrayList<>(List.of(args));
        withOut.addAll(List.of("--out", fresh.toString()));
        CliRun.assertOneLineError(CliRun.run(withOut.toArray(String[]::new)), mentions);
        assertThat(fresh).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("temporary files left behind")
                    .noneMatch(n -> n.startsWith("fresh-") || n.endsWith(".tmp") || n.contains(".part"));
        }
    }
}
