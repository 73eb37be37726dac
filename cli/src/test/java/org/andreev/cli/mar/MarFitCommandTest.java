package org.andreev.cli.mar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The command contract of issue #7 for mar fit, and its refusals (one line, exit 2). */
class MarFitCommandTest {

    @TempDir
    static Path dir;

    static Path curve;

    /** A synthetic Al contact, tau = 0.92, 0.45, 0.12, 30 points, 0.1 nA noise (made by mar iv --noise). */
    @BeforeAll
    static void curve() throws Exception {
        curve = dir.resolve("al.csv");
        CliRun.Result r = CliRun.run("mar", "iv", "--delta", "0.19meV", "--tau", "0.92,0.45,0.12", "--temperature", "0K",
                "--bias", "57uV:0.513mV:30", "--noise", "0.1nA", "--seed", "3", "--out", curve.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonContract() {
        CliRun.Result r = CliRun.run("mar", "fit", curve.toString(), "--delta", "0.19meV", "--temperature", "0K",
                "--eta", "1e-3", "--channels", "3", "--nodes", "16", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\"tau\":[{\"value\":");
        Map<String, Object> m = JsonMapper.builder().build().readValue(r.out(), Map.class);
        List<Map<String, Object>> tau = (List<Map<String, Object>>) m.get("tau");
        assertThat(tau).hasSize(3);
        double[] truth = {0.92, 0.45, 0.12};
        for (int i = 0; i < 3; i++) {
            double v = ((Number) tau.get(i).get("value")).doubleValue();
            double s = ((Number) tau.get(i).get("sigma")).doubleValue();
            assertThat(Math.abs(v - truth[i])).as("tau%d = %s +/- %s", i + 1, v, s).isLessThan(3 * s);
        }
        Map<String, Object> delta = (Map<String, Object>) m.get("delta");
        assertThat(((Number) delta.get("value")).doubleValue()).isCloseTo(0.19e-3 * 1.602176634e-19,
                org.assertj.core.api.Assertions.within(1e-30));
        assertThat(delta.get("provenance")).isEqualTo("given");
        assertThat(m).containsKeys("chi2red", "tau_sum", "gn", "comparison", "channels", "interpolation_error");
        assertThat((List<Object>) m.get("comparison")).hasSize(3);
    }

    @Test
    void textReportSaysWhatWasHeldAndCompares() {
        CliRun.Result r = CliRun.run("mar", "fit", curve.toString(), "--delta", "0.19meV", "--channels", "2",
                "--nodes", "16", "--units", "natural");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("tau1:").contains("tau2:").contains("[[Correlations]]")
                .contains("eta:").contains("held: default (Dynes eta/Delta default)")
                .contains("temperature:").contains("held: default (zero temperature default)")
                .contains("model comparison: 1 ch:").contains("sum of tau =").contains("differs from the direct MAR current")
                .contains("WARNING: the residuals are systematic"); // two channels do not describe three
    }

    @Test
    void badInputIsOneLineExitTwo() throws Exception {
        String f = curve.toString();
        CliRun.assertOneLineError(CliRun.run("mar", "fit", f, "--delta", "0.19meV", "--channels", "7"), "--channels", "7");
        CliRun.assertOneLineError(CliRun.run("mar", "fit", f, "--delta", "0.19meV", "--channels", "2", "--tau", "0.5,1.2"),
                "--tau", "1.2", "(0, 1]");
        CliRun.assertOneLineError(CliRun.run("mar", "fit", f, "--delta", "0.19meV", "--channels", "2", "--free", "eta"),
                "--free", "eta");
        CliRun.assertOneLineError(CliRun.run("mar", "fit", f, "--delta", "0.19meV", "--channels", "6", "--free",
                "delta,offset"), f, "30 points cannot carry", "6 channels");
        CliRun.assertOneLineError(CliRun.run("mar", "fit", f, "--delta", "0.19meV", "--channels", "2", "--temperature",
                "1K", "--free", "delta"), "--temperature 0K");
        Path zero = dir.resolve("zero.csv");
        List<String> lines = Files.readAllLines(curve);
        lines.set(1, "0," + lines.get(1).split(",", 2)[1]);
        Files.write(zero, lines);
        CliRun.assertOneLineError(CliRun.run("mar", "fit", zero.toString(), "--delta", "0.19meV", "--channels", "1"),
                zero.toString(), "--range");
        CliRun.assertOneLineError(CliRun.run("mar", "fit", dir.resolve("missing.csv").toString(), "--delta", "0.19meV",
                "--channels", "1"), "missing.csv");
    }
}
