package org.andreev.tunnel;

import org.andreev.numeric.GaussLegendre;
import org.andreev.superconductor.Superconductor;

/**
 * The fixed-panel quadrature behind {@link NisJunction}: the three tunnel integrals of
 * physics.md A2 in reduced units (energies in Δ, ε = E/Δ, v = eV/Δ, t = k_BT/Δ, g = γ/Δ,
 * h = exchange/Δ), filled into {@code out = {i, di/dv, p}} with I = (Δ/eR_T)·i,
 * dI/dV = (1/R_T)·di/dv, P_N = (Δ²/e²R_T)·p.
 *
 * <p><b>Reduction.</b> Write n_S(E) = ½Σ_σ n_D(E + σh) (σ = ±1), shift E = ε − σh in each term
 * and fold ε → −ε (n_D is even). With f the Fermi function, w_σ = v + σh and y = ε/t_N:
 * <pre>
 *   i      = ∫_0^∞ n_D(ε) ½Σ_σ [f_N(ε − w_σ) − f_N(ε + w_σ)] dε
 *   di/dv  = ∫_0^∞ n_D(ε) ½Σ_σ [φ_N(ε − w_σ) + φ_N(ε + w_σ)]/t_N dε,   φ = f(1 − f)
 *   p      = ∫_0^∞ n_D(ε) { ½Σ_σ [(ε − w_σ) f_N(ε − w_σ) + (ε + w_σ) f_N(ε + w_σ)]
 *                           − (ε − h) f_S(ε − h) − (ε + h) f_S(ε + h) } dε
 * </pre>
 * The S occupation cancels from i exactly (the current does not depend on T_S). The window
 * f(x − a) − f(x + a) is computed as f(x − a)(1 − f(x + a))(1 − e^{−2a}), free of cancellation
 * even at a ≪ 1.
 *
 * <p><b>Substitution.</b> For BCS (g = 0) the inverse-square-root edge is removed by
 * ε = cosh u: n_BCS dε = cosh u du, smooth (physics.md A2). For Dynes (g &gt; 0) the integrand is
 * bounded and integrated in ε, the edge at ε = 1 resolved by grading (below).
 *
 * <p><b>Panels.</b> Gauss–Legendre panels march from the lower limit; a panel starting at ε
 * is at most α·(|ε − c| + w_c) long for every feature c of width w_c: the DOS edge (width
 * min(g, t_N, t_S)), the N Fermi edges |w_σ| (width β t_N) and the S Fermi edge h (width
 * t_S; the S occupation enters P_N only); a panel never straddles a feature. Near a feature the panels therefore shrink
 * geometrically to its width, so each panel sees the nearest singularity of the integrand
 * (Fermi poles at c ± iπt, the Dynes branch point at 1 − ig) at a distance comparable to its
 * length, and the Gauss–Legendre error decays geometrically with the order (Trefethen, ATAP
 * Thm. 19.3). The range ends K·t beyond the last edge, where the integrand is below e^{−K} of
 * its edge value (K = 38: e^{−38} = 3e-17).
 */
final class NisQuadrature {

    /** The default rule, tuned against the adaptive reference (see NisJunctionReferenceTest). */
    static final NisQuadrature DEFAULT = new NisQuadrature(8, 1.0, 2.0, 38.0);

    private final GaussLegendre rule;
    private final double alpha;
    private final double edgeWidth;
    private final double cutoff;

    /**
     * @param order     Gauss–Legendre points per panel
     * @param alpha     panel length / (distance to the nearest feature + its width)
     * @param edgeWidth width of an N Fermi edge in units of t_N
     * @param cutoff    the integration range ends cutoff·t beyond the last edge
     */
    NisQuadrature(int order, double alpha, double edgeWidth, double cutoff) {
        this.rule = new GaussLegendre(order);
        this.alpha = alpha;
        this.edgeWidth = edgeWidth;
        this.cutoff = cutoff;
    }

