package org.andreev.data;

/**
 * The local background under one peak of a dV/dI(V) curve, in the current coordinate, and the
 * voltage step the peak carries (physics.md B7; {@link PeakDetector}, step 5).
 *
 * <p><b>Why the current.</b> A phase-slip (or N-S) switch is a jump s of V at fixed I: V(I) =
 * V_bg(I) + s·S(I − I_k) with S a smoothed unit step, so dV/dI = R_bg(I) + s·S′, and the step is
 * s = ∫(dV/dI − R_bg(I)) dI = ∫(1 − R_bg(I(V))/y) dV (dI = dV/y). The background to subtract is the
 * one at the same current. As a function of V it is not one smooth curve: past the peak every bias
 * is reached at the current of V − s, so the measured background is R_bg(I_bg(V − s)), shifted by
 * −s·dR/dV against the one before the peak (0.05–0.1 Ω under a 4 µV step on the steep sub-gap MAR
 * structure, several σ). A smooth fit in V bridges that offset and biases s. In the current
 * coordinate u(V) = ∫ dV/y (trapezoidal, from the data themselves, up to a constant that does not
 * matter) the background is smooth across the peak and the peak is additive: the quadratic fitted
 * here is a quadratic in u.
 *
 * <p><b>Where.</b> The step is integrated over [V_½− − E·W, V_½+ + E·W] (W the FWHM, V_½± the
 * half-height points, E = {@link #STEP_WIDTHS}); a logistic step's peak holds 99.0 % of its area
 * there (tanh 2.64), a peak with power-law tails less (a Lorentzian 80 %). The background is the
 * least-squares quadratic in u through the K nearest points on each side outside that interval and
 * outside the other peaks, K = max({@value #MIN_SIDE}, points in the interval): the window is set by
 * the peak's own width, so a narrow peak on a curved background gets a short window, whatever the
 * other peaks of the curve are. Width, position and the interval are iterated {@value #ITERATIONS}
 * times with the refitted background.
 *
 * <p><b>Uncertainty.</b> The step is linear in the data to first order; its standard deviation from
 * white noise σ on y is σ_s = σ sqrt(Σ_int (ω_j b_j/y_j²)² + vᵀG⁻¹v), the first term from the points
 * integrated (trapezoid weights ω_j), the second from the fitted background (G the normal matrix of
 * the quadratic, v = Σ_int (ω_j/y_j) φ(u_j)). It does not hold when the background is not
 * quadratic over the window (structure on the peak's own scale, e.g. a sub-harmonic gap feature
 * under a narrow peak); that is measured by the misfit (χ² − dof)/sqrt(2 dof) of the background
 * points, about N(0, 1) when the quadratic fits, and reported with the peak.
 */
final class PeakBaseline {
    private PeakBaseline() {}

    /** How far beyond the half-height points (in FWHM) the voltage step is integrated. */
    static final double STEP_WIDTHS = 1;

    /** The fewest background points on each side. */
    static final int MIN_SIDE = 8;

    /** The background window grows by this factor while the quadratic still fits ... */
    static final double GROWTH = 1.5;

    /** ... up to this many times its first size (K per side = points in the interval). */
    static final double GROWTH_LIMIT = 3.4;

    /** ... and while its misfit (χ² − dof)/sqrt(2 dof) stays at most this. */
    static final double WIDEN_MISFIT = 1;

    /** Refinements of the width, position and interval. */
    static final int ITERATIONS = 3;

    /**
     * The refined peak: position, height, width, step, its σ, the background at the position, and the background
     * fit's misfit (χ² − dof)/sqrt(2 dof) of its points against the noise σ (about N(0, 1) when the quadratic
     * describes the background within the noise).
     */
    record Fit(double position, double height, double width, double step, double stepError, double background,
            double misfit) {}

