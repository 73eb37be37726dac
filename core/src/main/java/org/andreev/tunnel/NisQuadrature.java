package org.andreev.tunnel;

import org.andreev.numeric.PanelBuilder;
import org.andreev.numeric.QuadratureNodes;
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
 * even at a ≪ 1. On request the same pass also gives ∂i/∂t_N and ∂p/∂t_N
 * (∂f(y/t)/∂t = φ(y/t)·y/t²).
 *
 * <p><b>Substitution.</b> Above the gap ε = cosh u: n_BCS dε = cosh u du, smooth; this removes
 * the BCS inverse-square-root edge (physics.md A2) and flattens the Dynes peak
 * (n_D(cosh u) sinh u du). Inside the gap (Dynes only) ε = 1 − s², n_D dε = 2s n_D ds.
 *
 * <p><b>Panels</b> ({@link PanelBuilder}, the shared builder). Gauss–Legendre panels (8 points) march up from the lower limit (1 for BCS,
 * 0 for Dynes); a panel is at most α·(its distance to c + w_c) long (α = 1) for every feature c
 * of width w_c: the DOS edge ε = 1 (width min(1, g, t_N, t_S): at k_BT ≫ Δ a panel as long as t
 * from the edge would put the whole gap structure on 8 nodes), the N Fermi edges |w_σ| (width
 * 2t_N) and the S Fermi edge h (width t_S; the S occupation enters p only); a panel never
 * straddles a feature, so no interval is skipped. Near a feature the panels shrink
 * geometrically to its width: each panel sees the nearest singularity of the integrand (Fermi
 * poles at c ± iπt, the Dynes branch point at 1 − ig) at a distance comparable to its length,
 * and the Gauss–Legendre error decays geometrically with the order (Trefethen, <i>Approximation
 * Theory and Approximation Practice</i>, Thm. 19.3). The range ends K·t beyond the last edge,
 * where the integrand is below e^{−K} of its edge value (K = 38: e^{−38} = 3e-17). A typical
 * point costs 50–100 nodes (BCS) to 150–250 (Dynes, spin-split, very low T).
 */
final class NisQuadrature {

    /** The default rule, tuned against the adaptive reference (see NisJunctionReferenceTest). */
    static final NisQuadrature DEFAULT = new NisQuadrature(8, 1.0, 2.0, 38.0);

    private final double edgeWidth;
    private final double cutoff;
    /** One panel builder and node buffer per thread: an evaluation allocates nothing. */
    private final ThreadLocal<Scratch> scratch;

    private record Scratch(PanelBuilder panels, QuadratureNodes nodes) {}

