package org.andreev.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.andreev.numeric.AdaptiveGaussKronrod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits of physics.md B3 for the MAR engine, in reduced units (i = I·h/(eΔ), v = eV/Δ, so the
 * normal current is 2τv).
 */
class MarCurrentLimitsTest {

    private static final double ETA = 1e-3;

    private static double mar(double tau, double v, double eta) {
        return new MarKernel(MarCurrent.ORDER, MarCurrent.GRADING).current(tau, v, 1.0, eta, 0.0);
    }

    /** Excess current of physics.md B3 (Cuevas et al. 1996, Eq. 24; Averin–Bardas 1995) in units eΔ/h. */
    static double excess(double tau) {
        double r = Math.sqrt(1 - tau);
        if (tau == 1) {
            return 16.0 / 3.0; // 8Δ/(3eR_N) with R_N = h/2e²: 8/3 · 2
        }
        return 2 * tau * tau / (1 - tau)
                * (1 - tau * tau / (2 * (2 - tau) * r) * Math.log((1 + r) / (1 - r)));
    }

    /** Dynes density of states Re[z/sqrt(z² − 1)], z = x + iη. */
    private static double dynes(double x, double eta) {
        // z² − 1 = x² − η² − 1 + 2ixη
        double ar = x * x - eta * eta - 1;
        double ai = 2 * x * eta;
        double r = Math.hypot(ar, ai);
        double sr = Math.sqrt(0.5 * (r + ar));
        double si = Math.copySign(Math.sqrt(0.5 * (r - ar)), ai);
        // z/s = (x + iη)(sr − i si)/|s|²
        return Math.abs(x * sr + eta * si) / (sr * sr + si * si);
    }

    /**
     * Tunnel limit: i/τ → 2∫ n_L(x) n_R(x + v) [f(x) − f(x + v)] dx, the S-I-S quasiparticle current
     * (Tinkham, Introduction to Superconductivity, Eq. 3.82), with unequal gaps (step at
     * Δ_L + Δ_R) and at T &gt; 0. The first neglected term is the second-order Andreev current,
     * of size O(τ) against the normal current 2v: tolerance 10τ·max(i_SIS, 2v).
     */
    @ParameterizedTest
    @CsvSource({"2.2, 1, 0", "2.5, 1, 0", "3.0, 1, 0", "4.0, 1, 0", "1.6, 0.5, 0", "2.5, 0.5, 0", "2.5, 1, 0.1",
            "1.0, 1, 0.2"})
    void tunnelLimitIsTheSisQuasiparticleCurrent(double v, double dr, double theta) {
        double tau = 1e-5;
        AdaptiveGaussKronrod gk = new AdaptiveGaussKronrod(1e-11, 1e-14, 200_000);
        double lo = theta > 0 ? -v - 40 * theta - 2 : -v;
        double hi = theta > 0 ? 40 * theta + 2 : 0;
        double[] breaks = {lo, dr - v, -dr - v, -1, 1, hi};
        breaks = java.util.Arrays.stream(breaks).filter(x -> x >= lo && x <= hi).sorted().toArray();
        double sis = 2 * gk.integrate(x -> dynes(x, ETA) * dr * dynes((x + v) / dr, ETA) / dr
                * (fermi(x, theta) - fermi(x + v, theta)), breaks).value();
        double i = new MarKernel(MarCurrent.ORDER, MarCurrent.GRADING).current(tau, v, dr, ETA, theta) / tau;
        System.out.printf("tunnel v=%.2f dR=%.2f theta=%.2f  MAR/tau=%.10f  SIS=%.10f  rel=%.2e%n", v, dr, theta, i,
                sis, i / sis - 1);
        assertThat(i - sis).isCloseTo(0.0, within(10 * tau * Math.max(sis, 2 * v)));
    }

    private static double fermi(double x, double theta) {
        return theta > 0 ? org.andreev.numeric.FermiDirac.occupation(x / theta) : x < 0 ? 1 : 0;
    }

