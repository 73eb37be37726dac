package org.andreev.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.numeric.PanelBuilder.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Closed-form integrals with edge singularities, sharp features and tails (sources in each test). */
class PanelBuilderTest {

    private final PanelBuilder panels = new PanelBuilder(8, 1.0);
    private final QuadratureNodes nodes = new QuadratureNodes();

    private static double relativeError(double value, double exact) {
        return Math.abs(value - exact) / Math.abs(exact);
    }

    /**
     * ∫_1^∞ dx/(x³ sqrt(x² − 1)) = π/4 (x = sec θ gives ∫_0^{π/2} cos²θ dθ): a BCS-type edge
     * (x = cosh u, the singular factor from {@link QuadratureNodes#root}) and a 1/x⁴ tail.
     */
    @Test
    void bcsEdgeWithAlgebraicTail() {
        // the edge width sets the first panel, [1, 1 + w], i.e. u in [0, sqrt(2w)]: 0.1 keeps it short
        panels.reset(1.0, Double.POSITIVE_INFINITY).coshEdge(1.0, 0.1, 0.0).build(nodes);
        double sum = 0;
        for (int k = 0; k < nodes.size(); k++) {
            double x = nodes.x(k);
            double root = nodes.root(k) > 0 ? nodes.root(k) : Math.sqrt(x * x - 1);
            sum += nodes.weight(k) / (x * x * x * root);
        }
        double err = relativeError(sum, Math.PI / 4);
        System.out.printf("int_1^inf dx/(x^3 sqrt(x^2-1)): %d nodes, relative error %.2e%n", nodes.size(), err);
        assertThat(err).isLessThan(1e-13);
        assertThat(nodes.upper()).isInfinite();
    }

    /** The BCS density itself through the accurate edge factor, to an edge width of 1e-6. */
    @Test
    void bcsDensityOnAFiniteRangeIsIntegratedThroughRoot() {
        // ∫_1^X x/sqrt(x² − 1) dx = sqrt(X² − 1), the BCS density of states itself
        double upper = 3.0;
        panels.reset(1.0, upper).coshEdge(1.0, 1e-6, 0.0).build(nodes);
        double sum = 0;
        for (int k = 0; k < nodes.size(); k++) {
            sum += nodes.weight(k) * nodes.x(k) / nodes.root(k);
        }
        assertThat(relativeError(sum, Math.sqrt(upper * upper - 1))).isLessThan(1e-14);
    }

    /**
     * Below an edge, x = 1 − s²: ∫_0^1 dx/sqrt(1 − x) = 2 and ∫_0^1 x dx/sqrt(1 − x²) = 1, for
     * edge widths from 1 to 1e-12 (the grading must not cost accuracy).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1e-3, 1e-12})
    void squareRootEdgeBelow(double width) {
        panels.reset(0.0, 1.0).sqrtEdge(1.0, width, Side.BELOW).build(nodes);
        double a = 0;
        double b = 0;
        for (int k = 0; k < nodes.size(); k++) {
            double x = nodes.x(k);
            double s = nodes.root(k);
            assertThat(s * s).isCloseTo(1 - x, within(1e-15));
            a += nodes.weight(k) / s;
            b += nodes.weight(k) * x / (s * Math.sqrt(1 + x));
        }
        assertThat(relativeError(a, 2.0)).isLessThan(1e-14);
        assertThat(relativeError(b, 1.0)).isLessThan(1e-14);
        assertThat(nodes.panels()).isLessThan(60);
    }

    /**
     * Root grading: ∫_0^1 dx/sqrt(1 − x) · 1/(1 + ((1 − x)/w)) (a Lorentzian of width w in 1 − x at the
     * edge, closed form 2 sqrt(w) atan(1/sqrt(w))) to 1e-10 (α = 1) with fewer panels than x grading.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1e-2, 1e-6, 1e-10})
    void rootGradingResolvesAnEdgeOfWidthWInFewerPanels(double w) {
        double exact = 2 * Math.sqrt(w) * Math.atan(1 / Math.sqrt(w));
        panels.reset(0.0, 1.0).sqrtEdge(1.0, w, Side.BELOW, PanelBuilder.Grading.ROOT).build(nodes);
        double root = 0;
        for (int k = 0; k < nodes.size(); k++) {
            double s = nodes.root(k);
            root += nodes.weight(k) / (s * (1 + s * s / w));
        }
        int rootPanels = nodes.panels();
        panels.reset(0.0, 1.0).sqrtEdge(1.0, w, Side.BELOW).build(nodes);
        int xPanels = nodes.panels();
        assertThat(relativeError(root, exact)).isLessThan(1e-10);
        assertThat(rootPanels).isLessThan(xPanels);
    }

    /**
     * Two edges singular on both sides facing each other: ∫_{−2}^{2} [|x − ½|^{−½} + |x + ½|^{−½}] dx
     * = 4(sqrt(3/2) + sqrt(5/2)).
     */
    @Test
    void twoSidedEdgesShareTheGapAtItsMidpoint() {
        panels.reset(-2.0, 2.0).sqrtEdge(0.5, 0.01, Side.BOTH).sqrtEdge(-0.5, 0.01, Side.BOTH).build(nodes);
        double sum = nodes.sum(x -> 1 / Math.sqrt(Math.abs(x - 0.5)) + 1 / Math.sqrt(Math.abs(x + 0.5)));
        double exact = 4 * (Math.sqrt(1.5) + Math.sqrt(2.5));
        assertThat(relativeError(sum, exact)).isLessThan(1e-13);
        // every node between the edges is mapped for the edge on its side of the midpoint
        for (int k = 0; k < nodes.size(); k++) {
            double x = nodes.x(k);
            if (Math.abs(x) < 0.5) {
                assertThat(nodes.edge(k)).isEqualTo(x > 0 ? 0.5 : -0.5);
            }
        }
    }

