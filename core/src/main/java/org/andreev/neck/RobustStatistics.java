package org.andreev.neck;

/** Median and the median-absolute-deviation noise estimate the staircase analysis rests on. */
final class RobustStatistics {
    private RobustStatistics() {}

    /** 1/Φ⁻¹(3/4): the MAD of a normal sample times this is its standard deviation. */
    static final double MAD_TO_SIGMA = 1.482602218505602;

    /**
     * The median of {@code values} (not modified; empty gives NaN), in O(n) expected time by
     * quickselect (Hoare's FIND, CACM 4, 321 (1961)) on a copy.
     */
    static double median(double[] values) {
        int n = values.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        int k = n / 2;
        select(v, k);
        if (n % 2 == 1) {
            return v[k];
        }
        double below = v[0];
        for (int i = 1; i < k; i++) {
            below = Math.max(below, v[i]);
        }
        return 0.5 * (below + v[k]);
    }

    /** Rearranges {@code v} so that v[k] is its k-th smallest, smaller ones before, larger after. */
    private static void select(double[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as the pivot, so that sorted or constant runs stay O(n)
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

    /**
     * The noise σ of a signal y from its first differences: Δy of white noise has σ√2, and the
     * median absolute deviation ignores the few large differences at jumps (Hampel's estimator); a
     * fraction ε of jumps still biases it high by about 1.2 ε (ε = 5 %: +6 %), which only makes the
     * stage detection a little more cautious.
     */
    static double noiseFromDifferences(double[] y) {
        double[] d = new double[y.length - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = y[i + 1] - y[i];
        }
        double m = median(d);
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(d[i] - m);
        }
        return MAD_TO_SIGMA * median(d) / Math.sqrt(2);
    }
}
