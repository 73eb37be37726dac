package org.andreev.neck;

import java.util.List;

/**
 * The shape of a neck read from its staircase R(z) by {@link StaircaseAnalysis} (physics.md B2).
 *
 * @param halfAngle     the opening half-angle θ, rad: tan θ = −2 dr_min/dz, from the least-squares line of
 *                      r_min(z) over the whole trace (for a cone, its angle; otherwise the mean angle)
 * @param length        the neck length z_f − z_0 (the elongation over which the stages were formed), m
 * @param minimumRadius r_min, the radius of the last stage's cross-section, m
 * @param zStart        z_0, m
 * @param zEnd          z_f, m
 * @param stages        the plastic stages in order of z, after the monotone envelope (see
 *                      {@link StaircaseAnalysis}); their areas decrease strictly
 * @param reversals     how many detected stages rose above the one before (non-monotonic steps) and
 *                      were pooled with their neighbours
 * @param noise         the noise σ of ln A used for the stage detection (estimated or given)
 */
public record NeckShape(double halfAngle, double length, double minimumRadius, double zStart, double zEnd,
        List<PlasticStage> stages, int reversals, double noise) {

    /** Copies the stage list. */
    public NeckShape {
        stages = List.copyOf(stages);
    }

    /** θ in degrees. */
    public double halfAngleDegrees() {
        return Math.toDegrees(halfAngle);
    }

    /**
     * The profile r(x) at the final elongation, r(x) = sqrt(A(z_f − 2|x|)/π) (physics.md B2): one
     * point per stage at the middle of its slab, x_k = ±(z_f − z̄_k)/2, for −X ≤ x ≤ X in increasing x.
     *
     * @return {x, r}, m
     */
    public double[][] profile() {
        int m = stages.size();
        double[] x = new double[2 * m];
        double[] r = new double[2 * m];
        for (int k = 0; k < m; k++) {
            PlasticStage s = stages.get(k);
            double xk = (zEnd - 0.5 * (s.zStart() + s.zEnd())) / 2;
            x[k] = -xk;
            r[k] = s.radius();
            x[2 * m - 1 - k] = xk;
            r[2 * m - 1 - k] = s.radius();
        }
        return new double[][] {x, r};
    }

    /** The profile as a {@link SampledProfile} (−X ≤ x ≤ X), e.g. for the neck under field or to simulate it again. */
    public SampledProfile sampledProfile() {
        double[][] p = profile();
        return new SampledProfile(p[0], p[1]);
    }
}
