package org.andreev.tunnel;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.andreev.numeric.AdaptiveGaussKronrod;
import org.andreev.numeric.FermiDirac;
import org.andreev.superconductor.Superconductor;

/**
 * A slow, independent evaluation of the N-I-S integrals of physics.md A2 for tests: the
 * UNFOLDED integrals over all E (no use of the symmetries the fast kernel relies on), each spin
 * band separately, adaptive Gauss–Kronrod at relative 1e-13 (absolute 1e-21, i.e. 1e-9 of the smallest value the
 * tests compare relatively), and for BCS a different edge
 * substitution than the kernel's (η = ±(1 + s²) instead of η = ±cosh u). Reduced units as in
 * {@link NisQuadrature}: energies in Δ.
 */
final class NisReference {

    enum Quantity {
        /** eR_T I/Δ = ∫ n [f_N(ε − v) − f_S(ε)] dε. */
        CURRENT,
        /** R_T dI/dV = ∫ n φ_N(ε − v)/t_N dε. */
        CONDUCTANCE,
        /** e²R_T P_N/Δ² = ∫ (ε − v) n [f_N(ε − v) − f_S(ε)] dε. */
        COOLING,
        /** e²R_T P_S/Δ² = ∫ ε n [f_N(ε − v) − f_S(ε)] dε (energy flux into S). */
        HEAT_INTO_S
    }

    private static final AdaptiveGaussKronrod GK = new AdaptiveGaussKronrod(1e-13, 1e-21, 2_000_000);

    private NisReference() {}

    /** The reduced quantity q for Dynes ratio g, splitting h (in Δ), bias v, temperatures t (in Δ). */
    static double value(Quantity q, double g, double h, double v, double tN, double tS) {
        return integrate(q, g, h, v, tN, tS, false);
    }

    /**
     * ∫ |integrand| for q: the size of the terms the reference adds up. Its rounding error is
     * ~1e-16 of this, which exceeds 1e-8 of a sub-gap current when T_S ≫ T_N: then the f_S terms
     * of the unfolded integrand (which cancel between E &gt; 0 and E &lt; 0) dwarf the current.
     */
    static double magnitude(Quantity q, double g, double h, double v, double tN, double tS) {
        return integrate(q, g, h, v, tN, tS, true);
    }

    private static double integrate(Quantity q, double g, double h, double v, double tN, double tS, boolean abs) {
        double[] shifts = h == 0 ? new double[] {0.0} : new double[] {h, -h};
        double total = 0;
        for (double sigmaH : shifts) {
            // band with DOS n_D(ε + σh): write η = ε + σh, integrate over η
            DoubleUnaryOperator kernel = abs ? eta -> Math.abs(kernel(q, eta - sigmaH, v, tN, tS))
                    : eta -> kernel(q, eta - sigmaH, v, tN, tS);
            double range = Math.abs(v) + h + 1.0 + 50.0 * Math.max(tN, tS);
            double part = g == 0 ? bcsBand(kernel, range, v, sigmaH, tN, tS)
                    : dynesBand(kernel, g, range, v, sigmaH, tN, tS);
            total += part / shifts.length;
        }
        return total;
    }

    /** The bracket of the unfolded integrand at energy ε (in Δ), without the DOS. */
    static double kernel(Quantity q, double eps, double v, double tN, double tS) {
        if (q == Quantity.CONDUCTANCE) {
            return -FermiDirac.derivative((eps - v) / tN) / tN;
        }
        double diff;
        if (eps >= 0) {
            diff = FermiDirac.occupation((eps - v) / tN) - FermiDirac.occupation(eps / tS);
        } else {
            // 1 − f(−x) form: both occupations are near 1 here
            diff = FermiDirac.occupation(-eps / tS) - FermiDirac.occupation((v - eps) / tN);
        }
        return switch (q) {
            case CURRENT -> diff;
            case COOLING -> (eps - v) * diff;
            case HEAT_INTO_S -> eps * diff;
            default -> throw new AssertionError(q);
        };
    }