    /**
     * Both tails mapped and edges on both sides, the layout the MAR integral needs:
     * ∫_{−∞}^{∞} dx/(sqrt|x² − 1| (1 + x²)) = π/√2 + √2 ln(1 + √2) (inside: x = sin θ; outside:
     * x = sec θ, then u = sin θ); the integrand falls off as 1/|x|³.
     */
    @Test
    void twoEdgesAndTwoTails() {
        panels.reset(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).tails(0.0, 4.0)
                .sqrtEdge(1.0, 1e-3, Side.BOTH).sqrtEdge(-1.0, 1e-3, Side.BOTH).build(nodes);
        double sum = nodes.sum(x -> 1 / (Math.sqrt(Math.abs((x - 1) * (x + 1))) * (1 + x * x)));
        double exact = Math.PI / Math.sqrt(2) + Math.sqrt(2) * Math.log(1 + Math.sqrt(2));
        double err = relativeError(sum, exact);
        System.out.printf("MAR-like layout: %d nodes, relative error %.2e%n", nodes.size(), err);
        assertThat(err).isLessThan(1e-12);
        assertThat(nodes.lower()).isInfinite();
    }

    /**
     * Many edges ω = ±Δ − j·eV (j = −N..N, singular on both sides), a Fermi window and a 1/|ω|³
     * tail: the MAR engine's layout, against adaptive Gauss–Kronrod (an independent rule) on every
     * half-interval between edges in the variable s = sqrt|x − edge|, plus the analytic left tail.
     * eV = 5/16 makes every edge a double, so |x − edge| is never rounded to 0.
     */
    @Test
    void marLayoutAgreesWithAdaptiveReference() {
        double delta = 1.0;
        double ev = 0.3125;
        int n = 6;
        panels.reset(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        double[] edges = new double[2 * (2 * n + 1)];
        int m = 0;
        for (int j = -n; j <= n; j++) {
            panels.sqrtEdge(delta - j * ev, 1e-3, Side.BOTH).sqrtEdge(-delta - j * ev, 1e-3, Side.BOTH);
            edges[m++] = delta - j * ev;
            edges[m++] = -delta - j * ev;
        }
        panels.feature(0.0, 0.1).build(nodes);
        double sum = nodes.sum(x -> marIntegrand(x, Double.NaN, 0, delta, ev, n));

        java.util.Arrays.sort(edges);
        double big = 1e4;
        AdaptiveGaussKronrod gk = new AdaptiveGaussKronrod(1e-14, 0, 100_000);
        double ref = gk.integrate(x -> marIntegrand(x, Double.NaN, 0, delta, ev, n), -big, edges[0] - 1).value()
                + gk.integrate(x -> marIntegrand(x, Double.NaN, 0, delta, ev, n), edges[edges.length - 1] + 1, big)
                        .value();
        for (int i = 0; i <= edges.length; i++) {
            double left = i == 0 ? edges[0] - 1 : edges[i - 1];
            double right = i == edges.length ? left + 1 : edges[i];
            double mid = 0.5 * (left + right);
            if (i > 0) { // [left, mid] with x = left + t²
                ref += gk.integrate(t -> marIntegrand(left + t * t, left, t * t, delta, ev, n) * 2 * t, 0,
                        Math.sqrt(mid - left)).value();
            } else {
                ref += gk.integrate(x -> marIntegrand(x, Double.NaN, 0, delta, ev, n), left, mid).value();
            }
            if (i < edges.length) { // [mid, right] with x = right − t²
                ref += gk.integrate(t -> marIntegrand(right - t * t, right, -t * t, delta, ev, n) * 2 * t, 0,
                        Math.sqrt(right - mid)).value();
            } else {
                ref += gk.integrate(x -> marIntegrand(x, Double.NaN, 0, delta, ev, n), mid, right).value();
            }
        }
        // beyond −L the integrand is Σ_j e^{−0.3|j|}/|x|³ to relative O(N eV/L); the right tail is e^{−L/0.05}
        double weights = 0;
        for (int j = -n; j <= n; j++) {
            weights += Math.exp(-0.3 * Math.abs(j));
        }
        ref += weights / (2 * big * big);
        double err = relativeError(sum, ref);
        System.out.printf("MAR layout, %d edges: %d nodes, relative error %.2e against adaptive%n", edges.length,
                nodes.size(), err);
        assertThat(err).isLessThan(1e-10);
    }

    /**
     * Σ_j e^{−0.3|j|}/sqrt|(x − Δ + j eV)(x + Δ + j eV)| · 1/(1 + x²) · f(x/0.05), with the distance to
     * the edge {@code edge} given exactly as {@code d} (the reference's substitution variable squared).
     */
    private static double marIntegrand(double x, double edge, double d, double delta, double ev, int n) {
        double s = 0;
        for (int j = -n; j <= n; j++) {
            double up = delta - j * ev;
            double down = -delta - j * ev;
            double du = up == edge ? d : x - up;
            double dd = down == edge ? d : x - down;
            s += Math.exp(-0.3 * Math.abs(j)) / Math.sqrt(Math.abs(du * dd));
        }
        return s / (1 + x * x) * FermiDirac.occupation(x / 0.05);
    }

    /** ∫_{−1}^{1} f(x/t) dx = 1 for the Fermi function f (f(y) + f(−y) = 1), for t down to 1e-9 L. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-1, 1e-4, 1e-9})
    void fermiEdgeIsResolvedByGrading(double t) {
        panels.reset(-1.0, 1.0).feature(0.0, 2 * t).build(nodes);
        double sum = nodes.sum(x -> FermiDirac.occupation(x / t));
        assertThat(relativeError(sum, 1.0)).isLessThan(1e-10); // α = 1: each panel sees the poles at ±iπt
        assertThat(nodes.panels()).isLessThan(100);
    }

    /** A reused buffer does not grow again, so repeated builds allocate nothing. */
    @Test
    void reusedBufferIsNotReallocated() {
        panels.reset(0.0, 10.0).feature(1.0, 1e-6).feature(5.0, 1e-3).build(nodes);
        double[] xs = nodes.xs();
        int size = nodes.size();
        for (int i = 0; i < 10; i++) {
            panels.reset(0.0, 10.0).feature(1.0, 1e-6).feature(5.0, 1e-3).build(nodes);
        }
        assertThat(nodes.xs()).isSameAs(xs);
        assertThat(nodes.size()).isEqualTo(size);
    }

    /** Panels never straddle a feature, and the nodes cover the range with weights summing to its length. */
    @Test
    void featuresAreBreakpointsAndWeightsSumToTheLength() {
        panels.reset(-3.0, 7.0).feature(0.3, 0.01).feature(2.0, 1.0).feature(6.9999, 1e-5).build(nodes);
        assertThat(nodes.sum(x -> 1.0)).isCloseTo(10.0, within(1e-13));
        assertThat(nodes.sum(x -> x)).isCloseTo(0.5 * (49 - 9), within(1e-12));
        // the kink |x − 0.3| is integrated exactly only if 0.3 is a panel end
        assertThat(nodes.sum(x -> Math.abs(x - 0.3))).isCloseTo(0.5 * (3.3 * 3.3 + 6.7 * 6.7), within(1e-12));
    }

    @Test
    void badLayoutsAreRefusedNamingTheQuantity() {
        assertThatThrownBy(() -> panels.reset(1, 1)).hasMessageContaining("lower < upper");
        assertThatThrownBy(() -> panels.reset(0, 1).feature(0.5, 0)).hasMessageContaining("width");
        assertThatThrownBy(() -> panels.reset(0, 1).feature(Double.NaN, 1)).hasMessageContaining("position");
        assertThatThrownBy(() -> panels.reset(0, 1).coshEdge(0.5, 1, 0.5)).hasMessageContaining("centre");
        assertThatThrownBy(() -> panels.reset(0, 1).sqrtEdge(0.5, 1, Side.ABOVE).coshEdge(0.5, 1, 0).build(nodes))
                .hasMessageContaining("claim the side above");
        assertThatThrownBy(() -> panels.reset(0, Double.POSITIVE_INFINITY).build(nodes))
                .hasMessageContaining("infinite integration range");
        assertThatThrownBy(() -> new PanelBuilder(8, 0)).hasMessageContaining("alpha");
    }
}
