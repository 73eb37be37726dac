package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.andreev.fit.FitReport;
import org.andreev.fit.Provenance;
import org.junit.jupiter.api.Test;

/**
 * {@code nis fit} with the phase-coherent Andreev term (physics.md A4): the seed-004 probe analysis of
 * Fig. 2 left (I_T + I_A with L_φ = 1.5 µm, Δ = 0.228 meV, T = 105 mK, M = 1.37, D and R_N measured)
 * recovered from a synthetic curve of that model, and the provenance of every parameter.
 */
class NisFitAndreevTest {

    static final double DELTA = 0.228e-3 * E_CHARGE;

    /** The seed probe's I(V) or dI/dV at T_e = 105 mK (the seed's fit), with relative Gaussian noise {@code noise}. */
    static double[][] seedCurve(NisFitMode mode, int n, double noise) {
        NisDevice p = NisDeviceFile.seed004Probe(Map.of(), w -> { });
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = -0.35e-3 + 0.7e-3 * k / (n - 1);
        }
        double[] y = new double[n];
        if (mode == NisFitMode.CURRENT) {
            p.curve(v, 0.105, 0.105, y, null);
        } else {
            p.curve(v, 0.105, 0.105, null, y);
        }
        SplittableRandom rnd = new SplittableRandom(2);
        double scale = 0;
        for (double value : y) {
            scale = Math.max(scale, Math.abs(value));
        }
        for (int k = 0; k < n; k++) {
            y[k] += noise * scale * rnd.nextGaussian();
        }
        return new double[][] {v, y};
    }

    /** The seed's Andreev term with M and L_φ off their true values, as starts. */
    static AndreevTerm offStart() {
        return NisDeviceFile.seed004Probe(Map.of("m", "1", "lphi", "1um"), w -> { }).andreev();
    }

    @Test
    void recoversTheSeedFig2LeftParametersFromAnIvCurve() {
        // Synthetic I(V) of the seed probe (201 points over ±0.35 mV, noiseless); fit te, delta, m, lphi from
        // M = 1, L_φ = 1 µm and guessed T_e, Δ, with R_T and D held at the measured values, as the seed
        // does. Recovered to 1e-4 relative (the model is exact; the fit stops at its tolerances).
        double[][] c = seedCurve(NisFitMode.CURRENT, 201, 0);
        NisFitResult r = NisFit.of(NisFitMode.CURRENT).withAndreev(offStart()).withFree("te", "delta", "m", "lphi")
                .withValue("rt", 2.76e3).fit(c[0], c[1]).orElseThrow();
        System.out.printf("seed Fig. 2 left from I(V): te %.6g K, delta %.6g meV, m %.6g, lphi %.6g um%n",
                r.estimate("te").value(), r.estimate("delta").value() / E_CHARGE * 1e3, r.estimate("m").value(),
                r.estimate("lphi").value() * 1e6);
        assertThat(r.estimate("te").value()).isCloseTo(0.105, within(1e-4 * 0.105));
        assertThat(r.estimate("delta").value()).isCloseTo(DELTA, within(1e-4 * DELTA));
        assertThat(r.estimate("m").value()).isCloseTo(1.37, within(1e-4 * 1.37));
        assertThat(r.estimate("lphi").value()).isCloseTo(1.5e-6, within(1e-4 * 1.5e-6));
        // the best-fit device reproduces the curve
        double[] model = r.model(c[0]);
        for (int k = 0; k < c[0].length; k++) {
            assertThat(model[k]).isCloseTo(c[1][k], within(1e-6 * Math.abs(c[1][k]) + 1e-16));
        }
        assertThat(r.device().andreev().multiplier()).isEqualTo(r.estimate("m").value());
        assertThat(r.device().rT()).isEqualTo(2.76e3);
    }

    @Test
    void recoversTheSeedParametersFromANoisyConductanceWithHonestSigmas() {
        // dI/dV with Gaussian noise of 1e-5 of its gap-edge peak (R_T·σ ≈ 4e-5, a tenth of the zero-bias
        // peak's 5e-4 above the quasiparticles; at 1e-3 of the peak the Andreev term is buried and L_φ runs
        // off undetermined): the estimates must lie within 4 σ of the truth
        double[][] c = seedCurve(NisFitMode.CONDUCTANCE, 281, 1e-5);
        NisFitResult r = NisFit.of(NisFitMode.CONDUCTANCE).withAndreev(offStart()).withFree("te", "m", "lphi")
                .withValue("rt", 2.76e3).withValue("delta", DELTA).fit(c[0], c[1]).orElseThrow();
        double[][] truth = {{0.105, r.estimate("te").value(), r.estimate("te").sigma()},
            {1.37, r.estimate("m").value(), r.estimate("m").sigma()},
            {1.5e-6, r.estimate("lphi").value(), r.estimate("lphi").sigma()}};
        for (double[] t : truth) {
            System.out.printf("noisy dI/dV: %.5g +- %.2g (true %.5g)%n", t[1], t[2], t[0]);
            assertThat(t[2]).isPositive();
            assertThat(Math.abs(t[1] - t[0])).isLessThan(4 * t[2]);
        }
    }

    @Test
    void reportsEveryParameterWithItsProvenance() {
        double[][] c = seedCurve(NisFitMode.CURRENT, 121, 0);
        NisFitResult r = NisFit.of(NisFitMode.CURRENT).withAndreev(offStart()).withFree("te", "m")
                .withValue("delta", DELTA).fit(c[0], c[1]);
        Map<String, Provenance> p = new java.util.LinkedHashMap<>();
        for (FitReport.Parameter q : r.report().parameters()) {
            p.put(q.name(), q.provenance());
        }
        assertThat(p).containsEntry("te", Provenance.GUESSED_FITTED).containsEntry("m", Provenance.FITTED)
                .containsEntry("rt", Provenance.ADDED).containsEntry("delta", Provenance.GIVEN)
                .containsEntry("lphi", Provenance.GIVEN).containsEntry("diffusion", Provenance.GIVEN)
                .containsEntry("dos_total", Provenance.GIVEN).containsEntry("wire_width", Provenance.GIVEN)
                .containsEntry("wire_thickness", Provenance.GIVEN).containsEntry("dynes", Provenance.DEFAULT)
                .containsEntry("h", Provenance.DEFAULT).containsEntry("offset", Provenance.DEFAULT);
        assertThat(r.report().model()).contains("I_A of AndreevJunction").contains("end, regularised");
        // held at the wrong L_φ (1 µm) the fit must still converge but cannot match: M absorbs the height
        assertThat(r.estimate("lphi").value()).isEqualTo(1e-6);
    }

    @Test
    void refusesWhatTheAndreevTermCannotTake() {
        var f = NisFit.of(NisFitMode.CURRENT);
        assertThatThrownBy(() -> f.withFree("te", "lphi")).hasMessageContaining("belongs to the Andreev term");
        var a = f.withAndreev(offStart());
        assertThatThrownBy(() -> a.withFree("te", "dos_total")).hasMessageContaining("dos_total cannot be fitted");
        assertThatThrownBy(() -> a.withValue("lphi", 0)).hasMessageContaining("lphi must be > 0");
        assertThatThrownBy(() -> a.withValue("lphi", -1e-6)).hasMessageContaining("lphi must be > 0");
        assertThatThrownBy(() -> a.withValue("m", -1)).hasMessageContaining("m must be >= 0");
        assertThatThrownBy(() -> a.withFree("te", "h")).hasMessageContaining("h must be held at 0");
        assertThatThrownBy(() -> a.withFree("te").withDos(NisDos.USADEL)).hasMessageContaining("goes with the dynes");
        assertThatThrownBy(() -> a.withFree("lphi").withValue("lphi", Double.POSITIVE_INFINITY))
                .hasMessageContaining("finite when fitted");
        // an infinite L_φ may be held
        double[][] c = seedCurve(NisFitMode.CURRENT, 61, 0);
        NisFitResult r = a.withFree("te", "m").withValue("lphi", Double.POSITIVE_INFINITY).withValue("delta", DELTA)
                .withValue("rt", 2.76e3).fit(c[0], c[1]);
        // held at +∞ it is reported (held, given) but is not a parameter of the vector (those are finite)
        assertThat(r.report().parameter("lphi").initial()).isInfinite();
        assertThat(r.report().parameter("lphi").provenance()).isEqualTo(Provenance.GIVEN);
        List<String> names = new ArrayList<>(r.estimates().keySet());
        assertThat(names).endsWith("m", "diffusion", "dos_total", "wire_width", "wire_thickness");
        assertThat(r.device().andreev().phaseCoherenceLength()).isInfinite();
        assertThat(r.converged()).isTrue();
        double[] model = r.model(c[0]);
        assertThat(model[60]).isCloseTo(c[1][60], within(0.01 * c[1][60])); // high bias: quasiparticles
    }
}
