package org.andreev.neck;

import java.util.Arrays;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.SelfHeating;
import org.andreev.material.Material;
import org.andreev.superconductor.BcsGap;

/**
 * The dV/dI background of a neck without phase slips from the MAR engine (physics.md B3, B4): the
 * current I(V) of a heated point contact ({@link SelfHeating}: banks of gap Δ(T_local(V)) at
 * T_local(V)² = T_bath² + αV²/(4L_0), a Dynes η, and a set of channels, by default the diffusive
 * Dorokhov ensemble of R_N) computed on a bias grid and interpolated by the natural cubic spline
 * ({@link #splineSlopes}: C², so dI/dV is smooth across the nodes); dI/dV &gt; 0 is checked on a fine
 * sub-grid. So a synthetic sweep has the sub-harmonic gap structure at 2Δ(T_local)/n
 * and the heating distortion of seed 000 Fig. 1 under its phase-slip and N-S peaks.
 *
 * <p>In the current-biased sweep the background is needed as a function of the current: V_bg(I) is
 * the inverse of the interpolated I(V) (solved on its grid interval by safeguarded Newton steps) and
 * dV/dI = 1/(dI/dV) there. The inverse needs I(V) to rise: a conductance ≤ 0 anywhere on the grid
 * (thermal run-away: a heating fraction that takes T_local to T_c inside the sweep) is refused.
 *
 * <p><i>Interpretation (stated):</i> under field the MAR features are "smoothed" (seed 000 on Fig. 2);
 * here that is a Dynes η of the banks and nothing else, the gap itself is not reduced by the field,
 * and the background is the same at every field.
 */
public final class MarBackground implements PhaseSlipSweeps.Background {

    private final double[] v;
    private final double[] i;
    private final double[] g;
    private final double normalResistance;

    private MarBackground(double[] v, double[] i, double[] g, double normalResistance) {
        this.v = v;
        this.i = i;
        this.g = g;
        this.normalResistance = normalResistance;
    }

