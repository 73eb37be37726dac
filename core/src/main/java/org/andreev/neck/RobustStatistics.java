package org.andreev.neck;

import java.util.Arrays;

/** Median and the median-absolute-deviation noise estimate the staircase analysis rests on. */
final class RobustStatistics {
    private RobustStatistics() {}

    /** 1/Φ⁻¹(3/4): the MAD of a normal sample times this is its standard deviation. */
    static final double MAD_TO_SIGMA = 1.482602218505602;

    /** The median of {@code values} (not modified; empty gives NaN). */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /**
     * The noise σ of a signal y from its first differences: Δy of white noise has σ√2, and the
     * median absolute deviation ignores the few large differences at jumps (Hampel's estimator).
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
