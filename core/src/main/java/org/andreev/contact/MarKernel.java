package org.andreev.contact;

import java.util.Arrays;
import org.andreev.numeric.FermiDirac;
import org.andreev.numeric.PanelBuilder;
import org.andreev.numeric.QuadratureNodes;

/**
 * The allocation-free kernel behind {@link MarCurrent}: the dc current of one channel by the
 * Green-function recursion of Cuevas, Martín-Rodero and Levy Yeyati, PRB 54, 7366 (1996), in
 * reduced units (energies in units of the left gap Δ_L, v = eV/Δ_L, θ = k_BT/Δ_L); the current
 * comes out in units of eΔ_L/h. One kernel per thread (not thread-safe).
 *
 * <p><b>Model.</b> Two BCS leads coupled at one site by a hopping t, τ = 4t²/(1 + t²)²
 * (CMLY Eq. 4); the bias enters as the phase φ(t) = 2eVt/ħ of the hopping, so in the Nambu basis
 * (c↑, c†↓) the electron component of the left site at energy ω couples to the right site at ω + eV
 * and the hole component to ω − eV. The Floquet harmonics then form a chain: site n (left for
 * even n, right for odd n) at energy ω_n = ω + n·eV, bare Green function (Dynes z = ω_n + iη_n)
 * <pre>
 *   g_n = [[−z, Δ_n], [Δ_n, −z]] / sqrt(Δ_n² − z²),     g_n⁻¹ = [[z, Δ_n], [Δ_n, z]] / sqrt(Δ_n² − z²),
 * </pre>
 * (normal state: g = −i), bonds (n, n+1) coupling the electron component with t for even n and the
 * hole component with −t for odd n. The dc current (CMLY Eq. 9 in this chain's language) is
 * <pre>
 *   I = (e/h) ∫ dω 2t Re[ G^&lt;_{1,0;ee}(ω) + G^&lt;_{−1,0;hh}(ω) ],
 *   G^&lt; = G^r Σ_n Γ_n G^a,   Γ_n = f(ω_n) [(g_n^r)⁻¹ − (g_n^a)⁻¹]     (Keldysh, local injection),
 * </pre>
 * which gives I = τ(2e²/h)V in the normal state. The full matrix G^r is complex symmetric, so
 * G^a_{n,0} = conj(G^r_{n,0}) and G^r_{1,n} = (G^r_{n,1})ᵀ; the sums over n then collapse into
 * "dressed injection" matrices S accumulated with the continued fractions from both ends:
 * <pre>
 *   ĝ_k = [g_k⁻¹ − V ĝ_{k±1} V]⁻¹,    S_k = Γ_k + (ĝ_{k±1}V)ᵀ S_{k±1} conj(ĝ_{k±1}V),
 *   G^&lt;_{1,0} = G_{11}ᵀ S^R_1 conj(G_{10}) + G_{10} S^L_0 conj(G_{00}),
 * </pre>
 * and the same with 1 ↔ −1 for G^&lt;_{−1,0}. Cost per energy ∝ the number of harmonics.
 *
 * <p><b>Truncation of the chain.</b> Outside the gap a site reflects an Andreev quasiparticle with
 * amplitude |a(ω)| = (|ω| − sqrt(ω² − Δ²))/Δ &lt; 1; the chain is cut where the product of |a|² over
 * the sites passed falls below {@value #CHAIN_EPSILON} (the weight of everything beyond).
 *
 * <p><b>Energy integral.</b> The integrand has inverse-square-root edges at ω = ±Δ_n − n·eV (every
 * site's gap edges) and, at T = 0, jumps at ω = −n·eV (every site's Fermi edge). All edges inside
 * the core |ω| ≤ Δ_max + M·eV are breakpoints of the {@link PanelBuilder} with a square-root
 * substitution on both sides and grading down to the Dynes width; M is the smallest number of
 * harmonics beyond the gap over which the Andreev amplitudes damp an edge's weight below
 * {@value #EDGE_EPSILON}. Beyond the core the 1/|ω|³ tail (CMLY Sec. III) is mapped onto a finite
 * panel (x = X/s): nothing is cut off.
 */
final class MarKernel {

    /** Weight of the chain beyond its cut (product of Andreev reflection probabilities). */
    static final double CHAIN_EPSILON = 1e-18;
    /** Weight of a gap edge outside the core below which it is not a breakpoint. */
    static final double EDGE_EPSILON = 1e-16;
    /** The largest number of harmonics on either side of the chain. */
    static final int MAX_HARMONICS = 200_000;

