package org.andreev.data;

/**
 * A peak found on top of the smooth background of a measured dV/dI(V) (physics.md B7).
 *
 * @param position the bias V of its maximum (parabolic interpolation of the three highest samples), V
 * @param height   its maximum above the background, Ω
 * @param width    its full width at half height (linear interpolation at the half-height crossings), V
 * @param step     the voltage step it carries in V(I): s = ∫ (dV/dI − b) dI = ∫ (1 − b/y) dV over the
 *                 peak, b the background at the same current, V (class comment of {@link PeakDetector})
 * @param background the background dV/dI b at the position, Ω
 * @param stepError the standard deviation of {@code step} from the noise of the curve (linear propagation of
 *                 the detector's σ through the step integral and its background fit), V; NaN when unknown
 * @param backgroundMisfit how badly the local background quadratic under the peak misses its points:
 *                 (χ² − dof)/sqrt(2 dof) against the noise σ, about N(0, 1) when it fits; above
 *                 {@link #MISFIT_LIMIT} the background has structure on the peak's own scale and
 *                 {@code stepError} understates the step's error; NaN when unknown
 */
public record Peak(double position, double height, double width, double step, double background, double stepError,
        double backgroundMisfit) {

    /** The misfit above which the local background is flagged as not quadratic within the noise (4 σ of χ²). */
    public static final double MISFIT_LIMIT = 4;

    /** A peak without a step uncertainty (NaN). */
    public Peak(double position, double height, double width, double step, double background) {
        this(position, height, width, step, background, Double.NaN, Double.NaN);
    }

    /** Whether the local background is quadratic within the noise, so that {@code stepError} holds. */
    public boolean backgroundFits() {
        return backgroundMisfit <= MISFIT_LIMIT;
    }

    /** The step's signal-to-noise ratio s/σ_s (NaN when σ_s is unknown). */
    public double stepSignificance() {
        return step / stepError;
    }

    /** The step as a fraction of the bias, s/|V|. */
    public double relativeStep() {
        return step / Math.abs(position);
    }
}