    /** ∫_{|η|>1} n_BCS(η) k(η) dη with η = ±(1 + s²): n dη = 2(1 + s²)/sqrt(2 + s²) ds. */
    private static double bcsBand(DoubleUnaryOperator k, double range, double v, double sigmaH, double tN,
            double tS) {
        double smax = Math.sqrt(range);
        double sum = 0;
        for (int side = -1; side <= 1; side += 2) {
            int sgn = side;
            DoubleUnaryOperator f = s -> 2.0 * (1.0 + s * s) / Math.sqrt(2.0 + s * s) * k.applyAsDouble(sgn * (1.0 + s * s));
            // breakpoints around the Fermi edges (ε = v ↔ η = v + σh, ε = 0 ↔ η = σh), see edgeBreakpoints
            double[] etas = edgeBreakpoints(v, sigmaH, tN, tS);
            double[] bp = breakpoints(0.0, smax, sgn, etas, Math.min(tN, tS));
            AdaptiveGaussKronrod.Result r = GK.integrate(f, bp);
            if (!r.converged()) {
                throw new IllegalStateException("reference did not converge: " + r);
            }
            sum += r.value();
        }
        return sum;
    }

    /**
     * Energies η around the N Fermi edge (η = v + σh, width t_N) and the S edge (η = σh, width
     * t_S) at ±{0, 1/2, 1, 2, 4, ..., 64} widths. Without them an adaptive rule can sample a long
     * tail segment only where the integrand is already ~0 and "converge" on a wrong value.
     */
    private static double[] edgeBreakpoints(double v, double sigmaH, double tN, double tS) {
        double[] m = {0, 0.5, -0.5, 1, -1, 2, -2, 4, -4, 8, -8, 16, -16, 32, -32, 64, -64};
        double[] out = new double[2 * m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = v + sigmaH + m[i] * tN;
            out[m.length + i] = sigmaH + m[i] * tS;
        }
        return out;
    }

    /** Breakpoints in s for the η-breakpoints {@code etas} on side sgn, plus a geometric set near s = 0. */
    private static double[] breakpoints(double s0, double smax, int sgn, double[] etas, double t) {
        double[] bp = new double[2 + 20 + etas.length];
        int n = 0;
        bp[n++] = s0;
        bp[n++] = smax;
        for (int j = 1; j <= 20; j++) {
            double s = Math.sqrt(t) * Math.pow(2.0, j - 10);
            if (s < smax) {
                bp[n++] = s;
            }
        }
        for (double eta : etas) {
            double e = sgn * eta - 1.0; // s² = ±η − 1
            if (e > 0 && Math.sqrt(e) < smax) {
                bp[n++] = Math.sqrt(e);
            }
        }
        double[] out = Arrays.copyOf(bp, n);
        Arrays.sort(out);
        return out;
    }

    /** ∫ n_D(η) k(η) dη over [−range, range] with breakpoints graded geometrically around ±1. */
    private static double dynesBand(DoubleUnaryOperator k, double g, double range, double v, double sigmaH,
            double tN, double tS) {
        DoubleUnaryOperator f = eta -> Superconductor.dynesDos(eta, g) * k.applyAsDouble(eta);
        double[] bp = new double[200];
        int n = 0;
        bp[n++] = -range;
        bp[n++] = range;
        for (int sgn = -1; sgn <= 1; sgn += 2) {
            bp[n++] = sgn;
            for (double d = g; d < 1.0; d *= 2.0) {
                bp[n++] = sgn + d;
                bp[n++] = sgn - d;
            }
        }
        for (double eta : edgeBreakpoints(v, sigmaH, tN, tS)) {
            bp[n++] = eta;
        }
        double[] out = Arrays.copyOf(bp, n);
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(-range, Math.min(range, out[i]));
        }
        Arrays.sort(out);
        AdaptiveGaussKronrod.Result r = GK.integrate(f, out);
        if (!r.converged()) {
            throw new IllegalStateException("reference did not converge: " + r);
        }
        return r.value();
    }
}
