package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.HBAR;

import java.util.TreeSet;

/**
 * The regularised Andreev kernel written out independently of {@link AndreevJunction}'s sampler, for
 * the adaptive-quadrature references of the tests: Δ² G_T σA Re Z / [(σA s + G_T E Im Z)² +
 * (G_T E Re Z)²], s = sqrt(Δ² − E²), with the wire impedance Z = 1/k, k = sqrt(1/L_φ² − 2iE/(ħD))
 * (seed 004 Eq. (2) regularised as in the class comment of AndreevJunction; physics.md A4).
 */
final class AndreevReferenceKernel {

    private AndreevReferenceKernel() {
    }

    /**
     * The kernel at energy {@code e} (J, 0 ≤ e &lt; Δ); {@code sa} = e²ν_N D A_w (S m), {@code gT} = 1/R_T (S),
     * {@code invL2} = 1/L_φ² (m⁻²), {@code diffusion} D (m²/s).
     */
    static double regularised(double e, double delta, double sa, double gT, double invL2, double diffusion) {
        double q = -2 * e / (HBAR * diffusion);
        double r = Math.hypot(invL2, q);
        double kr = Math.sqrt(0.5 * (r + invL2));
        double ki = q / (2 * kr);
        double k2 = kr * kr + ki * ki;
        double reZ = kr / k2;
        double imZ = -ki / k2;
        double s = Math.sqrt((delta - e) * (delta + e));
        double dr = sa * s + gT * e * imZ;
        double di = gT * e * reZ;
        return delta * delta * gT * sa * reZ / (dr * dr + di * di);
    }

    /**
     * Breakpoints on [0, Δ] for the reference quadrature: the Fermi step at eV ± (0, 1, 5, 20) k_BT and
     * the kernel's peak at the gap edge, graded to Δ(1 − 1e-13).
     */
    static TreeSet<Double> breakpoints(double ev, double kt, double delta) {
        TreeSet<Double> b = new TreeSet<>(java.util.List.of(0.0, delta));
        for (double x : new double[] {-20, -5, -1, 0, 1, 5, 20}) {
            if (ev + x * kt > 0 && ev + x * kt < delta) {
                b.add(ev + x * kt);
            }
        }
        for (double d = 0.1; d > 1e-13; d /= 10) {
            b.add(delta * (1 - d));
        }
        return b;
    }
}
