package org.andreev.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * The n-point Gauss–Legendre rule on [−1, 1]: exact for polynomials of degree ≤ 2n − 1, and
 * geometrically convergent for functions analytic in an ellipse around the interval (Trefethen,
 * <i>Approximation Theory and Approximation Practice</i>, Thm. 19.3). Used on fixed panels in the
 * hot loops, where the caller maps nodes itself from {@link #node(int)} and {@link #weight(int)}.
 *
 * <p>Nodes are the roots of the Legendre polynomial P_n, found by Newton's method from the
 * Tricomi initial guess cos(π(i − ¼)/(n + ½)); weights w_i = 2/((1 − x_i²) P_n′(x_i)²)
 * (Abramowitz &amp; Stegun 25.4.29). Immutable and thread-safe.
 */
public final class GaussLegendre {

    private final double[] nodes;
    private final double[] weights;

    /**
     * The rule with {@code n} points.
     *
     * @param n number of points, 1 ≤ n ≤ 200
     */
    public GaussLegendre(int n) {
        if (n < 1 || n > 200) {
            throw new IllegalArgumentException("Gauss-Legendre order n must be in [1, 200], got " + n);
        }
        nodes = new double[n];
        weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            for (int iter = 0; iter < 100; iter++) {
                double dx = legendre(n, x) / legendreDerivative(n, x);
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            double dp = legendreDerivative(n, x);
            double w = 2.0 / ((1.0 - x * x) * dp * dp);
            nodes[i] = -x;
            nodes[n - 1 - i] = x;
            weights[i] = w;
            weights[n - 1 - i] = w;
        }
        if (n % 2 == 1) {
            nodes[n / 2] = 0.0;
        }
    }

    /** P_n(x) by the recurrence (k+1) P_{k+1} = (2k+1) x P_k − k P_{k−1}. */
    private static double legendre(int n, double x) {
        if (n == 0) {
            return 1.0;
        }
        double p0 = 1.0;
        double p1 = x;
        for (int k = 1; k < n; k++) {
            double p2 = ((2 * k + 1) * x * p1 - k * p0) / (k + 1);
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }

    /** P_n′(x) = n (x P_n − P_{n−1})/(x² − 1), for |x| &lt; 1. */
    private static double legendreDerivative(int n, double x) {
        return n * (x * legendre(n, x) - legendre(n - 1, x)) / (x * x - 1.0);
    }

    /** The number of points n. */
    public int order() {
        return nodes.length;
    }

    /** The i-th node on [−1, 1], ascending. */
    public double node(int i) {
        return nodes[i];
    }

    /** The i-th weight on [−1, 1]; the weights sum to 2. */
    public double weight(int i) {
        return weights[i];
    }

    /**
     * ∫_a^b f(x) dx by the rule mapped to [a, b]: Σ_i (b − a)/2 · w_i f((a + b)/2 + (b − a)/2 · x_i).
     */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weights[i] * f.applyAsDouble(mid + half * nodes[i]);
        }
        return half * sum;
    }
}
