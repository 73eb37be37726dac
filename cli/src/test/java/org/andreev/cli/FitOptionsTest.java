package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;
import org.andreev.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fit options every fit command shares and the one report they write (issue #6 item 5, issue
 * #9 items 1 and 4), on curves of the seed-004 probe made by the model itself.
 */
class FitOptionsTest {

    private static final double DELTA = 0.228e-3 * PhysicalConstants.E_CHARGE;
    private static final double RT = 2760;

    @TempDir
    Path dir;

    /** I(V) of the probe at T_N = T_S = 105 mK, 161 points over ±0.4 mV, with Gaussian noise {@code noise} (A) and its σ column. */
    private Path probe(double noise) throws Exception {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        Random rnd = new Random(5);
        StringBuilder b = new StringBuilder("V[V],I[A],dI[A]\n");
        for (int k = 0; k <= 160; k++) {
            double v = -0.4e-3 + 0.8e-3 * k / 160;
            double i = j.current(v, 0.105, 0.105) + noise * rnd.nextGaussian();
            b.append(String.format(Locale.ROOT, "%.10e,%.17e,%.6e%n", v, i, noise > 0 ? noise : 1e-12));
        }
        return Files.writeString(dir.resolve("iv.csv"), b.toString());
    }

    private static JsonNode json(CliRun.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    /**
     * Issue #9 item 1, the reported case: {@code --free te} alone on the noiseless 105 mK curve used to
     * return 259 ± 60 mK (Δ and R_T held at their guesses, never printed). Now T_e comes back to
     * 10⁻⁶, and the report names Δ and R_T as added and fitted.
     */
    @Test
    void freeTeAloneFitsTheGuessedValuesTooAndSaysSo() throws Exception {
        Path f = probe(0);
        CliRun.Result text = CliRun.run("nis", "fit", f.toString(), "--free", "te");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("[[Variables]]").containsPattern("delta: +0\\.22800000 meV|delta: +3\\.65296")
                .contains("added: neither given nor free").contains("dynes:").contains("held: default (BCS)");
        JsonNode json = json(CliRun.run("nis", "fit", f.toString(), "--free", "te", "--json"));
        assertThat(json.get("te").get("value").asDouble()).isCloseTo(0.105, within(1e-7));
        assertThat(json.get("delta").get("provenance").asString()).isEqualTo("added");
        assertThat(json.get("rt").get("value").asDouble()).isCloseTo(RT, within(1e-3));
        assertThat(json.get("held").get("offset").get("provenance").asString()).isEqualTo("default");
    }

    /**
     * With σ from a column the points are weighted and the covariance is not rescaled: χ²_red is then
     * about 1 for noise of that σ (ν = 158: ±0.11 at 1σ), T_e is within 3σ of the truth; --range and
     * --exclude drop points and the report says how many it used.
     */
    @Test
    void sigmaRangeAndExcludeSelectAndWeightThePoints() throws Exception {
        Path f = probe(2e-10);
        JsonNode all = json(CliRun.run("nis", "fit", f.toString(), "--free", "te,delta,rt", "--sigma", "dI", "--json"));
        assertThat(all.get("chi2red").asDouble()).isBetween(0.67, 1.33);
        assertThat(all.get("covariance_scale").asDouble()).isEqualTo(1.0);
        assertThat(all.get("weights").asString()).contains("from column dI");
        double te = all.get("te").get("value").asDouble();
        assertThat(Math.abs(te - 0.105)).isLessThan(3 * all.get("te").get("sigma").asDouble());

        CliRun.Result cut = CliRun.run("nis", "fit", f.toString(), "--free", "te,delta,rt", "--sigma", "dI",
                "--range", "-0.3mV:0.3mV", "--exclude", "-20uV:20uV", "--exclude", "0.1mV:0.15mV");
        assertThat(cut.code()).as(cut.err()).isZero();
        // 121 points in ±0.3 mV, minus 9 in ±20 µV and 11 in 0.1…0.15 mV
        assertThat(cut.out()).contains("# data points      = 101").contains("points used: 101 of 161")
                .contains("excluding");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--range", "1mV"), "--range", "FROM:TO");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--range", "1mV:2mV"), "no point");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--sigma", "nosuch"), "nosuch");
    }

    /**
     * Without --sigma the report says how the covariance was scaled; --units natural shows mK and meV
     * in the text while JSON stays SI; --conf-interval adds profile intervals that enclose the value;
     * --residuals and --plot write their files.
     */
    @Test
    void unitsIntervalsResidualsAndPlot() throws Exception {
        Path f = probe(2e-10);
        Path res = dir.resolve("res.csv");
        Path png = dir.resolve("fit.png");
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--free", "te,delta,rt", "--units", "natural",
                "--conf-interval", "--residuals", res.toString(), "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(" mK +/- ").contains(" meV +/- ").contains(" kΩ +/- ")
                .contains("scaled by χ²_red").contains("[[Confidence Intervals]] (profile likelihood, 68.27%)");
        List<String> lines = Files.readAllLines(res);
        assertThat(lines.get(0)).isEqualTo("V[mV],I[nA],Imodel[nA],residual[nA]");
        assertThat(lines).hasSize(162);
        assertThat(png).isNotEmptyFile();
        JsonNode json = json(CliRun.run("nis", "fit", f.toString(), "--free", "te", "--delta", "0.228meV", "--rt",
                "2.76kOhm", "--units", "natural", "--conf-interval", "0.95", "--json"));
        double te = json.get("te").get("value").asDouble();
        assertThat(te).isCloseTo(0.105, within(1e-3));
        JsonNode ci = json.get("confidence_intervals").get("te");
        assertThat(ci.get("level").asDouble()).isEqualTo(0.95);
        assertThat(ci.get("lower").asDouble()).isLessThan(te);
        assertThat(ci.get("upper").asDouble()).isGreaterThan(te);
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--conf-interval", "2"), "--conf-interval");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--units", "imperial"), "--units", "natural");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--map-by", "V", "--sigma", "dI"), "--sigma",
                "--map-by");
    }

    /**
     * {@code cooler fit} reports the same way: every fittable parameter with its value and where it
     * came from (an option, the embedded device), and the JSON contract's keys.
     */
    @Test
    void coolerFitListsEveryParameterWithItsProvenance() throws Exception {
        CliRun.Result iv = CliRun.run("cooler", "iv", "--tbath", "90mK", "--bias", "0.01mV:0.45mV:45", "--m", "0.6");
        StringBuilder csv = new StringBuilder("V[V],I[A]\n");
        for (String line : iv.out().strip().split("\n")) {
            if (!line.startsWith("V")) {
                String[] c = line.split(",");
                csv.append(c[0]).append(',').append(c[1]).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("iv90.csv"), csv);
        CliRun.Result r = CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m", "--rt", "950Ohm");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[[Fit Statistics]]").contains("Akaike info crit")
                .contains("default start, fitted (the embedded seed-004 device)")
                .containsPattern("rt: +950\\.0+ Ω \\(held: given \\(option --rt\\)\\)")
                .containsPattern("ka: .*held: default \\(the embedded seed-004 device\\)")
                .contains("rleak:").contains("inf");
        JsonNode json = json(CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m", "--json"));
        assertThat(json.propertyNames()).startsWith("m", "chi2red");
        assertThat(json.has("correlation")).isTrue();
        assertThat(json.get("held").get("rleak").get("value").asString()).isEqualTo("inf");
        assertThat(json.get("m").get("provenance").asString()).isEqualTo("default-fitted");
    }
}
