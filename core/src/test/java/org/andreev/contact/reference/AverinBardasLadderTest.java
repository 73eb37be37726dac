package org.andreev.contact.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Averin–Bardas ladder against the closed-form limits of physics.md B3, each with its
 * tolerance and why. Reduced units: i = e I R_N/Δ (R_N = h/2e²τ), v = eV/Δ, t = k_BT/Δ.
 */
class AverinBardasLadderTest {

    /**
     * Tunnel limit: i → the S-I-S quasiparticle current ∫ n(E) n(E+v)[f(E) − f(E+v)] dE (computed
     * independently by {@link SisQuasiparticleCurrent}) as τ → 0. Above the gap the leading
     * correction is O(τ) (Andreev processes, second order in the hopping): measured
     * |i/i_SIS − 1| ≈ 0.14 τ at v = 2.5. Tolerance 0.5 τ at τ = 1e-2 and 1e-3, and the deviation
     * must fall by a factor 10 ± 3 from one to the other — it is the O(τ) term, not an offset.
     */
    @ParameterizedTest
    @CsvSource({"2.5, 0", "3, 0", "4, 0", "2.5, 0.3", "3, 0.5"})
    void tunnelLimitIsTheSisQuasiparticleCurrent(double v, double t) {
        double eta = 1e-3;
        double sis = SisQuasiparticleCurrent.current(v, eta, t);
        double d2 = AverinBardasLadder.of(1e-2, v, eta, t).current().i() / sis - 1;
        double d3 = AverinBardasLadder.of(1e-3, v, eta, t).current().i() / sis - 1;
        System.out.printf("tunnel limit v=%s t=%s: i_SIS=%.10f, i/i_SIS-1 = %.3e (tau=1e-2), %.3e (tau=1e-3)%n",
                v, t, sis, d2, d3);
        assertThat(Math.abs(d2)).isLessThan(0.5e-2);
        assertThat(Math.abs(d3)).isLessThan(0.5e-3);
        assertThat(d2 / d3).isBetween(7.0, 13.0);
    }

    /**
     * Large-v asymptote i → v + i_exc(τ) (T = 0) with the excess current of physics.md B3. The
     * approach is i − v − i_exc = c₁/v + c₂/v² + …; two Richardson steps over v = 10, 20, 40
     * remove c₁ and c₂. The remainder, estimated from the spread of the first Richardson step
     * (≈ 3e-3 → 8e-4), is ≲ 1e-4; tolerance 3e-4 (absolute, i_exc ∈ [0.4, 2.67]). η = 1e-6 so that
     * the Dynes correction to I_exc (O(η)) is negligible.
     */
    @ParameterizedTest
    @CsvSource({"0.3", "0.7", "0.95", "1.0"})
    void largeBiasAsymptoteIsOhmPlusExcessCurrent(double tau) {
        double[] d = new double[3];
        double[] vs = {10, 20, 40};
        for (int k = 0; k < 3; k++) {
            d[k] = AverinBardasLadder.of(tau, vs[k], 1e-6, 0).current().i() - vs[k];
        }
        double r1a = 2 * d[1] - d[0];
        double r1b = 2 * d[2] - d[1];
        double r2 = (4 * r1b - r1a) / 3;
        double exc = MarClosedForms.excessCurrent(tau);
        System.out.printf("excess tau=%s: i-v at 10,20,40 = %.6f %.6f %.6f; Richardson %.7f; formula %.7f%n", tau, d[0],
                d[1], d[2], r2, exc);
        assertThat(r2).isCloseTo(exc, within(3e-4));
        assertThat(Math.abs(r1b - exc)).isLessThan(Math.abs(r1a - exc)); // the sequence converges toward it
    }

    /**
     * Sub-harmonic gap structure: dI/dV (forward differences of i on a grid of step 0.25 % of 2/n)
     * peaks just below eV = 2Δ/n (physics.md B3), n = 1, 2, 3, at τ = 0.3, η = 1e-3. Measured at
     * n = 2, 3: the peak sits 0.6 % below 2/n; n = 1 (the quasiparticle onset, broadened by η to
     * both sides) in the first step above. Tolerance: the peak within [0.97·2/n, 2/n + one step].
     */
    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void subharmonicGapStructureSitsJustBelowTwoDeltaOverN(int n) {
        double centre = 2.0 / n;
        double step = 0.0025 * centre;
        double best = Double.NEGATIVE_INFINITY;
        double where = Double.NaN;
        double previous = Double.NaN;
        for (int k = -24; k <= 8; k++) {
            double v = centre + k * step;
            double i = AverinBardasLadder.of(0.3, v, 1e-3, 0).withSettings(1e-9, 1e-16, 12 + 4 * v).current().i();
            if (k > -24 && (i - previous) / step > best) {
                best = (i - previous) / step;
                where = v - step / 2;
            }
            previous = i;
        }
        System.out.printf("n=%d: dI/dV peaks at v=%.4f (2/n = %.4f), R_N dI/dV = %.3f%n", n, where, centre, best);
        assertThat(where).isBetween(0.97 * centre, centre + step);
    }

