package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.Locale;
import java.util.Objects;
import org.andreev.superconductor.BcsGap;
import org.andreev.superconductor.Superconductor;

/**
 * One normal-metal / insulator / superconductor tunnel junction (seed 004, Eqs. 3 and 4;
 * physics.md A2). The bias V is applied to N; N electrons are at T_N, S at T_S:
 * <pre>
 *   I(V)   = 1/(e R_T)  ∫ n_S(E) [f_N(E − eV) − f_S(E)] dE
 *   P_N(V) = 1/(e² R_T) ∫ (E − eV) n_S(E) [f_N(E − eV) − f_S(E)] dE
 *   P_S(V) = P_N + I V
 * </pre>
 * over all E, with n_S the density of states of {@link Superconductor#dos(double)}. The integrals
 * are evaluated by fixed Gauss–Legendre panels graded around the gap and Fermi edges, with the BCS
 * edge singularity removed by E = Δ cosh u (see {@code NisQuadrature}); they agree with an
 * adaptive Gauss–Kronrod reference to better than 1e-8 relative (tested over random draws) for
 * temperatures with 1e-7·max(Δ, |eV| + h) ≤ k_BT ≤ 1000 Δ; temperatures outside are refused
 * ({@link #MIN_THERMAL_RATIO}).
 *
 * <p>The current does not depend on T_S: after folding E → −E the S occupation cancels exactly.
 * Every method is thread-safe; {@link #evaluate} and {@link #curve} do not allocate (the
 * single-quantity methods allocate one small array per call; use {@code evaluate} in loops).
 *
 * @param superconductor the S electrode
 * @param rT             the tunnel (normal-state) resistance R_T, Ω (&gt; 0, finite)
 */
public record NisJunction(Superconductor superconductor, double rT) {

    /** Validates the electrode and R_T. */
    public NisJunction {
        Objects.requireNonNull(superconductor, "superconductor");
        if (!(rT > 0) || Double.isInfinite(rT)) {
            throw new IllegalArgumentException("tunnel resistance R_T must be > 0 Ohm and finite, got " + rT);
        }
        double d = superconductor.delta() / E_CHARGE;
        if (!Double.isFinite(d * d / rT) || !Double.isFinite(1 / rT)) {
            throw new IllegalArgumentException("tunnel resistance R_T = " + rT
                    + " Ohm is too small: the scales 1/R_T and Delta^2/(e^2 R_T) overflow");
        }
        double g = superconductor.dynes();
        if (g != 0 && !(g >= MIN_DYNES && g <= MAX_DYNES)) {
            throw new IllegalArgumentException("Dynes ratio gamma/Delta must be 0 (BCS) or in [" + MIN_DYNES + ", "
                    + MAX_DYNES + "] for the N-I-S integrals, got " + g);
        }
    }

    /**
     * The Dynes ratios γ/Δ the quadrature resolves (besides 0): a broadening narrower than 1e-12 Δ
     * is below the rounding of the edge it sits at (the kernel was off by 1e-5 at 1e-20 and not
     * finite at 1e-300); above 1000 the "gap" is a normal metal.
     */
    public static final double MIN_DYNES = 1e-12;

    /** See {@link #MIN_DYNES}. */
    public static final double MAX_DYNES = 1e3;

    /** This junction with another S electrode. */
    public NisJunction withSuperconductor(Superconductor s) {
        return new NisJunction(s, rT);
    }

    /** This junction with tunnel resistance {@code newRT} (Ω). */
    public NisJunction withRT(double newRT) {
        return new NisJunction(superconductor, newRT);
    }

    /** The current scale Δ/(e R_T), A. */
    public double currentScale() {
        return superconductor.delta() / (E_CHARGE * rT);
    }

    /** The power scale Δ²/(e² R_T), W. */
    public double powerScale() {
        double d = superconductor.delta() / E_CHARGE;
        return d * d / rT;
    }

    /** Quasiparticle current I(V), A (class comment; seed 004 Eq. 3). Independent of T_S. */
    public double current(double v, double tN, double tS) {
        double[] out = new double[3];
        evaluate(v, tN, tS, out);
        return out[0];
    }

    /**
     * Differential conductance dI/dV, S, computed analytically under the integral:
     * dI/dV = 1/(R_T k_B T_N) ∫ n_S(E) f_N(E − eV)[1 − f_N(E − eV)] dE (physics.md A2).
     */
    public double conductance(double v, double tN, double tS) {
        double[] out = new double[3];
        evaluate(v, tN, tS, out);
        return out[1];
    }

    /**
     * Heat drawn out of the N electrons P_N(V), W; positive when N is cooled (seed 004 Eq. 4 for
     * one junction; physics.md A2).
     */
    public double coolingPower(double v, double tN, double tS) {
        double[] out = new double[3];
        evaluate(v, tN, tS, out);
        return out[2];
    }

    /** Heat deposited into S, P_S = P_N + I V, W (energy conservation, physics.md A2). */
    public double heatIntoSuperconductor(double v, double tN, double tS) {
        double[] out = new double[3];
        evaluate(v, tN, tS, out);
        return out[2] + out[0] * v;
    }