    /**
     * Refines one peak.
     *
     * @param x      biases, increasing
     * @param y      dV/dI
     * @param owner  per point: the index of the peak whose extended run holds it, or −1
     * @param self   this peak's index in {@code owner}
     * @param position, width the first estimates (from the global background)
     * @param sigma  the noise σ
     * @return the fit, or null when the background cannot be fitted (fewer than 3 points on a side, singular)
     * @throws IllegalArgumentException when y ≤ 0 inside the integration interval
     */
    static Fit refine(double[] x, double[] y, int[] owner, int self, double position, double width, double sigma) {
        Fit fit = null;
        double centre = position;
        double w = width;
        for (int it = 0; it < ITERATIONS && w > 0; it++) {
            Fit next = once(x, y, owner, self, centre, w, sigma);
            if (next == null) {
                break;
            }
            fit = next;
            centre = next.position();
            w = next.width();
        }
        return fit;
    }

    private static Fit once(double[] x, double[] y, int[] owner, int self, double position, double width,
            double sigma) {
        int n = x.length;
        double a = position - (0.5 + STEP_WIDTHS) * width;
        double b = position + (0.5 + STEP_WIDTHS) * width;
        int ia = lowerBound(x, a);
        int ib = lowerBound(x, b) - 1; // last point <= b (x[ib] < b or equal)
        while (ib + 1 < n && x[ib + 1] <= b) {
            ib++;
        }
        if (ia > ib || ia < 1 || ib > n - 2) {
            return null;
        }
        for (int k = ia; k <= ib; k++) {
            if (!(y[k] > 0)) {
                throw new IllegalArgumentException("dV/dI is " + y[k] + " Ohm <= 0 at V = " + x[k]
                        + " V inside a peak; the voltage step needs dV/dI > 0");
            }
        }
        int base = Math.max(MIN_SIDE, ib - ia + 1);
        Side best = null;
        for (double grow = 1; grow <= GROWTH_LIMIT; grow *= GROWTH) {
            Side fit = background(x, y, owner, self, ia, ib, (int) Math.round(base * grow), sigma);
            if (fit == null) {
                break;
            }
            if (best != null && fit.misfit() > WIDEN_MISFIT) {
                break; // wider would bend the quadratic away from the background under the peak
            }
            best = fit;
            if (fit.misfit() > WIDEN_MISFIT || fit.exhausted()) {
                break;
            }
        }
        if (best == null) {
            return null;
        }
        double[] u = best.u();
        int lo = best.lo();
        double origin = best.origin();
        double scale = best.scale();
        double[] c = best.c();
        double[][] normal = best.normal();
        double misfit = best.misfit();
        // residual, step (trapezoid in V of (y - b)/y, 0 just outside the interval) and its noise
        int from = ia - 1;
        int to = ib + 1;
        double[] r = new double[to - from + 1];
        double[] bg = new double[to - from + 1];
        double step = 0;
        double direct = 0;
        double[] v = new double[3];
        for (int q = from; q <= to; q++) {
            double t = (u[q - lo] - origin) / scale;
            bg[q - from] = c[0] + t * (c[1] + t * c[2]);
            r[q - from] = y[q] - bg[q - from];
        }
        for (int q = ia; q <= ib; q++) {
            double omega = 0.5 * (x[q + 1] - x[q - 1]);
            double t = (u[q - lo] - origin) / scale;
            step += omega * r[q - from] / y[q];
            double dy = omega * bg[q - from] / (y[q] * y[q]);
            direct += dy * dy;
            double wb = omega / y[q];
            v[0] += wb;
            v[1] += wb * t;
            v[2] += wb * t * t;
        }
        double[] gv = solve(normal, v);
        double fitted = gv == null ? 0 : v[0] * gv[0] + v[1] * gv[1] + v[2] * gv[2];
        double stepError = sigma * Math.sqrt(direct + fitted);
        // height and position: the highest residual in the interval and the vertex through its neighbours
        int top = ia;
        for (int q = ia; q <= ib; q++) {
            if (r[q - from] > r[top - from]) {
                top = q;
            }
        }
        double pos = x[top];
        double height = r[top - from];
        if (top > from && top < to) {
            double[] three = PeakDetector.vertexOfThree(x, r, top, from);
            if (three != null) {
                pos = three[0];
                height = three[1];
            }
        }
        // the noise lifts the highest sample (a maximum of noisy points), which would narrow the half-height width and
        // the interval: the vertex of the least-squares parabola through the points within 0.35 W of it (above about
        // 70 % of the height for a logistic step's peak) is used when there are at least 5 of them
        double[] top5 = vertex(x, r, from, to, pos, TOP_FRACTION * width);
        if (top5 != null) {
            pos = top5[0];
            height = top5[1];
        }
        if (!(height > 0)) {
            return null;
        }
        double half = 0.5 * height;
        int i = top;
        while (i > from && r[i - 1 - from] > half) {
            i--;
        }
        int j = top;
        while (j < to && r[j + 1 - from] > half) {
            j++;
        }
        double vl = i > from ? PeakDetector.cross(x[i - 1], r[i - 1 - from], x[i], r[i - from], half) : x[i];
        double vr = j < to ? PeakDetector.cross(x[j], r[j - from], x[j + 1], r[j + 1 - from], half) : x[j];
        // walking out from the top, noise takes a flank below half height early (the first crossing is biased
        // inward, the width low, by about the noise over the flank's slope); walking in from the interval's ends,
        // the last crossing is biased outward by as much: each half-height point is the mean of the two
        int i2 = from;
        while (i2 < top && !(r[i2 - from] > half)) {
            i2++;
        }
        int j2 = to;
        while (j2 > top && !(r[j2 - from] > half)) {
            j2--;
        }
        double vl2 = i2 > from ? PeakDetector.cross(x[i2 - 1], r[i2 - 1 - from], x[i2], r[i2 - from], half) : x[i2];
        double vr2 = j2 < to ? PeakDetector.cross(x[j2], r[j2 - from], x[j2 + 1], r[j2 + 1 - from], half) : x[j2];
        vl = 0.5 * (vl + vl2);
        vr = 0.5 * (vr + vr2);
        double bAt = bg[top - from];
        return new Fit(pos, height, vr - vl, step, stepError, bAt, misfit);
    }