    private final PanelBuilder panels;
    private final QuadratureNodes nodes = new QuadratureNodes();
    private double[] breaks = new double[64];
    private double[] fermi = new double[64];

    // the layout the nodes hold: parameters of the last build
    private double builtV = Double.NaN;
    private double builtDr = Double.NaN;
    private double builtEta = Double.NaN;
    private double builtTheta = Double.NaN;

    // physical parameters of the current evaluation
    private double dR;
    private double eta;
    private double theta;
    private double v;
    private double t;

    // site quantities (set by site())
    private double pr;
    private double pi;
    private double qr;
    private double qi;
    private double gamA;
    private double gamB;

    // right sweep: dressed ĝ (symmetric: 00, 01, 11) and S (00, 01, 10, 11), complex
    private final double[] gR = new double[6];
    private final double[] sR = new double[8];
    // left sweep
    private final double[] gL = new double[6];
    private final double[] sL = new double[8];
    // M_1 and M_{−1} (symmetric, before inversion)
    private final double[] m1 = new double[6];
    private final double[] mm1 = new double[6];
    private final double[] tmpG = new double[6];
    private final double[] tmpS = new double[8];

    /**
     * @param order   Gauss–Legendre points per panel
     * @param grading panel length / (distance to the nearest edge + its width)
     */
    MarKernel(int order, double grading) {
        panels = new PanelBuilder(order, grading);
    }

    /**
     * The reduced dc current i = I·h/(eΔ_L) of a channel of transmission τ at v = eV/Δ_L &gt; 0.
     *
     * @param tau   transmission, (0, 1]
     * @param vv    eV/Δ_L &gt; 0
     * @param dr    Δ_R/Δ_L &gt; 0
     * @param etaL  Dynes η/Δ (relative to each side's gap), ≥ 0
     * @param th    k_BT/Δ_L ≥ 0
     */
    double current(double tau, double vv, double dr, double etaL, double th) {
        layout(vv, dr, etaL, th);
        setHopping(tau);
        int size = nodes.size();
        double[] xs = nodes.xs();
        double[] ws = nodes.weights();
        double sum = 0;
        for (int k = 0; k < size; k++) {
            sum += ws[k] * integrand(xs[k]);
        }
        return sum;
    }

    /** The number of quadrature nodes of the last layout (for the convergence tests and benchmarks). */
    int nodeCount() {
        return nodes.size();
    }

    /** Sets the hopping t of τ = 4t²/(1 + t²)²: t = (1 − sqrt(1 − τ))/sqrt(τ) (the root ≤ 1). */
    void setHopping(double tau) {
        // (1 − sqrt(1 − τ))/sqrt(τ) written without cancellation at small τ
        t = Math.sqrt(tau) / (1.0 + Math.sqrt(1.0 - tau));
    }

    /** Builds the quadrature layout for these parameters unless the last one is the same. */
    void layout(double vv, double dr, double etaL, double th) {
        v = vv;
        dR = dr;
        eta = etaL;
        theta = th;
        if (vv == builtV && dr == builtDr && etaL == builtEta && th == builtTheta) {
            return;
        }
        double dMax = Math.max(1.0, dr);
        // harmonics beyond the gap over which an edge's weight damps below EDGE_EPSILON
        double weight = 1;
        int m = 0;
        while (weight > EDGE_EPSILON && m < MAX_HARMONICS) {
            m++;
            double a = andreevAmplitude(dMax + m * vv, dMax);
            weight *= a * a;
        }
        double core = dMax + m * vv;
        int nMax = (int) Math.ceil((core + dMax) / vv) + 1;
        int nb = 0;
        int nf = 0;
        for (int n = -nMax; n <= nMax; n++) {
            double d = (n & 1) == 0 ? 1.0 : dr;
            for (int s = -1; s <= 1; s += 2) {
                double c = s * d - n * vv;
                if (Math.abs(c) <= core) {
                    breaks = grow(breaks, nb);
                    breaks[nb++] = c;
                }
            }
            double c = -n * vv;
            if (Math.abs(c) <= core) {
                fermi = grow(fermi, nf);
                fermi[nf++] = c;
            }
        }
        Arrays.sort(breaks, 0, nb);
        double width = Math.max(etaL * Math.min(1.0, dr), 1e-9);
        panels.reset(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).tails(0.0, PanelBuilder.DEFAULT_TAIL_RATIO);
        double last = Double.NaN;
        for (int i = 0; i < nb; i++) {
            double c = breaks[i];
            if (Math.abs(c - last) <= 1e-12 * (1.0 + Math.abs(c))) {
                continue; // coinciding edges (eV = (Δ_L + Δ_R)/n and the like) are one breakpoint
            }
            panels.sqrtEdge(c, width, PanelBuilder.Side.BOTH);
            last = c;
        }
        double fermiWidth = th > 0 ? th : 0.25 * vv;
        for (int i = 0; i < nf; i++) {
            panels.feature(fermi[i], fermiWidth);
        }
        panels.build(nodes);
        builtV = vv;
        builtDr = dr;
        builtEta = etaL;
        builtTheta = th;
    }