    /**
     * @param order     Gauss–Legendre points per panel
     * @param alpha     panel length / (distance to the nearest feature + its width)
     * @param edgeWidth width of an N Fermi edge in units of t_N
     * @param cutoff    the integration range ends cutoff·t beyond the last edge
     */
    NisQuadrature(int order, double alpha, double edgeWidth, double cutoff) {
        this.edgeWidth = edgeWidth;
        this.cutoff = cutoff;
        new PanelBuilder(order, alpha); // validates order and alpha now, not in a worker thread
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new PanelBuilder(order, alpha), new QuadratureNodes()));
    }

    /**
     * Fills out[0..2] with {i, di/dv, p} (reduced units, class comment) and, when
     * {@code derivatives}, out[3..4] with {∂i/∂t_N, ∂p/∂t_N}.
     *
     * @param g  Dynes ratio γ/Δ ≥ 0
     * @param h  exchange splitting / Δ ≥ 0
     * @param v  eV/Δ, any finite value
     * @param tN k_B T_N/Δ &gt; 0
     * @param tS k_B T_S/Δ &gt; 0
     */
    void integrate(double g, double h, double v, double tN, double tS, boolean derivatives, double[] out) {
        boolean bcs = g == 0;
        double edgeP = Math.abs(v + h);
        double edgeM = Math.abs(v - h);
        double wN = edgeWidth * tN;
        // the DOS edge is never wider than the gap itself (at k_BT > Δ the edge, not the Fermi width, sets the panels)
        double wEdge = Math.min(1.0, bcs ? Math.min(tN, tS) : Math.min(g, Math.min(tN, tS)));
        double edgeMax = Math.max(Math.max(edgeP, edgeM), 1.0);
        double upper = Math.max(edgeMax + cutoff * tN, Math.max(1.0, h) + cutoff * tS);
        Scratch sc = scratch.get();
        PanelBuilder panels = sc.panels().reset(bcs ? 1.0 : 0.0, upper).coshEdge(1.0, wEdge, 0.0);
        if (!bcs) {
            panels.sqrtEdge(1.0, wEdge, PanelBuilder.Side.BELOW);
        }
        QuadratureNodes nodes = panels.feature(edgeP, wN).feature(edgeM, wN).feature(h, tS).build(sc.nodes());
        Kernel kernel = new Kernel(h, v, tN, tS, derivatives);
        double[] x = nodes.xs();
        double[] w = nodes.weights();
        double[] root = nodes.roots();
        for (int k = 0, n = nodes.size(); k < n; k++) {
            // BCS: n dε = ε/sqrt(ε² − 1) dε with the root from the substitution ε = cosh u
            double dos = bcs ? x[k] / root[k] : Superconductor.dynesDos(x[k], g);
            kernel.add(x[k], w[k] * dos);
        }
        out[0] = kernel.i;
        out[1] = kernel.g / tN;
        out[2] = kernel.p;
        if (derivatives) {
            out[3] = kernel.iT / tN;
            out[4] = kernel.pT / tN;
        }
    }

    /**
     * The folded integrand of the class comment at one energy, accumulated with a weight that
     * already contains n(ε) dε. Per spin band only one exponential is taken for the two N
     * occupations: with w = |w_σ| ≥ 0, x_± = (ε ± w)/t_N, e^{−x_+} = e^{−|x_−|}·e^{−2w/t_N} when
     * x_− ≥ 0 and e^{−2w/t_N}/e^{−|x_−|} when x_− &lt; 0.
     */
    private static final class Kernel {
        final double invTN;
        final double invTS;
        final double h;
        final boolean split;
        final boolean derivatives;
        // per spin band: |w|, sign(w), 1 − e^{−2|w|/t}, e^{−2|w|/t}
        final double wP;
        final double signP;
        final double windowP;
        final double e2P;
        final double wM;
        final double signM;
        final double windowM;
        final double e2M;
        final double e2S;
        double i;
        double g;
        double p;
        double iT;
        double pT;

        Kernel(double h, double v, double tN, double tS, boolean derivatives) {
            this.invTN = 1.0 / tN;
            this.invTS = 1.0 / tS;
            this.h = h;
            this.split = h > 0;
            this.derivatives = derivatives;
            this.wP = Math.abs(v + h);
            this.signP = v + h >= 0 ? 1.0 : -1.0;
            this.windowP = -Math.expm1(-2.0 * wP * invTN);
            this.e2P = Math.exp(-2.0 * wP * invTN);
            this.wM = Math.abs(v - h);
            this.signM = v - h >= 0 ? 1.0 : -1.0;
            this.windowM = -Math.expm1(-2.0 * wM * invTN);
            this.e2M = Math.exp(-2.0 * wM * invTN);
            this.e2S = Math.exp(-2.0 * h * invTS);
        }

        void add(double eps, double weight) {
            if (split) {
                band(eps, 0.5 * weight, wP, signP, windowP, e2P);
                band(eps, 0.5 * weight, wM, signM, windowM, e2M);
                // −(ε − h) f_S(ε − h) − (ε + h) f_S(ε + h)
                double xm = (eps - h) * invTS;
                double em = Math.exp(-Math.abs(xm));
                double ep = pairedExponential(xm, em, e2S, (eps + h) * invTS);
                double fm = xm >= 0 ? em / (1.0 + em) : 1.0 / (1.0 + em);
                p -= weight * ((eps - h) * fm + (eps + h) * ep / (1.0 + ep));
            } else {
                band(eps, weight, wP, signP, windowP, e2P);
                double es = Math.exp(-eps * invTS);
                p -= weight * 2.0 * eps * es / (1.0 + es);
            }
        }

        /** One spin band of the N part at |w_σ| = w ≥ 0; the current is odd in w_σ (its sign). */
        private void band(double eps, double weight, double w, double sign, double window, double e2) {
            double xm = (eps - w) * invTN;
            double em = Math.exp(-Math.abs(xm));
            double xp = (eps + w) * invTN;
            double ep = pairedExponential(xm, em, e2, xp);
            double q = 1.0 / ((1.0 + em) * (1.0 + ep));
            double im = (1.0 + ep) * q; // 1/(1 + em)
            double ip = (1.0 + em) * q; // 1/(1 + ep)
            double fm = xm >= 0 ? em * im : im;
            double cm = xm >= 0 ? im : em * im;
            double fp = ep * ip;
            double phiM = fm * cm;
            double phiP = fp * ip;
            i += sign * weight * fm * ip * window;
            g += weight * (phiM + phiP);
            p += weight * ((eps - w) * fm + (eps + w) * fp);
            if (derivatives) {
                // ∂f(x)/∂t = φ(x) x/t for x = y/t (the 1/t is applied at the end)
                iT += sign * weight * (xm * phiM - xp * phiP);
                pT += weight * ((eps - w) * xm * phiM + (eps + w) * xp * phiP);
            }
        }

        /** e^{−x_+} from e^{−|x_−|} (class comment); x_+ ≥ 0 is only used when the product underflows. */
        private static double pairedExponential(double xm, double em, double e2, double xp) {
            if (xm >= 0) {
                return em * e2;
            }
            return e2 > 0 ? e2 / em : Math.exp(-xp);
        }
    }
}
