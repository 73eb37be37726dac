package org.andreev.numeric;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss–Kronrod quadrature (7-point Gauss embedded in the 15-point Kronrod
 * rule, as QUADPACK's QAG, Piessens et al. 1983): the interval with the largest error estimate
 * |K15 − G7| is bisected until the summed estimate meets the tolerance. Slow but robust; it is the
 * high-precision reference the fixed-panel kernels are tested against. It does not evaluate the
 * end points, so integrable end-point singularities are tolerated (slowly).
 *
 * <p>Immutable configuration; {@link #withRelativeTolerance}, {@link #withAbsoluteTolerance} and
 * {@link #withMaxIntervals} return modified copies.
 *
 * @param relativeTolerance stop when the error estimate ≤ relativeTolerance·|integral| ...
 * @param absoluteTolerance ... or ≤ absoluteTolerance
 * @param maxIntervals      give up (result not converged) after this many subintervals
 */
public record AdaptiveGaussKronrod(double relativeTolerance, double absoluteTolerance, int maxIntervals) {

    /** The outcome of one integration. */
    public record Result(double value, double errorEstimate, int evaluations, boolean converged) {}

    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0
    };
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714
    };
    /** Gauss 7-point weights at XGK[1], XGK[3], XGK[5], XGK[7]. */
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327
    };

    /** Validates the tolerances. */
    public AdaptiveGaussKronrod {
        if (!(relativeTolerance >= 0) || !(absoluteTolerance >= 0)
                || relativeTolerance == 0 && absoluteTolerance == 0) {
            throw new IllegalArgumentException("quadrature tolerances must be >= 0 and not both 0, got relative "
                    + relativeTolerance + ", absolute " + absoluteTolerance);
        }
        if (maxIntervals < 1) {
            throw new IllegalArgumentException("maxIntervals must be >= 1, got " + maxIntervals);
        }
    }

    /** Relative tolerance 1e-12, no absolute floor, up to 100 000 subintervals. */
    public static AdaptiveGaussKronrod highPrecision() {
        return new AdaptiveGaussKronrod(1e-12, 0.0, 100_000);
    }

    public AdaptiveGaussKronrod withRelativeTolerance(double tolerance) {
        return new AdaptiveGaussKronrod(tolerance, absoluteTolerance, maxIntervals);
    }

    public AdaptiveGaussKronrod withAbsoluteTolerance(double tolerance) {
        return new AdaptiveGaussKronrod(relativeTolerance, tolerance, maxIntervals);
    }

    public AdaptiveGaussKronrod withMaxIntervals(int intervals) {
        return new AdaptiveGaussKronrod(relativeTolerance, absoluteTolerance, intervals);
    }

    private record Segment(double a, double b, double value, double error) {}

    /** ∫_a^b f(x) dx. */
    public Result integrate(DoubleUnaryOperator f, double a, double b) {
        return integrate(f, new double[] {a, b});
    }

    /**
     * ∫ f over [breakpoints[0], breakpoints[last]], with the ascending {@code breakpoints} as the
     * initial subdivision (put kinks, edges and peaks there).
     */
    public Result integrate(DoubleUnaryOperator f, double[] breakpoints) {
        PriorityQueue<Segment> queue = new PriorityQueue<>((s, t) -> Double.compare(t.error, s.error));
        double value = 0;
        double error = 0;
        int evaluations = 0;
        for (int i = 0; i + 1 < breakpoints.length; i++) {
            if (!(breakpoints[i + 1] >= breakpoints[i])) {
                throw new IllegalArgumentException("breakpoints must ascend, got " + breakpoints[i] + " then "
                        + breakpoints[i + 1]);
            }
            if (breakpoints[i + 1] == breakpoints[i]) {
                continue;
            }
            Segment s = kronrod(f, breakpoints[i], breakpoints[i + 1]);
            evaluations += 15;
            queue.add(s);
            value += s.value;
            error += s.error;
        }
        while (!queue.isEmpty() && error > Math.max(absoluteTolerance, relativeTolerance * Math.abs(value))) {
            if (queue.size() >= maxIntervals) {
                return new Result(value, error, evaluations, false);
            }
            Segment worst = queue.poll();
            double mid = 0.5 * (worst.a + worst.b);
            if (mid <= worst.a || mid >= worst.b) {
                // cannot split further in double precision: accept this piece as it is
                return new Result(value, error, evaluations, false);
            }
            Segment left = kronrod(f, worst.a, mid);
            Segment right = kronrod(f, mid, worst.b);
            evaluations += 30;
            queue.add(left);
            queue.add(right);
            value += left.value + right.value - worst.value;
            error += left.error + right.error - worst.error;
        }
        // re-sum to remove the drift of the running updates
        double sum = 0;
        double err = 0;
        for (Segment s : queue) {
            sum += s.value;
            err += s.error;
        }
        return new Result(sum, err, evaluations, true);
    }

    private static Segment kronrod(DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double fc = f.applyAsDouble(mid);
        double k = WGK[7] * fc;
        double g = WG[3] * fc;
        for (int j = 0; j < 7; j++) {
            double dx = half * XGK[j];
            double s = f.applyAsDouble(mid - dx) + f.applyAsDouble(mid + dx);
            k += WGK[j] * s;
            if (j % 2 == 1) {
                g += WG[j / 2] * s;
            }
        }
        return new Segment(a, b, k * half, Math.abs((k - g) * half));
    }
}
