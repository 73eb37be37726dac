package org.andreev.fit;

/**
 * The map between a parameter's physical value p and the unconstrained coordinate q the optimiser
 * moves, so that a constrained parameter can never leave its domain (no clamping: see the package
 * documentation).
 *
 * <ul>
 *   <li>{@link Identity}: q = p, any real p;</li>
 *   <li>{@link Log}: q = ln p, for strictly positive quantities;</li>
 *   <li>{@link Box}: p = a + (b − a)(1 + sin q)/2, i.e. q = arcsin(2(p − a)/(b − a) − 1), for a &lt;
 *       p &lt; b (the sin/arcsin map of MINUIT, F. James, MINUIT Reference Manual, CERN D506, §1.3).
 *       In floating point sin q rounds to ±1 near ±π/2, so a fit pushed against a bound can return
 *       the bound itself: choose bounds the model accepts.</li>
 *   <li>{@link Magnitude}: p = |q|, for a non-negative quantity the model depends on evenly (an
 *       exchange splitting ±h, a scattering rate that may vanish): unlike {@link Log} it reaches
 *       p = 0 exactly, so a parameter the data want at zero is fitted there rather than run to
 *       the edge of a domain. dp/dq = sign q carries the covariance back with the right signs.
 *       The model must be smooth and even in p (as in ±h): otherwise χ²(q) has a kink at q = 0 and
 *       Levenberg–Marquardt circles it without converging.</li>
 *   <li>{@link Square}: p = q², for a non-negative quantity the model is not even in (a scattering
 *       rate, a fraction): it reaches p = 0 exactly and χ²(q) stays smooth there, so a value the
 *       data want at 0 is a smooth minimum at q = 0 rather than a kink.</li>
 * </ul>
 *
 * <p>Uncertainties found in q are carried back to p to first order (delta method) with {@link
 * #derivative(double) dp/dq}.
 */
public sealed interface ParameterTransform {

    /** q for the physical value {@code p}, which must lie in the domain ({@link #contains}). */
    double toInternal(double p);

    /** The physical value p for the internal coordinate {@code q}. */
    double toPhysical(double q);

    /** dp/dq at the internal coordinate {@code q}. */
    double derivative(double q);

    /** Whether {@code p} lies strictly inside the domain of this transform. */
    boolean contains(double p);

    /** A human-readable description of the domain, for messages (e.g. "p > 0"). */
    String domain();

    /**
     * The change of q that corresponds to a change {@code scale} of p, evaluated where the map is
     * representative: at {@code p} for {@link Log}, at the centre of the box for {@link Box} (so that
     * a start close to a bound does not blow it up).
     */
    double internalScale(double p, double scale);

    /**
     * Whether the physical value at {@code q} has run against the edge of the domain (within 10⁻⁸ of
     * {@code scale} of 0 for {@link Log}, within 10⁻⁸ of the half-width of a bound for {@link Box}): the
     * data then want the parameter outside its domain and its σ is a one-sided, linearised figure.
     */
    boolean atBound(double q, double scale);

    /** No transform: the parameter may take any real value. */
    static ParameterTransform identity() {
        return new Identity();
    }

    /** q = ln p: the parameter stays strictly positive. */
    static ParameterTransform log() {
        return new Log();
    }

    /** The sin/arcsin map onto the open interval (lower, upper). */
    static ParameterTransform box(double lower, double upper) {
        return new Box(lower, upper);
    }

    /** p = |q|: a non-negative parameter that can be fitted at 0 ({@link Magnitude}). */
    static ParameterTransform magnitude() {
        return new Magnitude();
    }

    /** p = q²: a non-negative parameter, not even in the model, that can be fitted at 0 ({@link Square}). */
    static ParameterTransform square() {
        return new Square();
    }