    private static double[] grow(double[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, 2 * a.length);
    }

    /** |a(x)| = (|x| − sqrt(x² − d²))/d for |x| &gt; d, else 1 (perfect Andreev reflection in the gap). */
    static double andreevAmplitude(double x, double d) {
        double ax = Math.abs(x);
        if (ax <= d) {
            return 1.0;
        }
        return d / (ax + Math.sqrt((ax - d) * (ax + d)));
    }

    /**
     * The spectral current density 2t Re[G^&lt;_{1,0;ee} + G^&lt;_{−1,0;hh}] at energy x (class
     * comment); its integral over x is the reduced current.
     */
    double integrand(double x) {
        int nPlus = cut(x, +1);
        int nMinus = cut(x, -1);
        double t2 = t * t;

        // ---- right sweep: sites nPlus .. 1
        site(x, nPlus);
        bareInto(gR);
        gammaInto(sR);
        for (int k = nPlus - 1; k >= 1; k--) {
            int c = (k & 1) == 0 ? 0 : 1; // bond (k, k+1): electron for even k, hole for odd k
            dressStep(k, c, t2, gR, sR, k == 1 ? m1 : null);
        }
        if (nPlus == 1) {
            site(x, 1);
            setSym(m1, pr, pi, qr, qi, pr, pi);
        }
        // ---- left sweep: sites −nMinus .. −1
        site(x, -nMinus);
        bareInto(gL);
        gammaInto(sL);
        for (int k = -nMinus + 1; k <= -1; k++) {
            int c = ((k - 1) & 1) == 0 ? 0 : 1; // bond (k−1, k)
            dressStep(k, c, t2, gL, sL, k == -1 ? mm1 : null);
        }
        if (nMinus == 1) {
            site(x, -1);
            setSym(mm1, pr, pi, qr, qi, pr, pi);
        }

        // ---- site 0
        site(x, 0);
        double p0r = pr;
        double p0i = pi;
        double q0r = qr;
        double q0i = qi;
        double ga0 = gamA;
        double gb0 = gamB;
        // Σ from the right: t² ĝR_1[0,0] at (0,0); from the left: t² ĝL_{−1}[1,1] at (1,1)
        double sr00r = t2 * gR[0];
        double sr00i = t2 * gR[1];
        double sl11r = t2 * gL[4];
        double sl11i = t2 * gL[5];
        // G00 = inv([[p0 − ΣR, q0], [q0, p0 − ΣL]])
        double a00r = p0r - sr00r;
        double a00i = p0i - sr00i;
        double a11r = p0r - sl11r;
        double a11i = p0i - sl11i;
        // det = a00 a11 − q0²
        double detR = a00r * a11r - a00i * a11i - (q0r * q0r - q0i * q0i);
        double detI = a00r * a11i + a00i * a11r - 2 * q0r * q0i;
        double dd = detR * detR + detI * detI;
        double idR = detR / dd;
        double idI = -detI / dd;
        // G00 = [[a11, −q0], [−q0, a00]] / det
        double g00r = a11r * idR - a11i * idI;
        double g00i = a11r * idI + a11i * idR;
        double g01r = -(q0r * idR - q0i * idI);
        double g01i = -(q0r * idI + q0i * idR);
        double g11r = a00r * idR - a00i * idI;
        double g11i = a00r * idI + a00i * idR;

        // ĝL_0[0,0] = (p0 − ΣL)/det_L, det_L = p0 (p0 − ΣL) − q0²
        double dlr = p0r * a11r - p0i * a11i - (q0r * q0r - q0i * q0i);
        double dli = p0r * a11i + p0i * a11r - 2 * q0r * q0i;
        double dl = dlr * dlr + dli * dli;
        double gl0r = (a11r * dlr + a11i * dli) / dl;
        double gl0i = (a11i * dlr - a11r * dli) / dl;
        // ĝR_0[1,1] = (p0 − ΣR)/det_R
        double drr = a00r * p0r - a00i * p0i - (q0r * q0r - q0i * q0i);
        double dri = a00r * p0i + a00i * p0r - 2 * q0r * q0i;
        double dr2 = drr * drr + dri * dri;
        double gr0r = (a00r * drr + a00i * dri) / dr2;
        double gr0i = (a00i * drr - a00r * dri) / dr2;

        // G11 = inv(M_1 − t² ĝL_0[0,0] e0e0ᵀ)
        setSym(tmpG, m1[0] - t2 * gl0r, m1[1] - t2 * gl0i, m1[2], m1[3], m1[4], m1[5]);
        invertSym(tmpG);
        double h00r = tmpG[0];
        double h00i = tmpG[1];
        double h01r = tmpG[2];
        double h01i = tmpG[3];
        double h11r = tmpG[4];
        double h11i = tmpG[5];
        // G_{−1,−1} = inv(M_{−1} − t² ĝR_0[1,1] e1e1ᵀ)
        setSym(tmpG, mm1[0], mm1[1], mm1[2], mm1[3], mm1[4] - t2 * gr0r, mm1[5] - t2 * gr0i);
        invertSym(tmpG);
        double k00r = tmpG[0];
        double k00i = tmpG[1];
        double k01r = tmpG[2];
        double k01i = tmpG[3];
        double k11r = tmpG[4];
        double k11i = tmpG[5];

        // G10 = t ĝR_1[:,0] G00[0,:] ; we need G10[b][0] and G10[0][a]
        // ĝR_1[:,0] = (gR[0], gR[2]) (symmetric storage 00, 01, 11)
        double u0r = gR[0];
        double u0i = gR[1];
        double u1r = gR[2];
        double u1i = gR[3];
        // G10[i][j] = t u_i G00[0][j]
        double g10_00r = t * (u0r * g00r - u0i * g00i);
        double g10_00i = t * (u0r * g00i + u0i * g00r);
        double g10_01r = t * (u0r * g01r - u0i * g01i);
        double g10_01i = t * (u0r * g01i + u0i * g01r);
        double g10_10r = t * (u1r * g00r - u1i * g00i);
        double g10_10i = t * (u1r * g00i + u1i * g00r);
        // G_{−1,0}[i][j] = −t w_i G00[1][j], w = ĝL_{−1}[:,1] = (gL[2], gL[4])
        double w0r = gL[2];
        double w0i = gL[3];
        double w1r = gL[4];
        double w1i = gL[5];
        double gm_01r = -t * (w0r * g11r - w0i * g11i);
        double gm_01i = -t * (w0r * g11i + w0i * g11r);
        double gm_10r = -t * (w1r * g01r - w1i * g01i);
        double gm_10i = -t * (w1r * g01i + w1i * g01r);
        double gm_11r = -t * (w1r * g11r - w1i * g11i);
        double gm_11i = -t * (w1r * g11i + w1i * g11r);

        // S^L_0 = Γ_0 + t² (wᵀ S^L_{−1} conj(w)) e1e1ᵀ ; S^R_0 = Γ_0 + t² (uᵀ S^R_1 conj(u)) e0e0ᵀ
        double sigLr = quadRe(w0r, w0i, w1r, w1i, sL, w0r, w0i, w1r, w1i);
        double sigLi = quadIm(w0r, w0i, w1r, w1i, sL, w0r, w0i, w1r, w1i);
        double sigRr = quadRe(u0r, u0i, u1r, u1i, sR, u0r, u0i, u1r, u1i);
        double sigRi = quadIm(u0r, u0i, u1r, u1i, sR, u0r, u0i, u1r, u1i);
        // Γ_0 = i·[[ga0, gb0], [gb0, ga0]] (purely imaginary)
        setGen(tmpS, 0, ga0, 0, gb0, 0, gb0, t2 * sigLr, ga0 + t2 * sigLi);

        // G^<_{1,0}[0,0] = Σ_ab G11[a][0] S^R_1[a][b] conj(G10[b][0]) + Σ_ab G10[0][a] S^L_0[a][b] conj(G00[b][0])
        double lessR = quadRe(h00r, h00i, h01r, h01i, sR, g10_00r, g10_00i, g10_10r, g10_10i)
                + quadRe(g10_00r, g10_00i, g10_01r, g10_01i, tmpS, g00r, g00i, g01r, g01i);
        // S^R_0 into tmpS
        setGen(tmpS, t2 * sigRr, ga0 + t2 * sigRi, 0, gb0, 0, gb0, 0, ga0);
        // G^<_{−1,0}[1,1] = Σ_ab G_{−1,−1}[a][1] S^L_{−1}[a][b] conj(G_{−1,0}[b][1])
        //                 + Σ_ab G_{−1,0}[1][a] S^R_0[a][b] conj(G00[b][1])
        double lessL = quadRe(k01r, k01i, k11r, k11i, sL, gm_01r, gm_01i, gm_11r, gm_11i)
                + quadRe(gm_10r, gm_10i, gm_11r, gm_11i, tmpS, g01r, g01i, g11r, g11i);
        return 2.0 * t * (lessR + lessL);
    }

