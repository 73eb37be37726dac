package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.G0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.andreev.fit.Estimate;
import org.andreev.fit.FitException;
import org.andreev.superconductor.BcsGap;
import org.andreev.superconductor.Superconductor;
import org.andreev.testdata.SharedData;
import org.andreev.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NisFitTest {

    private static final double MEV = 1e-3 * E_CHARGE;

    /** Al-like probe of the seed (Δ = 0.228 meV is seed 004's; R_T of the probe 2.76 kΩ). */
    private static final double DELTA = 0.228 * MEV;
    private static final double RT = 2760;
    private static final double TE = 0.105; // seed 004's fitted electron temperature, K

    private static double[] bias(int n, double vMax) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = -vMax + 2 * vMax * i / (n - 1);
        }
        return v;
    }

    private static double[] synthetic(NisFitMode mode, NisJunction j, double te, double[] v, double offset) {
        double[] shifted = Arrays.stream(v).map(x -> x - offset).toArray();
        double[] y = new double[v.length];
        j.curve(shifted, te, te, mode == NisFitMode.CURRENT ? y : null, mode == NisFitMode.CONDUCTANCE ? y : null, null);
        return y;
    }

    /**
     * Thermometry (physics.md A3): T_e, Δ and R_T free, known Gaussian noise of 0.3 % of the
     * normal-state scale, 8 seeds per mode. With correct estimates and σ: T_e within 3σ every time
     * (99.7 % per seed), Δ and R_T within 4σ (a 3σ bound on 16 more draws would fail with 4 %
     * probability: seed 4 of the current puts Δ at 3.5σ); the rms of all z-scores near 1 (24 draws:
     * ±0.15 at 1σ, so [0.6, 1.4] is ±2.7σ), which checks that σ is neither inflated nor too small; and
     * χ²_red within 1 ± 0.3 (ν = 198: spread sqrt(2/ν) = 0.1).
     */
    @ParameterizedTest
    @EnumSource(NisFitMode.class)
    void recoversElectronTemperatureWithinItsUncertainty(NisFitMode mode) {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        double[] v = bias(201, 2 * DELTA / E_CHARGE);
        double[] clean = synthetic(mode, j, TE, v, 0);
        double noise = 0.003 * (mode == NisFitMode.CURRENT ? DELTA / (E_CHARGE * RT) : 1 / RT);
        double[] sigma = new double[v.length];
        Arrays.fill(sigma, noise);
        double sumZ2 = 0;
        for (int seed = 0; seed < 8; seed++) {
            Random rnd = new Random(seed);
            double[] y = Arrays.stream(clean).map(c -> c + noise * rnd.nextGaussian()).toArray();
            NisFitResult r = NisFit.of(mode).fit(v, y, sigma);
            assertThat(r.converged()).as("seed %d: %s", seed, r.message()).isTrue();
            sumZ2 += Math.pow(assertWithin(r.estimate("te"), TE, 3, mode + " te, seed " + seed), 2);
            sumZ2 += Math.pow(assertWithin(r.estimate("delta"), DELTA, 4, mode + " delta, seed " + seed), 2);
            sumZ2 += Math.pow(assertWithin(r.estimate("rt"), RT, 4, mode + " rt, seed " + seed), 2);
            assertThat(r.reducedChiSquare()).as("chi2red").isBetween(0.7, 1.3);
            // a thermometer worth the name: T_e to better than 10 % from one curve at this noise
            assertThat(r.estimate("te").sigma()).isLessThan(0.1 * TE);
        }
        assertThat(Math.sqrt(sumZ2 / 24)).as("rms z").isBetween(0.6, 1.4);
    }

    /**
     * Issue #9 item 1: {@code --free te} alone on a noiseless 105 mK curve of Δ = 0.228 meV, R_T =
     * 2.76 kΩ used to hold Δ and R_T at their guesses read off the curve and return T_e = 259 ± 60 mK.
     * Now Δ and R_T are fitted too and reported as added; the curve is the model itself (13+ digits),
     * so T_e must come back to 1e-6 relative (the quadrature's 1e-8 leaves a margin of 100), and the
     * report lists every parameter with its provenance.
     */
    @Test
    void aGuessIsNeverHeldSilently() {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        double[] v = bias(161, 0.4e-3);
        double[] y = synthetic(NisFitMode.CURRENT, j, TE, v, 0);
        NisFit fit = NisFit.of(NisFitMode.CURRENT).withFree("te");
        assertThat(fit.fittedNames()).containsExactly("te", "delta", "rt");
        NisFitResult r = fit.fit(v, y).orElseThrow();
        assertThat(r.estimate("te").value()).isCloseTo(TE, within(1e-6 * TE));
        assertThat(r.estimate("delta").value()).isCloseTo(DELTA, within(1e-6 * DELTA));
        assertThat(r.estimate("rt").value()).isCloseTo(RT, within(1e-6 * RT));
        var report = r.report();
        assertThat(report.parameters()).extracting(org.andreev.fit.FitReport.Parameter::name)
                .containsExactly("te", "delta", "rt", "dynes", "h", "offset");
        assertThat(report.parameter("te").provenance()).isEqualTo(org.andreev.fit.Provenance.GUESSED_FITTED);
        assertThat(report.parameter("delta").provenance()).isEqualTo(org.andreev.fit.Provenance.ADDED);
        assertThat(report.parameter("rt").provenance()).isEqualTo(org.andreev.fit.Provenance.ADDED);
        assertThat(report.parameter("dynes").provenance()).isEqualTo(org.andreev.fit.Provenance.DEFAULT);
        String text = org.andreev.fit.FitReportWriter.text(report, org.andreev.fit.ReportUnits.NATURAL);
        assertThat(text).contains("delta:").contains("added: neither given nor free").contains("held: default");
        // given values are held and said to be given
        NisFitResult given = NisFit.of(NisFitMode.CURRENT).withFree("te").withValue("delta", DELTA).withValue("rt", RT)
                .fit(v, y).orElseThrow();
        assertThat(given.report().parameter("delta").provenance()).isEqualTo(org.andreev.fit.Provenance.GIVEN);
        assertThat(given.fit().freeNames()).containsExactly("te");
    }

    /** Without σ the noise is estimated from the residuals: same coverage, σ scaled by χ²_red. */
    @Test
    void recoversElectronTemperatureWithoutKnownNoise() {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        double[] v = bias(201, 2 * DELTA / E_CHARGE);
        double[] clean = synthetic(NisFitMode.CURRENT, j, 0.2, v, 0);
        double noise = 0.002 * DELTA / (E_CHARGE * RT);
        Random rnd = new Random(99);
        double[] y = Arrays.stream(clean).map(c -> c + noise * rnd.nextGaussian()).toArray();
        NisFitResult r = NisFit.of(NisFitMode.CURRENT).withFree("te").withValue("delta", DELTA)
                .withValue("rt", RT).fit(v, y);
        assertThat(r.fit().sigmaKnown()).isFalse();
        assertWithin3Sigma(r.estimate("te"), 0.2, "te");
        // χ²_red estimates the noise variance in A² (ν = 200: ±10 % at 1σ on the variance)
        assertThat(Math.sqrt(r.reducedChiSquare())).isCloseTo(noise, within(0.15 * noise));
        assertThat(r.estimate("delta")).isEqualTo(new Estimate(DELTA, 0));
    }

    /**
     * Spectroscopy of a spin-split, Dynes-broadened gap with a bias offset (physics.md A1): all six
     * parameters free, noise 0.5 % of G_N, the parameters of the measured Al/FI bilayer. Each is
     * recovered within 3σ, positive quantities stay positive.
     */
    @Test
    void recoversSpinSplitGapExchangeAndOffsetFromConductance() {
        double delta = 0.28 * MEV;
        double h = 0.13 * MEV;
        double rt = 1 / (0.17 * G0);
        double offset = 42e-6;
        NisJunction j = new NisJunction(new Superconductor(delta, 0.01, h), rt);
        double[] v = bias(401, 1e-3);
        double[] clean = synthetic(NisFitMode.CONDUCTANCE, j, 0.1, v, offset);
        Random rnd = new Random(2024);
        double noise = 0.005 / rt;
        double[] y = Arrays.stream(clean).map(c -> c + noise * rnd.nextGaussian()).toArray();
        NisFit fit = NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "delta", "rt", "dynes", "h", "offset");
        Map<String, Double> start = fit.initialGuess(v, y);
        // the automatic guesses read off the peaks: within 20 % of Δ and h, offset within 10 µV
        assertThat(start.get("delta")).isCloseTo(delta, within(0.2 * delta));
        assertThat(start.get("h")).isCloseTo(h, within(0.2 * h));
        assertThat(start.get("offset")).isCloseTo(offset, within(10e-6));
        NisFitResult r = fit.fit(v, y);
        assertThat(r.converged()).as(r.message()).isTrue();
        assertWithin3Sigma(r.estimate("te"), 0.1, "te");
        assertWithin3Sigma(r.estimate("delta"), delta, "delta");
        assertWithin3Sigma(r.estimate("h"), h, "h");
        assertWithin3Sigma(r.estimate("dynes"), 0.01, "dynes");
        assertWithin3Sigma(r.estimate("rt"), rt, "rt");
        assertWithin3Sigma(r.estimate("offset"), offset, "offset");
        double[] model = r.model(v);
        assertThat(model[200]).isCloseTo(y[200], within(5 * noise));
    }

    /**
     * The measured Al/ferromagnetic-insulator bilayer (S1 run 16, B = 0; shared/data/nis-al-fi-bilayer):
     * the authors' Usadel fit gives Δ = 0.281 meV, h = 0.136 meV, G_N = 0.169 G0. A spin-split Dynes
     * model lacks their spin-flip and spin-orbit depairing, which a larger γ and T_e absorb; it still
     * places the split peaks (at Δ ∓ h) where they are. Tolerance: 10 % on Δ and h (the peaks of the
     * data sit at 0.15 and 0.45 mV, resolved to the 10 µV bias step, i.e. ~3 % of Δ − h; the rest is
     * the model difference), 3 % on G_N (the B = 0 curve is still 3 % above G_N at 1 mV).
     */
    @Test
    void measuredSpinSplitCurveGivesTheAuthorsGapAndExchangeField() throws IOException {
        double[][] cut = readCut();
        double[] v = Arrays.stream(cut[0]).map(x -> x * 1e-3).toArray();
        double[] g = Arrays.stream(cut[1]).map(x -> x * G0).toArray();
        NisFitResult r = NisFit.of(NisFitMode.CONDUCTANCE).withFree("delta", "h", "te", "dynes", "rt").fit(v, g);
        assertThat(r.converged()).as(r.message()).isTrue();
        assertThat(r.estimate("delta").value() / MEV).isCloseTo(0.281, within(0.1 * 0.281));
        assertThat(r.estimate("h").value() / MEV).isCloseTo(0.136, within(0.1 * 0.136));
        assertThat(1 / r.estimate("rt").value() / G0).isCloseTo(0.169, within(0.03 * 0.169));
    }

    /**
     * The B = −200 mT cut is in the normal state: the map fit calls it normal and gives G_N = 0.169 G0
     * (authors' value); tolerance 2 %, the spread of that curve itself (0.165 to 0.173 G0, a small
     * zero-bias peak).
     */
    @Test
    void normalStateCutGivesNormalConductance() throws IOException {
        double[][] cut = readCut();
        double[] v = Arrays.stream(cut[0]).map(x -> x * 1e-3).toArray();
        double[] gNormal = Arrays.stream(cut[2]).map(x -> x * G0).toArray();
        NisMapResult map = NisMapFit.of(NisFit.of(NisFitMode.CONDUCTANCE))
                .fit(new double[] {-0.2}, List.of(v), List.of(gNormal));
        NisMapPoint p = map.points().get(0);
        assertThat(p.status()).isEqualTo(NisMapPoint.Status.NORMAL);
        assertThat(p.normalConductance().value() / G0).isCloseTo(0.169, within(0.02 * 0.169));
        assertThat(p.normalConductance().sigma() / G0).isLessThan(0.001);
    }

    /**
     * The map fit's statuses on synthetic curves: a gapped curve is FITTED, with G_N = 1/R_T; the same
     * curve with the accepted γ/Δ lowered below its true 10⁻² is REJECTED with the reason; a flat
     * (ohmic) curve is NORMAL, with its conductance. Results stay in field order.
     */
    @Test
    void mapFitClassifiesItsCurves() {
        NisJunction j = new NisJunction(new Superconductor(DELTA, 1e-2, 0), RT);
        double[] v = bias(101, 2.5 * DELTA / E_CHARGE);
        double[] gapped = synthetic(NisFitMode.CONDUCTANCE, j, TE, v, 0);
        for (int i = 0; i < gapped.length; i++) {
            gapped[i] *= 1 + 2e-3 * Math.sin(17 * i);
        }
        double[] ohmic = Arrays.stream(v).map(x -> 1 / RT * (1 + 1e-3 * Math.cos(1e4 * x))).toArray();
        NisFit fit = NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "delta", "rt", "dynes");
        NisMapResult accepting = NisMapFit.of(fit).fit(new double[] {0.0, 0.1}, List.of(v, v), List.of(gapped, ohmic));
        assertThat(accepting.points()).extracting(NisMapPoint::status)
                .containsExactly(NisMapPoint.Status.FITTED, NisMapPoint.Status.NORMAL);
        assertThat(accepting.points().get(0).normalConductance().value()).isCloseTo(1 / RT, within(0.01 / RT));
        assertThat(accepting.points().get(1).normalConductance().value()).isCloseTo(1 / RT, within(0.001 / RT));
        NisMapResult strict = new NisMapFit(fit, 0.1, 1e-3).fit(new double[] {0.0}, List.of(v), List.of(gapped));
        assertThat(strict.points().get(0).status()).isEqualTo(NisMapPoint.Status.REJECTED);
        assertThat(strict.points().get(0).message()).startsWith("rejected: γ/Δ = 0.01");
    }

    /**
     * In this model I and dI/dV do not depend on T_S (the S occupation cancels, NisJunction): a free
     * ts must be reported as undetermined, not as a fit.
     */
    @Test
    void superconductorTemperatureIsReportedAsUndetermined() {
        NisJunction j = new NisJunction(Superconductor.bcs(DELTA), RT);
        double[] v = bias(101, 2 * DELTA / E_CHARGE);
        double[] y = synthetic(NisFitMode.CONDUCTANCE, j, TE, v, 0);
        for (int i = 0; i < y.length; i++) {
            y[i] *= 1 + 1e-3 * Math.sin(37 * i);
        }
        NisFitResult r = NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "ts").withValue("delta", DELTA)
                .withValue("rt", RT).fit(v, y);
        assertThat(r.converged()).isFalse();
        // the zero Jacobian column lets ts run off its plausible range, or is found singular
        assertThat(r.message()).containsAnyOf("does not depend on ts", "ts ran from");
        assertThatThrownBy(r::orElseThrow).isInstanceOf(FitException.class)
                .hasMessageStartingWith("N-I-S fit did not converge");
    }

    /**
     * Given starting values replace the guesses: a curve on positive bias only (from which nothing
     * can be guessed) fits when every free value is given, h included.
     */
    @Test
    void givenValuesNeedNoGuess() {
        NisJunction j = new NisJunction(new Superconductor(DELTA, 1e-3, 0.1 * DELTA), RT);
        double[] v = Arrays.stream(bias(201, 2 * DELTA / E_CHARGE)).map(Math::abs).distinct().toArray();
        double[] y = synthetic(NisFitMode.CONDUCTANCE, j, TE, v, 0);
        NisFit fit = NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "h").withValue("te", 0.15)
                .withValue("h", 0.2 * DELTA).withValue("delta", DELTA).withValue("rt", RT).withValue("dynes", 1e-3);
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CONDUCTANCE).fit(v, y)).hasMessageContaining("both signs");
        NisFitResult r = fit.fit(v, y);
        assertThat(r.start()).containsEntry("te", 0.15);
        // noise-free data: the exact values (to the quadrature's ~1e-9 and the fit tolerance)
        assertThat(r.estimate("te").value()).isCloseTo(TE, within(1e-5 * TE));
        assertThat(r.estimate("h").value()).isCloseTo(0.1 * DELTA, within(1e-5 * DELTA));
    }

    /**
     * An ohmic I(V) fitted with T_e free and Δ, R_T given: the model approaches V/R_T only as
     * T_e → ∞ (thermal smearing fills the gap), so χ² falls without a minimum. Before the guard this
     * returned T_e ≈ 1400 K "converged"; T_e must stop at the T_c of the gap and the fit say why.
     */
    @Test
    void ohmicCurveFittedForTemperatureIsNotConverged() {
        double[] v = bias(201, 1e-3);
        double[] y = Arrays.stream(v).map(x -> x / RT).toArray();
        NisFitResult r = NisFit.of(NisFitMode.CURRENT).withFree("te").withValue("delta", DELTA)
                .withValue("rt", RT).fit(v, y);
        assertThat(r.converged()).as(r.message()).isFalse();
        assertThat(r.message()).contains("te ran from").contains("T_c");
        assertThat(r.estimate("te").value()).isLessThanOrEqualTo(DELTA / (BcsGap.WEAK_COUPLING_RATIO * PhysicalConstants.K_BOLTZMANN));
    }

    @Test
    void badRequestsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CURRENT).withFree("te", "gap"))
                .hasMessageContaining("unknown N-I-S fit parameter 'gap'");
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CURRENT).withValue("te", -0.1))
                .hasMessageContaining("te must be finite and > 0, got -0.1");
        double[] v = {0.1e-3, 0.2e-3, 0.3e-3, 0.4e-3};
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CURRENT).fit(v, v))
                .hasMessageContaining("the bias must cover both signs");
    }

    private static void assertWithin3Sigma(Estimate e, double truth, String what) {
        assertWithin(e, truth, 3, what);
    }

    /** Asserts |value − truth| &lt; k σ and returns the z-score. */
    private static double assertWithin(Estimate e, double truth, double k, String what) {
        assertThat(e.sigma()).as(what + " sigma").isPositive();
        assertThat(Math.abs(e.value() - truth)).as("%s = %s ± %s, truth %s", what, e.value(), e.sigma(), truth)
                .isLessThan(k * e.sigma());
        return (e.value() - truth) / e.sigma();
    }

    /**
     * The S1 run 16 cuts (Vcorr in mV, G at B = 0 and −200 mT in G0): from the shared data when
     * present, else from the copy in the test resources (identical, see SOURCE.txt there).
     */
    static double[][] readCut() throws IOException {
        String relative = "nis-al-fi-bilayer/S1_run16_cuts_B0_and_Bm200mT.csv";
        var shared = SharedData.find("data/" + relative);
        List<String> lines;
        if (shared.isPresent()) {
            lines = Files.readAllLines(shared.get());
        } else {
            try (InputStream in = NisFitTest.class.getResourceAsStream("/" + relative)) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        assertThat(lines.get(0)).isEqualTo("Vbias_mV,Vcorr_mV,G_B0_G0,G_Bminus200mT_G0");
        int n = lines.size() - 1;
        double[][] cols = new double[3][n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            cols[0][i] = Double.parseDouble(f[1]);
            cols[1][i] = Double.parseDouble(f[2]);
            cols[2][i] = Double.parseDouble(f[3]);
        }
        return cols;
    }

    /** The header units of the class comment's table, in NAMES order (CSV headers of nis fit). */
    @Test
    void parameterUnits() {
        assertThat(NisFit.NAMES.stream().map(NisFit::unit)).containsExactly("K", "J", "Ohm", "1", "J", "V", "J", "J", "J", "1", "K");
        assertThatThrownBy(() -> NisFit.unit("gap")).hasMessageContaining("gap");
    }
}
