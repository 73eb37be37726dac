package org.andreev.contact.reference;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.andreev.numeric.AdaptiveGaussKronrod;
import org.andreev.numeric.FermiDirac;

/**
 * TEST-ONLY reference: the dc current of one channel of transmission τ between two identical
 * BCS (Dynes) superconductors by the scattering ladder of multiple Andreev reflection, Averin &amp;
 * Bardas, PRL 75, 1831 (1995) (AB), in the form of Bratus', Shumeiko &amp; Wendin, PRL 74, 2110
 * (1995) and Johansson et al., PRB 60, 1382 (1999). Independent of the production Green-function
 * recursion (Cuevas et al., PRB 54, 7366 (1996)); slow on purpose. Reduced units: energies in Δ,
 * v = eV/Δ, t = k_BT/Δ, Dynes ratio η = Γ/Δ; the result is i = e I R_N/Δ with R_N = h/(2e²τ).
 *
 * <h2>The ladder</h2>
 * A short normal region with the energy-independent, real, unitary electron scattering matrix
 * S = [[r, √τ], [√τ, −r]], r = √(1 − τ) (holes scatter with S* = S), between two NS interfaces
 * with ideal Andreev reflection (AB Eq. 2) of amplitude
 * <pre>  a(E) = z − √(z² − 1),  z = E + iη,  the root with |a| &lt; 1 (a = E − i√(1 − E²) in the gap).</pre>
 * Energies are measured from the local chemical potential, μ_L − μ_R = eV. An electron crossing
 * from left to right gains eV, a hole loses it, and Andreev reflection keeps the energy: the states
 * coupled to a left electron at E live on the ladder E_k = E + k·eV, the left side at even k and the
 * right side at odd k (AB Eqs. 3–5). On each node k the unknowns are the amplitudes x_k (electron)
 * and y_k (hole) leaving the scatterer; those coming back are e_in = a_k y_k + s_e, h_in = a_k x_k
 * + s_h (s a source). The scatterer couples node k to k ± 1 only: a block-tridiagonal system with
 * 2×2 complex blocks, solved by block elimination (equivalent to AB's continued fractions),
 * truncated where the product of |a_k| outward from the sources falls below {@link #ladderCut}.
 *
 * <h2>Sources and the current</h2>
 * A quasiparticle incident from a superconductor enters the normal region with flux 1 − |a(E)|²
 * (unitarity of the NS interface; for a Dynes lead the same expression is the fluctuation–
 * dissipation source 1 − r r† of the lead's reflection matrix r = [[0, a], [a, 0]], which makes the
 * tunnel limit the Dynes S-I-S current exactly, since n(E) = (1 − |a|⁴)/|1 − a²|²). Electron- and
 * hole-like sources are uncorrelated and occupied with f(E) of their own lead. The dc current is the
 * sum of |amplitude|² fluxes (cross terms oscillate at 2keV/ħ). Grouping the four sources that
 * live on one ladder at the same absolute energy — left electron and left hole at E (node 0), right
 * electron at E + eV (node 1), right hole at E − eV (node −1) — gives an absolutely convergent
 * integrand without AB's separate eVD term (which would cancel the whole sub-gap current):
 * <pre>  i = (1/2τ) ∫ dE w(E),   w = f(E)(F_eL + F_hL) + f(E + v) F_eR + f(E − v) F_hR,</pre>
 * F the net rightward electron-equivalent flux (electrons right minus holes right) through the
 * scatterer, spin and the Bogoliubov–de Gennes double counting included (the N limit gives i = v).
 *
 * <h2>Quadrature</h2>
 * w has inverse-square-root edges wherever a node crosses a gap edge, E = ±1 − k v, and steps of f
 * at E = 0, ±v when T = 0. The axis is broken at all of them within [−W, E_hi]; each panel is mapped by
 * E = b_i + (b_{i+1} − b_i)(1 − cos πσ)/2, which removes the square-root singularities at both ends,
 * the tail −E_far &lt; E &lt; −W by E = −W/u, and the rest (w → C/|E|³) analytically
 * ({@link #FAR}). One global
 * {@link AdaptiveGaussKronrod} call over all panels at {@link #relativeTolerance}. For T &gt; 0 the
 * range extends to E_hi = v + 1 + 45t (f(E − v) &lt; e^{−45} beyond).
 *
 * @param tau               transmission τ ∈ (0, 1]
 * @param v                 eV/Δ &gt; 0
 * @param eta               Dynes ratio Γ/Δ ≥ 0
 * @param t                 k_BT/Δ ≥ 0 (0 is exact zero temperature)
 * @param relativeTolerance of the energy quadrature
 * @param ladderCut         truncate the ladder where the product of |a_k| drops below this
 * @param window            W: the edge breakpoints extend down to −W, the analytic-map tail below
 */
