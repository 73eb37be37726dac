package org.andreev.io;

/**
 * A measured or computed curve y(x) in SI units, points in the order given (not necessarily
 * sorted; x may repeat).
 *
 * @param x abscissae, finite, at least one
 * @param y ordinates, finite, as many as {@code x}
 */
public record Curve(double[] x, double[] y) {

    /** Validates: equal non-zero lengths, finite values. The arrays are not copied. */
    public Curve {
        if (x == null || y == null || x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("a curve needs x and y of the same non-zero length, got "
                    + (x == null ? "null" : x.length) + " and " + (y == null ? "null" : y.length));
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException(
                        "curve point " + (k + 1) + " is (" + x[k] + ", " + y[k] + "); must be finite");
            }
        }
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }
}
