package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.andreev.superconductor.Superconductor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed-form limits of physics.md A2, in reduced units v = eV/Δ, t = k_BT/Δ, i = eR_T I/Δ,
 * g = R_T dI/dV, p = e²R_T P/Δ². Each tolerance is the size of the first term the closed form
 * neglects (stated per test), not a fudge factor.
 */
class NisJunctionLimitsTest {

    static final double DELTA = 0.2e-3 * E_CHARGE;
    static final double R_T = 1000.0;
    static final NisJunction BCS = new NisJunction(Superconductor.bcs(DELTA), R_T);

    static double volts(double v) {
        return v * DELTA / E_CHARGE;
    }

    static double kelvin(double t) {
        return t * DELTA / K_BOLTZMANN;
    }

    static double i(NisJunction j, double v, double t) {
        return j.current(volts(v), kelvin(t), kelvin(t)) / j.currentScale();
    }

    /**
     * T → 0 above the gap: i = sqrt(v² − 1) (physics.md A2). At t = 1e-3 we add the Sommerfeld
     * correction (π²t²/6)·dn/dε(v) = −(π²t²/6)(v² − 1)^{−3/2} (5.6e-6 at v = 1.2); the next
     * Sommerfeld term, (7π⁴t⁴/360)·d³n/dε³ ≲ 1e-9, and the kernel's error are far inside the
     * tolerance 1e-8 relative. Without the correction the T = 0 form holds to the correction itself.
     */
    @ParameterizedTest
    @CsvSource({"1.2", "1.5", "2", "3", "10"})
    void zeroTemperatureCurrentAboveGap(double v) {
        double t = 1e-3;
        double bare = Math.sqrt(v * v - 1);
        double sommerfeld = -Math.PI * Math.PI * t * t / 6 * Math.pow(v * v - 1, -1.5);
        assertThat(i(BCS, v, t)).isCloseTo(bare + sommerfeld, within(1e-8 * bare));
        assertThat(i(BCS, -v, t)).isCloseTo(-bare - sommerfeld, within(1e-8 * bare));
        assertThat(i(BCS, v, t)).isCloseTo(bare, within(1.01 * Math.abs(sommerfeld)));
    }

    /** T → 0 inside the gap: no current; at t = 1e-3 it is ~e^{−(1−v)/t} ≤ e^{−100}. */
    @ParameterizedTest
    @CsvSource({"0", "0.3", "0.9"})
    void zeroTemperatureCurrentInsideGap(double v) {
        assertThat(Math.abs(i(BCS, v, 1e-3))).isLessThan(1e-40);
    }

    /**
     * Large V: I R_T − V → −Δ²/(2e²V) (physics.md A2). The T = 0 expansion
     * sqrt(v² − 1) − v = −1/(2v) − 1/(8v³) − ... gives a relative deviation 1/(4v²); the kernel's
     * ~1e-10 relative error on i ≈ v adds 1e-10·v/(1/2v) = 2e-10 v² (4e-6 at v = 141).
     */
    @ParameterizedTest
    @CsvSource({"20", "50", "141"})
    void largeBiasOffset(double v) {
        double offset = i(BCS, v, 0.01) - v;
        double expected = -1 / (2 * v);
        assertThat(offset).isCloseTo(expected, within(Math.abs(expected) * (1 / (4 * v * v) + 1e-5)));
    }

    /**
     * Zero-bias conductance: G_0 R_T ≈ sqrt(2π/t) e^{−1/t}(1 + 3t/8) (physics.md A2). In the
     * Boltzmann limit G_0 R_T = (2/t) K_1(1/t), whose asymptotic series (Abramowitz &amp; Stegun 9.7.2)
     * continues −15t²/128 + 0.1025 t³; we check the series through t² with tolerance 0.15 t³
     * plus the neglected Fermi degeneracy 2e^{−1/t} (relative).
     */
    @ParameterizedTest
    @CsvSource({"0.02", "0.05", "0.1"})
    void zeroBiasConductance(double t) {
        double g0 = BCS.conductance(0.0, kelvin(t), kelvin(t)) * R_T;
        double leading = Math.sqrt(2 * Math.PI / t) * Math.exp(-1 / t);
        assertThat(g0 / leading).isCloseTo(1 + 3 * t / 8 - 15 * t * t / 128,
                within(0.15 * t * t * t + 2 * Math.exp(-1 / t)));
        // the spec's two-term form alone, within its first neglected term 15t²/128
        assertThat(g0 / leading).isCloseTo(1 + 3 * t / 8, within(0.2 * t * t));
    }

    /**
     * Sub-gap current: i ≈ sqrt(πt/2) exp((v − 1)/t) for t ≪ 1 − v (physics.md A2). The Boltzmann
     * limit is i = 2 sinh(v/t) K_1(1/t); the spec form drops e^{−2v/t} and the K_1 series
     * 1 + 3t/8 − ...: tolerance 3t/8·1.1 + e^{−2v/t}. The full Boltzmann form is checked to
     * 0.15t³ + 2e^{−(1−v)/t} (Fermi degeneracy).
     */
    @ParameterizedTest
    @CsvSource({"0.02, 0.3", "0.02, 0.6", "0.01, 0.5", "0.01, 0.8", "0.005, 0.9"})
    void subGapCurrent(double t, double v) {
        double current = i(BCS, v, t);
        double spec = Math.sqrt(Math.PI * t / 2) * Math.exp((v - 1) / t);
        assertThat(current / spec).isCloseTo(1.0, within(3 * t / 8 * 1.1 + Math.exp(-2 * v / t)));
        double boltzmann = 2 * Math.sinh(v / t) * Math.sqrt(Math.PI * t / 2) * Math.exp(-1 / t)
                * (1 + 3 * t / 8 - 15 * t * t / 128);
        assertThat(current / boltzmann).isCloseTo(1.0, within(0.15 * t * t * t + 2 * Math.exp(-(1 - v) / t)));
    }

    /**
     * Dynes: sub-gap current ≈ (γ/Δ) V/R_T (physics.md A2). For g ≪ 1, n_D(ε) ≈ g(1 − ε²)^{−3/2}
     * = g(1 + 3ε²/2 + ...) inside the gap; with ∫_0^∞ [f(ε − v) − f(ε + v)] dε = v and
     * ∫ ε² [...] dε = v³/3 + π²t²v/3 this gives i = g v (1 + v²/2 + π²t²/2 + O(v⁴, g²)). We
     * check i/(g v) against that to 2v⁴ + 2g² (next terms 3v⁴/8 and −g²/2), at t = 1e-3 where the
     * thermal tail from the gap edge is e^{−900}.
     */
    @ParameterizedTest
    @CsvSource({"1e-4, 0.01", "1e-3, 0.05", "1e-2, 0.1", "1e-3, -0.1"})
    void dynesSubGapCurrent(double g, double v) {
        NisJunction dynes = new NisJunction(new Superconductor(DELTA, g, 0), R_T);
        double ratio = i(dynes, v, 1e-3) / (g * v);
        double t = 1e-3;
        assertThat(ratio).isCloseTo(1 + v * v / 2 + Math.PI * Math.PI * t * t / 2,
                within(2 * Math.pow(v, 4) + 2 * g * g));
        // and the spec's leading form, within its first neglected term v²/2
        assertThat(ratio).isCloseTo(1.0, within(0.6 * v * v + 2 * g * g));
    }
}
