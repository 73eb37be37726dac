package org.andreev.data;

/**
 * The neighbourhood of each point used by a local least-squares polynomial fit (Savitzky–Golay
 * smoothing generalised to unevenly spaced x): either a number of points or a width in x.
 *
 * @param points number of neighbouring points, ≥ order + 1; 0 when the window is a width
 * @param width  full width of the window in x (SI), > 0; 0 when the window is a point count
 * @param order  degree of the fitted polynomial, 1 to 6 (2 is exact for quadratics)
 */
public record SmoothingWindow(int points, double width, int order) {

    /** No smoothing: three neighbours, quadratic, i.e. the second-order finite difference. */
    public static final SmoothingWindow NONE = new SmoothingWindow(3, 0, 2);

    /** Validates: exactly one of points and width, and the order. */
    public SmoothingWindow {
        if (order < 1 || order > 6) {
            throw new IllegalArgumentException("smoothing polynomial order must be 1 to 6, got " + order);
        }
        if ((points == 0) == (width == 0)) {
            throw new IllegalArgumentException(
                    "a smoothing window is a number of points or a width, got " + points + " and " + width);
        }
        if (points != 0 && points < order + 1) {
            throw new IllegalArgumentException("a smoothing window of order " + order + " needs at least "
                    + (order + 1) + " points, got " + points);
        }
        if (points == 0 && !(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException("smoothing window width must be > 0 and finite, got " + width);
        }
    }

    /** {@code points} neighbours (odd counts centre the window), quadratic fit. */
    public static SmoothingWindow points(int points) {
        return new SmoothingWindow(points, 0, 2);
    }

    /** All points within {@code width}/2 of each point (x units, SI), quadratic fit. */
    public static SmoothingWindow width(double width) {
        return new SmoothingWindow(0, width, 2);
    }

    /** This window with a polynomial of degree {@code order}. */
    public SmoothingWindow withOrder(int order) {
        return new SmoothingWindow(points, width, order);
    }
}
