package org.andreev.numeric;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The nodes and weights a {@link PanelBuilder} made: ∫ f(x) dx ≈ Σ_k weight(k)·f(x(k)), the
 * Jacobian of every substitution already in the weight. A reusable buffer: it grows when a build
 * needs more room and is never shrunk, so a caller that keeps one per thread allocates nothing in
 * its hot loop. The arrays behind {@link #xs()}, {@link #weights()} and {@link #roots()} may be
 * read directly up to {@link #size()} (they are replaced when the buffer grows: fetch them after
 * the build). Not thread-safe.
 *
 * <p>Besides x and the weight each node carries the accurately computed singular factor of the
 * edge its panel was mapped for ({@link #root}), so that an integrand with an inverse square root
 * at the edge can be evaluated without the cancellation of x − c near c.
 */
public final class QuadratureNodes {

    private double[] x = new double[64];
    private double[] w = new double[64];
    private double[] root = new double[64];
    private double[] edge = new double[64];
    private int size;
    private int panels;
    private double lower;
    private double upper;

    /** An empty buffer. */
    public QuadratureNodes() {}

    void clear(double lower, double upper) {
        size = 0;
        panels = 0;
        this.lower = lower;
        this.upper = upper;
    }

    void ensure(int more) {
        int need = size + more;
        if (need > x.length) {
            int n = Math.max(need, 2 * x.length);
            x = Arrays.copyOf(x, n);
            w = Arrays.copyOf(w, n);
            root = Arrays.copyOf(root, n);
            edge = Arrays.copyOf(edge, n);
        }
    }

    void add(double xk, double wk, double rootK, double edgeK) {
        x[size] = xk;
        w[size] = wk;
        root[size] = rootK;
        edge[size] = edgeK;
        size++;
    }

    void panelDone() {
        panels++;
    }

    /** The number of nodes. */
    public int size() {
        return size;
    }

    /** The number of Gauss–Legendre panels (tail panels included). */
    public int panels() {
        return panels;
    }

    /** The lower end of the integration range (−∞ when a tail was mapped there). */
    public double lower() {
        return lower;
    }

    /**
     * The upper end of the integration range: +∞ when a tail was mapped there; otherwise the
     * caller adds its analytic remainder ∫_upper^∞ itself (see {@link PanelBuilder}).
     */
    public double upper() {
        return upper;
    }

    /** The k-th abscissa. */
    public double x(int k) {
        return x[k];
    }

    /** The k-th weight, the Jacobian of the panel's substitution included (&gt; 0). */
    public double weight(int k) {
        return w[k];
    }

    /**
     * The singular factor of the edge c the k-th node's panel was mapped for, computed from the
     * substitution variable without cancellation: sqrt|x − c| for a {@link PanelBuilder#sqrtEdge
     * square-root edge}, sqrt((x − o)² − (c − o)²) = |c − o| sinh u for a {@link
     * PanelBuilder#coshEdge BCS-type edge} of centre o; 0 on a panel mapped for no edge.
     */
    public double root(int k) {
        return root[k];
    }

    /** The position c of the edge the k-th node's {@link #root} refers to; NaN on an unmapped panel. */
    public double edge(int k) {
        return edge[k];
    }

    /** The abscissae (valid up to {@link #size()}; the array itself, not a copy). */
    public double[] xs() {
        return x;
    }

    /** The weights (valid up to {@link #size()}; the array itself, not a copy). */
    public double[] weights() {
        return w;
    }

    /** The edge factors of {@link #root} (valid up to {@link #size()}; the array itself). */
    public double[] roots() {
        return root;
    }

    /** Σ_k weight(k)·f(x(k)): the integral on these nodes (a convenience; hot loops inline it). */
    public double sum(DoubleUnaryOperator f) {
        double s = 0;
        for (int k = 0; k < size; k++) {
            s += w[k] * f.applyAsDouble(x[k]);
        }
        return s;
    }
}
