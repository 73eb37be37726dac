package org.andreev.neck;

import java.util.Arrays;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * The radius r(x) of a neck against the distance x from its narrowest cross-section, symmetric
 * about x = 0 (the slab model's neck, physics.md B2), defined for |x| ≤ {@link #halfLength()}.
 */
public sealed interface NeckProfile permits NeckProfile.Cone, NeckProfile.Tabulated {

    /** The radius at distance {@code x} (m) from the centre, m; |x| beyond the half-length is clamped to it. */
    double radius(double x);

    /** Half the length of the neck, X, m: the profile spans −X ≤ x ≤ X. */
    double halfLength();

    /** The narrowest radius r(0), m. */
    default double minimumRadius() {
        return radius(0);
    }

    /**
     * A double cone r(x) = r_min + |x| tan θ (seed 000, Fig. 1: θ = 35° and 70°; physics.md B5).
     *
     * @param halfAngle     the opening half-angle θ, rad, in (0, π/2)
     * @param minimumRadius r_min, m, &gt; 0
     * @param halfLength    X, m, &gt; 0
     */
    record Cone(double halfAngle, double minimumRadius, double halfLength) implements NeckProfile {

        /** Validates θ ∈ (0°, 90°), r_min &gt; 0, X &gt; 0. */
        public Cone {
            if (!(halfAngle > 0 && halfAngle < Math.PI / 2)) {
                throw new IllegalArgumentException("opening angle theta must be in (0deg, 90deg), got "
                        + Math.toDegrees(halfAngle) + "deg");
            }
            positive("minimum radius r_min", minimumRadius);
            positive("neck half-length", halfLength);
        }

        /**
         * The cone of angle θ and narrowest radius r_min that meets the banks at radius {@code outerRadius}:
         * X = (r_out − r_min)/tan θ.
         *
         * @throws IllegalArgumentException when r_min is not below r_out ("a radius larger than the neck")
         */
        public static Cone toOuterRadius(double halfAngle, double minimumRadius, double outerRadius) {
            if (!(minimumRadius < outerRadius)) {
                throw new IllegalArgumentException("minimum radius "
                        + Quantity.format(minimumRadius, Dimension.LENGTH) + " is not smaller than the neck's outer"
                        + " radius " + Quantity.format(outerRadius, Dimension.LENGTH));
            }
            return new Cone(halfAngle, minimumRadius, (outerRadius - minimumRadius) / Math.tan(halfAngle));
        }

        @Override
        public double radius(double x) {
            return minimumRadius + Math.min(Math.abs(x), halfLength) * Math.tan(halfAngle);
        }
    }

    /**
     * A measured or reconstructed profile: r at the distances x ≥ 0 given (strictly increasing, the
     * first at 0 or above), interpolated linearly; below the first x, r is the first radius.
     *
     * @param x distances from the centre, m
     * @param r radii there, m, &gt; 0
     */
    record Tabulated(double[] x, double[] r) implements NeckProfile {

        /** Validates: equal lengths ≥ 2, x ≥ 0 strictly increasing, r &gt; 0 finite; copies both. */
        public Tabulated {
            if (x.length != r.length || x.length < 2) {
                throw new IllegalArgumentException("a tabulated profile needs at least 2 points (x, r) with x >= 0,"
                        + " got " + Math.min(x.length, r.length));
            }
            x = x.clone();
            r = r.clone();
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] >= 0) || Double.isInfinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                    throw new IllegalArgumentException("profile x must be >= 0 and increase, got x = " + x[i]
                            + " at point " + (i + 1));
                }
                positive("profile radius r at x = " + x[i], r[i]);
            }
        }

        /**
         * The half x ≥ 0 of a symmetric profile given over −X ≤ x ≤ X (as {@code neck shape} prints it):
         * the points with x ≥ 0, in increasing x.
         */
        public static Tabulated ofSymmetric(double[] x, double[] r) {
            int[] order = java.util.stream.IntStream.range(0, x.length).filter(i -> x[i] >= 0).boxed()
                    .sorted((a, b) -> Double.compare(x[a], x[b])).mapToInt(Integer::intValue).toArray();
            return new Tabulated(Arrays.stream(order).mapToDouble(i -> x[i]).toArray(),
                    Arrays.stream(order).mapToDouble(i -> r[i]).toArray());
        }

        @Override
        public double halfLength() {
            return x[x.length - 1];
        }

        @Override
        public double radius(double at) {
            double d = Math.abs(at);
            if (d <= x[0]) {
                return r[0];
            }
            if (d >= x[x.length - 1]) {
                return r[r.length - 1];
            }
            int k = Arrays.binarySearch(x, d);
            if (k >= 0) {
                return r[k];
            }
            int hi = -k - 1;
            double t = (d - x[hi - 1]) / (x[hi] - x[hi - 1]);
            return r[hi - 1] + t * (r[hi] - r[hi - 1]);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tabulated t && Arrays.equals(x, t.x) && Arrays.equals(r, t.r);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(x) + Arrays.hashCode(r);
        }

        @Override
        public String toString() {
            return "Tabulated[" + x.length + " points, X = " + halfLength() + " m]";
        }
    }

    private static void positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0 m and finite, got " + value);
        }
    }
}
