package org.andreev.fit;

import java.util.Objects;

/**
 * One parameter of a least-squares fit: its name, start value, scale, transform and whether it is
 * free or held fixed (the idea of Orekit's {@code ParameterDriver}, as an immutable record).
 *
 * <p>The optimiser moves u = (q − q_0)/s_q, where q = {@code transform.toInternal(p)}, q_0 that of
 * the initial value, and s_q = {@code transform.internalScale(initial, scale)} is the change of q
 * matching a change {@code scale} of p.
 * The scale therefore sets both the conditioning of the problem and the finite-difference step
 * ({@link LeastSquaresFit#withDerivativeStep}): choose the typical magnitude of the parameter, or of
 * its expected variation for a parameter that may be zero (a voltage offset).
 *
 * @param name      the parameter's name, unique within a fit (e.g. {@code "te"})
 * @param initial   the start value, physical units, inside the transform's domain
 * @param scale     the typical magnitude, physical units (&gt; 0)
 * @param transform the map to the optimiser's unconstrained coordinate
 * @param free      {@code true} if fitted, {@code false} if held at {@code initial}
 * @param plausible where a fitted value can still mean something; the fit stops as not converged
 *                  when the optimiser moves the parameter outside ({@link LeastSquaresFit})
 */
public record FitParameter(String name, double initial, double scale, ParameterTransform transform,
        boolean free, Plausible plausible) {

    /**
     * The closed range [lowest, highest] of physical values a parameter may reach during a fit, and
     * why, for the message: outside it the model runs onto a plateau (a parameter the data no longer
     * determine, e.g. a temperature so high that the gap is washed out) or beyond its validity.
     *
     * @param lowest  the lowest plausible value, physical units (may be −∞)
     * @param highest the highest plausible value, physical units (may be +∞), &gt; lowest
     * @param why     what bounds it, for messages (e.g. "start × 10^±6"); may be empty
     */
    public record Plausible(double lowest, double highest, String why) {
        /** Any value. */
        public static final Plausible ANY = new Plausible(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");

        public Plausible {
            Objects.requireNonNull(why, "why");
            if (Double.isNaN(lowest) || Double.isNaN(highest) || !(highest > lowest)) {
                throw new IllegalArgumentException(
                        "a plausible range needs lowest < highest, got [" + lowest + ", " + highest + "]");
            }
        }

        /** Whether {@code p} lies in [lowest, highest]. */
        public boolean contains(double p) {
            return p >= lowest && p <= highest;
        }

        @Override
        public String toString() {
            return "[" + lowest + ", " + highest + "]" + (why.isEmpty() ? "" : " (" + why + ")");
        }
    }

    /** A parameter that may take any value of its transform's domain. */
    public FitParameter(String name, double initial, double scale, ParameterTransform transform, boolean free) {
        this(name, initial, scale, transform, free, Plausible.ANY);
    }

    public FitParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transform, "transform");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a fit parameter needs a name");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale of " + name + " must be finite and > 0, got " + scale);
        }
        if (free && !transform.contains(initial)) {
            throw new IllegalArgumentException(
                    "initial value of " + name + " must be " + transform.domain() + ", got " + initial);
        }
        if (!Double.isFinite(initial)) {
            throw new IllegalArgumentException("value of " + name + " must be finite, got " + initial);
        }
        Objects.requireNonNull(plausible, "plausible");
        if (free && !plausible.contains(initial)) {
            throw new IllegalArgumentException("initial value of " + name + " must lie in its plausible range "
                    + plausible + ", got " + initial);
        }
    }

    /** A free parameter on the whole real line, scale = |initial| (1 if initial = 0). */
    public static FitParameter of(String name, double initial) {
        return new FitParameter(name, initial, defaultScale(initial), ParameterTransform.identity(), true);
    }

    /** A free parameter on the whole real line with the given scale. */
    public static FitParameter of(String name, double initial, double scale) {
        return new FitParameter(name, initial, scale, ParameterTransform.identity(), true);
    }

    /**
     * A free non-negative parameter that may be fitted at exactly 0 (p = |q|, {@link
     * ParameterTransform#magnitude()}), with the given scale (the typical size of a change).
     */
    public static FitParameter nonNegative(String name, double initial, double scale) {
        return new FitParameter(name, initial, scale, ParameterTransform.magnitude(), true);
    }

    /**
     * A free non-negative parameter that may be fitted at exactly 0 and that the model is not even in
     * (a rate, a fraction: p = q², {@link ParameterTransform#square()}), with the given scale.
     */
    public static FitParameter nonNegativeSmooth(String name, double initial, double scale) {
        return new FitParameter(name, initial, scale, ParameterTransform.square(), true);
    }

    /** A free, strictly positive parameter (log transform), scale = initial. */
    public static FitParameter positive(String name, double initial) {
        return new FitParameter(name, initial, Math.abs(initial) > 0 ? Math.abs(initial) : 1.0,
                ParameterTransform.log(), true);
    }

    /** A free parameter confined to the open interval (lower, upper) by the sin/arcsin map. */
    public static FitParameter bounded(String name, double initial, double lower, double upper) {
        return new FitParameter(name, initial, 0.5 * (upper - lower), ParameterTransform.box(lower, upper), true);
    }

    /** A parameter held at {@code value}. */
    public static FitParameter fixed(String name, double value) {
        return new FitParameter(name, value, defaultScale(value), ParameterTransform.identity(), false);
    }

    /** This parameter with another scale. */
    public FitParameter withScale(double newScale) {
        return new FitParameter(name, initial, newScale, transform, free, plausible);
    }

    /**
     * This parameter confined to the plausible range [lowest, highest] (physical units): a fit that
     * moves it outside stops as not converged, naming it, {@code why} and the value it ran to.
     */
    public FitParameter withPlausibleRange(double lowest, double highest, String why) {
        return new FitParameter(name, initial, scale, transform, free, new Plausible(lowest, highest, why));
    }

    /**
     * This positive parameter confined to [initial/factor, initial·factor]: a runaway guard for a
     * parameter fitted in logarithm, which one trust-region step can carry to 0 or ∞ (onto a plateau
     * where the model no longer depends on it).
     */
    public FitParameter withinFactorOfStart(double factor) {
        if (!(factor > 1) || !(initial > 0)) {
            throw new IllegalArgumentException("a runaway guard needs a factor > 1 and a positive start, got factor "
                    + factor + " for " + name + " = " + initial);
        }
        return withPlausibleRange(initial / factor, initial * factor, "within a factor " + factor + " of its start");
    }

    double internalScale() {
        return transform.internalScale(initial, scale);
    }

    /** The internal coordinate q at optimiser coordinate {@code u}. */
    private double internal(double u) {
        return transform.toInternal(initial) + u * internalScale();
    }

    /** The optimiser coordinate u of the physical value {@code p} (0 at the initial value). */
    double toOptimizer(double p) {
        return (transform.toInternal(p) - transform.toInternal(initial)) / internalScale();
    }

    /** The physical value of the optimiser coordinate {@code u}. */
    double toPhysical(double u) {
        return transform.toPhysical(internal(u));
    }

    /** dp/du at the optimiser coordinate {@code u}. */
    double derivative(double u) {
        return transform.derivative(internal(u)) * internalScale();
    }

    /** Whether the value at optimiser coordinate {@code u} sits at the edge of the transform's domain. */
    boolean atBound(double u) {
        return transform.atBound(internal(u), scale);
    }

    private static double defaultScale(double value) {
        return Math.abs(value) > 0 ? Math.abs(value) : 1.0;
    }
}
