package org.andreev.data;

import java.util.Arrays;

/**
 * A smooth background through the points a mask leaves: at each point x_i, the least-squares
 * quadratic through the w unmasked points nearest to it in order (w/2 on each side where the curve
 * has them, more on one side at its ends), evaluated at x_i. Exact for a quadratic background;
 * a masked peak, however wide, is bridged by a quadratic fitted to w points of its surroundings,
 * so it cannot lift the background under it.
 *
 * <p>As i grows, the window moves along the unmasked points a few at a time, so its normal-equation
 * sums (Σ1, Σt … Σt⁴, Σy, Σty, Σt²y) are slid, O(1) per point; they are recomputed from scratch every
 * {@value #REFRESH} points in coordinates t = (x − x_o)/s local to that block, which keeps the rounding
 * drift of the sliding sums and the conditioning of the 3 × 3 system at the 1e-12 level.
 */
final class LocalQuadratic {
    private LocalQuadratic() {}

    static final int REFRESH = 256;

    /**
     * Fills {@code out} with the background ({@code window} = w); {@code fallback} is used where fewer than six points
     * are unmasked in the whole curve, or where the 3 × 3 system is singular.
     */
    static void fit(double[] x, double[] y, boolean[] masked, int window, double[] fallback, double[] out) {
        int n = x.length;
        int m = 0;
        double[] xu = new double[n];
        double[] yu = new double[n];
        for (int k = 0; k < n; k++) {
            if (!masked[k]) {
                xu[m] = x[k];
                yu[m] = y[k];
                m++;
            }
        }
        if (m < 6) {
            System.arraycopy(fallback, 0, out, 0, n);
            return;
        }
        double[] s = new double[8];
        int p = 0; // unmasked points before i
        int lo = 0;
        int hi = -1;
        double origin = 0;
        double scale = 1;
        for (int i = 0; i < n; i++) {
            int w = Math.min(window, m);
            int wantLo = Math.max(0, p - w / 2);
            int wantHi = Math.min(m - 1, wantLo + w - 1);
            wantLo = Math.max(0, wantHi - w + 1);
            if (i % REFRESH == 0) {
                lo = wantLo;
                hi = wantHi;
                origin = x[i];
                scale = Math.max(xu[hi] - xu[lo], Double.MIN_NORMAL);
                Arrays.fill(s, 0);
                for (int k = lo; k <= hi; k++) {
                    add(s, xu[k], yu[k], origin, scale, 1);
                }
            } else {
                while (hi < wantHi) {
                    hi++;
                    add(s, xu[hi], yu[hi], origin, scale, 1);
                }
                while (lo > wantLo) {
                    lo--;
                    add(s, xu[lo], yu[lo], origin, scale, 1);
                }
                while (lo < wantLo) {
                    add(s, xu[lo], yu[lo], origin, scale, -1);
                    lo++;
                }
                while (hi > wantHi) {
                    add(s, xu[hi], yu[hi], origin, scale, -1);
                    hi--;
                }
            }
            out[i] = solve(s, (x[i] - origin) / scale, fallback[i]);
            if (!masked[i]) {
                p++;
            }
        }
    }

    private static void add(double[] s, double x, double y, double origin, double scale, int sign) {
        double t = (x - origin) / scale;
        double t2 = t * t;
        s[0] += sign;
        s[1] += sign * t;
        s[2] += sign * t2;
        s[3] += sign * t2 * t;
        s[4] += sign * t2 * t2;
        s[5] += sign * y;
        s[6] += sign * t * y;
        s[7] += sign * t2 * y;
    }

    /** c0 + c1 t + c2 t² of the normal equations [[S0 S1 S2][S1 S2 S3][S2 S3 S4]] c = [Y0 Y1 Y2], by Cramer's rule. */
    private static double solve(double[] s, double t, double fallback) {
        double a = s[0], b = s[1], c = s[2], d = s[3], e = s[4];
        double y0 = s[5], y1 = s[6], y2 = s[7];
        double m00 = c * e - d * d;
        double m01 = c * d - b * e;
        double m02 = b * d - c * c;
        double m11 = a * e - c * c;
        double m12 = b * c - a * d;
        double m22 = a * c - b * b;
        double det = a * m00 + b * m01 + c * m02;
        double size = Math.abs(a * m00) + Math.abs(b * m01) + Math.abs(c * m02);
        if (!(Math.abs(det) > 1e-12 * size)) {
            return fallback;
        }
        double c0 = (m00 * y0 + m01 * y1 + m02 * y2) / det;
        double c1 = (m01 * y0 + m11 * y1 + m12 * y2) / det;
        double c2 = (m02 * y0 + m12 * y1 + m22 * y2) / det;
        return c0 + t * (c1 + t * c2);
    }
}