    /** τ = 1: excess current 8/3 (physics.md B3: I_exc → 8Δ/3eR_N). */
    @Test
    void ballisticExcessCurrentIsEightThirds() {
        assertThat(MarClosedForms.excessCurrent(1.0)).isEqualTo(8.0 / 3.0);
    }

    /**
     * τ = 1, V → 0: I → 4eΔ/h, i.e. i → 2 (R_N = h/2e²). BCS leads (η = 0, else the Dynes damping
     * of the 2/v reflections makes the current fall again below v ~ η). The approach is
     * i ≈ 2 + v(a ln(1/v) + b) (measured: i − 2 = 0.265, 0.165, 0.088 at v = 0.1, 0.05, 0.02);
     * the three-point fit of c₀ + v(a ln(1/v) + b) must give c₀ = 2 within 0.02 (the size of the
     * next, O(v²ln²v) ≈ 0.02 at v = 0.1, term the fit ignores).
     */
    @Test
    void ballisticLowBiasCurrentIsFourEDeltaOverH() {
        double[] vs = {0.1, 0.05, 0.02};
        double[] is = new double[3];
        for (int k = 0; k < 3; k++) {
            is[k] = AverinBardasLadder.of(1.0, vs[k], 0, 0).current().i();
        }
        // solve c0 + a·v ln(1/v) + b·v = i at the three points (Cramer)
        double[][] m = new double[3][];
        for (int k = 0; k < 3; k++) {
            m[k] = new double[] {1, vs[k] * Math.log(1 / vs[k]), vs[k]};
        }
        double det = det(m[0], m[1], m[2]);
        double c0 = det(new double[] {is[0], m[0][1], m[0][2]}, new double[] {is[1], m[1][1], m[1][2]},
                new double[] {is[2], m[2][1], m[2][2]}) / det;
        System.out.printf("tau=1: i = %.8f %.8f %.8f at v = 0.1, 0.05, 0.02; extrapolated %.5f%n", is[0], is[1], is[2], c0);
        assertThat(is[0]).isGreaterThan(is[1]);
        assertThat(is[1]).isGreaterThan(is[2]);
        assertThat(is[2]).isBetween(2.0, 2.1);
        assertThat(c0).isCloseTo(2.0, within(0.02));
    }

    private static double det(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    /**
     * Numerical convergence, the basis of the tables' err column: tightening the quadrature
     * (1e-11 → 1e-12), the ladder cut (1e-20 → 1e-24) and the breakpoint window (×1.5) moves i
     * by less than 1e-9 relative (or 1e-13 absolute, the quadrature floor, for deep sub-gap
     * currents), over the τ, v and t the tables cover.
     */
    @ParameterizedTest
    @CsvSource({"0.5, 0.45, 1e-3, 0", "0.99, 0.2, 1e-3, 0", "1.0, 1.1, 1e-4, 0", "0.3, 3, 1e-3, 0.3", "0.9, 0.6, 1e-3, 0.5"})
    void tighterSettingsAgree(double tau, double v, double eta, double t) {
        AverinBardasLadder base = AverinBardasLadder.of(tau, v, eta, t);
        double i = base.current().i();
        double tight = base.withSettings(1e-12, 1e-24, 1.5 * base.window()).current().i();
        assertThat(i).isCloseTo(tight, within(1e-9 * Math.abs(tight) + 1e-13));
    }

    /** The Andreev amplitude solves a² − 2za + 1 = 0 inside the unit circle, with |a| = 1 in the BCS gap. */
    @Test
    void andreevAmplitude() {
        double[] a = new double[2];
        for (double eta : new double[] {0, 1e-3, 0.3}) {
            for (double e = -3; e <= 3; e += 0.37) {
                AverinBardasLadder.andreev(e, eta, a);
                double re = a[0] * a[0] - a[1] * a[1] - 2 * (e * a[0] - eta * a[1]) + 1;
                double im = 2 * a[0] * a[1] - 2 * (e * a[1] + eta * a[0]);
                assertThat(Math.hypot(re, im)).isLessThan(1e-12); // rounding of |z|² ≤ 10
                assertThat(Math.hypot(a[0], a[1])).isLessThanOrEqualTo(1 + 1e-15);
                if (eta == 0 && Math.abs(e) < 1) {
                    assertThat(Math.hypot(a[0], a[1])).isCloseTo(1, within(1e-15));
                }
            }
        }
    }

    /** The normal-state reading (i → v) holds far from the gap: at v = 40, i − v is within 1 % of v. */
    @Test
    void currentIsOhmicAtLargeBias() {
        double i = AverinBardasLadder.of(0.5, 40, 1e-3, 0).current().i();
        assertThat(i / 40 - 1).isBetween(0.0, 0.05);
    }
}