    /** A background fit: the current coordinate from {@code lo}, its scaling, the quadratic, its normal matrix. */
    private record Side(double[] u, int lo, double origin, double scale, double[] c, double[][] normal, double misfit,
            boolean exhausted) {}

    /** The quadratic in u through k points on each side of [ia, ib]; null when it cannot be fitted. */
    private static Side background(double[] x, double[] y, int[] owner, int self, int ia, int ib, int k,
            double sigma) {
        int[] left = side(y, owner, self, ia - 1, -1, k);
        int[] right = side(y, owner, self, ib + 1, 1, k);
        if (left.length < 3 || right.length < 3) {
            return null;
        }
        int lo = left[left.length - 1];
        int hi = right[right.length - 1];
        // the current coordinate u = int dV / y from lo (dV/dI > 0 on [lo, hi]: checked by side() and the caller)
        double[] u = new double[hi - lo + 1];
        for (int q = lo + 1; q <= hi; q++) {
            u[q - lo] = u[q - lo - 1] + 0.5 * (1 / y[q] + 1 / y[q - 1]) * (x[q] - x[q - 1]);
        }
        double origin = u[(ia + ib) / 2 - lo];
        double scale = Math.max(u[hi - lo] - u[0], Double.MIN_NORMAL);
        double[] g = new double[5];
        double[] rhs = new double[3];
        for (int[] idx : new int[][] {left, right}) {
            for (int q : idx) {
                double t = (u[q - lo] - origin) / scale;
                double t2 = t * t;
                g[0] += 1;
                g[1] += t;
                g[2] += t2;
                g[3] += t2 * t;
                g[4] += t2 * t2;
                rhs[0] += y[q];
                rhs[1] += t * y[q];
                rhs[2] += t2 * y[q];
            }
        }
        double[][] normal = {{g[0], g[1], g[2]}, {g[1], g[2], g[3]}, {g[2], g[3], g[4]}};
        double[] c = solve(normal, rhs);
        if (c == null) {
            return null;
        }
        double chi2 = 0;
        for (int[] idx : new int[][] {left, right}) {
            for (int q : idx) {
                double t = (u[q - lo] - origin) / scale;
                double d = y[q] - (c[0] + t * (c[1] + t * c[2]));
                chi2 += d * d;
            }
        }
        int dof = left.length + right.length - 3;
        double misfit = (chi2 / (sigma * sigma) - dof) / Math.sqrt(2.0 * dof);
        return new Side(u, lo, origin, scale, c, normal, misfit, left.length < k || right.length < k);
    }

