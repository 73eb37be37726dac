package org.andreev.fit;

/**
 * A fitted value and its standard uncertainty, in physical units.
 *
 * @param value the estimate
 * @param sigma its standard uncertainty (≥ 0; 0 for a parameter held fixed; NaN only when the fit
 *              could not compute a covariance, which is then stated in {@link FitResult#message()})
 */
public record Estimate(double value, double sigma) {

    public Estimate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("estimate value must be finite, got " + value);
        }
        if (sigma < 0 || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("estimate sigma must be finite and >= 0 (or NaN), got " + sigma);
        }
    }

    /** Whether the uncertainty is known. */
    public boolean hasSigma() {
        return !Double.isNaN(sigma);
    }
}