    /**
     * One step of a sweep: site k dressed by its neighbour on the far side (held in g, s) through
     * the bond component c; on return g, s hold ĝ_k, S_k. If {@code mOut} is given, M_k (before
     * inversion) is stored there.
     */
    private void dressStep(int k, int c, double t2, double[] g, double[] s, double[] mOut) {
        // u = ĝ_{next}[:, c]
        double u0r = c == 0 ? g[0] : g[2];
        double u0i = c == 0 ? g[1] : g[3];
        double u1r = c == 0 ? g[2] : g[4];
        double u1i = c == 0 ? g[3] : g[5];
        double ccR = c == 0 ? g[0] : g[4];
        double ccI = c == 0 ? g[1] : g[5];
        double sigR = quadRe(u0r, u0i, u1r, u1i, s, u0r, u0i, u1r, u1i);
        double sigI = quadIm(u0r, u0i, u1r, u1i, s, u0r, u0i, u1r, u1i);
        site(k);
        // M_k = g_k⁻¹ − t² ĝ_{next}[c,c] e_c e_cᵀ
        double m00r = pr;
        double m00i = pi;
        double m11r = pr;
        double m11i = pi;
        if (c == 0) {
            m00r -= t2 * ccR;
            m00i -= t2 * ccI;
        } else {
            m11r -= t2 * ccR;
            m11i -= t2 * ccI;
        }
        setSym(g, m00r, m00i, qr, qi, m11r, m11i);
        if (mOut != null) {
            System.arraycopy(g, 0, mOut, 0, 6);
        }
        invertSym(g);
        // S_k = Γ_k + t² σ e_c e_cᵀ, Γ_k = i·[[A, B], [B, A]]
        if (c == 0) {
            setGen(s, t2 * sigR, gamA + t2 * sigI, 0, gamB, 0, gamB, 0, gamA);
        } else {
            setGen(s, 0, gamA, 0, gamB, 0, gamB, t2 * sigR, gamA + t2 * sigI);
        }
    }

