package org.andreev.neck;

/**
 * A symmetric double cone r(x) = r_0 + |x| tan θ, the neck of seed 000 (Fig. 1: θ = 35° and 70°),
 * unbounded in x.
 *
 * @param r0    the smallest radius r_0 (the contact), m (&gt; 0)
 * @param theta the opening half-angle θ, rad, in (0, π/2)
 */
public record Cone(double r0, double theta) implements NeckProfile {

    /** Validates r_0 &gt; 0 and 0 &lt; θ &lt; 90°. */
    public Cone {
        if (!(r0 > 0) || Double.isInfinite(r0)) {
            throw new IllegalArgumentException("neck radius r0 must be > 0 m and finite, got " + r0);
        }
        if (!(theta > 0 && theta < Math.PI / 2)) {
            throw new IllegalArgumentException("opening angle theta must be in (0, 90) deg, got "
                    + Math.toDegrees(theta) + " deg");
        }
    }

    /** A cone of angle {@code degrees}. */
    public static Cone ofDegrees(double r0, double degrees) {
        return new Cone(r0, Math.toRadians(degrees));
    }

    @Override
    public double radius(double x) {
        return r0 + Math.abs(x) * Math.tan(theta);
    }

    @Override
    public double start() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double end() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double minimumRadius() {
        return r0;
    }

    @Override
    public double narrowest() {
        return 0;
    }

    @Override
    public double[] kinks() {
        return new double[] {0};
    }

    /** L = 2(r_c − r_0)/tan θ for r_c &gt; r_0, else 0 (physics.md B5). */
    @Override
    public double lengthNarrowerThan(double criticalRadius) {
        return criticalRadius > r0 ? 2 * (criticalRadius - r0) / Math.tan(theta) : 0;
    }
}
