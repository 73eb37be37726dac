package org.andreev.neck;

/**
 * One plastic stage of a staircase R(z): a plateau between two jumps, during which the narrowest
 * slab of the neck deforms (physics.md B2).
 *
 * @param zStart          where the stage begins (halfway between its first point and the last of the
 *                        stage before), m
 * @param zEnd            where it ends, m
 * @param area            the narrowest cross-section A on the plateau (exp of the mean ln A), m²
 * @param elasticSlope    d ln A/dz on the plateau (the elastic loading; ≤ 0 when the contact thins), 1/m
 * @param points          how many points of the trace it holds
 * @param deformingLength L = A′Δz/(A − A′) with A′ the next stage's area and Δz = zEnd − zStart: the
 *                        length of neck that deformed at constant volume in this stage (physics.md B2);
 *                        NaN for the last stage, which no jump ends
 */
public record PlasticStage(double zStart, double zEnd, double area, double elasticSlope, int points,
        double deformingLength) {

    /** The radius sqrt(A/π) of the plateau's cross-section, m. */
    public double radius() {
        return Math.sqrt(area / Math.PI);
    }

    /** The stage's length Δz of elongation, m. */
    public double length() {
        return zEnd - zStart;
    }
}
