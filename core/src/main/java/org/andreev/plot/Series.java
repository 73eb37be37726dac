package org.andreev.plot;

import java.awt.Color;

/**
 * One curve of a plot, in the units it is to be shown in (the caller converts SI to mV, mK, ...,
 * e.g. with {@link org.andreev.units.Unit#readable}).
 *
 * <p>Colour and line style are optional: a series without them takes the next entry of the house
 * cycle ({@link HouseStyle#cycle}). A figure that reproduces a paper's figure sets them from the
 * paper's caption with {@link #styled}.
 *
 * @param label   legend text (may use the sub- and superscript markup of {@code RichText} (see the package documentation)); an empty
 *                label leaves the series out of the legend; unique within its plot
 * @param x       abscissae, finite
 * @param y       ordinates, finite, as many as {@code x} (at least one)
 * @param markers draw markers (measured points) instead of a line (model curve)
 * @param colour  the colour, or null for the house cycle's
 * @param line    the line style, or null for the house cycle's (ignored for markers)
 */
public record Series(String label, double[] x, double[] y, boolean markers, Color colour, LineStyle line) {

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

    /** A series in the house cycle's colour and line style. */
    public Series(String label, double[] x, double[] y, boolean markers) {
        this(label, x, y, markers, null, null);
    }

    /** A model curve drawn as a line. */
    public static Series line(String label, double[] x, double[] y) {
        return new Series(label, x, y, false);
    }

    /** Measured points drawn as small open circles. */
    public static Series points(String label, double[] x, double[] y) {
        return new Series(label, x, y, true);
    }

    /** This series drawn in {@code colour} with {@code line} (e.g. as a paper's caption says). */
    public Series styled(Color colour, LineStyle line) {
        return new Series(label, x, y, markers, colour, line);
    }
}
