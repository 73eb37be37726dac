package org.andreev.fit;

import java.util.Objects;

/**
 * One measured curve: abscissae, ordinates and, optionally, the standard uncertainty of every
 * ordinate (then the fit minimises χ² = Σ ((y − f)/σ)²; without them every point has weight 1 and the
 * covariance is scaled by χ²_red, see {@link FitResult}). Arrays are used as given, not copied.
 *
 * @param x     abscissae (finite)
 * @param y     ordinates (finite), as many as x
 * @param sigma standard uncertainties of y (finite, &gt; 0), as many as x, or {@code null} if unknown
 */
public record FitData(double[] x, double[] y, double[] sigma) {

    public FitData {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one point");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("data point " + i + " is not finite: x = " + x[i] + ", y = " + y[i]);
            }
        }
        if (sigma != null) {
            if (sigma.length != x.length) {
                throw new IllegalArgumentException("sigma must have the length of x, got " + sigma.length + " and " + x.length);
            }
            for (int i = 0; i < sigma.length; i++) {
                if (!(sigma[i] > 0) || !Double.isFinite(sigma[i])) {
                    throw new IllegalArgumentException("sigma of point " + i + " must be finite and > 0, got " + sigma[i]);
                }
            }
        }
    }

    /** A curve without known uncertainties. */
    public static FitData of(double[] x, double[] y) {
        return new FitData(x, y, null);
    }

    /** A curve whose every ordinate has the standard uncertainty {@code sigma[i]}. */
    public static FitData withSigma(double[] x, double[] y, double[] sigma) {
        return new FitData(x, y, Objects.requireNonNull(sigma, "sigma"));
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    /** Whether the uncertainties of the ordinates are known. */
    public boolean hasSigma() {
        return sigma != null;
    }
}