    /**
     * The background of a heated contact.
     *
     * @param gap      the banks' BCS gap (Δ(0), T_c)
     * @param bath     T_bath, K
     * @param alpha    heating fraction α ∈ [0, 1]
     * @param eta      Dynes η (in units of Δ, ≥ 0)
     * @param channels the contact's channels
     * @param vMin     lowest bias of the grid, V (&gt; 0)
     * @param vMax     highest bias of the grid, V (&gt; vMin)
     * @param points   grid points (≥ 8), evenly spaced
     * @throws IllegalArgumentException when dI/dV ≤ 0 at a grid point (the message names the bias)
     */
    public static MarBackground of(BcsGap gap, double bath, double alpha, double eta, ChannelSet channels, double vMin,
            double vMax, int points) {
        if (!(vMin > 0) || !(vMax > vMin) || Double.isInfinite(vMax) || points < 8) {
            throw new IllegalArgumentException("MAR background grid: need 0 < Vmin < Vmax and >= 8 points, got "
                    + vMin + " V, " + vMax + " V, " + points);
        }
        double[] v = new double[points];
        for (int k = 0; k < points; k++) {
            v[k] = k == points - 1 ? vMax : vMin + (vMax - vMin) * k / (points - 1);
        }
        SelfHeating heating = new SelfHeating(gap, bath, alpha);
        double[] i = heating.currentOnly(channels, eta, v);
        double[] g = splineSlopes(v, i);
        for (int k = 0; k + 1 < points; k++) {
            // dI/dV > 0 on every interval, checked on a fine sub-grid of the interpolant
            for (int q = 0; q <= 8; q++) {
                double h = v[k + 1] - v[k];
                double slope = hermiteSlope(i[k], i[k + 1], g[k] * h, g[k + 1] * h, q / 8.0) / h;
                if (!(slope > 0) || !Double.isFinite(i[k])) {
                    double at = v[k] + h * q / 8.0;
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "MAR background: dI/dV = %.4g S at V = %.4g mV (T_local = %.3f K): the heated I(V) does"
                                    + " not rise there (thermal run-away); lower the heating fraction alpha = %s",
                            slope, at * 1e3, heating.localTemperature(at), alpha));
                }
            }
        }
        return new MarBackground(v, i, g, channels.normalResistance());
    }

    /**
     * The slopes at the nodes of the natural cubic spline through (v_k, i_k) (second derivative 0 at
     * both ends; the tridiagonal system solved by the Thomas algorithm): written as cubic Hermite pieces
     * with these slopes, the interpolant is C², so dI/dV and dV/dI have no kinks at the nodes (a kink
     * would be a spurious narrow structure for the peak detector).
     */
    static double[] splineSlopes(double[] v, double[] i) {
        int n = v.length;
        double[] h = new double[n - 1];
        double[] d = new double[n - 1];
        for (int k = 0; k + 1 < n; k++) {
            h[k] = v[k + 1] - v[k];
            d[k] = (i[k + 1] - i[k]) / h[k];
        }
        // unknown slopes m_k: 2 m_0 + m_1 = 3 d_0; h_k m_{k-1} + 2(h_{k-1} + h_k) m_k + h_{k-1} m_{k+1}
        // = 3(h_k d_{k-1} + h_{k-1} d_k); m_{n-2} + 2 m_{n-1} = 3 d_{n-2}
        double[] lower = new double[n];
        double[] diag = new double[n];
        double[] upper = new double[n];
        double[] rhs = new double[n];
        diag[0] = 2;
        upper[0] = 1;
        rhs[0] = 3 * d[0];
        for (int k = 1; k + 1 < n; k++) {
            lower[k] = h[k];
            diag[k] = 2 * (h[k - 1] + h[k]);
            upper[k] = h[k - 1];
            rhs[k] = 3 * (h[k] * d[k - 1] + h[k - 1] * d[k]);
        }
        lower[n - 1] = 1;
        diag[n - 1] = 2;
        rhs[n - 1] = 3 * d[n - 2];
        for (int k = 1; k < n; k++) {
            double f = lower[k] / diag[k - 1];
            diag[k] -= f * upper[k - 1];
            rhs[k] -= f * rhs[k - 1];
        }
        double[] m = new double[n];
        m[n - 1] = rhs[n - 1] / diag[n - 1];
        for (int k = n - 2; k >= 0; k--) {
            m[k] = (rhs[k] - upper[k] * m[k + 1]) / diag[k];
        }
        return m;
    }

    /** Δ(0) = 1.35 meV, T_c = 7.2 K of Pb ({@link Material#LEAD}). */
    static BcsGap lead() {
        return new BcsGap(Material.LEAD.gap(), Material.LEAD.criticalTemperature());
    }

    /**
     * The seed-000 neck's background: Pb banks at a 4.2 K bath, R_N = 5 Ω as a Dorokhov ensemble (the
     * 8-point rule of seed 000 Fig. 1, {@code ChannelSet.dorokhov(5, 1e-10, 2, 4)}), heating fraction
     * α = 0.02 (T_local = 5.85 K at 9 mV, below T_c throughout), and the MAR structure smoothed as the
     * seed sees it under field by a Dynes η equal to the seed's pair-breaking estimate in that field
     * range, ħ/τ_PB = 0.2 k_BT_c = 0.124 meV, i.e. η = 0.2 k_BT_c/Δ(0) = 0.092; 0.4–10 mV on 121 points
     * (0.08 mV apart).
     */
    public static MarBackground seed000() {
        return Seed000.BACKGROUND;
    }

    /** η of the seed-000 background: 0.2 k_BT_c/Δ(0) of Pb (see {@link #seed000()}). */
    public static final double SEED_ETA = 0.2 * org.andreev.units.PhysicalConstants.K_BOLTZMANN
            * Material.LEAD.criticalTemperature() / Material.LEAD.gap();

    /** Computed once (a few hundred MAR points on all cores). */
    private static final class Seed000 {
        static final MarBackground BACKGROUND = of(lead(), 4.2, 0.02, SEED_ETA,
                ChannelSet.dorokhov(5.0, ChannelSet.DOROKHOV_TAU_MIN, 2, 4), 0.4e-3, 10e-3, 121);
    }

    @Override
    public double normalResistance() {
        return normalResistance;
    }

    /** The lowest current the background is defined at, A. */
    @Override
    public double minCurrent() {
        return i[0];
    }

    /** The highest, A. */
    @Override
    public double maxCurrent() {
        return i[i.length - 1];
    }

    /** The interpolated I(V), A, for V on the grid. */
    public double current(double voltage) {
        int k = interval(v, voltage);
        double h = v[k + 1] - v[k];
        double t = (voltage - v[k]) / h;
        return hermite(i[k], i[k + 1], g[k] * h, g[k + 1] * h, t);
    }

    /** The interpolated dI/dV, S. */
    public double conductance(double voltage) {
        int k = interval(v, voltage);
        double h = v[k + 1] - v[k];
        double t = (voltage - v[k]) / h;
        return hermiteSlope(i[k], i[k + 1], g[k] * h, g[k + 1] * h, t) / h;
    }

    @Override
    public double voltage(double current) {
        int k = interval(i, current);
        double h = v[k + 1] - v[k];
        double m0 = g[k] * h;
        double m1 = g[k + 1] * h;
        double lo = 0;
        double hi = 1;
        double t = (current - i[k]) / (i[k + 1] - i[k]);
        for (int it = 0; it < 60; it++) {
            double f = hermite(i[k], i[k + 1], m0, m1, t) - current;
            if (f > 0) {
                hi = t;
            } else {
                lo = t;
            }
            double d = hermiteSlope(i[k], i[k + 1], m0, m1, t);
            double next = d > 0 ? t - f / d : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - t) <= 1e-15) {
                t = next;
                break;
            }
            t = next;
        }
        return v[k] + h * t;
    }

    @Override
    public double resistance(double current) {
        return 1 / conductance(voltage(current));
    }

    private static int interval(double[] a, double at) {
        if (!(at >= a[0] && at <= a[a.length - 1])) {
            throw new IllegalArgumentException("MAR background: " + at + " is outside its grid [" + a[0] + ", "
                    + a[a.length - 1] + "]");
        }
        int k = Arrays.binarySearch(a, at);
        if (k < 0) {
            k = -k - 2;
        }
        return Math.min(Math.max(k, 0), a.length - 2);
    }

    private static double hermite(double p0, double p1, double m0, double m1, double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * p0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * p1 + (t3 - t2) * m1;
    }

    private static double hermiteSlope(double p0, double p1, double m0, double m1, double t) {
        double t2 = t * t;
        return (6 * t2 - 6 * t) * p0 + (3 * t2 - 4 * t + 1) * m0 + (-6 * t2 + 6 * t) * p1 + (3 * t2 - 2 * t) * m1;
    }
}
