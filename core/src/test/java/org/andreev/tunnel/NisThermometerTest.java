package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.superconductor.Superconductor;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** NIS thermometry at constant current (physics.md A3), reduced t = k_BT/Δ, v = eV/Δ. */
class NisThermometerTest {

    static final double DELTA = 0.228e-3 * E_CHARGE;
    static final NisJunction PROBE = new NisJunction(Superconductor.bcs(DELTA), 2760.0);

    /** A thermometer whose current puts the calibration at reduced bias v0 when k_BT = t Δ. */
    static NisThermometer atBias(double t, double v0) {
        double current = PROBE.current(v0 * DELTA / E_CHARGE, kelvin(t), kelvin(t));
        return new NisThermometer(PROBE, current);
    }

    static double kelvin(double t) {
        return t * DELTA / K_BOLTZMANN;
    }

    /** V(T) is the root: I(V(T); T) = I to 1e-12 relative, also for negative I and above the gap. */
    @ParameterizedTest
    @CsvSource({"0.02, 0.5", "0.05, 0.9", "0.1, 1.5", "0.01, 3.0", "0.3, 0.2"})
    void voltageSolvesForTheCurrent(double t, double v0) {
        NisThermometer th = atBias(t, v0);
        double v = th.voltage(kelvin(t));
        assertThat(v).isCloseTo(v0 * DELTA / E_CHARGE, within(1e-9 * DELTA / E_CHARGE));
        NisThermometer negative = new NisThermometer(PROBE, -th.biasCurrent());
        assertThat(negative.voltage(kelvin(t))).isCloseTo(-v, within(1e-14 * Math.abs(v)));
    }

    /**
     * The slope tends to (k_B/e)[ln(I/I_0) − 1/2] (physics.md A3). With the Boltzmann-limit
     * current i = e^{v/t} K_1(1/t) and K_1's series 1 + 3t/8 − 15t²/128 + 315t³/3072 (Abramowitz &amp;
     * Stegun 9.7.2), v = 1 + t ln(i/i_0) − t ln(series), so the reduced slope is
     * ln(i/i_0) − 1/2 − 3t/4 + 9t²/16 − 21t³/32 + O(t⁴): checked to 2t⁴ plus the neglected Fermi
     * degeneracy e^{−(1−v)/t}·(1−v)/t; the spec's two-term form to its first correction, 0.8t.
     */
    @ParameterizedTest
    @CsvSource({"0.005, 0.8", "0.01, 0.6", "0.01, 0.8", "0.02, 0.6", "0.03, 0.5"})
    void slopeTendsToLogarithmicLimit(double t, double v0) {
        NisThermometer th = atBias(t, v0);
        double reducedSlope = th.slope(kelvin(t)) / (K_BOLTZMANN / E_CHARGE);
        double limit = th.limitingSlope(kelvin(t)) / (K_BOLTZMANN / E_CHARGE);
        double degeneracy = Math.exp(-(1 - v0) / t) * (1 - v0) / t;
        assertThat(reducedSlope).isCloseTo(limit - 0.75 * t + 9 * t * t / 16 - 21 * t * t * t / 32,
                within(2 * t * t * t * t + degeneracy + 1e-9));
        assertThat(reducedSlope).isCloseTo(limit, within(0.8 * t + degeneracy));
        // I_0 as stated: the spec's sub-gap current at this bias
        double i0 = th.subGapPrefactor(kelvin(t));
        assertThat(i0).isCloseTo(PROBE.currentScale() * Math.sqrt(Math.PI * t / 2), within(1e-15 * i0));
    }

    /** The analytic slope against a central difference of V(T) (step 1e-4 T; truncation ~1e-8). */
    @Test
    void slopeIsDerivativeOfCalibration() {
        NisThermometer th = atBias(0.04, 0.7);
        double t = kelvin(0.04);
        double dt = 1e-4 * t;
        double fd = (th.voltage(t + dt) - th.voltage(t - dt)) / (2 * dt);
        assertThat(th.slope(t)).isCloseTo(fd, within(1e-6 * Math.abs(fd)));
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> new NisThermometer(PROBE, 0)).hasMessageContaining("bias current");
        assertThatThrownBy(() -> atBias(0.02, 0.5).voltage(-1)).hasMessageContaining("temperature");
    }

    /**
     * temperature(V) inverts the calibration: T → V(T) → T to 1e-9 relative (the Brent tolerance is
     * 1e-12; V(T) is computed to 1e-14), for both signs of the current, on the default range
     * k_BT = 0.02Δ … 0.25Δ.
     */
    @ParameterizedTest
    @CsvSource({"0.03, 1", "0.1, 1", "0.2, 1", "0.03, -1", "0.2, -1", "0.0200001, 1", "0.2499999, 1"})
    void temperatureInvertsTheCalibration(double t, double sign) {
        NisThermometer th = new NisThermometer(PROBE, sign * 1e-9);
        assertThat(th.temperature(th.voltage(kelvin(t)))).isCloseTo(kelvin(t), within(1e-9 * kelvin(t)));
    }

    /** And the other way round: V(T(V)) = V for voltages inside the calibration, 1e-9 relative. */
    @ParameterizedTest
    @CsvSource({"0.05", "0.3", "0.5", "0.7", "0.95"})
    void voltageOfTemperatureGivesBackTheVoltage(double fraction) {
        NisThermometer th = new NisThermometer(PROBE, 1e-9);
        double vLow = th.voltage(kelvin(0.02));
        double vHigh = th.voltage(kelvin(0.25));
        double v = vLow + fraction * (vHigh - vLow);
        assertThat(th.voltage(th.temperature(v))).isCloseTo(v, within(1e-9 * Math.abs(v)));
    }

    /** A voltage outside V(T_high) … V(T_low) has no temperature: one line naming it. */
    @Test
    void voltageOutsideTheCalibrationIsRefused() {
        NisThermometer th = new NisThermometer(PROBE, 1e-9);
        double above = 1.01 * th.voltage(kelvin(0.02)); // colder than the range
        assertThatThrownBy(() -> th.temperature(above)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the calibration").hasMessageNotContaining("\n")
                .hasMessageStartingWith("V = " + Quantity.format(above, Dimension.VOLTAGE));
        assertThatThrownBy(() -> th.temperature(0.0)).isInstanceOf(IllegalArgumentException.class);
        // the default range ends at k_BT = 0.02Δ and 0.25Δ: just outside either end is refused
        assertThatThrownBy(() -> th.temperature(th.voltage(kelvin(0.0199)))).hasMessageContaining("outside");
        assertThatThrownBy(() -> th.temperature(th.voltage(kelvin(0.251)))).hasMessageContaining("outside");
        assertThatThrownBy(() -> th.temperature(1e-4, 0.2, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T_low < T_high");
    }
}
