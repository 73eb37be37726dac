package org.andreev.numeric;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The one bracketed root solver: Brent–Dekker (zeroin: inverse quadratic interpolation and secant
 * steps safeguarded by bisection; Brent, <i>Algorithms for Minimization without Derivatives</i>
 * (1973), ch. 4), optionally after a directed bracket expansion. It converges on every continuous
 * function with a sign change in the bracket, superlinearly near a simple root, in at most about
 * (log₂(bracket/tolerance))² evaluations. It never throws on a bad function: the {@link Root} it
 * returns says whether it converged, and if not, why ({@link Status}) and where. Immutable and
 * thread-safe; nothing is allocated per iteration (the function is called, the result is one small
 * record).
 *
 * <pre>{@code
 * RootSolver.Root r = RootSolver.absolute(1e-9).bracketAndSolve(t -> residual(t), guess, 0.05 * guess,
 *         0.0, 1e3, true);
 * if (!r.converged()) throw new ArithmeticException(r.reason());
 * double t = r.x();
 * }</pre>
 *
 * @param absoluteTolerance the root lies within max(absoluteTolerance, relativeTolerance·|x|) of
 *                          {@link Root#x} (plus 2 ulp), ≥ 0
 * @param relativeTolerance see {@code absoluteTolerance}, ≥ 0 (with both 0 the root is found to 2 ulp)
 * @param maxEvaluations    the most function evaluations, expansion included (≥ 2)
 */
public record RootSolver(double absoluteTolerance, double relativeTolerance, int maxEvaluations) {

    /** Why a solve ended. */
    public enum Status {
        /** The bracket closed to the tolerance (or f was exactly 0). */
        CONVERGED,
        /** f has the same sign at both ends of the bracket, or the expansion reached its limit. */
        NO_SIGN_CHANGE,
        /** f returned NaN or ±∞ (at {@link Root#x}). */
        NOT_FINITE,
        /** The evaluation budget ran out before the bracket closed. */
        TOO_MANY_EVALUATIONS
    }

    /**
     * The outcome of a solve.
     *
     * @param x           the root when {@link #converged()}; otherwise the last point reached
     * @param fx          f(x)
     * @param status      why the solve ended
     * @param evaluations the number of evaluations of f
     * @param lower       the low end of the last bracket (or of the range searched)
     * @param upper       its high end
     */
    public record Root(double x, double fx, Status status, int evaluations, double lower, double upper) {

        /** Whether a root was found. */
        public boolean converged() {
            return status == Status.CONVERGED;
        }

        /** One sentence saying why no root was found; empty when one was. */
        public String reason() {
            return switch (status) {
                case CONVERGED -> "";
                case NO_SIGN_CHANGE -> String.format(Locale.ROOT,
                        "no sign change of the function on [%s, %s] (value %s at %s)", lower, upper, fx, x);
                case NOT_FINITE -> String.format(Locale.ROOT, "the function is %s at %s", fx, x);
                case TOO_MANY_EVALUATIONS -> String.format(Locale.ROOT,
                        "the bracket [%s, %s] did not close in %d evaluations", lower, upper, evaluations);
            };
        }
    }

    /** The factor by which a bracket expansion's step grows. */
    public static final double GROWTH = 4.0;

    /** Validates the tolerances and the budget. */
    public RootSolver {
        if (!(absoluteTolerance >= 0) || Double.isInfinite(absoluteTolerance)) {
            throw new IllegalArgumentException("root absolute tolerance must be >= 0 and finite, got " + absoluteTolerance);
        }
        if (!(relativeTolerance >= 0) || relativeTolerance >= 1) {
            throw new IllegalArgumentException("root relative tolerance must be in [0, 1), got " + relativeTolerance);
        }
        if (maxEvaluations < 2) {
            throw new IllegalArgumentException("root solver needs at least 2 evaluations, got " + maxEvaluations);
        }
    }

    /** A solver to an absolute tolerance, 200 evaluations. */
    public static RootSolver absolute(double tolerance) {
        return new RootSolver(tolerance, 0.0, 200);
    }

    /** A solver to a relative tolerance, 200 evaluations. */
    public static RootSolver relative(double tolerance) {
        return new RootSolver(0.0, tolerance, 200);
    }

    /** A root of f in [a, b] (either order); f(a) and f(b) must differ in sign (or one be 0). */
    public Root solve(DoubleUnaryOperator f, double a, double b) {
        double fa = f.applyAsDouble(a);
        if (!Double.isFinite(fa)) {
            return new Root(a, fa, Status.NOT_FINITE, 1, Math.min(a, b), Math.max(a, b));
        }
        double fb = f.applyAsDouble(b);
        if (!Double.isFinite(fb)) {
            return new Root(b, fb, Status.NOT_FINITE, 2, Math.min(a, b), Math.max(a, b));
        }
        return solve(f, a, fa, b, fb, 2);
    }

    /** As {@link #solve(DoubleUnaryOperator, double, double)} with f(a), f(b) already known. */
    public Root solve(DoubleUnaryOperator f, double a, double fa, double b, double fb) {
        return solve(f, a, fa, b, fb, 0);
    }

    /**
     * A root of a function with one sign change in (lower, upper), from a guess: the bracket is
     * expanded from {@code guess} in the direction of the root (above the guess if f(guess) &lt; 0
     * for an {@code increasing} f), by steps growing by {@link #GROWTH} from {@code step}; a step
     * that would pass a limit halves the distance to it instead (the limits themselves, exclusive,
     * are never evaluated: f may be undefined there). The expansion gives up with
     * {@link Status#NO_SIGN_CHANGE} when the distance left to the limit is within the tolerance.
     *
     * @param guess      a start inside (lower, upper)
     * @param step       the first step (&gt; 0)
     * @param lower      the exclusive lower limit (may be −∞)
     * @param upper      the exclusive upper limit (may be +∞)
     * @param increasing whether f increases through its root (f &lt; 0 below it); else it decreases
     */
    public Root bracketAndSolve(DoubleUnaryOperator f, double guess, double step, double lower, double upper,
            boolean increasing) {
        if (!(guess > lower && guess < upper) || !(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("bracket expansion needs lower < guess < upper and a step > 0, got "
                    + lower + " < " + guess + " < " + upper + ", step " + step);
        }
        double a = guess;
        double fa = f.applyAsDouble(a);
        int evaluations = 1;
        if (!Double.isFinite(fa)) {
            return new Root(a, fa, Status.NOT_FINITE, evaluations, a, a);
        }
        if (fa == 0) {
            return new Root(a, fa, Status.CONVERGED, evaluations, a, a);
        }
        boolean up = (fa < 0) == increasing;
        double limit = up ? upper : lower;
        double dir = up ? 1.0 : -1.0;
        double b = a;
        double fb = fa;
        double h = step;
        while (true) {
            if (evaluations >= maxEvaluations) {
                return new Root(b, fb, Status.TOO_MANY_EVALUATIONS, evaluations, Math.min(a, b), Math.max(a, b));
            }
            double next = b + dir * h;
            if (up ? next >= limit : next <= limit) {
                if (Math.abs(limit - b) <= tolerance(b)) {
                    return new Root(b, fb, Status.NO_SIGN_CHANGE, evaluations, Math.min(guess, b), Math.max(guess, b));
                }
                next = b + 0.5 * (limit - b);
            }
            double fn = f.applyAsDouble(next);
            evaluations++;
            if (!Double.isFinite(fn)) {
                return new Root(next, fn, Status.NOT_FINITE, evaluations, Math.min(a, next), Math.max(a, next));
            }
            a = b;
            fa = fb;
            b = next;
            fb = fn;
            if (fa * fb <= 0) {
                return solve(f, a, fa, b, fb, evaluations);
            }
            h *= GROWTH;
        }
    }

    private double tolerance(double x) {
        return 2 * Math.ulp(x) + Math.max(absoluteTolerance, relativeTolerance * Math.abs(x));
    }

    /** Brent–Dekker on a bracket [a, b] with fa·fb ≤ 0, {@code used} evaluations already spent. */
    private Root solve(DoubleUnaryOperator f, double a, double fa, double b, double fb, int used) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        if (fa * fb > 0 || Double.isNaN(fa * fb)) {
            return new Root(Math.abs(fa) < Math.abs(fb) ? a : b, Math.abs(fa) < Math.abs(fb) ? fa : fb,
                    Double.isFinite(fa) && Double.isFinite(fb) ? Status.NO_SIGN_CHANGE : Status.NOT_FINITE,
                    used, lo, hi);
        }
        if (fa == 0) {
            return new Root(a, fa, Status.CONVERGED, used, a, a);
        }
        int evaluations = used;
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        while (true) {
            if (fb * fc > 0) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol1 = 0.5 * tolerance(b);
            double xm = 0.5 * (c - b);
            if (Math.abs(xm) <= tol1 || fb == 0) {
                return new Root(b, fb, Status.CONVERGED, evaluations, Math.min(b, c), Math.max(b, c));
            }
            if (evaluations >= maxEvaluations) {
                return new Root(b, fb, Status.TOO_MANY_EVALUATIONS, evaluations, Math.min(b, c), Math.max(b, c));
            }
            if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * xm * s;
                    q = 1 - s;
                } else {
                    q = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * xm * q * (q - r) - (b - a) * (r - 1));
                    q = (q - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                }
                p = Math.abs(p);
                if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = xm;
                    e = d;
                }
            } else {
                d = xm;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol1 ? d : Math.copySign(tol1, xm);
            fb = f.applyAsDouble(b);
            evaluations++;
            if (!Double.isFinite(fb)) {
                return new Root(b, fb, Status.NOT_FINITE, evaluations, Math.min(a, c), Math.max(a, c));
            }
        }
    }
}