    /**
     * Fills out[0..2] with {i, di/dv, p} (reduced units, class comment).
     *
     * @param g  Dynes ratio γ/Δ ≥ 0
     * @param h  exchange splitting / Δ ≥ 0
     * @param v  eV/Δ, any finite value
     * @param tN k_B T_N/Δ &gt; 0
     * @param tS k_B T_S/Δ &gt; 0
     */
    void integrate(double g, double h, double v, double tN, double tS, double[] out) {
        boolean bcs = g == 0;
        double lower = bcs ? 1.0 : 0.0;
        double edgeP = Math.abs(v + h);
        double edgeM = Math.abs(v - h);
        double wN = edgeWidth * tN;
        double wDos = Math.min(tN, tS);
        if (!bcs) {
            wDos = Math.min(wDos, g);
        }
        double edgeMax = Math.max(Math.max(edgeP, edgeM), 1.0);
        double upper = Math.max(edgeMax + cutoff * tN, Math.max(1.0, h) + cutoff * tS);

        double sumI = 0;
        double sumG = 0;
        double sumP = 0;
        double a = lower;
        while (a < upper) {
            double len = limit(a, 1.0, wDos);
            len = Math.min(len, limit(a, edgeP, wN));
            len = Math.min(len, limit(a, edgeM, wN));
            len = Math.min(len, limit(a, h, tS));
            double b = a + Math.max(len, 4.0 * Math.ulp(a));
            b = stopAt(a, b, 1.0);
            b = stopAt(a, b, edgeP);
            b = stopAt(a, b, edgeM);
            b = stopAt(a, b, h);
            if (b >= upper || upper - b < 0.25 * len) {
                b = upper;
            }
            // panel [a, b]
            double lo;
            double hi;
            if (bcs) {
                lo = acosh(a);
                hi = acosh(b);
            } else {
                lo = a;
                hi = b;
            }
            double half = 0.5 * (hi - lo);
            double mid = 0.5 * (hi + lo);
            for (int k = 0; k < rule.order(); k++) {
                double s = mid + half * rule.node(k);
                double eps;
                double weight;
                if (bcs) {
                    double e = Math.exp(s);
                    eps = 0.5 * (e + 1.0 / e);
                    weight = half * rule.weight(k) * eps; // n_BCS dε = cosh u du
                } else {
                    eps = s;
                    weight = half * rule.weight(k) * Superconductor.dynesDos(s, g);
                }
                // N part, one or two spin bands
                double wi;
                double wg;
                double wp;
                {
                    double w = v + h;
                    double xm = (eps - w) / tN;
                    double xp = (eps + w) / tN;
                    double em = Math.exp(-Math.abs(xm));
                    double ep = Math.exp(-Math.abs(xp));
                    double im = 1.0 / (1.0 + em);
                    double ip = 1.0 / (1.0 + ep);
                    double fm = xm >= 0 ? em * im : im;
                    double cm = xm >= 0 ? im : em * im;
                    double fp = xp >= 0 ? ep * ip : ip;
                    double cp = xp >= 0 ? ip : ep * ip;
                    double sw = -Math.expm1(-2.0 * Math.abs(w) / tN);
                    wi = w >= 0 ? fm * cp * sw : -fp * cm * sw;
                    wg = fm * cm + fp * cp;
                    wp = (eps - w) * fm + (eps + w) * fp;
                }
                if (h > 0) {
                    double w = v - h;
                    double xm = (eps - w) / tN;
                    double xp = (eps + w) / tN;
                    double em = Math.exp(-Math.abs(xm));
                    double ep = Math.exp(-Math.abs(xp));
                    double im = 1.0 / (1.0 + em);
                    double ip = 1.0 / (1.0 + ep);
                    double fm = xm >= 0 ? em * im : im;
                    double cm = xm >= 0 ? im : em * im;
                    double fp = xp >= 0 ? ep * ip : ip;
                    double cp = xp >= 0 ? ip : ep * ip;
                    double sw = -Math.expm1(-2.0 * Math.abs(w) / tN);
                    wi = 0.5 * (wi + (w >= 0 ? fm * cp * sw : -fp * cm * sw));
                    wg = 0.5 * (wg + fm * cm + fp * cp);
                    wp = 0.5 * (wp + (eps - w) * fm + (eps + w) * fp);
                    wp -= (eps - h) * fermi((eps - h) / tS) + (eps + h) * fermi((eps + h) / tS);
                } else {
                    wp -= 2.0 * eps * fermi(eps / tS);
                }
                sumI += weight * wi;
                sumG += weight * wg;
                sumP += weight * wp;
            }
            a = b;
        }
        out[0] = sumI;
        out[1] = sumG / tN;
        out[2] = sumP;
    }

    private static double fermi(double x) {
        if (x >= 0) {
            double e = Math.exp(-x);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(x));
    }

    /**
     * The longest panel [a, a + len] whose length is at most α·(its distance to c + w): for a
     * feature behind, the distance is a − c; for one ahead, c − (a + len).
     */
    private double limit(double a, double c, double w) {
        return c <= a ? alpha * (a - c + w) : alpha * (c - a + w) / (1.0 + alpha);
    }

    /** b, or the feature c when it lies strictly inside (a, b). */
    private static double stopAt(double a, double b, double c) {
        return c > a && c < b ? c : b;
    }

    /** acosh(x) for x ≥ 1, accurate near 1: log1p(d + sqrt(d(2 + d))), d = x − 1. */
    private static double acosh(double x) {
        double d = x - 1.0;
        return Math.log1p(d + Math.sqrt(d * (2.0 + d)));
    }
}