    /**
     * One pass over the integrand giving all three tunnel quantities at bias {@code v} (V):
     * out[0] = I (A), out[1] = dI/dV (S), out[2] = P_N (W). Allocation-free; the hot entry point
     * for coolers and fits.
     *
     * @param tN  N electron temperature, K (&gt; 0, within {@link #MIN_THERMAL_RATIO the resolved range})
     * @param tS  S temperature, K (&gt; 0, within the resolved range)
     * @param out an array of length ≥ 3
     */
    public void evaluate(double v, double tN, double tS, double[] out) {
        integrate(v, tN, tS, false, out);
    }

    /**
     * As {@link #evaluate} and, from the same pass, the derivatives with respect to the N electron
     * temperature: out[3] = ∂I/∂T_N (A/K), out[4] = ∂P_N/∂T_N (W/K), from
     * ∂f_N/∂T_N = −(E − eV)/T_N · ∂f_N/∂E under the integrals (for thermometry, fits of T_e and
     * Newton steps on a heat balance).
     *
     * @param out an array of length ≥ 5
     */
    public void evaluateWithTemperatureDerivatives(double v, double tN, double tS, double[] out) {
        integrate(v, tN, tS, true, out);
    }

    private void integrate(double v, double tN, double tS, boolean derivatives, double[] out) {
        checkBias(v);
        checkTemperature("T_N", tN);
        checkTemperature("T_S", tS);
        double delta = superconductor.delta();
        double h = superconductor.exchange();
        checkResolvable("T_N", tN, Math.max(delta, Math.abs(E_CHARGE * v) + h), "|eV| + h");
        checkResolvable("T_S", tS, Math.max(delta, h), "h");
        double t = K_BOLTZMANN * tN / delta;
        NisQuadrature.DEFAULT.integrate(superconductor.dynes(), superconductor.exchange() / delta,
                E_CHARGE * v / delta, t, K_BOLTZMANN * tS / delta, derivatives, out);
        double iScale = currentScale();
        double pScale = powerScale();
        out[0] *= iScale;
        out[1] /= rT;
        out[2] *= pScale;
        if (derivatives) {
            // d/dT_N = (k_B/Δ) d/dt
            out[3] *= iScale * K_BOLTZMANN / delta;
            out[4] *= pScale * K_BOLTZMANN / delta;
        }
        for (int k = 0; k < (derivatives ? 5 : 3); k++) {
            if (!Double.isFinite(out[k])) {
                // the last line of defence: no NaN or overflow leaves the kernel (e.g. R_T of 1e-320 Ohm)
                throw new IllegalArgumentException("the N-I-S integrals overflow for " + this + " at V = " + v
                        + " V, T_N = " + tN + " K, T_S = " + tS + " K: an input is out of range");
            }
        }
    }

    /**
     * Fills I (A), dI/dV (S) and P_N (W) at every bias of {@code v} (V), without allocating; the
     * output arrays must be at least as long as {@code v}. Any output may be null when not wanted.
     */
    public void curve(double[] v, double tN, double tS, double[] current, double[] conductance,
            double[] coolingPower) {
        checkLength("current", current, v.length);
        checkLength("conductance", conductance, v.length);
        checkLength("coolingPower", coolingPower, v.length);
        double[] out = new double[3];
        for (int k = 0; k < v.length; k++) {
            evaluate(v[k], tN, tS, out);
            if (current != null) {
                current[k] = out[0];
            }
            if (conductance != null) {
                conductance[k] = out[1];
            }
            if (coolingPower != null) {
                coolingPower[k] = out[2];
            }
        }
    }

    private static void checkLength(String name, double[] output, int length) {
        if (output != null && output.length < length) {
            throw new IllegalArgumentException("output array " + name + " has length " + output.length
                    + ", needs " + length);
        }
    }

    private static void checkBias(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("bias V must be finite, got " + v);
        }
    }

    /**
     * The temperatures the quadrature resolves to 1e-8: k_BT ≥ {@value #MIN_THERMAL_RATIO}·max(Δ, E_edge),
     * with E_edge the energy of the Fermi edge (|eV| + h for N, h for S): a Fermi edge narrower
     * than that is below the rounding of the energy it sits at (relative 1.1e-16), and k_BT ≤
     * {@value #MAX_THERMAL_RATIO}·Δ, far above T_c = Δ/(1.764 k_B), where the agreement with the
     * adaptive reference was verified (NisJunctionReferenceTest).
     */
    public static final double MIN_THERMAL_RATIO = 1e-7;

    /** See {@link #MIN_THERMAL_RATIO}. */
    public static final double MAX_THERMAL_RATIO = 1e3;

    private void checkResolvable(String name, double t, double edge, String edgeName) {
        double kt = K_BOLTZMANN * t;
        double delta = superconductor.delta();
        if (kt < MIN_THERMAL_RATIO * edge) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s = %.3g K is too low to resolve: k_B %s must be >= %.0e max(Delta, %s), i.e. %s >= %.3g K",
                    name, t, name, MIN_THERMAL_RATIO, edgeName, name, MIN_THERMAL_RATIO * edge / K_BOLTZMANN));
        }
        if (kt > MAX_THERMAL_RATIO * delta) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s = %.3g K is too high: k_B %s must be <= %.0f Delta, i.e. %s <= %.3g K (T_c of the gap is %.3g K)",
                    name, t, name, MAX_THERMAL_RATIO, name, MAX_THERMAL_RATIO * delta / K_BOLTZMANN,
                    delta / (BcsGap.WEAK_COUPLING_RATIO * K_BOLTZMANN)));
        }
    }

    private static void checkTemperature(String name, double t) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException(name + " must be > 0 K and finite, got " + t);
        }
    }
}
