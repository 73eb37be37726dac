package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;
import org.andreev.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10, large inputs and messages without file and line: count limits stated and checked
 * before the work starts, --thin for fits of far more points than a model needs, and one-row or
 * ±1e308 files refused at their line.
 */
class LargeInputsTest {

    @TempDir
    Path dir;

    /** It ran for minutes silently. */
    @Test
    void tenMillionBiasPointsAreRefusedBeforeAnyWork() {
        CliRun.Result r = CliRun.run("nis", "iv", "--bias", "0:1mV:10000000");
        CliRun.assertOneLineError(r, "--bias", "0:1mV:10000000", "10000000", String.valueOf(RangeConverter.MAX_COUNT));
    }

    @Test
    void aMillionBiasPointsAreStillAllowedByTheConverter() {
        assertThat(new RangeConverter.Voltages().convert("0:1mV:1000000").count()).isEqualTo(1_000_000);
    }

    private Path line(int rows) throws Exception {
        StringBuilder b = new StringBuilder("V[V],I[A]\n");
        for (int k = 0; k < rows; k++) {
            double v = -1e-3 + 2e-3 * k / (rows - 1);
            b.append(String.format(Locale.ROOT, "%.9e,%.9e%n", v, v / 2760));
        }
        return Files.writeString(dir.resolve("iv" + rows + ".csv"), b.toString());
    }

    /** nis fit on 10⁶ rows took 175 s; more than {@link FitOptions#MAX_POINTS} are refused, naming --thin. */
    @Test
    void aFitOfTooManyPointsIsRefusedNamingThin() throws Exception {
        Path f = line(FitOptions.MAX_POINTS + 1);
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--free", "rt");
        CliRun.assertOneLineError(r, f.toString(), "100001 points", "--thin 2");
    }

    @Test
    void thinKeepsEveryNthPointAndTheReportSaysSo() throws Exception {
        NisJunction j = new NisJunction(Superconductor.bcs(0.228e-3 * PhysicalConstants.E_CHARGE), 2760);
        StringBuilder b = new StringBuilder("V[V],I[A]\n");
        for (int k = 0; k <= 160; k++) { // the seed-004 probe at 105 mK, as in FitOptionsTest
            double v = -0.4e-3 + 0.8e-3 * k / 160;
            b.append(String.format(Locale.ROOT, "%.10e,%.17e%n", v, j.current(v, 0.105, 0.105)));
        }
        Path f = Files.writeString(dir.resolve("probe.csv"), b.toString());
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--free", "te", "--thin", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# data points      = 81").contains("thinned with --thin 2: 1 point in 2 fitted");
    }

    @Test
    void thinBelowOneIsRefused() throws Exception {
        CliRun.Result r = CliRun.run("nis", "fit", line(11).toString(), "--free", "rt", "--thin", "0");
        CliRun.assertOneLineError(r, "--thin", "0");
    }

    @Test
    void oneRowFilesNameTheFileAndLine() throws Exception {
        Path f = Files.writeString(dir.resolve("one.csv"), "V[V],I[A]\n# one point\n1e-3,1e-6\n");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", f.toString()), f + ":3:", "2 distinct x");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--free", "rt"), f + ":3:", "2 distinct x");
    }

    @Test
    void hugeXNamesTheFileAndLine() throws Exception {
        Path f = Files.writeString(dir.resolve("huge.csv"), "V[V],I[A]\n0,0\n-1e308,1e-6\n1e308,2e-6\n");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", f.toString()), f + ":4:", "overflows");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--free", "rt"), f + ":4:", "overflows");
    }
}
