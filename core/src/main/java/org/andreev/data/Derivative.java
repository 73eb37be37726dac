package org.andreev.data;

import java.util.Arrays;
import org.andreev.io.Curve;
import org.andreev.io.InputException;

/**
 * Numerical derivative of a measured curve, e.g. dI/dV of a measured I(V), by a local
 * least-squares polynomial fit around each point (Savitzky &amp; Golay, Anal. Chem. 36, 1627
 * (1964), here with unevenly spaced x):
 *
 * <p>for each x_i, minimise Σ_j w_j [y_j − Σ_{k≤p} c_k (x_j − x_i)^k]² over the points j of its
 * {@link SmoothingWindow}; then y(x_i) ≈ c_0 and dy/dx(x_i) ≈ c_1. This is exact for polynomials
 * of degree ≤ p. Near the ends the window is shifted inwards so it keeps its size (no NaN, no
 * shrinking to one-sided two-point differences).
 *
 * <p>Input x need not be sorted; the results are at the distinct x in increasing order. Points
 * with exactly equal x are merged into one at their mean y, weighted w_j by their count, which
 * gives the same fit as keeping them while leaving no zero-width interval.
 */
public final class Derivative {
    private Derivative() {}

    /**
     * dy/dx at each distinct x (increasing): dI/dV of a voltage-biased I(V), dV/dI of a
     * current-biased V(I).
     *
     * @throws InputException when the curve has fewer than two distinct x
     */
    public static Curve slope(Curve curve, SmoothingWindow window) {
        double[][] fit = fit(curve, window);
        return new Curve(fit[0], fit[2]);
    }

    /**
     * 1/(dy/dx) at each distinct x: dV/dI of a voltage-biased I(V), still as a function of V (the
     * controlled, noise-free variable, which is why the fit is of y on x and not of x on y).
     *
     * @throws InputException where dy/dx is exactly zero (dV/dI infinite), or for too few points
     */
    public static Curve inverseSlope(Curve curve, SmoothingWindow window) {
        double[][] fit = fit(curve, window);
        double[] inv = new double[fit[0].length];
        for (int i = 0; i < inv.length; i++) {
            inv[i] = 1 / fit[2][i];
            if (!Double.isFinite(inv[i])) {
                throw new InputException("the slope is zero at x = " + fit[0][i]
                        + ", so its inverse (e.g. dV/dI) is infinite there; use the slope itself"
                        + " or a wider smoothing window");
            }
        }
        return new Curve(fit[0], inv);
    }

    /** The fitted values c_0 at each distinct x: the curve smoothed by the window. */
    public static Curve smoothed(Curve curve, SmoothingWindow window) {
        double[][] fit = fit(curve, window);
        return new Curve(fit[0], fit[1]);
    }

    /** {x, value, slope} at the distinct x of {@code curve}. */
    private static double[][] fit(Curve curve, SmoothingWindow window) {
        double[][] merged = mergeSorted(curve);
        double[] x = merged[0];
        double[] y = merged[1];
        double[] w = merged[2];
        int n = x.length;
        if (n < 2) {
            throw new InputException("a derivative needs at least 2 distinct x values, got " + n);
        }
        if (!Double.isFinite(x[n - 1] - x[0])) {
            throw new InputException("x runs from " + x[0] + " to " + x[n - 1]
                    + ": the span overflows a double; rescale x");
        }
        int q = Math.min(window.order(), n - 1) + 1; // coefficients fitted
        int maxWindow = window.points() > 0 ? Math.min(window.points(), n) : n;
        LeastSquares ls = new LeastSquares(q, maxWindow);
        double[] value = new double[n];
        double[] slope = new double[n];
        for (int i = 0; i < n; i++) {
            int lo;
            int hi;
            if (window.points() > 0) {
                int size = Math.min(window.points(), n);
                lo = Math.max(0, Math.min(i - (size - 1) / 2, n - size));
                hi = lo + size - 1;
            } else {
                double half = window.width() / 2;
                double left = Math.max(x[0], Math.min(x[i] - half, x[n - 1] - window.width()));
                lo = lowerBound(x, left);
                hi = lowerBound(x, Math.nextUp(left + window.width())) - 1;
                while (hi - lo + 1 < q) { // too sparse: widen by index
                    if (lo > 0 && (hi == n - 1 || x[i] - x[lo - 1] <= x[hi + 1] - x[i])) {
                        lo--;
                    } else {
                        hi++;
                    }
                }
            }
            ls.fit(x, y, w, lo, hi, x[i]);
            value[i] = ls.c0;
            slope[i] = ls.c1;
        }
        return new double[][] {x, value, slope};
    }