    /**
     * Excess current: i − 2τv → i_exc (physics.md B3) at large v, the remainder falling like 1/v;
     * Richardson's step from v = 100 and 200 leaves O(1/v²) ≈ 1e-5, and the Dynes η lowers the
     * excess current by ≈ 1.8η relative (measured: 1.8e-3 at η = 1e-3, 2.1e-4 at η = 1e-4); at
     * η = 1e-4 the tolerance is 5e-4 relative.
     */
    @ParameterizedTest
    @CsvSource({"0.1", "0.5", "0.9", "0.99", "1.0"})
    void excessCurrentAtLargeBias(double tau) {
        double a = mar(tau, 100, 1e-4) - 2 * tau * 100;
        double b = mar(tau, 200, 1e-4) - 2 * tau * 200;
        double extrapolated = 2 * b - a;
        System.out.printf("excess tau=%.2f  v=100: %.8f  v=200: %.8f  extrapolated %.8f  formula %.8f%n", tau, a, b,
                extrapolated, excess(tau));
        assertThat(extrapolated / excess(tau) - 1).isCloseTo(0.0, within(5e-4));
    }

    /**
     * τ = 1, V → 0: I → 4eΔ/h (i → 4) from above. The approach is slower than linear (an in-gap
     * quasiparticle climbs 2Δ/eV Andreev steps, each damped by the Dynes η), so the test takes a
     * small η = 1e-5 and checks that i(v) falls towards 4 as v → 0 and is within 0.2 of it at
     * v = 0.02 (the reference tables of the Averin–Bardas method pin the values themselves).
     */
    @Test
    void ballisticChannelAtLowBias() {
        double a = mar(1.0, 0.02, 1e-5);
        double b = mar(1.0, 0.04, 1e-5);
        double c = mar(1.0, 0.08, 1e-5);
        System.out.printf("tau=1: i(0.02)=%.6f i(0.04)=%.6f i(0.08)=%.6f (-> 4)%n", a, b, c);
        assertThat(a).isGreaterThan(4.0).isLessThan(b);
        assertThat(b).isLessThan(c);
        assertThat(a).isCloseTo(4.0, within(0.2));
    }

    /** The normal current dominates far above the gap: i(v)/2τv → 1 (the excess current is a constant). */
    @Test
    void largeBiasAsymptote() {
        double tau = 0.7;
        double v = 400;
        double i = mar(tau, v, ETA);
        assertThat((i - excess(tau)) / (2 * tau * v) - 1).isCloseTo(0.0, within(1e-4));
    }

    /**
     * Sub-harmonic gap structure: for a weakly transmitting channel dI/dV has its maximum at
     * eV = 2Δ/n, n = 1, 2, 3 (the onset of the n-th order process), just below it for n ≥ 2, and
     * for n = 1 (the quasiparticle step broadened by η on both sides) about 4η above: tolerance 5η.
     */
    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void subharmonicStructureAtTwoDeltaOverN(int n) {
        double tau = 0.1;
        double centre = 2.0 / n;
        double best = Double.NEGATIVE_INFINITY;
        double where = Double.NaN;
        double h = 2.5e-4;
        for (double v = centre * 0.97; v <= centre * 1.01; v += 0.001 / n) {
            double g = (mar(tau, v + h, ETA) - mar(tau, v - h, ETA)) / (2 * h);
            if (g > best) {
                best = g;
                where = v;
            }
        }
        System.out.printf("n=%d  dI/dV maximum at v=%.4f (2/n = %.4f)%n", n, where, centre);
        assertThat(where).isCloseTo(centre, within(5 * ETA));
    }

    /** I(V) is odd: the public API applies I(−V) = −I(V). */
    @Test
    void oddInBias() {
        MarCurrent mar = new MarCurrent(MarJunction.symmetric(1.35e-3 * 1.602176634e-19, ETA, 0));
        assertThat(mar.current(0.5, -2e-3)).isEqualTo(-mar.current(0.5, 2e-3));
    }
}
