package org.andreev.numeric;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The one maximiser of a function of one variable on a closed range: Brent's method (parabolic
 * interpolation through the three best points, safeguarded by golden-section steps; Brent,
 * <i>Algorithms for Minimization without Derivatives</i> (1973), ch. 5, procedure localmin), on a
 * bracket found either by a grid over the range or by expanding from a guess. Where f is smooth
 * near its maximum the parabolic steps converge superlinearly (a few evaluations from three points
 * already known, where golden section alone needs log(bracket/tolerance)/log 1.618); where it is not,
 * golden-section steps guarantee convergence. On a range where f has several maxima it finds the
 * one the bracket holds; a maximum on an end of the range is found there. It never throws on a bad
 * function: the {@link Maximum} it returns says whether it converged, and if not, why
 * ({@link Status}). Immutable and thread-safe; nothing is allocated per iteration.
 *
 * <pre>{@code
 * Maximiser.Maximum m = Maximiser.absolute(1e-9).grid(v -> heat(v), 0.5e-3, 1e-3, 12);
 * if (!m.converged()) throw new ArithmeticException(m.reason());
 * double best = m.x();
 * }</pre>
 *
 * This is {@link RootSolver}'s counterpart: the same book, the same shape of result.
 *
 * @param absoluteTolerance the maximum lies within max(absoluteTolerance, relativeTolerance·|x|)
 *                          (plus 2 ulp) of {@link Maximum#x}, ≥ 0
 * @param relativeTolerance see {@code absoluteTolerance}, ≥ 0 and &lt; 1
 * @param maxEvaluations    the most function evaluations, grid or expansion included (≥ 3)
 */
public record Maximiser(double absoluteTolerance, double relativeTolerance, int maxEvaluations) {

    /** Why a search ended. */
    public enum Status {
        /** The bracket around the best point closed to the tolerance. */
        CONVERGED,
        /** f returned NaN or ±∞ (at {@link Maximum#x}). */
        NOT_FINITE,
        /** The evaluation budget ran out before the bracket closed. */
        TOO_MANY_EVALUATIONS
    }

    /**
     * The outcome of a search.
     *
     * @param x           the best point evaluated (the maximum when {@link #converged()})
     * @param fx          f(x)
     * @param status      why the search ended
     * @param evaluations the number of evaluations of f
     * @param lower       the low end of the last bracket
     * @param upper       its high end
     */
    public record Maximum(double x, double fx, Status status, int evaluations, double lower, double upper) {

        /** Whether the maximum was found to the tolerance. */
        public boolean converged() {
            return status == Status.CONVERGED;
        }

        /** One sentence saying why the search failed; empty when it converged. */
        public String reason() {
            return switch (status) {
                case CONVERGED -> "";
                case NOT_FINITE -> String.format(Locale.ROOT, "the function is %s at %s", fx, x);
                case TOO_MANY_EVALUATIONS -> String.format(Locale.ROOT,
                        "the bracket [%s, %s] around the best point %s did not close in %d evaluations", lower,
                        upper, x, evaluations);
            };
        }
    }

    /** Brent's golden-section step, (3 − √5)/2. */
    private static final double GOLDEN_STEP = 0.3819660112501051;

    /** The factor by which a bracket expansion's step grows, the golden ratio (1 + √5)/2. */
    public static final double GROWTH = 1.618033988749895;

    /** Validates the tolerances and the budget. */
    public Maximiser {
        if (!(absoluteTolerance >= 0) || Double.isInfinite(absoluteTolerance)) {
            throw new IllegalArgumentException("maximiser absolute tolerance must be >= 0 and finite, got "
                    + absoluteTolerance);
        }
        if (!(relativeTolerance >= 0) || relativeTolerance >= 1) {
            throw new IllegalArgumentException("maximiser relative tolerance must be in [0, 1), got "
                    + relativeTolerance);
        }
        if (maxEvaluations < 3) {
            throw new IllegalArgumentException("maximiser needs at least 3 evaluations, got " + maxEvaluations);
        }
    }

    /** A maximiser to an absolute tolerance, 200 evaluations. */
    public static Maximiser absolute(double tolerance) {
        return new Maximiser(tolerance, 0.0, 200);
    }

    /** This maximiser with another absolute tolerance. */
    public Maximiser withAbsoluteTolerance(double tolerance) {
        return new Maximiser(tolerance, relativeTolerance, maxEvaluations);
    }

    /**
     * The maximum of f on [lower, upper] by a grid of {@code points} equally spaced points (ends
     * included), refined by Brent's method in the two grid cells around the best of them: the global
     * maximum when the grid resolves f's maxima.
     */
    public Maximum grid(DoubleUnaryOperator f, double lower, double upper, int points) {
        if (!(lower < upper) || Double.isInfinite(upper - lower)) {
            throw new IllegalArgumentException("grid search needs a finite range lower < upper, got [" + lower + ", "
                    + upper + "]");
        }
        if (points < 3 || points > maxEvaluations) {
            throw new IllegalArgumentException("grid search needs 3 to " + maxEvaluations + " points, got " + points);
        }
        int best = 0;
        double bestX = lower;
        double bestF = Double.NEGATIVE_INFINITY;
        double belowX = lower;
        double belowF = Double.NaN;
        double aboveX = lower;
        double aboveF = Double.NaN;
        double previousX = lower;
        double previousF = Double.NaN;
        for (int i = 0; i < points; i++) {
            double x = lower + (upper - lower) * i / (points - 1);
            double fx = f.applyAsDouble(x);
            if (!Double.isFinite(fx)) {
                return new Maximum(x, fx, Status.NOT_FINITE, i + 1, lower, upper);
            }
            if (fx > bestF) {
                best = i;
                bestX = x;
                bestF = fx;
                belowX = previousX;
                belowF = previousF;
                aboveF = Double.NaN;
            } else if (i == best + 1) {
                aboveX = x;
                aboveF = fx;
            }
            previousX = x;
            previousF = fx;
        }
        if (best == 0) {
            belowX = bestX;
            belowF = bestF;
        }
        if (best == points - 1) {
            aboveX = bestX;
            aboveF = bestF;
        }
        return refine(f, belowX, belowF, bestX, bestF, aboveX, aboveF, points);
    }

    /**
     * The maximum of f near {@code guess}, within [lower, upper]: f is evaluated at the guess and
     * one {@code step} to either side, then further by steps growing by {@link #GROWTH} uphill until
     * f falls again (or the end of the range is reached, which is then evaluated), and the bracket
     * is refined by Brent's method. A local search: it finds the maximum whose slope the guess lies
     * on, not necessarily the highest in the range.
     *
     * @param guess a start in [lower, upper]
     * @param step  the first step (&gt; 0), about the width of the maximum
     */
    public Maximum bracketAndRefine(DoubleUnaryOperator f, double guess, double step, double lower, double upper) {
        if (!(guess >= lower && guess <= upper) || !(step > 0) || Double.isInfinite(step) || !(lower < upper)) {
            throw new IllegalArgumentException("bracket expansion needs lower <= guess <= upper and a step > 0, got "
                    + lower + " <= " + guess + " <= " + upper + ", step " + step);
        }
        double x = guess;
        double fx = f.applyAsDouble(x);
        int evaluations = 1;
        if (!Double.isFinite(fx)) {
            return new Maximum(x, fx, Status.NOT_FINITE, evaluations, x, x);
        }
        // the first step goes up, unless the guess is at the upper end
        double dir = guess < upper ? 1.0 : -1.0;
        double u = clamp(x + dir * step, lower, upper);
        double fu = f.applyAsDouble(u);
        evaluations++;
        if (!Double.isFinite(fu)) {
            return new Maximum(u, fu, Status.NOT_FINITE, evaluations, Math.min(x, u), Math.max(x, u));
        }
        double behind;
        double fBehind;
        if (fu > fx) {
            behind = x;
            fBehind = fx;
            x = u;
            fx = fu;
        } else {
            // downhill that way: look the other way
            double w = clamp(guess - dir * step, lower, upper);
            if (w == guess) {
                // the guess is at an end and f falls away from it: the maximum is at the end (refined)
                return refine(f, Math.min(x, u), dir > 0 ? fx : fu, x, fx, Math.max(x, u), dir > 0 ? fu : fx,
                        evaluations);
            }
            double fw = f.applyAsDouble(w);
            evaluations++;
            if (!Double.isFinite(fw)) {
                return new Maximum(w, fw, Status.NOT_FINITE, evaluations, Math.min(w, u), Math.max(w, u));
            }
            if (fw <= fx) {
                // bracketed by the first three points
                return dir > 0 ? refine(f, w, fw, x, fx, u, fu, evaluations) : refine(f, u, fu, x, fx, w, fw, evaluations);
            }
            dir = -dir;
            behind = x;
            fBehind = fx;
            x = w;
            fx = fw;
        }
        // expand uphill in direction dir until f falls
        double h = step * GROWTH;
        double limit = dir > 0 ? upper : lower;
        while (true) {
            if (x == limit) {
                // the maximum is at the end of the range
                return dir > 0 ? refine(f, behind, fBehind, x, fx, x, fx, evaluations)
                        : refine(f, x, fx, x, fx, behind, fBehind, evaluations);
            }
            if (evaluations >= maxEvaluations) {
                return new Maximum(x, fx, Status.TOO_MANY_EVALUATIONS, evaluations, Math.min(behind, x),
                        Math.max(behind, x));
            }
            double next = clamp(x + dir * h, lower, upper);
            double fn = f.applyAsDouble(next);
            evaluations++;
            if (!Double.isFinite(fn)) {
                return new Maximum(next, fn, Status.NOT_FINITE, evaluations, Math.min(x, next), Math.max(x, next));
            }
            if (fn <= fx) {
                return dir > 0 ? refine(f, behind, fBehind, x, fx, next, fn, evaluations)
                        : refine(f, next, fn, x, fx, behind, fBehind, evaluations);
            }
            behind = x;
            fBehind = fx;
            x = next;
            fx = fn;
            h *= GROWTH;
        }
    }

    /**
     * Brent's method on the bracket [a, b] around x, with f(x) ≥ f(a), f(b) already known
     * ({@code used} evaluations spent); a = x or b = x when the best point is an end of the range.
     * The first step may be parabolic through the three points.
     */
    public Maximum refine(DoubleUnaryOperator f, double a, double fa, double x, double fx, double b, double fb,
            int used) {
        if (!(a <= x && x <= b) || fa > fx || fb > fx) {
            throw new IllegalArgumentException("refine needs a <= x <= b with f(x) >= f(a), f(b), got a = " + a
                    + " (" + fa + "), x = " + x + " (" + fx + "), b = " + b + " (" + fb + ")");
        }
        // Brent's localmin on g = −f
        double lo = a;
        double hi = b;
        double gx = -fx;
        double w = a;
        double gw = -fa;
        double v = b;
        double gv = -fb;
        double d = 0;
        double e = hi - lo; // allows a parabolic first step through the three given points
        int evaluations = used;
        while (true) {
            double xm = 0.5 * (lo + hi);
            double tol1 = 0.5 * tolerance(x);
            if (Math.abs(x - xm) <= 2 * tol1 - 0.5 * (hi - lo)) {
                return new Maximum(x, -gx, Status.CONVERGED, evaluations, lo, hi);
            }
            if (evaluations >= maxEvaluations) {
                return new Maximum(x, -gx, Status.TOO_MANY_EVALUATIONS, evaluations, lo, hi);
            }
            boolean golden = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (gx - gv);
                double q = (x - v) * (gx - gw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                }
                q = Math.abs(q);
                double previous = e;
                if (q > 0 && Math.abs(p) < Math.abs(0.5 * q * previous) && p > q * (lo - x) && p < q * (hi - x)) {
                    e = d;
                    d = p / q;
                    double u = x + d;
                    if (u - lo < 2 * tol1 || hi - u < 2 * tol1) {
                        d = Math.copySign(tol1, xm - x);
                    }
                    golden = false;
                }
            }
            if (golden) {
                e = x >= xm ? lo - x : hi - x;
                d = GOLDEN_STEP * e;
            }
            double u = Math.abs(d) >= tol1 ? x + d : x + Math.copySign(tol1, d);
            double fu = f.applyAsDouble(u);
            evaluations++;
            if (!Double.isFinite(fu)) {
                return new Maximum(u, fu, Status.NOT_FINITE, evaluations, lo, hi);
            }
            double gu = -fu;
            if (gu <= gx) {
                if (u >= x) {
                    lo = x;
                } else {
                    hi = x;
                }
                v = w;
                gv = gw;
                w = x;
                gw = gx;
                x = u;
                gx = gu;
            } else {
                if (u < x) {
                    lo = u;
                } else {
                    hi = u;
                }
                if (gu <= gw || w == x) {
                    v = w;
                    gv = gw;
                    w = u;
                    gw = gu;
                } else if (gu <= gv || v == x || v == w) {
                    v = u;
                    gv = gu;
                }
            }
        }
    }

    private double tolerance(double x) {
        return 2 * Math.ulp(x) + Math.max(absoluteTolerance, relativeTolerance * Math.abs(x));
    }

    private static double clamp(double x, double lower, double upper) {
        return Math.max(lower, Math.min(upper, x));
    }
}