    /** First index with x[k] ≥ v. */
    private static int lowerBound(double[] x, double v) {
        int k = Arrays.binarySearch(x, v);
        if (k < 0) {
            return -k - 1;
        }
        while (k > 0 && x[k - 1] == v) {
            k--;
        }
        return k;
    }

    /** Sorted distinct x, mean y and count of each: {x, y, weight}. */
    private static double[][] mergeSorted(Curve curve) {
        int n = curve.size();
        double[] cx = curve.x();
        double[] cy = curve.y();
        int[] order = stableOrder(cx);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        int m = -1;
        for (int k = 0; k < n; k++) {
            int i = order == null ? k : order[k];
            double xk = cx[i] == 0 ? 0.0 : cx[i]; // -0.0 equals 0.0
            double yk = cy[i];
            if (m >= 0 && x[m] == xk) {
                w[m]++;
                y[m] += (yk - y[m]) / w[m];
            } else {
                m++;
                x[m] = xk;
                y[m] = yk;
                w[m] = 1;
            }
        }
        return new double[][] {Arrays.copyOf(x, m + 1), Arrays.copyOf(y, m + 1), Arrays.copyOf(w, m + 1)};
    }

    /**
     * The indices of {@code x} in increasing order, equal x in file order (a stable sort); null when
     * x is already non-decreasing (the usual sweep), reversed when strictly decreasing (a sweep
     * down), so that only unordered data pays for a sort of boxed indices.
     */
    private static int[] stableOrder(double[] x) {
        int n = x.length;
        boolean up = true;
        boolean down = true;
        for (int k = 1; k < n && (up || down); k++) {
            int cmp = Double.compare(x[k - 1], x[k]); // the sort's own order (-0.0 before 0.0)
            up &= cmp <= 0;
            down &= cmp > 0;
        }
        if (up) {
            return null;
        }
        int[] order = new int[n];
        if (down) {
            for (int k = 0; k < n; k++) {
                order[k] = n - 1 - k;
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            boxed[k] = k;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
    }

    /**
     * Weighted polynomial least squares by modified Gram–Schmidt on the augmented matrix [A | b]
     * (Björck, Numerical Methods for Least Squares Problems, 1996, §2.4), with the abscissae
     * scaled to [−1, 1] around the centre; buffers are reused from point to point.
     */
    private static final class LeastSquares {
        private final int q;
        private final double[][] a; // q + 1 columns of length ≤ maxRows
        private final double[][] r;
        private final double[] c;
        private double c0;
        private double c1;

        LeastSquares(int q, int maxRows) {
            this.q = q;
            this.a = new double[q + 1][maxRows];
            this.r = new double[q][q + 1];
            this.c = new double[q];
        }

        void fit(double[] x, double[] y, double[] w, int lo, int hi, double centre) {
            int m = hi - lo + 1;
            double h = Math.max(Math.abs(x[lo] - centre), Math.abs(x[hi] - centre));
            for (int j = 0; j < m; j++) {
                double t = (x[lo + j] - centre) / h;
                double sw = Math.sqrt(w[lo + j]);
                double p = sw;
                for (int k = 0; k < q; k++) {
                    a[k][j] = p;
                    p *= t;
                }
                a[q][j] = sw * y[lo + j];
            }
            for (int k = 0; k < q; k++) {
                double norm = 0;
                for (int j = 0; j < m; j++) {
                    norm += a[k][j] * a[k][j];
                }
                norm = Math.sqrt(norm);
                r[k][k] = norm;
                for (int j = 0; j < m; j++) {
                    a[k][j] /= norm;
                }
                for (int l = k + 1; l <= q; l++) {
                    double dot = 0;
                    for (int j = 0; j < m; j++) {
                        dot += a[k][j] * a[l][j];
                    }
                    r[k][l] = dot;
                    for (int j = 0; j < m; j++) {
                        a[l][j] -= dot * a[k][j];
                    }
                }
            }
            for (int k = q - 1; k >= 0; k--) {
                double s = r[k][q];
                for (int l = k + 1; l < q; l++) {
                    s -= r[k][l] * c[l];
                }
                c[k] = s / r[k][k];
            }
            c0 = c[0];
            c1 = c[1] / h;
        }
    }
}