    /**
     * p = q², p ≥ 0, q ≥ 0 at the start. dp/dq = 2q vanishes at p = 0, so there the linearised σ is
     * 0 and says nothing: the value is then reported as at the edge of the domain (within 10⁻⁸ of
     * {@code scale} of 0); use profile-likelihood intervals. The internal scale makes a unit step of
     * the optimiser move p by about {@code scale} both at p ≫ scale (dq = scale/(2√p)) and at p = 0
     * (dq = √scale).
     */
    record Square() implements ParameterTransform {
        @Override public double toInternal(double p) { return Math.sqrt(p); }
        @Override public double toPhysical(double q) { return q * q; }
        @Override public double derivative(double q) { return 2.0 * q; }
        @Override public boolean contains(double p) { return p >= 0 && Double.isFinite(p); }
        @Override public String domain() { return ">= 0"; }
        @Override public double internalScale(double p, double scale) { return scale / (2.0 * Math.sqrt(p) + Math.sqrt(scale)); }
        @Override public boolean atBound(double q, double scale) { return q * q < 1e-8 * scale; }
    }

    /**
     * p = |q|, p ≥ 0. At p = 0 the model's first derivative in an even parameter vanishes, so its
     * linearised σ there is not meaningful: use profile-likelihood intervals.
     */
    record Magnitude() implements ParameterTransform {
        @Override public double toInternal(double p) { return p; }
        @Override public double toPhysical(double q) { return Math.abs(q); }
        @Override public double derivative(double q) { return q < 0 ? -1.0 : 1.0; }
        @Override public boolean contains(double p) { return p >= 0 && Double.isFinite(p); }
        @Override public String domain() { return ">= 0"; }
        @Override public double internalScale(double p, double scale) { return scale; }
        @Override public boolean atBound(double q, double scale) { return false; }
    }

    /** q = p. */
    record Identity() implements ParameterTransform {
        @Override public double toInternal(double p) { return p; }
        @Override public double toPhysical(double q) { return q; }
        @Override public double derivative(double q) { return 1.0; }
        @Override public boolean contains(double p) { return Double.isFinite(p); }
        @Override public String domain() { return "finite"; }
        @Override public double internalScale(double p, double scale) { return scale; }
        @Override public boolean atBound(double q, double scale) { return false; }
    }

    /** q = ln p, p &gt; 0. */
    record Log() implements ParameterTransform {
        @Override public double toInternal(double p) { return Math.log(p); }
        @Override public double toPhysical(double q) { return Math.exp(q); }
        @Override public double derivative(double q) { return Math.exp(q); }
        @Override public boolean contains(double p) { return p > 0 && Double.isFinite(p); }
        @Override public String domain() { return "> 0"; }
        @Override public double internalScale(double p, double scale) { return scale / p; }
        @Override public boolean atBound(double q, double scale) { return Math.exp(q) < 1e-8 * scale; }
    }

    /**
     * p = a + (b − a)(1 + sin q)/2 on the open interval (a, b).
     *
     * @param lower a, finite
     * @param upper b, finite and &gt; a
     */
    record Box(double lower, double upper) implements ParameterTransform {
        public Box {
            if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
                throw new IllegalArgumentException(
                        "box bounds must be finite with lower < upper, got [" + lower + ", " + upper + "]");
            }
        }

        private double halfWidth() {
            return 0.5 * (upper - lower);
        }

        @Override public double toInternal(double p) {
            return Math.asin(Math.max(-1.0, Math.min(1.0, (p - lower) / halfWidth() - 1.0)));
        }
        @Override public double toPhysical(double q) { return lower + halfWidth() * (1.0 + Math.sin(q)); }
        @Override public double derivative(double q) { return halfWidth() * Math.cos(q); }
        @Override public boolean contains(double p) { return p > lower && p < upper; }
        @Override public String domain() { return "in (" + lower + ", " + upper + ")"; }
        @Override public double internalScale(double p, double scale) { return scale / halfWidth(); }
        @Override public boolean atBound(double q, double scale) { return 1 - Math.abs(Math.sin(q)) < 1e-8; }
    }
}
