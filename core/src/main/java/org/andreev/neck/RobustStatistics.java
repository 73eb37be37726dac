package org.andreev.neck;

import org.andreev.data.RunningMedian;

/** Median and the median-absolute-deviation noise estimate the staircase analysis rests on. */
final class RobustStatistics {
    private RobustStatistics() {}

    /** 1/Φ⁻¹(3/4): the MAD of a normal sample times this is its standard deviation. */
    static final double MAD_TO_SIGMA = 1.482602218505602;

    /**
     * The median of {@code values} (not modified; empty gives NaN), in O(n) expected time by
     * quickselect on a copy ({@link RunningMedian#medianInPlace}).
     */
    static double median(double[] values) {
        return values.length == 0 ? Double.NaN : RunningMedian.medianInPlace(values.clone(), values.length);
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
