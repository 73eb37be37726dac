package org.andreev.cli.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code andreev data deriv}: columns, units, --dvdi, smoothing, errors. */
class DerivCommandTest {

    /** I = 2V + V³ with V in mV and I in nA, tab-separated with units in the header. */
    private static Path cubic(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("V [mV]\tI [nA]\n");
        for (int k = 0; k <= 40; k++) {
            double v = -1 + k * 0.05; // mV
            b.append(String.format(Locale.ROOT, "%.4f\t%.12f%n", v, 2 * v + v * v * v)); // nA
        }
        return Files.writeString(dir.resolve("iv.tsv"), b.toString());
    }

    @Test
    void conductanceInSiemensAgainstVolts(@TempDir Path dir) throws Exception {
        CliRun.Result r = CliRun.run("data", "deriv", cubic(dir).toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("V[V],dIdV[S]");
        assertThat(lines).hasSize(42);
        // I = 2V + V³ (mV, nA): dI/dV = (2 + 3V²) nA/mV = (2 + 3V²)·1e-6 S. The 3-point central
        // difference of a cubic is exact up to h² b = (0.05)² = 0.0025 nA/mV: tolerance 0.3 %.
        for (int k = 2; k <= 38; k++) {
            double[] row = CliRun.row(lines.get(k + 1));
            double vmV = row[0] * 1e3;
            double expected = (2 + 3 * vmV * vmV) * 1e-6;
            assertThat(row[1]).as("V = %s mV", vmV).isCloseTo(expected, within(3e-3 * expected));
        }
    }

    @Test
    void dvdiIsTheInverse(@TempDir Path dir) throws Exception {
        Path f = cubic(dir);
        List<String> g = CliRun.run("data", "deriv", f.toString()).out().lines().toList();
        CliRun.Result r = CliRun.run("data", "deriv", f.toString(), "--dvdi");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rr = r.out().lines().toList();
        assertThat(rr.get(0)).isEqualTo("V[V],dVdI[Ohm]");
        double[] a = CliRun.row(g.get(21));
        double[] b = CliRun.row(rr.get(21));
        assertThat(a[1] * b[1]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void smoothingWindowsAreAccepted(@TempDir Path dir) throws Exception {
        Path f = cubic(dir);
        // a cubic is reproduced exactly by a cubic local fit, whatever the window
        CliRun.Result r = CliRun.run("data", "deriv", f.toString(), "--window", "7", "--order", "3");
        assertThat(r.code()).as(r.err()).isZero();
        double[] mid = CliRun.row(r.out().lines().toList().get(31));
        double vmV = mid[0] * 1e3;
        assertThat(mid[1]).isCloseTo((2 + 3 * vmV * vmV) * 1e-6, within(1e-12));
        CliRun.Result w = CliRun.run("data", "deriv", f.toString(), "--window-width", "0.3mV", "--order", "3");
        assertThat(w.code()).as(w.err()).isZero();
    }

    @Test
    void columnsAndUnitsCanBeGiven(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("raw.csv"), "a,b,c\n0,0,9\n1,2,9\n2,4,9\n3,6,9\n");
        CliRun.Result r = CliRun.run("data", "deriv", f.toString(), "--x", "1", "--x-unit", "mV", "--y", "b",
                "--y-unit", "uA");
        assertThat(r.code()).as(r.err()).isZero();
        // 2 uA per mV = 2e-3 S
        assertThat(CliRun.row(r.out().lines().toList().get(2))[1]).isCloseTo(2e-3, within(1e-15));
    }

    @Test
    void badInputIsOneLineAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.csv");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "V,I\n0,1\n1,x\n");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", bad.toString(), "--out", out.toString()),
                "bad.csv:3", "'I'");
        assertThat(out).doesNotExist();
        Path f = cubic(dir);
        CliRun.assertOneLineError(CliRun.run("data", "deriv", f.toString(), "--y-unit", "mV"), "mV");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", f.toString(), "--window", "5",
                "--window-width", "1mV"), "--window");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", f.toString(), "--order", "9"), "order");
        assertThat(out).doesNotExist();
    }
}