    /** Half-width (in FWHM) of the points the top's parabola is fitted through. */
    static final double TOP_FRACTION = 0.35;

    /** {position, height} of the least-squares parabola through r at |x − centre| ≤ half; null unless ≥ 5 points and a maximum. */
    private static double[] vertex(double[] x, double[] r, int from, int to, double centre, double half) {
        double[] s = new double[8];
        int m = 0;
        for (int q = from; q <= to; q++) {
            double t = (x[q] - centre) / half;
            if (Math.abs(t) <= 1) {
                double t2 = t * t;
                double v = r[q - from];
                s[0] += 1;
                s[1] += t;
                s[2] += t2;
                s[3] += t2 * t;
                s[4] += t2 * t2;
                s[5] += v;
                s[6] += t * v;
                s[7] += t2 * v;
                m++;
            }
        }
        if (m < 5) {
            return null;
        }
        double[] c = solve(new double[][] {{s[0], s[1], s[2]}, {s[1], s[2], s[3]}, {s[2], s[3], s[4]}},
                new double[] {s[5], s[6], s[7]});
        if (c == null || !(c[2] < 0)) {
            return null;
        }
        double t = -c[1] / (2 * c[2]);
        if (!(Math.abs(t) <= 1)) {
            return null;
        }
        return new double[] {centre + t * half, c[0] + t * (c[1] + t * c[2])};
    }

    /** Up to k indices from {@code start} in direction {@code dir} not owned by another peak, with y &gt; 0. */
    private static int[] side(double[] y, int[] owner, int self, int start, int dir, int k) {
        int[] out = new int[k];
        int m = 0;
        for (int q = start; q >= 0 && q < y.length && m < k; q += dir) {
            if (!(y[q] > 0)) {
                break; // the current coordinate needs dV/dI > 0: the background stops here
            }
            if (owner[q] < 0 || owner[q] == self) {
                out[m++] = q;
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    private static int lowerBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The 3 × 3 system by Gaussian elimination with partial pivoting; null when singular. */
    private static double[] solve(double[][] m0, double[] b0) {
        double[][] m = {m0[0].clone(), m0[1].clone(), m0[2].clone()};
        double[] b = b0.clone();
        double size = Math.abs(m[0][0]) + Math.abs(m[1][1]) + Math.abs(m[2][2]);
        for (int col = 0; col < 3; col++) {
            int piv = col;
            for (int row = col + 1; row < 3; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[piv][col])) {
                    piv = row;
                }
            }
            if (!(Math.abs(m[piv][col]) > 1e-14 * size)) {
                return null;
            }
            double[] tr = m[col];
            m[col] = m[piv];
            m[piv] = tr;
            double tb = b[col];
            b[col] = b[piv];
            b[piv] = tb;
            for (int row = col + 1; row < 3; row++) {
                double f = m[row][col] / m[col][col];
                for (int q = col; q < 3; q++) {
                    m[row][q] -= f * m[col][q];
                }
                b[row] -= f * b[col];
            }
        }
        double[] out = new double[3];
        for (int row = 2; row >= 0; row--) {
            double s = b[row];
            for (int q = row + 1; q < 3; q++) {
                s -= m[row][q] * out[q];
            }
            out[row] = s / m[row][row];
        }
        return out;
    }
}