    private double siteX;

    /** Site quantities at harmonic k for the energy of the current sweep. */
    private void site(int k) {
        site(siteX, k);
    }

    /**
     * Sets (pr, pi) = z/S, (qr, qi) = Δ/S with S = sqrt(Δ² − z²), z = ω_k + iη_k, and Γ_k/i =
     * 2f(ω_k/θ)·[[Im p, Im q], [Im q, Im p]] in (gamA, gamB).
     */
    private void site(double x, int k) {
        siteX = x;
        double d = (k & 1) == 0 ? 1.0 : dR;
        double e = eta * d;
        double w = x + k * v;
        // Δ² − z² = (Δ − w)(Δ + w) + η² − 2iwη
        double ar = (d - w) * (d + w) + e * e;
        double ai = -2.0 * w * e;
        double sr;
        double si;
        if (ai == 0.0 && ar < 0.0) {
            // η = 0 outside the gap: the retarded branch, S = −i sgn(ω) sqrt(ω² − Δ²)
            sr = 0.0;
            si = -Math.copySign(Math.sqrt(-ar), w);
        } else {
            double r = Math.sqrt(ar * ar + ai * ai);
            if (ar >= 0) {
                sr = Math.sqrt(0.5 * (r + ar));
                si = 0.5 * ai / sr;
            } else {
                si = Math.copySign(Math.sqrt(0.5 * (r - ar)), ai);
                sr = 0.5 * ai / si;
            }
        }
        double s2 = sr * sr + si * si;
        // 1/S = (sr − i si)/|S|²
        double ir = sr / s2;
        double ii = -si / s2;
        pr = w * ir - e * ii;
        pi = w * ii + e * ir;
        qr = d * ir;
        qi = d * ii;
        double f;
        if (theta > 0) {
            f = FermiDirac.occupation(w / theta);
        } else {
            f = w < 0 ? 1.0 : w > 0 ? 0.0 : 0.5;
        }
        // (g^r)⁻¹ − (g^a)⁻¹ = 2i Im(g^r⁻¹) elementwise (the matrix is symmetric)
        gamA = 2.0 * f * pi;
        gamB = 2.0 * f * qi;
    }

