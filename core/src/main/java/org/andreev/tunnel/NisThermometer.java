package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.Objects;
import org.andreev.numeric.RootSolver;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Range;


/**
 * An N-I-S junction used as a thermometer at constant bias current (physics.md A3): the
 * calibration V(T) solves I(V; T) = I, and its slope dV/dT = −(∂I/∂T)/(∂I/∂V) tends at low T to
 * <pre>
 *   dV/dT → (k_B/e)[ln(I/I_0) − 1/2],   I_0(T) = (Δ/(e R_T)) sqrt(π k_B T/(2Δ)).
 * </pre>
 * I_0 is the prefactor of the sub-gap current of physics.md A2,
 * I ≈ I_0(T) exp((eV − Δ)/k_BT): solving for V gives eV = Δ + k_BT ln(I/I_0(T)), and since
 * I_0 ∝ T^{1/2}, d/dT of k_BT ln(1/I_0(T)) contributes the −1/2. (Next terms, in k_B/e and t = k_BT/Δ:
 * −3t/4 + 9t²/16 − 21t³/32, from the K_1 Bessel series of the Boltzmann-limit current; tested.)
 *
 * <p>The quasiparticle current does not depend on the S temperature (see {@link NisJunction}),
 * so the calibration needs only the N electron temperature T. Δ is held fixed (T ≪ T_c).
 *
 * @param junction    the probe junction
 * @param biasCurrent the constant current I, A (finite, non-zero; its sign fixes the sign of V)
 */
public record NisThermometer(NisJunction junction, double biasCurrent) {

    private static final int MAX_ITERATIONS = 200;

    private static final RootSolver SOLVER = new RootSolver(0.0, 1e-14, MAX_ITERATIONS);

    /** Validates the junction and the current. */
    public NisThermometer {
        Objects.requireNonNull(junction, "junction");
        if (!Double.isFinite(biasCurrent) || biasCurrent == 0) {
            throw new IllegalArgumentException("bias current I must be finite and non-zero, got " + biasCurrent);
        }
    }

    /**
     * The sub-gap prefactor I_0(T) = (Δ/(e R_T)) sqrt(π k_B T/(2Δ)), A (class comment).
     *
     * @param temperature N electron temperature T, K (&gt; 0)
     */
    public double subGapPrefactor(double temperature) {
        checkTemperature(temperature);
        double delta = junction.superconductor().delta();
        return junction.currentScale() * Math.sqrt(Math.PI * K_BOLTZMANN * temperature / (2 * delta));
    }

    /**
     * The low-temperature limit of the calibration slope, (k_B/e)[ln(|I|/I_0(T)) − 1/2], V/K
     * (physics.md A3), with the sign of I.
     */
    public double limitingSlope(double temperature) {
        double slope = K_BOLTZMANN / E_CHARGE * (Math.log(Math.abs(biasCurrent) / subGapPrefactor(temperature)) - 0.5);
        return biasCurrent > 0 ? slope : -slope; // V(T) is odd in I
    }

    /**
     * The calibration voltage V(T), V: the root of I(V; T) = I (odd in I). The root of
     * ln I(V) − ln|I| (nearly linear in V below the gap, where I ∝ e^{eV/k_BT}) by the shared
     * {@link RootSolver}, the bracket expanded from the sub-gap estimate eV = Δ + k_BT ln(I/I_0);
     * converges to 1e-14 relative or throws.
     *
     * @param temperature N electron temperature T, K (&gt; 0)
     * @throws ArithmeticException if the root is not found (with the reason and where)
     */
    public double voltage(double temperature) {
        checkTemperature(temperature);
        double target = Math.abs(biasCurrent);
        double[] out = new double[3];
        double scale = junction.superconductor().delta() / E_CHARGE;
        double kT = K_BOLTZMANN * temperature / E_CHARGE;
        double v0 = scale + kT * Math.log(target / subGapPrefactor(temperature));
        if (!(v0 > 0) || !Double.isFinite(v0)) {
            v0 = Math.min(0.5 * scale, target * junction.rT());
        }
        RootSolver.Root root = SOLVER.bracketAndSolve(v -> Math.log(currentAt(v, temperature, out) / target), v0,
                Math.max(kT, 1e-3 * v0), 0, Double.POSITIVE_INFINITY, true);
        if (!root.converged()) {
            throw new ArithmeticException("calibration V(T) not found at T = " + temperature + " K, I = "
                    + biasCurrent + " A: " + root.reason() + " (V in volts)");
        }
        return Math.copySign(root.x(), biasCurrent);
    }

