package org.andreev.plot;

/**
 * One curve of a plot, in the units it is to be shown in (the caller converts SI to mV, mK, ...,
 * e.g. with {@link org.andreev.units.Unit#readable}).
 *
 * @param label   legend text, unique within its plot
 * @param x       abscissae, finite
 * @param y       ordinates, finite, as many as {@code x} (at least one)
 * @param markers draw markers (measured points) instead of a line (model curve)
 */
public record Series(String label, double[] x, double[] y, boolean markers) {

    /** Validates: label given, equal non-zero lengths, finite values; copies the arrays. */
    public Series {
        if (label == null) {
            throw new IllegalArgumentException("series label must be given (may be empty)");
        }
        if (x == null || y == null) {
            throw new IllegalArgumentException("series '" + label + "': x and y must be given");
        }
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("series '" + label + "': x and y must have the same,"
                    + " non-zero length, got " + x.length + " and " + y.length);
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException("series '" + label + "': point " + (k + 1)
                        + " is (" + x[k] + ", " + y[k] + "); points must be finite");
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** A model curve drawn as a line. */
    public static Series line(String label, double[] x, double[] y) {
        return new Series(label, x, y, false);
    }

    /** Measured points drawn as small markers. */
    public static Series points(String label, double[] x, double[] y) {
        return new Series(label, x, y, true);
    }
}
