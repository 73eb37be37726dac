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
 * the sites passed falls below {@value #CHAIN_EPSILON} (the weight of everything beyond; the
 * spectral densities near an edge are of order 1/η, so the neglected part is ≲ 1e-7 of them, and the
 * node-doubling and Averin–Bardas tests find no trace of it above the 1e-12 eΔ/h floor: changing
 * the cut from 1e-12 to 1e-10 moved no current of 4500 (τ, V, bank) points by more than 0.07 of the
 * 1e-6 tolerance, and none above 1e-4 eΔ/h by more than 6e-10 of itself).
 *
 * <p><b>Cost.</b> Per energy node one pass computes the sites outward from 0 (two square roots,
 * one division each) and one sweep per side and transmission dresses them inward (one complex
 * 2×2 inverse each); {@link #currents} shares the sites among many transmissions. Per bias the
 * work is (nodes) × (harmonics ∝ 2Δ/eV): docs/performance.md has the table.
 *
 * <p><b>Energy integral.</b> The integrand has inverse-square-root edges at ω = ±Δ_n − n·eV (every
 * site's gap edges) and, at T = 0, jumps at ω = −n·eV (every site's Fermi edge). All edges inside
 * the core |ω| ≤ Δ_max + M·eV are breakpoints of the {@link PanelBuilder} with a square-root
 * substitution on both sides and grading down to the Dynes width; M is the smallest number of
 * harmonics beyond the gap over which the Andreev amplitudes damp an edge's weight below
 * {@value #EDGE_EPSILON}. An edge h harmonics beyond the gap reaches the current through the h
 * Andreev reflections between it and the gap, so the structure it adds is weaker by their weight
 * W = Π a² than that of an edge in the gap; where W &lt; {@value #FAR_WEIGHT} it is graded down to
 * η·{@value #FAR_WEIGHT}/W instead of η (at most {@value #FAR_WIDTH}·min(1, eV/Δ)): with the
 * 12-point, grading-3 rule of {@link MarCurrent} about a quarter of the nodes fewer than the
 * 8-point, grading-2 rule with every edge graded to η, and more accurate (docs/performance.md).
 * Beyond the core the
 * 1/|ω|³ tail (CMLY Sec. III) is mapped onto a finite panel (x = X/s): nothing is cut off.
 */
final class MarKernel {

    /** Weight of the chain beyond its cut (product of Andreev reflection probabilities). */
    static final double CHAIN_EPSILON = 1e-10;
    /**
     * Andreev weight W of a gap edge beyond the gap below which its grading stops short of the Dynes
     * width η: it is graded down to η·{@value #FAR_WEIGHT}/W (at most {@value #FAR_WIDTH}·min(1, eV/Δ)),
     * since the structure it adds to the integrand is W times weaker (class comment).
     */
    static final double FAR_WEIGHT = 0.3;
    /** The widest grading width of a far gap edge, in units of min(1, eV/Δ). */
    static final double FAR_WIDTH = 0.25;
    /** Weight of a gap edge outside the core below which it is not a breakpoint. */
    static final double EDGE_EPSILON = 1e-10;
    /**
     * The smallest Dynes η the sites use: η = 0 (the BCS limit) is evaluated at η = 1e-12, which
     * keeps the chain's real-axis poles (the sharp MAR resonances of a tiny τ) and the gap edges
     * themselves off the quadrature nodes (at η = 0 exactly a node could divide by zero: NaN), and
     * is far below every structure the panels resolve (their narrowest width is 1e-9).
     */
    static final double ETA_FLOOR = 1e-12;
    /** The largest number of harmonics on either side of the chain. */
    static final int MAX_HARMONICS = 200_000;

    private final PanelBuilder panels;
    private final QuadratureNodes nodes = new QuadratureNodes();
    private double[] breaks = new double[64];
    private double[] fermi = new double[64];
    private double[] farW = new double[64];

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

    /**
     * @param order   Gauss–Legendre points per panel
     * @param grading panel length / (distance to the nearest edge + its width)
     */
    MarKernel(int order, double grading) {
        this(order, grading, FAR_WEIGHT);
    }

    /**
     * As {@link #MarKernel(int, double)} with the far edges' weight threshold {@code farWeight}
     * (0: every edge graded down to η, for the tests' reference rule).
     */
    MarKernel(int order, double grading, double farWeight) {
        panels = new PanelBuilder(order, grading);
        this.farWeight = farWeight;
    }

    private final double farWeight;

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
        // the Andreev weight of an edge h harmonics beyond the gap: farW[h] = Π_{l ≤ h} a(dMax + l·v)²
        farW = grow(farW, m + 1);
        farW[0] = 1;
        for (int i = 1; i <= m; i++) {
            double a = andreevAmplitude(dMax + i * vv, dMax);
            farW[i] = farW[i - 1] * a * a;
        }
        panels.reset(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).tails(0.0, PanelBuilder.DEFAULT_TAIL_RATIO);
        double last = Double.NaN;
        for (int i = 0; i < nb; i++) {
            double c = breaks[i];
            if (Math.abs(c - last) <= 1e-12 * (1.0 + Math.abs(c))) {
                continue; // coinciding edges (eV = (Δ_L + Δ_R)/n and the like) are one breakpoint
            }
            double wc = width;
            double ac = Math.abs(c);
            if (ac > dMax) {
                // h harmonics beyond the gap: the edge's site reaches the bond next to site 0 through
                // the h − 1 Andreev reflections of the sites between (site 0's own is not on the way)
                int h = Math.min(m, (int) Math.floor((ac - dMax) / vv + 1e-9));
                double wgt = h >= 1 ? farW[h - 1] : 1.0;
                if (wgt < farWeight) {
                    wc = Math.min(width * farWeight / wgt, FAR_WIDTH * Math.min(vv, 1.0));
                    wc = Math.max(wc, width);
                }
            }
            panels.sqrtEdge(c, wc, PanelBuilder.Side.BOTH);
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
        return n < a.length ? a : Arrays.copyOf(a, Math.max(2 * a.length, n + 1));
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
        sites(x);
        one[0] = t;
        sweeps(one, 1);
        return assemble(one, 0, 1);
    }

    private final double[] one = new double[1];

    /**
     * The reduced currents of several transmissions at one bias, sharing the layout and every
     * site's Green function (only the hopping differs between them), their chains interleaved so
     * that the processor overlaps them: {@code out[j]} = i(τ_j).
     */
    void currents(double[] taus, double vv, double dr, double etaL, double th, double[] out) {
        layout(vv, dr, etaL, th);
        int m = taus.length;
        if (hops.length < m) {
            hops = new double[m];
        }
        for (int j = 0; j < m; j++) {
            setHopping(taus[j]);
            hops[j] = t;
            out[j] = 0;
        }
        int size = nodes.size();
        double[] xs = nodes.xs();
        double[] ws = nodes.weights();
        for (int k = 0; k < size; k++) {
            sites(xs[k]);
            sweeps(hops, m);
            double w = ws[k];
            for (int j = 0; j < m; j++) {
                out[j] += w * assemble(hops, j, m);
            }
        }
    }

    private double[] hops = new double[0];

    // ---- site data of the current energy: 6 doubles per site (p, q complex; Γ/i = [[A, B], [B, A]])
    private static final int P_R = 0;
    private static final int P_I = 1;
    private static final int Q_R = 2;
    private static final int Q_I = 3;
    private static final int G_A = 4;
    private static final int G_B = 5;
    private static final int STRIDE = 6;
    /** Sites 0, 1, …, nPlus (the right side of the chain). */
    private double[] right = new double[STRIDE * 64];
    /** Sites −1, −2, …, −nMinus at index 1 … nMinus (index 0 unused). */
    private double[] left = new double[STRIDE * 64];
    private int nPlus;
    private int nMinus;

    /**
     * Computes the site quantities of the chain at energy x outward from site 0 and cuts each side
     * where the product of the Andreev reflection probabilities |a|² of the sites passed falls
     * below {@value #CHAIN_EPSILON} (at least two sites a side). |a| = Δ/(|ω| + sqrt(ω² − Δ²))
     * outside the gap uses the site's |Im sqrt(Δ² − z²)| for sqrt(ω² − Δ²) (equal at η = 0, larger
     * by O(η²) otherwise); |a| = 1 in the gap.
     */
    private void sites(double x) {
        site(x, 0, right, 0);
        nPlus = side(x, +1);
        nMinus = side(x, -1);
    }

    private int side(double x, int dir) {
        double inverseWeight = 1; // 1/Π|a|²
        int n = 0;
        while (n < MAX_HARMONICS) {
            n++;
            double[] data;
            if (dir > 0) {
                right = grow(right, STRIDE * (n + 1));
                data = right;
            } else {
                left = grow(left, STRIDE * (n + 1));
                data = left;
            }
            double w = site(x, dir * n, data, STRIDE * n);
            double d = (n & 1) == 0 ? 1.0 : dR;
            double aw = Math.abs(w);
            if (aw > d) {
                double r = (aw + siteRoot) / d; // 1/|a|
                inverseWeight *= r * r;
            }
            if (inverseWeight > 1.0 / CHAIN_EPSILON && n >= 2) {
                break;
            }
        }
        return n;
    }

    /**
     * The results of one side's sweep for each of m transmissions (index j): ĝ_{±1} (symmetric:
     * 00, 01, 11), S_{±1}/i = [[a, b], [b, d]] and the diagonal of M_{±1} before inversion (its
     * off-diagonal is q_{±1}). S matrices are i times a real symmetric matrix: Γ_k is, and the
     * dressing (ĝV)ᵀ S conj(ĝV) keeps the form.
     */
    private static final class ChainState {
        double[] g00r = new double[1];
        double[] g00i = new double[1];
        double[] g01r = new double[1];
        double[] g01i = new double[1];
        double[] g11r = new double[1];
        double[] g11i = new double[1];
        double[] sa = new double[1];
        double[] sb = new double[1];
        double[] sd = new double[1];
        double[] m00r = new double[1];
        double[] m00i = new double[1];
        double[] m11r = new double[1];
        double[] m11i = new double[1];

        void ensure(int m) {
            if (g00r.length < m) {
                g00r = new double[m];
                g00i = new double[m];
                g01r = new double[m];
                g01i = new double[m];
                g11r = new double[m];
                g11i = new double[m];
                sa = new double[m];
                sb = new double[m];
                sd = new double[m];
                m00r = new double[m];
                m00i = new double[m];
                m11r = new double[m];
                m11i = new double[m];
            }
        }
    }

    private final ChainState rightState = new ChainState();
    private final ChainState leftState = new ChainState();
    private double[] hopSquares = new double[1];

    /** Both sweeps of the chain for the hoppings {@code hop[0 .. m)} on the site data of {@link #sites}. */
    private void sweeps(double[] hop, int m) {
        rightState.ensure(m);
        leftState.ensure(m);
        if (hopSquares.length < m) {
            hopSquares = new double[m];
        }
        for (int j = 0; j < m; j++) {
            hopSquares[j] = hop[j] * hop[j];
        }
        start(right, nPlus, m, rightState);
        start(left, nMinus, m, leftState);
        // the two sides' recursions are independent: interleaved, the processor overlaps their
        // dependency chains (a division each step), which one side alone leaves idle when m is small
        for (int kr = nPlus - 1, kl = nMinus - 1; kr >= 1 || kl >= 1; kr--, kl--) {
            if (kr >= 1) {
                stepAt(right, kr, true, m, rightState);
            }
            if (kl >= 1) {
                stepAt(left, kl, false, m, leftState);
            }
        }
    }

    /**
     * One side of the chain is swept from its cut inward to the site next to 0, into {@code st}
     * ({@link ChainState}): {@link #start} at the cut (site n), then {@link #stepAt} for k = n − 1 … 1.
     * Site k of the right side couples to k + 1 by its electron component for even k, site −j of the
     * left side to −j − 1 by its electron component for odd j; a hole bond is the electron step with
     * the components 0 and 1 exchanged.
     */
    private static void start(double[] data, int n, int m, ChainState st) {
        int o = STRIDE * n;
        for (int j = 0; j < m; j++) {
            st.g00r[j] = -data[o + P_R];
            st.g00i[j] = -data[o + P_I];
            st.g01r[j] = data[o + Q_R];
            st.g01i[j] = data[o + Q_I];
            st.g11r[j] = -data[o + P_R];
            st.g11i[j] = -data[o + P_I];
            st.sa[j] = data[o + G_A];
            st.sd[j] = data[o + G_A];
        }
        // S_cx and M are written by the last step (stepAt, the site next to 0; n ≥ 2, so there is one)
    }

    /** The step of {@link #start}'s side at site k (≥ 1). */
    private void stepAt(double[] data, int k, boolean rightSide, int m, ChainState st) {
        int o = STRIDE * k;
        boolean last = k == 1;
        if (((k & 1) == 0) == rightSide) {
            step(data, o, m, last, st.g00r, st.g00i, st.g11r, st.g11i, st.sa, st.sd, st.m00r, st.m00i, st.m11r, st.m11i,
                    st);
        } else {
            step(data, o, m, last, st.g11r, st.g11i, st.g00r, st.g00i, st.sd, st.sa, st.m11r, st.m11i, st.m00r, st.m00i,
                    st);
        }
    }

    /**
     * Dresses the site at {@code data[o ..]} by its neighbour through the bond component c, for
     * every transmission: the arrays named c hold that component (ĝ[c][c], H_cc, M_cc), those named
     * x the other one. σ = uᵀ H conj(u) with u = ĝ[:, c]; M = g⁻¹ − t² ĝ[c][c] e_c e_cᵀ;
     * ĝ = M⁻¹ = [[M_xx, −q], [−q, M_cc]]/det with the diagonal exchanged; S/i = Γ/i + t² σ e_c e_cᵀ.
     *
     * <p>The bonds alternate between the components, so of the neighbour's H only the x component
     * depends on the transmission: H_cc and H_cx are the neighbour's own Γ/i (A and B, read from its
     * site data, {@code data[o + STRIDE ..]}), and this step's H_xx = A, H_cx = B and M_xx = p are the
     * site's own values, the same for every transmission. Only the transmission-dependent parts are
     * stored per transmission; the others, and M (read by {@link #assemble} only), are written at the
     * last step ({@code last}, the site next to 0).
     */
    private void step(double[] data, int o, int m, boolean last, double[] gcr, double[] gci, double[] gxr,
            double[] gxi, double[] hc, double[] hx, double[] mcr, double[] mci, double[] mxr, double[] mxi,
            ChainState st) {
        double pr = data[o + P_R];
        double pi = data[o + P_I];
        double qr = data[o + Q_R];
        double qi = data[o + Q_I];
        double qqr = qr * qr - qi * qi;
        double qqi = 2 * qr * qi;
        double ga = data[o + G_A];
        double gb = data[o + G_B];
        // the neighbour's H_cc and H_cx: its own Γ/i (A, B)
        double hcc = data[o + STRIDE + G_A];
        double hcx = data[o + STRIDE + G_B];
        double[] g01r = st.g01r;
        double[] g01i = st.g01i;
        double[] t2s = hopSquares;
        for (int j = 0; j < m; j++) {
            double t2 = t2s[j];
            double ur = gcr[j];
            double ui = gci[j];
            double wr = g01r[j];
            double wi = g01i[j];
            double sigma = hcc * (ur * ur + ui * ui) + hx[j] * (wr * wr + wi * wi) + 2 * hcx * (ur * wr + ui * wi);
            double cr = pr - t2 * ur;
            double ci = pi - t2 * ui;
            double detR = cr * pr - ci * pi - qqr;
            double detI = cr * pi + ci * pr - qqi;
            double inv = 1.0 / (detR * detR + detI * detI);
            double idR = detR * inv;
            double idI = -detI * inv;
            gcr[j] = pr * idR - pi * idI;
            gci[j] = pr * idI + pi * idR;
            gxr[j] = cr * idR - ci * idI;
            gxi[j] = cr * idI + ci * idR;
            g01r[j] = -(qr * idR - qi * idI);
            g01i[j] = -(qr * idI + qi * idR);
            hc[j] = ga + t2 * sigma;
            if (last) {
                mcr[j] = cr;
                mci[j] = ci;
            }
        }
        if (last) {
            double[] sb = st.sb;
            for (int j = 0; j < m; j++) {
                hx[j] = ga;
                sb[j] = gb;
                mxr[j] = pr;
                mxi[j] = pi;
            }
        }
    }

    /**
     * The spectral current of transmission j (of m) from the two sweeps: the Green functions at
     * sites 0 and ±1 of the full chain and G^&lt; (class comment).
     */
    private double assemble(double[] hopping, int j, int m) {
        double hop = hopping[j];
        double t2 = hop * hop;
        ChainState rs = rightState;
        ChainState ls = leftState;
        double r00r = rs.g00r[j];
        double r00i = rs.g00i[j];
        double r01r = rs.g01r[j];
        double r01i = rs.g01i[j];
        double ra = rs.sa[j];
        double rb = rs.sb[j];
        double rd = rs.sd[j];
        double m00r = rs.m00r[j];
        double m00i = rs.m00i[j];
        double m11r = rs.m11r[j];
        double m11i = rs.m11i[j];
        double g01r = ls.g01r[j];
        double g01i = ls.g01i[j];
        double g11r = ls.g11r[j];
        double g11i = ls.g11i[j];
        double la = ls.sa[j];
        double lb = ls.sb[j];
        double ld = ls.sd[j];
        double n00r = ls.m00r[j];
        double n00i = ls.m00i[j];
        double n11r = ls.m11r[j];
        double n11i = ls.m11i[j];

        // ---- site 0
        double p0r = right[P_R];
        double p0i = right[P_I];
        double q0r = right[Q_R];
        double q0i = right[Q_I];
        double ga0 = right[G_A];
        double gb0 = right[G_B];
        double qq0r = q0r * q0r - q0i * q0i;
        double qq0i = 2 * q0r * q0i;
        // Σ from the right: t² ĝR_1[0,0] at (0,0); from the left: t² ĝL_{−1}[1,1] at (1,1)
        double a00r = p0r - t2 * r00r;
        double a00i = p0i - t2 * r00i;
        double a11r = p0r - t2 * g11r;
        double a11i = p0i - t2 * g11i;
        // G00 = inv([[a00, q0], [q0, a11]]) = [[a11, −q0], [−q0, a00]]/det
        double detR = a00r * a11r - a00i * a11i - qq0r;
        double detI = a00r * a11i + a00i * a11r - qq0i;
        double inv = 1.0 / (detR * detR + detI * detI);
        double idR = detR * inv;
        double idI = -detI * inv;
        double h00r = a11r * idR - a11i * idI;
        double h00i = a11r * idI + a11i * idR;
        double h01r = -(q0r * idR - q0i * idI);
        double h01i = -(q0r * idI + q0i * idR);
        double h11r = a00r * idR - a00i * idI;
        double h11i = a00r * idI + a00i * idR;
        // ĝL_0[0,0] = (p0 − ΣL)/(p0 (p0 − ΣL) − q0²);  ĝR_0[1,1] = (p0 − ΣR)/((p0 − ΣR) p0 − q0²)
        // (one division per complex ratio a/b = a·conj(b)/|b|²)
        double blr = p0r * a11r - p0i * a11i - qq0r;
        double bli = p0r * a11i + p0i * a11r - qq0i;
        double bl = 1.0 / (blr * blr + bli * bli);
        double glr = (a11r * blr + a11i * bli) * bl;
        double gli = (a11i * blr - a11r * bli) * bl;
        double brr = a00r * p0r - a00i * p0i - qq0r;
        double bri = a00r * p0i + a00i * p0r - qq0i;
        double br = 1.0 / (brr * brr + bri * bri);
        double grr = (a00r * brr + a00i * bri) * br;
        double gri = (a00i * brr - a00r * bri) * br;

        // G11[:, 0] of inv(M_1 − t² ĝL_0[0,0] e0e0ᵀ), M_1 = [[m00, q1], [q1, m11]]
        double q1r = right[STRIDE + Q_R];
        double q1i = right[STRIDE + Q_I];
        double e00r = m00r - t2 * glr;
        double e00i = m00i - t2 * gli;
        detR = e00r * m11r - e00i * m11i - (q1r * q1r - q1i * q1i);
        detI = e00r * m11i + e00i * m11r - 2 * q1r * q1i;
        inv = 1.0 / (detR * detR + detI * detI);
        idR = detR * inv;
        idI = -detI * inv;
        double k00r = m11r * idR - m11i * idI;
        double k00i = m11r * idI + m11i * idR;
        double k10r = -(q1r * idR - q1i * idI);
        double k10i = -(q1r * idI + q1i * idR);
        // G_{−1,−1}[:, 1] of inv(M_{−1} − t² ĝR_0[1,1] e1e1ᵀ), M_{−1} = [[n00, q_{−1}], [q_{−1}, n11]]
        double qmr = left[STRIDE + Q_R];
        double qmi = left[STRIDE + Q_I];
        double e11r = n11r - t2 * grr;
        double e11i = n11i - t2 * gri;
        detR = n00r * e11r - n00i * e11i - (qmr * qmr - qmi * qmi);
        detI = n00r * e11i + n00i * e11r - 2 * qmr * qmi;
        inv = 1.0 / (detR * detR + detI * detI);
        idR = detR * inv;
        idI = -detI * inv;
        double l01r = -(qmr * idR - qmi * idI);
        double l01i = -(qmr * idI + qmi * idR);
        double l11r = n00r * idR - n00i * idI;
        double l11i = n00r * idI + n00i * idR;

        // G10[i][j] = t u_i G00[0][j], u = ĝR_1[:, 0] = (r00, r01)
        double f00r = hop * (r00r * h00r - r00i * h00i);
        double f00i = hop * (r00r * h00i + r00i * h00r);
        double f01r = hop * (r00r * h01r - r00i * h01i);
        double f01i = hop * (r00r * h01i + r00i * h01r);
        double f10r = hop * (r01r * h00r - r01i * h00i);
        double f10i = hop * (r01r * h00i + r01i * h00r);
        // G_{−1,0}[i][j] = −t w_i G00[1][j], w = ĝL_{−1}[:, 1] = (g01, g11)
        double e01r = -hop * (g01r * h11r - g01i * h11i);
        double e01i = -hop * (g01r * h11i + g01i * h11r);
        double e10r = -hop * (g11r * h01r - g11i * h01i);
        double e10i = -hop * (g11r * h01i + g11i * h01r);
        double e11ar = -hop * (g11r * h11r - g11i * h11i);
        double e11ai = -hop * (g11r * h11i + g11i * h11r);

        // S^L_0/i = Γ_0/i + t² σL e1e1ᵀ, σL = wᵀ H^L_{−1} conj(w); S^R_0/i = Γ_0/i + t² σR e0e0ᵀ
        double sigL = form(g01r, g01i, g11r, g11i, la, lb, ld, g01r, g01i, g11r, g11i);
        double sigR = form(r00r, r00i, r01r, r01i, ra, rb, rd, r00r, r00i, r01r, r01i);
        // G^<_{1,0}[0,0] = Σ G11[a][0] S^R_1[a][b] conj(G10[b][0]) + Σ G10[0][a] S^L_0[a][b] conj(G00[b][0])
        double lessR = reI(k00r, k00i, k10r, k10i, ra, rb, rd, f00r, f00i, f10r, f10i)
                + reI(f00r, f00i, f01r, f01i, ga0, gb0, ga0 + t2 * sigL, h00r, h00i, h01r, h01i);
        // G^<_{−1,0}[1,1] = Σ G_{−1,−1}[a][1] S^L_{−1}[a][b] conj(G_{−1,0}[b][1]) + Σ G_{−1,0}[1][a] S^R_0[a][b] conj(G00[b][1])
        double lessL = reI(l01r, l01i, l11r, l11i, la, lb, ld, e01r, e01i, e11ar, e11ai)
                + reI(e10r, e10i, e11ar, e11ai, ga0 + t2 * sigR, gb0, ga0, h01r, h01i, h11r, h11i);
        return 2.0 * hop * (lessR + lessL);
    }

    /** Σ_ab x_a H_ab conj(y_b) (real part) for real symmetric H = [[a, b], [b, d]] (x = y: the form is real). */
    private static double form(double x0r, double x0i, double x1r, double x1i, double a, double b, double d,
            double y0r, double y0i, double y1r, double y1i) {
        return a * (x0r * y0r + x0i * y0i) + d * (x1r * y1r + x1i * y1i)
                + b * (x0r * y1r + x0i * y1i + x1r * y0r + x1i * y0i);
    }

    /** Re Σ_ab x_a (iH)_ab conj(y_b) = −Im Σ_ab x_a H_ab conj(y_b), H = [[a, b], [b, d]] real symmetric. */
    private static double reI(double x0r, double x0i, double x1r, double x1i, double a, double b, double d,
            double y0r, double y0i, double y1r, double y1i) {
        // Im(x conj(y)) = x_i y_r − x_r y_i
        return -(a * (x0i * y0r - x0r * y0i) + d * (x1i * y1r - x1r * y1i)
                + b * (x0i * y1r - x0r * y1i + x1i * y0r - x1r * y0i));
    }

    /** |Im sqrt(Δ² − z²)| of the last {@link #site} (≈ sqrt(ω² − Δ²) outside the gap). */
    private double siteRoot;

    /**
     * Writes site k's quantities at energy x into {@code out[o ..]}: p = z/S, q = Δ/S with
     * S = sqrt(Δ² − z²), z = ω_k + iη_k, and Γ_k/i = 2f(ω_k/θ)·[[Im p, Im q], [Im q, Im p]]
     * as (A, B); returns ω_k.
     */
    private double site(double x, int k, double[] out, int o) {
        double d = (k & 1) == 0 ? 1.0 : dR;
        double e = Math.max(eta, ETA_FLOOR) * d;
        double w = x + k * v;
        // Δ² − z² = (Δ − w)(Δ + w) + η² − 2iwη
        double ar = (d - w) * (d + w) + e * e;
        double ai = -2.0 * w * e;
        // S = sqrt(Δ² − z²) = sr + i·si (principal root, sr ≥ 0) and 1/S = (ir + i·ii) = conj(S)/|S|²
        // with |S|² = r = |Δ² − z²|: one division for both the root's second component and 1/S
        double si;
        double ir;
        double ii;
        if (ai == 0.0 && ar < 0.0) {
            // η = 0 outside the gap: the retarded branch, S = −i sgn(ω) sqrt(ω² − Δ²)
            si = -Math.copySign(Math.sqrt(-ar), w);
            ir = 0.0;
            ii = -1.0 / si;
        } else {
            double r = Math.sqrt(ar * ar + ai * ai);
            if (ar >= 0) {
                double sr = Math.sqrt(0.5 * (r + ar));
                double inv = 1.0 / (sr * r); // 1/(sr·|S|²)
                si = 0.5 * ai * r * inv;
                ir = sr * sr * inv;
                ii = -0.5 * ai * inv;
            } else {
                double a = Math.sqrt(0.5 * (r - ar)); // |si|
                double inv = 1.0 / (a * r);
                si = Math.copySign(a, ai);
                ir = 0.5 * Math.abs(ai) * inv; // sr/|S|², sr = |ai|/(2a)
                ii = -si * a * inv;
            }
        }
        siteRoot = Math.abs(si);
        double pi = w * ii + e * ir;
        double qi = d * ii;
        out[o + P_R] = w * ir - e * ii;
        out[o + P_I] = pi;
        out[o + Q_R] = d * ir;
        out[o + Q_I] = qi;
        double f;
        if (theta > 0) {
            f = FermiDirac.occupation(w / theta);
        } else {
            f = w < 0 ? 1.0 : w > 0 ? 0.0 : 0.5;
        }
        // (g^r)⁻¹ − (g^a)⁻¹ = 2i Im(g^r⁻¹) elementwise (the matrix is symmetric)
        out[o + G_A] = 2.0 * f * pi;
        out[o + G_B] = 2.0 * f * qi;
        return w;
    }
}
