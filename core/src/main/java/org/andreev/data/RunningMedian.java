package org.andreev.data;

import java.util.Arrays;

/**
 * The running median of a sequence over a window of w points centred on each point (truncated at
 * the ends, so the first and last points see a shorter, still centred window): a background
 * estimate that ignores peaks narrower than about w/4 and keeps steps sharp.
 *
 * <p>Cost O(n·w) memory moves and O(n log w) comparisons: the window is kept sorted, and each step
 * removes the point that leaves and inserts the one that enters by binary search (instead of
 * sorting every window, O(n·w log w); {@code bench/PeakDetectionBench} compares the two).
 */
public final class RunningMedian {
    private RunningMedian() {}

    /**
     * The running median of {@code y} over {@code window} points (odd, ≥ 1) into {@code out} (may
     * not be {@code y}); returns {@code out}.
     */
    public static double[] of(double[] y, int window, double[] out) {
        int n = y.length;
        if (window < 1 || window % 2 == 0) {
            throw new IllegalArgumentException("running-median window must be an odd number >= 1, got " + window);
        }
        if (out.length != n || out == y) {
            throw new IllegalArgumentException("running median needs a separate output array of the same length");
        }
        int half = window / 2;
        double[] sorted = new double[Math.min(window, n)];
        int size = 0;
        // the window of point i is [i - h, i + h] with h = min(half, i, n - 1 - i): it grows by two at the start
        // and shrinks by two at the end, staying centred.
        int lo = 0;
        int hi = -1;
        for (int i = 0; i < n; i++) {
            int h = Math.min(half, Math.min(i, n - 1 - i));
            int newLo = i - h;
            int newHi = i + h;
            while (lo < newLo) {
                size = remove(sorted, size, y[lo++]);
            }
            while (hi < newHi) {
                size = insert(sorted, size, y[++hi]);
            }
            out[i] = (size & 1) == 1 ? sorted[size / 2] : 0.5 * (sorted[size / 2 - 1] + sorted[size / 2]);
        }
        return out;
    }

    /**
     * The median of the first {@code m} values of {@code v} (m ≥ 1), rearranging them, in O(m)
     * expected time by quickselect (Hoare's FIND, CACM 4, 321 (1961), median-of-three pivot, so that
     * sorted or constant runs stay O(m)): the cheap alternative to sorting for the noise estimates
     * of {@link PeakDetector} and the staircase analysis. For even m, the mean of the two middle values.
     */
    public static double medianInPlace(double[] v, int m) {
        if (m < 1 || m > v.length) {
            throw new IllegalArgumentException("median of " + m + " values of an array of " + v.length);
        }
        int k = m / 2;
        select(v, m, k);
        if ((m & 1) == 1) {
            return v[k];
        }
        double below = v[0];
        for (int i = 1; i < k; i++) {
            below = Math.max(below, v[i]);
        }
        return 0.5 * (below + v[k]);
    }

    /** Rearranges v[0, m) so that v[k] is its k-th smallest, smaller ones before, larger after. */
    private static void select(double[] v, int m, int k) {
        int lo = 0;
        int hi = m - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double a = v[lo];
            double b = v[mid];
            double c = v[hi];
            double pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static int insert(double[] sorted, int size, double v) {
        int k = Arrays.binarySearch(sorted, 0, size, v);
        if (k < 0) {
            k = -k - 1;
        }
        System.arraycopy(sorted, k, sorted, k + 1, size - k);
        sorted[k] = v;
        return size + 1;
    }

    private static int remove(double[] sorted, int size, double v) {
        int k = Arrays.binarySearch(sorted, 0, size, v);
        System.arraycopy(sorted, k + 1, sorted, k, size - k - 1);
        return size - 1;
    }
}
