package org.andreev.cli.nis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.andreev.cli.CliRun;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;
import org.andreev.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract of {@code andreev nis fit}: JSON keys and SI values, CSV header, column choice and
 * units, map mode, errors. The data are made by the model itself (seed-004 probe, physics.md A6) and
 * written in the units a lab file would use, so a fit must return the temperature they were made at.
 */
class NisFitCommandTest {

    private static final double DELTA = 0.228e-3 * PhysicalConstants.E_CHARGE;
    private static final double RT = 2760;

    /** Writes V (mV) and I (nA) or G (S) of the probe at T_N = {@code te}, S at 90 mK. */
    private static Path write(Path file, String header, double te, boolean conductance) throws Exception {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int k = 0; k <= 160; k++) {
            double v = -0.4e-3 + 0.8e-3 * k / 160;
            double y = conductance ? j.conductance(v, te, 0.09) : j.current(v, te, 0.09) * 1e9;
            b.append(String.format(Locale.ROOT, "%.6f,%.12e%n", v * 1e3, y));
        }
        Files.writeString(file, b.toString());
        return file;
    }

    @Test
    void jsonHasTheFreeParametersAndChi2redInSi(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("iv.csv"), "V[mV],I[nA]", 0.105, false);
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--delta", "0.228meV", "--rt", "2.76kOhm",
                "--free", "te", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        // the contract's keys come first; the report's other keys are added after them
        assertThat(json.propertyNames()).startsWith("te", "chi2red");
        assertThat(json.get("held").get("delta").get("provenance").asString()).isEqualTo("given");
        assertThat(json.get("te").get("provenance").asString()).isEqualTo("guessed-fitted");
        // The data are the model at 105 mK written to 13 digits: the fit must return 105 mK to far
        // better than the 1e-3 asked here.
        assertThat(json.get("te").get("value").asDouble()).isCloseTo(0.105, within(1e-4));
        assertThat(json.get("te").get("sigma").asDouble()).isGreaterThanOrEqualTo(0).isLessThan(1e-3);
        assertThat(json.get("chi2red").asDouble()).isGreaterThanOrEqualTo(0);
    }

    /**
     * The pipeline of the contract: {@code nis iv} over a one-sided bias range 0..1 mV, its file read
     * back by {@code nis fit --free te} with Δ and R_T given. The file holds the model at 300 mK to
     * full double precision, so the fit may miss T_e only by the quadrature's 1e-8 relative accuracy
     * and the fit's 1e-8 relative tolerances (a few nK); 1 µK (3e-6 relative) leaves a margin of 100.
     */
    @Test
    void fitReadsTheOutputOfNisIvOverAOneSidedBiasRange(@TempDir Path dir) throws Exception {
        Path iv = dir.resolve("iv.csv");
        CliRun.Result made = CliRun.run("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK",
                "--ts", "300mK", "--bias", "0:1mV:201", "--out", iv.toString());
        assertThat(made.code()).as(made.err()).isZero();
        CliRun.Result r = CliRun.run("nis", "fit", iv.toString(), "--delta", "0.2meV", "--rt", "2kOhm",
                "--free", "te", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("te").get("value").asDouble()).isCloseTo(0.3, within(1e-6));
    }

    @Test
    void conductanceColumnsMakeItADidvFitAndKeysFollowFree(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("g.csv"), "Vbias_mV,G_probe", 0.12, true);
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--x", "Vbias_mV", "--x-unit", "mV",
                "--y", "G_probe", "--y-unit", "S", "--free", "rt,te", "--delta", "0.228meV", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.propertyNames()).startsWith("rt", "te", "chi2red");
        assertThat(json.get("te").get("value").asDouble()).isCloseTo(0.12, within(1e-4));
        assertThat(json.get("rt").get("value").asDouble()).isCloseTo(RT, within(1e-3 * RT));
    }

    @Test
    void csvHasValueAndSigmaColumnsWithUnits(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("iv.csv"), "V[mV],I[nA]", 0.105, false);
        Path out = dir.resolve("fit.csv");
        Path plot = dir.resolve("fit.png");
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--delta", "0.228meV", "--rt", "2.76kOhm",
                "--csv", "--out", out.toString(), "--plot", plot.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("te[K],te_sigma[K],chi2red[1]");
        assertThat(CliRun.row(lines.get(1))[0]).isCloseTo(0.105, within(1e-4));
        assertThat(plot).isNotEmptyFile();
    }

    /**
     * A fitted curve that does not determine a parameter (σ > |value|) is named on stderr: the 20 mK
     * curve is sampled only at 0.4–0.6 mV (≈ 2Δ/e, where I hardly depends on T_e) with 0.3 nA of
     * noise, so its T_e is undetermined (σ ≈ 0.1 K), while the 150 mK curve over ±0.4 mV fixes its own.
     */
    @Test
    void mapModeNamesTheCurvesThatDoNotDetermineAParameter(@TempDir Path dir) throws Exception {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        double[] temps = {0.15, 0.02};
        java.util.Random noise = new java.util.Random(3);
        StringBuilder b = new StringBuilder("B_mT,V_V,I_A\n");
        for (int m = 0; m < temps.length; m++) {
            for (int k = 0; k <= 40; k++) {
                double v = m == 0 ? -0.4e-3 + 0.8e-3 * k / 40 : (k <= 20 ? -1 : 1) * (0.4e-3 + 0.2e-3 * (k % 21) / 20);
                b.append(String.format(Locale.ROOT, "%d,%.8e,%.12e%n", 10 * m, v,
                        j.current(v, temps[m], 0.09) + 3e-10 * noise.nextGaussian()));
            }
        }
        Path f = Files.writeString(dir.resolve("map.csv"), b.toString());
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y", "I_A",
                "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).as("both curves stay in the table").isEqualTo(3);
        assertThat(r.err()).contains("te is not determined (sigma > |value|) on 1 curve, at B = 0.01 T");
    }

    @Test
    void mapModeFitsEveryCurve(@TempDir Path dir) throws Exception {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        double[] temps = {0.1, 0.15, 0.2};
        StringBuilder b = new StringBuilder("B_mT,V_V,I_A\n");
        for (int m = 0; m < temps.length; m++) {
            for (int k = 0; k <= 120; k++) {
                double v = -0.4e-3 + 0.8e-3 * k / 120;
                b.append(String.format(Locale.ROOT, "%d,%.8e,%.12e%n", 10 * m, v, j.current(v, temps[m], 0.09)));
            }
        }
        Path f = Files.writeString(dir.resolve("map.csv"), b.toString());
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y", "I_A",
                "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("B[T],te[K],te_sigma[K],chi2red[1]");
        assertThat(lines).hasSize(4);
        for (int m = 0; m < temps.length; m++) {
            double[] row = CliRun.row(lines.get(m + 1));
            assertThat(row[0]).isCloseTo(0.01 * m, within(1e-12));
            assertThat(row[1]).isCloseTo(temps[m], within(1e-3 * temps[m]));
        }
        CliRun.Result natural = CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y", "I_A",
                "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te", "--units", "natural");
        assertThat(natural.code()).as(natural.err()).isZero();
        List<String> nl = natural.out().lines().toList();
        assertThat(nl.get(0)).isEqualTo("B[mT],te[mK],te_sigma[mK],chi2red[1]");
        assertThat(CliRun.row(nl.get(3))[1]).isCloseTo(200, within(0.2));
        CliRun.Result json = CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y",
                "I_A", "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(json.out());
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.get(2).propertyNames()).startsWith("B", "te", "chi2red");
        assertThat(rows.get(2).get("B").asDouble()).isCloseTo(0.02, within(1e-12));
        assertThat(rows.get(2).get("te").get("value").asDouble()).isCloseTo(0.2, within(2e-4));
    }

    /**
     * A map curve whose fit converges to a broadening rather than a gap (γ/Δ = 0.5, above the 0.3
     * NisMapFit.of accepts) is left out of the table and named on stderr with the reason, as the
     * normal and failed ones are.
     */
    @Test
    void mapModeNamesRejectedCurves(@TempDir Path dir) throws Exception {
        double[] dynes = {0.02, 0.5};
        StringBuilder b = new StringBuilder("B_mT,V_V,G_S\n");
        for (int m = 0; m < dynes.length; m++) {
            NisJunction j = new NisJunction(new Superconductor(DELTA, dynes[m], 0), RT);
            for (int k = 0; k <= 120; k++) {
                double v = -0.6e-3 + 1.2e-3 * k / 120;
                b.append(String.format(Locale.ROOT, "%d,%.8e,%.12e%n", 10 * m, v, j.conductance(v, 0.1, 0.1)));
            }
        }
        Path f = Files.writeString(dir.resolve("map.csv"), b.toString());
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y", "G_S",
                "--y-unit", "S", "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te,dynes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.err()).contains("left out B = 0.01 T: rejected: γ/Δ");
    }

    /**
     * --plot-params draws several parameters of one quantity against the field, --compare adds a
     * table's values (here te = 100, 150 mK at 0 and 10 mT, a 0 row left out) beside them: the
     * figure is written; a parameter that is not fitted, one of another quantity, a comparison
     * without its column, and either option without --map-by are one-line errors.
     */
    @Test
    void mapPlotDrawsChosenParametersBesideAComparison(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("B_mT,V_V,G_S\n");
        double[] temps = {0.1, 0.15};
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        for (int m = 0; m < temps.length; m++) {
            for (int k = 0; k <= 120; k++) {
                double v = -0.6e-3 + 1.2e-3 * k / 120;
                b.append(String.format(Locale.ROOT, "%d,%.8e,%.12e%n", 10 * m, v, j.conductance(v, temps[m], temps[m])));
            }
        }
        Path f = Files.writeString(dir.resolve("map.csv"), b.toString());
        Path other = Files.writeString(dir.resolve("theirs.csv"), "B[mT],te[mK],ts[mK]\n0,100,1\n10,150,1\n20,0,1\n");
        Path png = dir.resolve("te.png");
        CliRun.Result r = CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y", "G_S",
                "--y-unit", "S", "--delta", "0.228meV", "--free", "te,rt", "--plot-params", "te",
                "--compare", other.toString(), "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(png)).isPositive();
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y",
                "G_S", "--y-unit", "S", "--free", "te,rt", "--plot-params", "delta"), "--plot-params", "delta");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y",
                "G_S", "--y-unit", "S", "--free", "te,rt", "--plot-params", "te,rt"), "--plot-params", "rt");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--map-by", "B_mT", "--x", "V_V", "--y",
                "G_S", "--y-unit", "S", "--free", "te,rt", "--plot-params", "rt", "--compare", other.toString(),
                "--plot", dir.resolve("rt.png").toString()), "theirs.csv", "rt");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--x", "V_V", "--y", "G_S", "--y-unit", "S",
                "--free", "te,rt", "--compare", other.toString()), "--compare", "--map-by");
    }

    @Test
    void badInputIsOneLine(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("iv.csv"), "V[mV],I[nA]", 0.105, false);
        CliRun.assertOneLineError(CliRun.run("nis", "fit", dir.resolve("missing.csv").toString()), "missing.csv");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--free", "te,colour"), "--free", "colour");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--y", "Q"), "iv.csv", "'Q'");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--x-unit", "K"), "iv.csv", "K");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--rt", "-1kOhm"), "--rt");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "V[mV],I[nA]\n0.1,2\n0.2,two\n");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", bad.toString()), "bad.csv:3", "two");
    }

    @Test
    void startsFitsFromSeveralPointsAndSaysHowManyEndsAgree(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("iv.csv"), "V[mV],I[nA]", 0.105, false);
        CliRun.Result one = CliRun.run("nis", "fit", f.toString(), "--free", "te,delta,rt", "--json");
        CliRun.Result five = CliRun.run("nis", "fit", f.toString(), "--free", "te,delta,rt", "--starts", "5", "--json");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(five.code()).as(five.err()).isZero();
        JsonNode a = JsonMapper.builder().build().readTree(one.out());
        JsonNode b = JsonMapper.builder().build().readTree(five.out());
        // the curve is the model written to 13 digits: every start finds 105 mK, 0.228 meV, 2.76 kOhm
        assertThat(b.get("te").get("value").asDouble()).isCloseTo(0.105, within(1e-4));
        assertThat(b.get("delta").get("value").asDouble()).isCloseTo(DELTA, within(1e-4 * DELTA));
        assertThat(b.get("rt").get("value").asDouble()).isCloseTo(RT, within(1e-3 * RT));
        assertThat(b.get("te").get("provenance").asString()).isEqualTo("guessed-fitted");
        assertThat(b.get("chi2red").asDouble()).isLessThanOrEqualTo(a.get("chi2red").asDouble() * (1 + 1e-3));
        assertThat(b.toString()).contains("fitted from 5 starts (NisFitStarts), the best end kept: start ");
        assertThat(a.toString()).doesNotContain("NisFitStarts");
    }

    @Test
    void startsIsCheckedBeforeTheFileIsRead(@TempDir Path dir) throws Exception {
        Path f = write(dir.resolve("iv.csv"), "V[mV],I[nA]", 0.105, false);
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--starts", "0"),
                "option '--starts'", "0", "expected 1 to 64");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--starts", "65"),
                "option '--starts'", "65", "expected 1 to 64");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--starts", "two"), "'--starts'", "two");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", f.toString(), "--map-by", "V", "--starts", "2"),
                "option --starts applies to the fit of one curve");
    }
}
