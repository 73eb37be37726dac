package org.andreev.plot;

/**
 * Reduces a dense series to what a plot can show, so that a 20 000-point curve does not become a
 * megabyte-sized SVG. Lines keep, in each run of consecutive points, the lowest and the highest
 * (min–max decimation: the drawn envelope is unchanged at screen resolution); markers keep every
 * k-th point. The data files written beside a plot keep every point.
 */
final class Thinning {
    private Thinning() {}

    /**
     * Most points drawn for a line series: 1000 min–max pairs for a plot area about 750 pixels
     * wide at 300 DPI.
     */
    static final int MAX_LINE_POINTS = 2000;

    /** Most markers drawn for a marker series. */
    static final int MAX_MARKERS = 1000;

    /** {@code s} itself when small enough, else a thinned copy (x in [0], y in [1]). */
    static double[][] thin(Series s) {
        double[] x = s.x();
        double[] y = s.y();
        int n = x.length;
        if (s.markers()) {
            if (n <= MAX_MARKERS) {
                return new double[][] {x, y};
            }
            int stride = (n + MAX_MARKERS - 1) / MAX_MARKERS;
            int m = (n + stride - 1) / stride;
            double[][] out = new double[2][m];
            for (int k = 0; k < m; k++) {
                out[0][k] = x[k * stride];
                out[1][k] = y[k * stride];
            }
            return out;
        }
        if (n <= MAX_LINE_POINTS) {
            return new double[][] {x, y};
        }
        int chunk = (n + MAX_LINE_POINTS / 2 - 1) / (MAX_LINE_POINTS / 2);
        double[] tx = new double[MAX_LINE_POINTS + 2];
        double[] ty = new double[MAX_LINE_POINTS + 2];
        int m = 0;
        for (int start = 0; start < n; start += chunk) {
            int end = Math.min(n, start + chunk);
            int lo = start;
            int hi = start;
            for (int k = start + 1; k < end; k++) {
                if (y[k] < y[lo]) {
                    lo = k;
                }
                if (y[k] > y[hi]) {
                    hi = k;
                }
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            tx[m] = x[first];
            ty[m++] = y[first];
            if (second != first) {
                tx[m] = x[second];
                ty[m++] = y[second];
            }
        }
        return new double[][] {java.util.Arrays.copyOf(tx, m), java.util.Arrays.copyOf(ty, m)};
    }
}