    /** The number of harmonics on one side (dir = ±1) at energy x (class comment). */
    private int cut(double x, int dir) {
        double weight = 1;
        int n = 0;
        while (n < MAX_HARMONICS) {
            n++;
            double d = (n & 1) == 0 ? 1.0 : dR;
            double a = andreevAmplitude(x + dir * n * v, d);
            weight *= a * a;
            if (weight < CHAIN_EPSILON && n >= 2) {
                break;
            }
        }
        return n;
    }

    private void bareInto(double[] g) {
        // g = [[−p, q], [q, −p]]
        setSym(g, -pr, -pi, qr, qi, -pr, -pi);
    }

    private void gammaInto(double[] s) {
        setGen(s, 0, gamA, 0, gamB, 0, gamB, 0, gamA);
    }

    private static void setSym(double[] m, double a0, double a1, double b0, double b1, double c0, double c1) {
        m[0] = a0;
        m[1] = a1;
        m[2] = b0;
        m[3] = b1;
        m[4] = c0;
        m[5] = c1;
    }

    private static void setGen(double[] m, double a0, double a1, double b0, double b1, double c0, double c1,
            double d0, double d1) {
        m[0] = a0;
        m[1] = a1;
        m[2] = b0;
        m[3] = b1;
        m[4] = c0;
        m[5] = c1;
        m[6] = d0;
        m[7] = d1;
    }

    /** Inverts the symmetric complex 2×2 [[a, b], [b, c]] in place: [[c, −b], [−b, a]]/(ac − b²). */
    private static void invertSym(double[] m) {
        double ar = m[0];
        double ai = m[1];
        double br = m[2];
        double bi = m[3];
        double cr = m[4];
        double ci = m[5];
        double detR = ar * cr - ai * ci - (br * br - bi * bi);
        double detI = ar * ci + ai * cr - 2 * br * bi;
        double dd = detR * detR + detI * detI;
        double idR = detR / dd;
        double idI = -detI / dd;
        m[0] = cr * idR - ci * idI;
        m[1] = cr * idI + ci * idR;
        m[2] = -(br * idR - bi * idI);
        m[3] = -(br * idI + bi * idR);
        m[4] = ar * idR - ai * idI;
        m[5] = ar * idI + ai * idR;
    }

    /** Re Σ_ab x_a S_ab conj(y_b) for a general complex 2×2 S (00, 01, 10, 11). */
    private static double quadRe(double x0r, double x0i, double x1r, double x1i, double[] s,
            double y0r, double y0i, double y1r, double y1i) {
        // S y* : c_a = Σ_b S_ab conj(y_b)
        double c0r = s[0] * y0r + s[1] * y0i + s[2] * y1r + s[3] * y1i;
        double c0i = s[1] * y0r - s[0] * y0i + s[3] * y1r - s[2] * y1i;
        double c1r = s[4] * y0r + s[5] * y0i + s[6] * y1r + s[7] * y1i;
        double c1i = s[5] * y0r - s[4] * y0i + s[7] * y1r - s[6] * y1i;
        return x0r * c0r - x0i * c0i + x1r * c1r - x1i * c1i;
    }

    /** Im Σ_ab x_a S_ab conj(y_b). */
    private static double quadIm(double x0r, double x0i, double x1r, double x1i, double[] s,
            double y0r, double y0i, double y1r, double y1i) {
        double c0r = s[0] * y0r + s[1] * y0i + s[2] * y1r + s[3] * y1i;
        double c0i = s[1] * y0r - s[0] * y0i + s[3] * y1r - s[2] * y1i;
        double c1r = s[4] * y0r + s[5] * y0i + s[6] * y1r + s[7] * y1i;
        double c1i = s[5] * y0r - s[4] * y0i + s[7] * y1r - s[6] * y1i;
        return x0r * c0i + x0i * c0r + x1r * c1i + x1i * c1r;
    }
}
