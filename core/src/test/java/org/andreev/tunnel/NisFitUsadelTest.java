package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.G0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.andreev.superconductor.UsadelSuperconductor;
import org.junit.jupiter.api.Test;

/**
 * The N-I-S fit with the Usadel density of states (physics.md A8; issue #9 part 2), on the real
 * Al/ferromagnetic-insulator spectra the model was made for, and on a synthetic curve of known
 * parameters.
 */
class NisFitUsadelTest {

    private static final double MEV = 1e-3 * E_CHARGE;

    /** One B = 0 cut: Vcorr (V) and G (S) of {@code nis-al-fi-bilayer/NAME} (test resources, copied from shared/data). */
    private static double[][] cut(String name) throws IOException {
        List<String> lines;
        try (InputStream in = NisFitUsadelTest.class.getResourceAsStream("/nis-al-fi-bilayer/" + name)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines.get(0)).isEqualTo("Vbias_mV,Vcorr_mV,G_B0_G0,G_Bminus200mT_G0");
        int n = lines.size() - 1;
        double[][] c = new double[2][n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            c[0][i] = Double.parseDouble(f[1]) * 1e-3;
            c[1][i] = Double.parseDouble(f[2]) * G0;
        }
        return c;
    }

    /** The fit of the B = 0 cut at T_e = 40 mK with {@code free} from several starts ({@link NisFitStarts}). */
    private static NisFitStarts.Outcome fitAt40mK(double[][] c, String... free) {
        NisFitStarts.Outcome o = new NisFitStarts(NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL)
                .withValue("te", 0.040).withFree(free)).fit(c[0], c[1]);
        for (NisFitResult end : o.ends()) {
            System.out.printf("  start sf %.3f so %.3f meV -> %s: Delta %.4f h %.4f sf %.4f so %.4f meV xn %.4f,"
                    + " rms %.2f %% of G_N%n", end.start().get("sf") / MEV, end.start().get("so") / MEV,
                    end.converged() ? "converged" : end.message(), end.estimate("delta").value() / MEV,
                    end.estimate("h").value() / MEV, end.estimate("sf").value() / MEV,
                    end.estimate("so").value() / MEV, end.estimate("xn").value(), 100 * rmsOfGn(end, c));
        }
        assertThat(o.best().converged()).as(o.best().message()).isTrue();
        return o;
    }

    /** rms of (model − data), relative to the fitted G_N = 1/R_T. */
    private static double rmsOfGn(NisFitResult r, double[][] c) {
        double[] m = r.model(c[0]);
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            s += (m[i] - c[1][i]) * (m[i] - c[1][i]);
        }
        return Math.sqrt(s / m.length) * r.estimate("rt").value();
    }

    /**
     * Sample 1 (run 16), B = 0, T_e held at 40 mK, Δ, h, Γ_sf, Γ_so, x_N and R_T free from four
     * automatic starts: Δ within 5 % and h within 15 % of the authors' Usadel fit (Δ = 0.2814 meV,
     * h = 0.1358 meV; reference_fits/), rms residual at most 5.5 % of G_N (issue #9; the spin-split
     * Dynes model leaves 8 %). Measured: Δ = 0.2709 meV (−3.7 %), h = 0.1493 meV (+9.9 %), rms 5.10 %,
     * every start ending there.
     */
    @Test
    void sampleOneAtZeroFieldGivesTheAuthorsGapAndExchangeField() throws IOException {
        double[][] c = cut("S1_run16_cuts_B0_and_Bm200mT.csv");
        assertAuthorsValues(c, fitAt40mK(c, "delta", "h", "sf", "so", "xn", "rt").best(), "sample 1", 0.2814, 0.1358);
    }

    /**
     * Sample 2 (run 29), B = 0: the authors' Δ = 0.2714 meV and h = 0.0828 meV, same tolerances and
     * rms target. With the six parameters of sample 1 every start ends in one minimum, rms 5.81 % of
     * G_N ({@link #sampleTwoWithoutBroadeningMissesTheRmsTarget}): sample 2's spectrum is broader
     * than 40 mK and the rates allow (with T_e free it fits 240 mK, rms 4.0 %), and the Dynes Γ of
     * the authors' model (which they held at 10⁻⁶ meV) supplies that broadening: with it free, Γ/Δ ≈
     * 0.05, rms 5.19 %, Δ = 0.2587 meV (−4.7 %), h = 0.0917 meV (+10.8 %). (On sample 1 a free Γ lowers
     * the rms to 4.5 % but pulls Δ to 0.2557 meV, −9 %: there the six-parameter fit is the one that
     * matches the authors.)
     */
    @Test
    void sampleTwoAtZeroFieldWithItsDynesBroadeningGivesTheAuthorsValues() throws IOException {
        double[][] c = cut("S2_run29_cuts_B0_and_Bm200mT.csv");
        NisFitResult r = fitAt40mK(c, "delta", "h", "sf", "so", "xn", "rt", "dynes").best();
        assertAuthorsValues(c, r, "sample 2", 0.2714, 0.0828);
        assertThat(r.estimate("dynes").value()).isBetween(0.01, 0.1);
    }

    /** Sample 2 without a Dynes Γ: every start ends at rms ≈ 5.8 % of G_N (the diagnosis above). */
    @Test
    void sampleTwoWithoutBroadeningMissesTheRmsTarget() throws IOException {
        double[][] c = cut("S2_run29_cuts_B0_and_Bm200mT.csv");
        NisFitStarts.Outcome o = fitAt40mK(c, "delta", "h", "sf", "so", "xn", "rt");
        for (NisFitResult end : o.ends()) {
            if (end.converged()) {
                assertThat(rmsOfGn(end, c)).isGreaterThan(0.057);
            }
        }
    }

    /** Δ within 5 % and h within 15 % of the authors' (meV), rms residual at most 5.5 % of G_N. */
    private static void assertAuthorsValues(double[][] c, NisFitResult r, String sample, double deltaMeV, double hMeV) {
        double rms = rmsOfGn(r, c);
        System.out.printf("Usadel fit, %s, B = 0: Delta %.4f meV, h %.4f meV, rms %.2f %% of G_N%n", sample,
                r.estimate("delta").value() / MEV, r.estimate("h").value() / MEV, 100 * rms);
        assertThat(r.estimate("delta").value() / MEV).isCloseTo(deltaMeV, within(0.05 * deltaMeV));
        assertThat(r.estimate("h").value() / MEV).isCloseTo(hMeV, within(0.15 * hMeV));
        assertThat(rms).isLessThanOrEqualTo(0.055);
    }

    /**
     * T_e free on sample 1 (B = 0), with the authors' field-independent rates held (Γ_sf = 0.0456 meV,
     * Γ_so = 0.0108 meV, reference_fits/) and Δ, h, x_N, R_T free: the covariance σ of T_e comes from
     * systematic residuals and means little; the profile-likelihood interval (1σ level, {@link
     * NisFit#confidenceInterval}) says what the data allow. It must enclose the estimate and be
     * bounded on both sides; both are printed. (With the rates free as well, T_e runs to ≈ 225 mK
     * with Δ = 0.243 meV and Γ_sf → 0: thermal smearing then stands in for the depairing; its
     * profile needs hundreds of six-parameter refits, too long for a unit test.)
     */
    @Test
    void electronTemperatureFreeGivesAProfileLikelihoodInterval() throws IOException {
        double[][] c = cut("S1_run16_cuts_B0_and_Bm200mT.csv");
        NisFit fit = NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withValue("sf", 0.0456 * MEV)
                .withValue("so", 0.0108 * MEV).withFree("te", "delta", "h", "xn", "rt");
        NisFitResult r = fit.fit(c[0], c[1]);
        assertThat(r.converged()).as(r.message()).isTrue();
        var ci = fit.confidenceInterval(c[0], c[1], r, "te", org.andreev.fit.ProfileLikelihood.ONE_SIGMA);
        System.out.printf("T_e free, sample 1: %.1f mK +/- %.1f mK (linearised); profile 1-sigma [%.1f, %.1f] mK %s%n",
                1e3 * r.estimate("te").value(), 1e3 * r.estimate("te").sigma(), 1e3 * ci.lower(), 1e3 * ci.upper(),
                ci.message());
        assertThat(ci.bounded()).as(ci.message()).isTrue();
        assertThat(ci.lower()).isLessThan(r.estimate("te").value());
        assertThat(ci.upper()).isGreaterThan(r.estimate("te").value());
    }

    /**
     * A synthetic Usadel curve (seeded noise of 0.3 % of G_N, the real data's scale) is recovered:
     * every free parameter within 3σ of its true value.
     */
    @Test
    void recoversKnownParametersWithinTheirUncertainties() {
        double delta = 0.25 * MEV;
        UsadelNisJunction truth = new UsadelNisJunction(
                new UsadelSuperconductor(delta, 0.08 * MEV, 1e-4 * delta, 0.02 * MEV, 0.03 * MEV, 0), 5e4, 0.02);
        int n = 161;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = -0.7e-3 + 1.4e-3 * i / (n - 1);
        }
        double[] g = new double[n];
        truth.curve(v, 0.06, null, g);
        Random random = new Random(4);
        for (int i = 0; i < n; i++) {
            g[i] += 0.003 / 5e4 * random.nextGaussian();
        }
        NisFitResult r = NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withValue("te", 0.06)
                .withValue("dynes", 1e-4).withFree("delta", "h", "sf", "so", "xn", "rt").fit(v, g);
        assertThat(r.converged()).as(r.message()).isTrue();
        double[] expected = {delta, 0.08 * MEV, 0.03 * MEV, 0.02 * MEV, 0.02, 5e4};
        String[] names = {"delta", "h", "sf", "so", "xn", "rt"};
        for (int k = 0; k < names.length; k++) {
            var e = r.estimate(names[k]);
            assertThat(Math.abs(e.value() - expected[k])).as("%s = %s ± %s", names[k], e.value(), e.sigma())
                    .isLessThan(3 * e.sigma());
        }
    }

    /**
     * Rates and x_N that the data want at 0 are fitted there and the fit converges (p = q²: with
     * p = |q| the minimum at 0 is a kink that Levenberg–Marquardt circles until its iteration limit,
     * as the sample-2 fit with a free Dynes Γ did: 200 iterations, x_N → 3e-7). A synthetic curve
     * without spin-flip scattering and without a normal fraction: sf and xn end below 1 % of their
     * start scale.
     */
    @Test
    void ratesAndNormalFractionTheDataWantAtZeroAreFittedThere() {
        double delta = 0.25 * MEV;
        UsadelNisJunction truth = new UsadelNisJunction(
                new UsadelSuperconductor(delta, 0.08 * MEV, 1e-4 * delta, 0.02 * MEV, 0, 0), 5e4, 0);
        int n = 121;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = -0.7e-3 + 1.4e-3 * i / (n - 1);
        }
        double[] g = new double[n];
        truth.curve(v, 0.06, null, g);
        Random random = new Random(6);
        for (int i = 0; i < n; i++) {
            g[i] += 0.001 / 5e4 * random.nextGaussian();
        }
        NisFitResult r = NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withValue("te", 0.06)
                .withValue("dynes", 1e-4).withFree("delta", "h", "sf", "so", "xn", "rt").fit(v, g);
        assertThat(r.converged()).as(r.message()).isTrue();
        assertThat(r.fit().iterations()).isLessThan(100);
        assertThat(r.estimate("sf").value()).isLessThan(0.01 * 0.05 * delta);
        assertThat(r.estimate("xn").value()).isLessThan(1e-4);
    }

    /** Usadel parameters belong to --dos usadel; ts does not enter the Usadel kernel. */
    @Test
    void parametersBelongToTheirModel() {
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "sf"))
                .hasMessageContaining("sf").hasMessageContaining("usadel");
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withFree("ts"))
                .hasMessageContaining("ts");
        assertThatThrownBy(() -> NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withValue("xn", 1.5))
                .hasMessageContaining("xn");
    }

    /** h is fitted as |q|: a curve without splitting is fitted at h ≈ 0 without running to an edge. */
    @Test
    void aSplittingTheDataWantAtZeroIsFittedThere() {
        double delta = 0.2 * MEV;
        NisJunction truth = new NisJunction(new org.andreev.superconductor.Superconductor(delta, 1e-3, 0), 1e4);
        int n = 121;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = -0.5e-3 + 1e-3 * i / (n - 1);
        }
        double[] g = new double[n];
        truth.curve(v, 0.1, 0.1, null, g, null);
        Random random = new Random(5);
        for (int i = 0; i < n; i++) {
            g[i] *= 1 + 1e-3 * random.nextGaussian();
        }
        NisFitResult r = NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "delta", "rt", "h").fit(v, g);
        assertThat(r.converged()).as(r.message()).isTrue();
        assertThat(r.estimate("h").value()).isGreaterThanOrEqualTo(0).isLessThan(0.02 * delta);
        assertThat(r.fit().atBound()).doesNotContain("h");
    }
}