    /**
     * The electron temperature T at which the calibration gives {@code voltage}, K: the inverse of
     * {@link #voltage(double)}, searched for over the default calibrated range k_BT = 0.02Δ to 0.25Δ
     * ({@link #defaultTemperatures}; physics.md A3).
     *
     * @param voltage the measured voltage at the bias current, V (the sign of the current)
     * @throws IllegalArgumentException (one line, naming the voltage) if {@code voltage} is outside
     *         the calibrated range
     * @see #temperature(double, double, double)
     */
    public double temperature(double voltage) {
        Range r = defaultTemperatures(2);
        return temperature(voltage, r.start(), r.stop());
    }

    /**
     * The default calibrated range, {@code count} temperatures from k_BT = 0.02Δ to 0.25Δ, K: from
     * deep in the exponential regime up to where Δ(T) starts to move (T ≈ 0.44 T_c, physics.md A1).
     *
     * @param count number of temperatures (&ge; 2)
     */
    public Range defaultTemperatures(int count) {
        double tDelta = junction.superconductor().delta() / K_BOLTZMANN;
        return new Range(0.02 * tDelta, 0.25 * tDelta, count);
    }

    /**
     * The electron temperature T in [{@code tLow}, {@code tHigh}] at which the calibration gives
     * {@code voltage}, K: the root of V(T) − voltage ({@link RootSolver}; T to 1e-12 relative). V(T) is
     * monotonic there while the bias stays sub-gap, its slope (k_B/e)[ln(I/I_0) − 1/2] (physics.md
     * A3) having one sign, so the root is unique.
     *
     * @param voltage the measured voltage at the bias current, V
     * @param tLow    the low end of the calibrated range, K (&gt; 0)
     * @param tHigh   the high end, K (&gt; tLow)
     * @throws IllegalArgumentException (one line, naming the voltage and the range of V(T)) if
     *         {@code voltage} is not between V(tLow) and V(tHigh), or if the range is not valid
     */
    public double temperature(double voltage, double tLow, double tHigh) {
        checkTemperature(tLow);
        checkTemperature(tHigh);
        if (!(tHigh > tLow)) {
            throw new IllegalArgumentException("calibrated range needs T_low < T_high, got " + tLow + " K and "
                    + tHigh + " K");
        }
        if (!Double.isFinite(voltage)) {
            throw new IllegalArgumentException("voltage must be finite, got " + voltage);
        }
        double vLow = voltage(tLow);
        double vHigh = voltage(tHigh);
        if (voltage == vLow) {
            return tLow;
        }
        if (voltage == vHigh) {
            return tHigh;
        }
        if ((vLow - voltage) * (vHigh - voltage) > 0) {
            throw new IllegalArgumentException("V = " + Quantity.format(voltage, Dimension.VOLTAGE)
                    + " is outside the calibration, which runs from " + Quantity.format(vLow, Dimension.VOLTAGE)
                    + " at " + Quantity.format(tLow, Dimension.TEMPERATURE) + " to "
                    + Quantity.format(vHigh, Dimension.VOLTAGE) + " at " + Quantity.format(tHigh, Dimension.TEMPERATURE));
        }
        RootSolver.Root root = new RootSolver(1e-12 * tHigh, 1e-12, MAX_ITERATIONS)
                .solve(t -> voltage(t) - voltage, tLow, vLow - voltage, tHigh, vHigh - voltage);
        if (!root.converged()) {
            throw new ArithmeticException("T at V = " + voltage + " V not found: " + root.reason() + " (T in kelvin)");
        }
        return root.x();
    }

    /**
     * The calibration slope dV/dT at constant current, V/K: −(∂I/∂T)/(∂I/∂V) at V(T), both
     * derivatives analytic (NisJunction#evaluateWithTemperatureDerivatives).
     */
    public double slope(double temperature) {
        double v = voltage(temperature);
        double[] out = new double[5];
        junction.evaluateWithTemperatureDerivatives(v, temperature, temperature, out);
        return -out[3] / out[1];
    }

    private double currentAt(double v, double temperature, double[] out) {
        junction.evaluate(v, temperature, temperature, out);
        return out[0];
    }

    private static void checkTemperature(double t) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("temperature T must be > 0 K and finite, got " + t);
        }
    }
}