record AverinBardasLadder(double tau, double v, double eta, double t, double relativeTolerance, double ladderCut,
        double window) {

    AverinBardasLadder {
        if (!(tau > 0 && tau <= 1)) throw new IllegalArgumentException("tau must be in (0, 1], got " + tau);
        if (!(v > 0)) throw new IllegalArgumentException("v = eV/Delta must be > 0, got " + v);
        if (!(eta >= 0)) throw new IllegalArgumentException("eta must be >= 0, got " + eta);
        if (!(t >= 0)) throw new IllegalArgumentException("t = kT/Delta must be >= 0, got " + t);
    }

    /**
     * Below E = −E_far the integrand is replaced by its asymptote C₃/|E|³ + C₄/|E|⁴ (fitted
     * through w(−E_far) and w(−2E_far)); the neglected O(|E|⁻⁵) is ~1e-12 of i. Rounding in w
     * (~1e-17 absolute, four sources of size τ that nearly cancel), multiplied by the Jacobian of
     * the map E = −W/u, would swamp a numerical tail carried much beyond this.
     */
    static final double FAR = 400;

    /** Absolute floor of the quadrature, in i. */
    static final double ABSOLUTE_FLOOR = 1e-13;

    /** Default settings: quadrature 1e-11, ladder cut 1e-20, breakpoints down to −(12 + 4v). */
    static AverinBardasLadder of(double tau, double v, double eta, double t) {
        return new AverinBardasLadder(tau, v, eta, t, 1e-11, 1e-20, 12 + 4 * v);
    }

    AverinBardasLadder withSettings(double tolerance, double cut, double w) {
        return new AverinBardasLadder(tau, v, eta, t, tolerance, cut, w);
    }

    /** The reduced current and the quadrature's own error estimate (in i). */
    record Current(double i, double error, int evaluations, boolean converged) {}

    /** The reduced dc current i = e I R_N/Δ (class comment). */
    Current current() {
        double[] b = breakpoints();
        int panels = b.length - 1;
        double w = -b[0];
        DoubleUnaryOperator mapped = s -> {
            if (s < 0) { // tail −E_far < E < −W: E = −W/u, u from W/E_far to 1 as s goes from −1 to 0
                double u0 = w / FAR;
                double u = u0 + (1 - u0) * (s + 1);
                return integrand(-w / u) * w * (1 - u0) / (u * u);
            }
            int k = Math.min((int) s, panels - 1);
            double sigma = s - k;
            double lo = b[k];
            double width = b[k + 1] - lo;
            double e = lo + 0.5 * width * (1 - Math.cos(Math.PI * sigma));
            return integrand(e) * 0.5 * width * Math.PI * Math.sin(Math.PI * sigma);
        };
        double[] s = new double[panels + 2];
        for (int k = 0; k < s.length; k++) {
            s[k] = k - 1;
        }
        // absolute floor 1e-13 in i: the rounding of w (~1e-17 absolute, four sources of
        // size τ that cancel) is not resolvable below that, and deep sub-gap currents are smaller
        AdaptiveGaussKronrod gk = new AdaptiveGaussKronrod(relativeTolerance, ABSOLUTE_FLOOR * 2 * tau, 400_000);
        AdaptiveGaussKronrod.Result r = gk.integrate(mapped, s);
        // beyond E_far the integrand is C₃/|E|³ + C₄/|E|⁴ + O(|E|⁻⁵): C₃, C₄ from w(−E_far), w(−2E_far)
        double w1 = integrand(-FAR) * FAR * FAR * FAR;
        double w2 = integrand(-2 * FAR) * 8 * FAR * FAR * FAR; // = C₃ + C₄/(2E_far)
        double c4 = 2 * FAR * (w1 - w2);
        double c3 = w1 - c4 / FAR;
        double tail = c3 / (2 * FAR * FAR) + c4 / (3 * FAR * FAR * FAR);
        // the neglected O(|E|⁻⁵) term is of order (C₄/C₃)/E_far of the C₄ part
        double tailError = Math.abs(c4) / (3 * FAR * FAR * FAR) * Math.min(1, Math.abs(c4 / c3) / FAR) + 1e-17;
        return new Current((r.value() + tail) / (2 * tau), (r.errorEstimate() + tailError) / (2 * tau),
                r.evaluations() + 2, r.converged());
    }

    /** Ascending breakpoints: −W, the gap edges ±1 − kv inside, the steps of f at T = 0, E_hi. */
    double[] breakpoints() {
        double hi = t == 0 ? v : v + 1 + 45 * t;
        TreeSet<Double> set = new TreeSet<>();
        set.add(-window);
        set.add(hi);
        if (t == 0) {
            set.add(-v);
            set.add(0.0);
        }
        long kMax = (long) Math.ceil((window + hi + 2) / v);
        for (long k = -kMax; k <= kMax; k++) {
            for (double edge : new double[] {1 - k * v, -1 - k * v}) {
                if (edge > -window && edge < hi) {
                    set.add(edge);
                }
            }
        }
        // merge breakpoints closer than 1e-12 (coincident edges when 2/v is an integer)
        double[] raw = set.stream().mapToDouble(Double::doubleValue).toArray();
        double[] out = new double[raw.length];
        int n = 0;
        for (double x : raw) {
            if (n == 0 || x - out[n - 1] > 1e-12) {
                out[n++] = x;
            }
        }
        out[n - 1] = hi;
        return Arrays.copyOf(out, n);
    }

    /** Fermi occupation at reduced energy e (a step with f(0) = 1/2 at T = 0). */
    double occupation(double e) {
        if (t == 0) {
            return e < 0 ? 1 : e > 0 ? 0 : 0.5;
        }
        return FermiDirac.occupation(e / t);
    }

    /** w(E) of the class comment: the f-weighted fluxes of the four sources of the ladder at E. */
    double integrand(double e) {
        double f0 = occupation(e);
        double fUp = occupation(e + v);
        double fDown = occupation(e - v);
        if (f0 == 0 && fUp == 0 && fDown == 0) {
            return 0;
        }
        Ladder ladder = new Ladder(e);
        double sum = 0;
        if (f0 != 0) {
            sum += f0 * (ladder.flux(0, true) + ladder.flux(0, false));
        }
        if (fUp != 0) {
            sum += fUp * ladder.flux(1, true);
        }
        if (fDown != 0) {
            sum += fDown * ladder.flux(-1, false);
        }
        return sum;
    }

    /**
     * Andreev amplitude a(E + iη) of AB Eq. 2 into {@code out[0..1]} (re, im): the root of
     * a² − 2za + 1 = 0 with |a| &lt; 1, and a = E − i√(1 − E²) inside the gap when η = 0 (the
     * retarded limit).
     */
    static void andreev(double e, double eta, double[] out) {
        if (eta == 0) {
            if (Math.abs(e) < 1) {
                out[0] = e;
                out[1] = -Math.sqrt((1 - e) * (1 + e));
            } else {
                out[0] = e - Math.copySign(Math.sqrt((e - 1) * (e + 1)), e);
                out[1] = 0;
            }
            return;
        }
        // z² − 1 = (e² − η² − 1) + 2ieη, written to avoid cancellation near the edges
        double re = (e - 1) * (e + 1) - eta * eta;
        double im = 2 * e * eta;
        double mod = Math.hypot(re, im);
        double sr = Math.sqrt(0.5 * (mod + re));
        double si = Math.copySign(Math.sqrt(0.5 * (mod - re)), im);
        // the two roots z ∓ s have product 1; keep the one inside the unit circle
        double ar = e - sr;
        double ai = eta - si;
        if (ar * ar + ai * ai > 1) {
            ar = e + sr;
            ai = eta + si;
        }
        out[0] = ar;
        out[1] = ai;
    }

    /** One ladder E_k = E + k v, k ∈ [kMin, kMax], factorised once for its four sources. */
    final class Ladder {
        final int kMin;
        final int n;
        final double[] aRe;
        final double[] aIm;
        final double[] source; // √(1 − |a_k|²)
        // block elimination: inverse pivots and the modified upper blocks, 2×2 complex as 8 doubles
        final double[] pivInv;
        final double[] upper;
        final double r = Math.sqrt(1 - tau);
        final double s = Math.sqrt(tau);

        Ladder(double e) {
            double[] a = new double[2];
            int up = 1;
            double p = 1;
            while (true) { // the product criterion only bites outside the gap
                andreev(e + up * v, eta, a);
                p *= Math.hypot(a[0], a[1]);
                if (p < ladderCut && up >= 1) break;
                if (++up > 2_000_000) throw new IllegalStateException("ladder does not close at E = " + e);
            }
            int down = 1;
            p = 1;
            while (true) {
                andreev(e - down * v, eta, a);
                p *= Math.hypot(a[0], a[1]);
                if (p < ladderCut) break;
                if (++down > 2_000_000) throw new IllegalStateException("ladder does not close at E = " + e);
            }
            kMin = -down;
            n = up + down + 1;
            aRe = new double[n];
            aIm = new double[n];
            source = new double[n];
            for (int j = 0; j < n; j++) {
                andreev(e + (kMin + j) * v, eta, a);
                aRe[j] = a[0];
                aIm[j] = a[1];
                source[j] = Math.sqrt(Math.max(0, 1 - (a[0] * a[0] + a[1] * a[1])));
            }
            pivInv = new double[8 * n];
            upper = new double[8 * n];
            factorise();
        }

        boolean left(int j) {
            return ((kMin + j) & 1) == 0;
        }

        /** Diagonal block D_j (coefficients of u_j = (x_j, y_j)). */
        void diagonal(int j, double[] m) {
            double sign = left(j) ? -r : r; // left: x − r a y, right: x + r a y (r' = −r)
            Arrays.fill(m, 0);
            m[0] = 1; // (0,0) re
            m[2] = sign * aRe[j]; // (0,1)
            m[3] = sign * aIm[j];
            m[4] = sign * aRe[j]; // (1,0)
            m[5] = sign * aIm[j];
            m[6] = 1; // (1,1) re
        }

        /** Upper block U_j (coefficients of u_{j+1}); zero at the last node. */
        void upperBlock(int j, double[] m) {
            Arrays.fill(m, 0);
            if (j + 1 >= n) return;
            if (left(j)) { // x_j − s a_{j+1} y_{j+1}
                m[2] = -s * aRe[j + 1];
                m[3] = -s * aIm[j + 1];
            } else { // y_j − s a_{j+1} x_{j+1}
                m[4] = -s * aRe[j + 1];
                m[5] = -s * aIm[j + 1];
            }
        }

        /** Lower block L_j (coefficients of u_{j−1}); zero at the first node. */
        void lowerBlock(int j, double[] m) {
            Arrays.fill(m, 0);
            if (j == 0) return;
            if (left(j)) { // y_j − s a_{j−1} x_{j−1}
                m[4] = -s * aRe[j - 1];
                m[5] = -s * aIm[j - 1];
            } else { // x_j − s a_{j−1} y_{j−1}
                m[2] = -s * aRe[j - 1];
                m[3] = -s * aIm[j - 1];
            }
        }

        private void factorise() {
            double[] d = new double[8];
            double[] l = new double[8];
            double[] u = new double[8];
            double[] tmp = new double[8];
            double[] inv = new double[8];
            for (int j = 0; j < n; j++) {
                diagonal(j, d);
                if (j > 0) {
                    lowerBlock(j, l);
                    mul(l, 0, upper, 8 * (j - 1), tmp);
                    for (int q = 0; q < 8; q++) d[q] -= tmp[q];
                }
                invert(d, inv);
                System.arraycopy(inv, 0, pivInv, 8 * j, 8);
                upperBlock(j, u);
                mul(inv, 0, u, 0, tmp);
                System.arraycopy(tmp, 0, upper, 8 * j, 8);
            }
        }

        /**
         * Net rightward electron-equivalent flux Σ_left (|e_in|² − |x|² − |h_in|² + |y|²) of the
         * unit-flux-normalised source at node k (electron-like if {@code electron}).
         */
        double flux(int k, boolean electron) {
            int js = k - kMin;
            double src = source[js];
            if (src == 0) return 0;
            // source amplitudes per node: se (electron) or sh (hole) at node js only
            double[] se = new double[n];
            double[] sh = new double[n];
            (electron ? se : sh)[js] = src;
            double[] rhs = new double[4 * n]; // per node (x re, x im, y re, y im)
            for (int j = 0; j < n; j++) {
                boolean lft = left(j);
                double rr = lft ? r : -r;
                // x-equation: left r se_j + s se_{j+1}; right s se_{j−1} − r se_j
                double bx = rr * se[j];
                double by = rr * sh[j];
                if (lft) {
                    if (j + 1 < n) bx += s * se[j + 1];
                    if (j > 0) by += s * sh[j - 1];
                } else {
                    if (j > 0) bx += s * se[j - 1];
                    if (j + 1 < n) by += s * sh[j + 1];
                }
                rhs[4 * j] = bx;
                rhs[4 * j + 2] = by;
            }
            // forward: d'_j = P_j^{-1}(b_j − L_j d'_{j−1})
            double[] l = new double[8];
            double[] vec = new double[4];
            double[] out = new double[4];
            for (int j = 0; j < n; j++) {
                for (int q = 0; q < 4; q++) vec[q] = rhs[4 * j + q];
                if (j > 0) {
                    lowerBlock(j, l);
                    mulVec(l, 0, rhs, 4 * (j - 1), out);
                    for (int q = 0; q < 4; q++) vec[q] -= out[q];
                }
                mulVec(pivInv, 8 * j, vec, 0, out);
                System.arraycopy(out, 0, rhs, 4 * j, 4);
            }
            // backward: u_j = d'_j − C_j u_{j+1}
            for (int j = n - 2; j >= 0; j--) {
                mulVec(upper, 8 * j, rhs, 4 * (j + 1), out);
                for (int q = 0; q < 4; q++) rhs[4 * j + q] -= out[q];
            }
            double flux = 0;
            for (int j = 0; j < n; j++) {
                if (!left(j)) continue;
                double xr = rhs[4 * j], xi = rhs[4 * j + 1], yr = rhs[4 * j + 2], yi = rhs[4 * j + 3];
                double eInR = aRe[j] * yr - aIm[j] * yi + se[j];
                double eInI = aRe[j] * yi + aIm[j] * yr;
                double hInR = aRe[j] * xr - aIm[j] * xi + sh[j];
                double hInI = aRe[j] * xi + aIm[j] * xr;
                flux += (eInR * eInR + eInI * eInI) - (xr * xr + xi * xi) - (hInR * hInR + hInI * hInI)
                        + (yr * yr + yi * yi);
            }
            return flux;
        }
    }

    // 2×2 complex matrices as {m00re, m00im, m01re, m01im, m10re, m10im, m11re, m11im}

    static void mul(double[] a, int ao, double[] b, int bo, double[] c) {
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double re = 0, im = 0;
                for (int k = 0; k < 2; k++) {
                    double xr = a[ao + 4 * i + 2 * k], xi = a[ao + 4 * i + 2 * k + 1];
                    double yr = b[bo + 4 * k + 2 * j], yi = b[bo + 4 * k + 2 * j + 1];
                    re += xr * yr - xi * yi;
                    im += xr * yi + xi * yr;
                }
                c[4 * i + 2 * j] = re;
                c[4 * i + 2 * j + 1] = im;
            }
        }
    }

    static void mulVec(double[] a, int ao, double[] x, int xo, double[] y) {
        for (int i = 0; i < 2; i++) {
            double re = 0, im = 0;
            for (int k = 0; k < 2; k++) {
                double mr = a[ao + 4 * i + 2 * k], mi = a[ao + 4 * i + 2 * k + 1];
                double vr = x[xo + 2 * k], vi = x[xo + 2 * k + 1];
                re += mr * vr - mi * vi;
                im += mr * vi + mi * vr;
            }
            y[2 * i] = re;
            y[2 * i + 1] = im;
        }
    }

    static void invert(double[] m, double[] inv) {
        // det = m00 m11 − m01 m10
        double dr = m[0] * m[6] - m[1] * m[7] - (m[2] * m[4] - m[3] * m[5]);
        double di = m[0] * m[7] + m[1] * m[6] - (m[2] * m[5] + m[3] * m[4]);
        double den = dr * dr + di * di;
        double ir = dr / den, ii = -di / den; // 1/det
        double[][] entries = {{m[6], m[7]}, {-m[2], -m[3]}, {-m[4], -m[5]}, {m[0], m[1]}};
        for (int q = 0; q < 4; q++) {
            inv[2 * q] = entries[q][0] * ir - entries[q][1] * ii;
            inv[2 * q + 1] = entries[q][0] * ii + entries[q][1] * ir;
        }
    }
}
