package org.andreev.data;

/**
 * A peak found on top of the smooth background of a measured dV/dI(V) (physics.md B7).
 *
 * @param position the bias V of its maximum (parabolic interpolation of the three highest samples), V
 * @param height   its maximum above the background, Ω
 * @param width    its full width at half height (linear interpolation at the half-height crossings), V
 * @param step     the voltage step it carries in V(I): s = ∫ (1 − b(V)/y(V)) dV over the peak, V
 *                 (class comment of {@link PeakDetector})
 * @param background the background dV/dI b at the position, Ω
 */
public record Peak(double position, double height, double width, double step, double background) {

    /** The step as a fraction of the bias, s/|V|. */
    public double relativeStep() {
        return step / Math.abs(position);
    }
}
