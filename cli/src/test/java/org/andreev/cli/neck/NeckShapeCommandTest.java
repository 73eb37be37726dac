package org.andreev.cli.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command contract of issue #8: {@code neck simulate}, {@code neck shape}, {@code neck histogram}. */
class NeckShapeCommandTest {

    @TempDir
    Path dir;

    /**
     * simulate → shape round trip on the seed's long neck (θ = 35°, R = 5 Ω, 200 nm, 1 % noise): θ within
     * 2°, length within 10 % (issue #8), r_min near 6.45 nm; the profile is x[m],r[m], symmetric.
     */
    @Test
    void simulateThenShape() throws Exception {
        Path trace = dir.resolve("trace.csv");
        CliRun.Result sim = CliRun.run("neck", "simulate", "--theta", "35deg", "--resistance", "5Ohm", "--length",
                "200nm", "--noise", "1%", "--elastic", "0.2", "--reversals", "0.05", "--out", trace.toString());
        assertThat(sim.code()).as(sim.err()).isZero();
        assertThat(Files.readAllLines(trace).get(0)).isEqualTo("z[m],R[Ohm]");
        CliRun.Result json = CliRun.run("neck", "shape", trace.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{\"theta_deg\":").contains("\"length_m\":").contains("\"r_min_m\":");
        assertThat(number(json.out(), "theta_deg")).isCloseTo(35, within(2.0));
        assertThat(number(json.out(), "length_m")).isCloseTo(200e-9, within(20e-9));
        assertThat(number(json.out(), "r_min_m")).isCloseTo(6.45e-9, within(0.5e-9));
        CliRun.Result profile = CliRun.run("neck", "shape", trace.toString());
        String[] lines = profile.out().split("\n");
        assertThat(lines[0]).isEqualTo("x[m],r[m]");
        double[] first = CliRun.row(lines[1]);
        double[] last = CliRun.row(lines[lines.length - 1]);
        assertThat(first[0]).isCloseTo(-last[0], within(1e-15));
        assertThat(first[1]).isEqualTo(last[1]);
    }

    /** Units in the header are honoured: the same trace in nm and kOhm gives the same angle. */
    @Test
    void unitsInTheHeader() throws Exception {
        Path si = dir.resolve("si.csv");
        assertThat(CliRun.run("neck", "simulate", "--theta", "60deg", "--r-min", "3nm", "--length", "20nm",
                "--noise", "0.5%", "--out", si.toString()).code()).isZero();
        StringBuilder b = new StringBuilder("# converted\nz [nm]\tR [kOhm]\n");
        for (String line : Files.readAllLines(si).subList(1, Files.readAllLines(si).size())) {
            double[] row = CliRun.row(line);
            b.append(row[0] * 1e9).append('\t').append(row[1] / 1e3).append('\n');
        }
        Path nm = dir.resolve("nm.tsv");
        Files.writeString(nm, b);
        double a = number(CliRun.run("neck", "shape", si.toString(), "--json").out(), "theta_deg");
        double c = number(CliRun.run("neck", "shape", nm.toString(), "--json").out(), "theta_deg");
        assertThat(c).isCloseTo(a, within(1e-6));
        assertThat(a).isCloseTo(60, within(2.0));
    }

    /** Several traces in one file (trace column): one JSON object each; the histogram counts all points. */
    @Test
    void severalTracesAndHistogram() throws Exception {
        Path many = dir.resolve("many.csv");
        assertThat(CliRun.run("neck", "simulate", "--theta", "60deg", "--resistance", "1kOhm", "--length", "10nm",
                "--traces", "5", "--noise", "1%", "--out", many.toString()).code()).isZero();
        assertThat(Files.readAllLines(many).get(0)).isEqualTo("trace,z[m],R[Ohm]");
        CliRun.Result json = CliRun.run("neck", "shape", many.toString(), "--json");
        assertThat(json.out()).startsWith("[{\"file\":").contains("\"trace\":\"5\"");
        CliRun.Result h = CliRun.run("neck", "histogram", many.toString(), "--bin", "10G0", "--max", "10000G0");
        assertThat(h.code()).as(h.err()).isZero();
        String[] lines = h.out().split("\n");
        assertThat(lines[0]).isEqualTo("G[G0],count");
        assertThat(lines).hasSize(1001);
        assertThat(h.err()).isEmpty();
        double total = 0;
        for (int i = 1; i < lines.length; i++) {
            total += CliRun.row(lines[i])[1];
        }
        // 10 nm every 0.02 nm; from about 5100 G0 (r = 9.1 nm) down to 12.9 G0 (1 kOhm)
        assertThat(total).isEqualTo(5 * 501.0);
    }

    /** Bad input of issue #8: one line naming file, line and value; exit code 2; nothing on stdout. */
    @Test
    void badTraces() throws Exception {
        Path back = dir.resolve("back.csv");
        Files.writeString(back, "z[nm],R[Ohm]\n0,1\n0.1,2\n0.05,3\n0.2,4\n");
        CliRun.assertOneLineError(CliRun.run("neck", "shape", back.toString()), "back.csv:4", "must increase", "50 pm after 100 pm");
        Path zero = dir.resolve("zero.csv");
        Files.writeString(zero, "z,R\n0,1\n1e-10,0\n2e-10,3\n");
        CliRun.assertOneLineError(CliRun.run("neck", "shape", zero.toString()), "zero.csv:3", "resistance R", "0.0 Ohm");
        Path gap = dir.resolve("gap.csv");
        StringBuilder b = new StringBuilder("z[nm],R[Ohm]\n");
        for (int i = 0; i < 20; i++) {
            b.append(i < 10 ? i * 0.1 : 50 + i * 0.1).append(',').append(1 + i).append('\n');
        }
        Files.writeString(gap, b);
        CliRun.assertOneLineError(CliRun.run("neck", "shape", gap.toString()), "gap.csv:12", "gap");
        CliRun.assertOneLineError(CliRun.run("neck", "shape", dir.resolve("none.csv").toString()), "none.csv");
        CliRun.assertOneLineError(CliRun.run("neck", "simulate", "--theta", "90deg", "--r-min", "1nm", "--length",
                "10nm"), "--theta", "(0deg, 90deg)");
        CliRun.assertOneLineError(CliRun.run("neck", "simulate", "--theta", "0deg", "--r-min", "1nm", "--length",
                "10nm"), "--theta");
        CliRun.assertOneLineError(CliRun.run("neck", "simulate", "--theta", "35deg", "--r-min", "50nm",
                "--outer-radius", "40nm"), "minimum radius 50 nm", "outer radius 40 nm");
        CliRun.assertOneLineError(CliRun.run("neck", "simulate", "--theta", "35deg", "--r-min", "5nm"), "--length");
        Path out = dir.resolve("never.csv");
        CliRun.assertOneLineError(CliRun.run("neck", "shape", back.toString(), "--out", out.toString()), "back.csv");
        assertThat(out).doesNotExist();
    }

    private static double number(String json, String key) {
        int at = json.indexOf("\"" + key + "\":") + key.length() + 3;
        int end = at;
        while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return Double.parseDouble(json.substring(at, end));
    }
}
