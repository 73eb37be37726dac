package org.andreev.numeric;

/**
 * The Fermi–Dirac occupation f(x) = 1/(1 + e^x) of a state at reduced energy x = E/(k_B T), and
 * its derivative, in forms that stay accurate over the whole double range.
 *
 * <p>Why not (1 − tanh(x/2))/2: for x &gt; 37 the tanh rounds to 1 and the occupation becomes
 * exactly 0, which wipes out the sub-gap tunnel current at k_BT/Δ = 0.02 (physics.md A1). Here
 * the exponential is always taken of −|x|, so it never overflows, and f(x) keeps full relative
 * accuracy down to the smallest normal double (it underflows to 0 only for x &gt; 745, where
 * e^{−x} itself is not representable).
 */
public final class FermiDirac {

    private FermiDirac() {}

    /**
     * The occupation f(x) = 1/(1 + e^x); f(−x) = 1 − f(x) is its complement.
     *
     * @param x reduced energy E/(k_B T), any double; NaN gives NaN
     */
    public static double occupation(double x) {
        if (x >= 0) {
            double e = Math.exp(-x);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(x));
    }

    /**
     * The derivative df/dx = −f(x)(1 − f(x)) = −e^{−|x|}/(1 + e^{−|x|})², evaluated without
     * overflow and without the cancellation of 1 − f.
     *
     * @param x reduced energy E/(k_B T)
     */
    public static double derivative(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1.0 + e;
        return -e / (d * d);
    }

    /**
     * The difference f(x − a) − f(x + a) = sinh(a)/(cosh x + cosh a), computed without
     * cancellation even when a ≪ 1 (it is a thermal window of half-width a).
     *
     * @param x reduced energy
     * @param a reduced half-width (any sign; the result is odd in a)
     */
    public static double window(double x, double a) {
        double s = Math.abs(a);
        // f(x − s) − f(x + s) = f(x − s) · f(−x − s) · (1 − e^{−2s}), all factors positive.
        double value = occupation(x - s) * occupation(-x - s) * -Math.expm1(-2.0 * s);
        return a >= 0 ? value : -value;
    }
}
