package org.andreev.neck;

import java.util.Arrays;

/**
 * A neck profile given at points (x_i, r_i), linear in between: a profile reconstructed from a
 * measured R(z) staircase (physics.md B2), or any r(x) a user has. Outside [x_0, x_{n−1}] it is
 * not defined (the banks).
 *
 * @param x positions, m, strictly increasing, finite, at least two
 * @param r radii, m, &gt; 0 and finite, as many as x
 */
public record SampledProfile(double[] x, double[] r) implements NeckProfile {

    /** Validates and copies the arrays. */
    public SampledProfile {
        if (x == null || r == null || x.length != r.length || x.length < 2) {
            throw new IllegalArgumentException("a sampled neck profile needs at least two points (x, r) of equal count");
        }
        x = x.clone();
        r = r.clone();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("neck profile x must be finite and increasing, point " + (i + 1)
                        + " has x = " + x[i] + " m");
            }
            if (!(r[i] > 0) || Double.isInfinite(r[i])) {
                throw new IllegalArgumentException("neck profile radius must be > 0 m and finite, point " + (i + 1)
                        + " has r = " + r[i] + " m");
            }
        }
    }

    /** {@code profile} sampled at {@code n} ≥ 2 evenly spaced points on [from, to] (m). */
    public static SampledProfile of(NeckProfile profile, double from, double to, int n) {
        double[] xs = new double[n];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i == n - 1 ? to : from + i * (to - from) / (n - 1);
            rs[i] = profile.radius(xs[i]);
        }
        return new SampledProfile(xs, rs);
    }

    @Override
    public double radius(double at) {
        if (!(at >= x[0] && at <= x[x.length - 1])) {
            throw new IllegalArgumentException("x = " + at + " m is outside the neck profile [" + x[0] + ", "
                    + x[x.length - 1] + "] m");
        }
        int k = Arrays.binarySearch(x, at);
        if (k >= 0) {
            return r[k];
        }
        int i = -k - 2;
        double f = (at - x[i]) / (x[i + 1] - x[i]);
        return r[i] + f * (r[i + 1] - r[i]);
    }

    @Override
    public double start() {
        return x[0];
    }

    @Override
    public double end() {
        return x[x.length - 1];
    }

    @Override
    public double minimumRadius() {
        return r[narrowestIndex()];
    }

    @Override
    public double narrowest() {
        return x[narrowestIndex()];
    }

    private int narrowestIndex() {
        int best = 0;
        for (int i = 1; i < r.length; i++) {
            if (r[i] < r[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public double[] kinks() {
        return x.clone();
    }

    /** Exact for the piecewise-linear r(x): each segment contributes the part of it below r_c. */
    @Override
    public double lengthNarrowerThan(double criticalRadius) {
        double total = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = r[i] - criticalRadius;
            double b = r[i + 1] - criticalRadius;
            double dx = x[i + 1] - x[i];
            if (a < 0 && b < 0) {
                total += dx;
            } else if (a < 0 || b < 0) {
                total += dx * (a < 0 ? a : b) / (a - b) * (a < 0 ? 1 : -1);
            }
        }
        return total;
    }
}
