package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.andreev.superconductor.Superconductor;
import org.junit.jupiter.api.Test;

/**
 * The fast kernel against the independent adaptive reference ({@link NisReference}), identities
 * and robustness. Numerics requirement (issue): I, dI/dV and P_N agree with the reference to
 * relative 1e-8 wherever the value is not below 1e-12 of its scale Δ/(eR_T), Δ²/(e²R_T), 1/R_T.
 */
class NisJunctionReferenceTest {

    static final double DELTA = 0.2e-3 * E_CHARGE;
    static final double R_T = 1000.0;

    /** One random case: Dynes ratio, splitting (in Δ), reduced bias and temperatures. */
    record Draw(double g, double h, double v, double tN, double tS) {
        NisJunction junction() {
            return new NisJunction(new Superconductor(DELTA, g, h * DELTA), R_T);
        }

        double volts() {
            return v * DELTA / E_CHARGE;
        }

        double kelvinN() {
            return tN * DELTA / K_BOLTZMANN;
        }

        double kelvinS() {
            return tS * DELTA / K_BOLTZMANN;
        }
    }

    /**
     * Seeded draws over (and beyond) the domain the issue names: |v| ≤ 3.5 (half of the draws
     * within 0.2 of the gap edge), k_BT/Δ ∈ [0.005, 1] log-uniform with T_N ≠ T_S in half the
     * draws, BCS / Dynes (γ/Δ ∈ [1e-5, 0.3] log-uniform) / spin-split (h/Δ ≤ 1.3, also beyond the
     * gap) / both.
     */
    static Draw draw(SplittableRandom rnd) {
        double tN = Math.exp(rnd.nextDouble(Math.log(0.005), Math.log(1.0)));
        double tS = rnd.nextBoolean() ? tN : Math.exp(rnd.nextDouble(Math.log(0.005), Math.log(1.0)));
        int kind = rnd.nextInt(4);
        double g = kind % 2 == 1 ? Math.exp(rnd.nextDouble(Math.log(1e-5), Math.log(0.3))) : 0.0;
        double h = kind >= 2 ? rnd.nextDouble(0, 1.3) : 0.0;
        double v = rnd.nextBoolean() ? rnd.nextDouble(-3.5, 3.5) : Math.copySign(rnd.nextDouble(0.8, 1.2), rnd.nextDouble() - 0.5);
        return new Draw(g, h, v, tN, tS);
    }

    /**
     * The requirement: relative 1e-8 where |value| ≥ 1e-12 of its scale, else absolute 1e-12 of
     * the scale. The reference's own rounding, 1e-14 of the summed magnitude of its terms (see
     * {@link NisReference#magnitude}), is added for the current, where the unfolded form cancels.
     */
    static void assertAgrees(String what, double value, double reference, double referenceRounding, Draw d) {
        double tolerance = Math.abs(reference) < 1e-12 ? 1e-12 : 1e-8 * Math.abs(reference);
        assertThat(value).as(what + " " + d).isCloseTo(reference, within(tolerance + referenceRounding));
    }

    static void assertAgreesWithReference(Draw d) {
        NisJunction j = d.junction();
        double[] out = new double[3];
        j.evaluate(d.volts(), d.kelvinN(), d.kelvinS(), out);
        var current = NisReference.Quantity.CURRENT;
        assertAgrees("I", out[0] / j.currentScale(), NisReference.value(current, d.g, d.h, d.v, d.tN, d.tS),
                1e-14 * NisReference.magnitude(current, d.g, d.h, d.v, d.tN, d.tS), d);
        assertAgrees("dI/dV", out[1] * R_T,
                NisReference.value(NisReference.Quantity.CONDUCTANCE, d.g, d.h, d.v, d.tN, d.tS), 0, d);
        assertAgrees("P_N", out[2] / j.powerScale(),
                NisReference.value(NisReference.Quantity.COOLING, d.g, d.h, d.v, d.tN, d.tS), 0, d);
    }

    @Test
    void agreesWithAdaptiveReferenceOverRandomDraws() {
        SplittableRandom rnd = new SplittableRandom(20261121);
        for (int k = 0; k < 400; k++) {
            assertAgreesWithReference(draw(rnd));
        }
    }

    /** Hard corners of the domain named by the issue: very low T, tiny γ, edges at Δ ± h, T_N ≠ T_S. */
    @Test
    void agreesWithReferenceAtHardCorners() {
        Draw[] corners = {
            new Draw(0, 0, 0.98, 0.01, 0.01), new Draw(0, 0, 1.0, 0.01, 0.01), new Draw(0, 0, 1.02, 0.01, 0.3),
            new Draw(1e-4, 0, 1.0, 0.01, 0.01), new Draw(1e-4, 0, 0.999, 0.01, 0.02),
            new Draw(1e-4, 0.3, 0.7, 0.01, 0.01), new Draw(0, 0.3, 0.7, 0.01, 0.01),
            new Draw(0, 0.3, 1.3, 0.01, 0.05), new Draw(0.1, 0.5, 0.5, 0.6, 0.01),
            new Draw(0, 0, 0.5, 0.6, 0.01), new Draw(1e-3, 0, 0, 0.05, 0.1),
            new Draw(1.8e-3, 1.026, 1.1, 0.0054, 0.81), new Draw(0, 0, 0.8967, 0.00434, 0.1349),
            // far above T_c, up to the largest k_BT/Δ accepted (1000): a BCS edge panel as long as
            // t once put the gap on 8 nodes (dI/dV off by 3e-7 at t = 100)
            new Draw(0, 0, 0.5, 100, 100), new Draw(0, 0, 2.5, 30, 30), new Draw(0, 0, 0.5, 1000, 1000),
            new Draw(0, 0.3, 0.5, 1000, 1000), new Draw(1e-3, 0, 1.0, 1000, 0.5),
        };
        for (Draw d : corners) {
            assertAgreesWithReference(d);
        }
    }

    /**
     * Energy conservation P_S = P_N + I V (physics.md A2): P_S computed by the reference from its
     * own definition, the energy flux (1/e²R_T) ∫ E n_S [f_N(E − eV) − f_S(E)] dE into S.
     */
    @Test
    void heatIntoSuperconductorConservesEnergy() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 60; k++) {
            Draw d = draw(rnd);
            NisJunction j = d.junction();
            double ps = j.heatIntoSuperconductor(d.volts(), d.kelvinN(), d.kelvinS()) / j.powerScale();
            assertAgrees("P_S", ps,
                    NisReference.value(NisReference.Quantity.HEAT_INTO_S, d.g, d.h, d.v, d.tN, d.tS), 0, d);
        }
    }

    /**
     * Symmetries from the folded integrals (n_S even): I odd, dI/dV and P_N even in V. The kernel
     * uses the same panels for ±V, so they hold to rounding: 1e-13 relative.
     */
    @Test
    void parityInBias() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] plus = new double[3];
        double[] minus = new double[3];
        for (int k = 0; k < 200; k++) {
            Draw d = draw(rnd);
            NisJunction j = d.junction();
            j.evaluate(d.volts(), d.kelvinN(), d.kelvinS(), plus);
            j.evaluate(-d.volts(), d.kelvinN(), d.kelvinS(), minus);
            assertThat(minus[0]).as("I " + d).isCloseTo(-plus[0], within(1e-13 * Math.abs(plus[0])));
            assertThat(minus[1]).as("G " + d).isCloseTo(plus[1], within(1e-13 * Math.abs(plus[1])));
            assertThat(minus[2]).as("P " + d).isCloseTo(plus[2], within(1e-13 * Math.abs(plus[2])));
        }
    }

    /**
     * The analytic dI/dV against a central difference of I with step δ = 1e-3 t_N (in Δ/e): the
     * difference's truncation error is δ²/6·|I'''| ~ (1e-3)²/6 relative on the thermal scale;
     * tolerance 1e-6 of the conductance scale max(G, 1e-6/R_T).
     */
    @Test
    void conductanceIsDerivativeOfCurrent() {
        SplittableRandom rnd = new SplittableRandom(13);
        for (int k = 0; k < 100; k++) {
            Draw d = draw(rnd);
            NisJunction j = d.junction();
            double dv = 1e-3 * Math.min(d.tN, 0.1) * DELTA / E_CHARGE;
            double fd = (j.current(d.volts() + dv, d.kelvinN(), d.kelvinS())
                    - j.current(d.volts() - dv, d.kelvinN(), d.kelvinS())) / (2 * dv);
            double g = j.conductance(d.volts(), d.kelvinN(), d.kelvinS());
            assertThat(fd).as("" + d).isCloseTo(g, within(1e-6 * Math.max(g, 1e-6 / R_T)));
        }
    }

    /**
     * Tiny bias: I/V → G(0) with relative error O(v²) (I is odd in V), here ≤ 1e-12; this is where
     * the unfolded integrand f_N(E − eV) − f_S(E) cancels to 1e-16/v and the reference cannot
     * follow, and where the kernel's cancellation-free window f(x − a)(1 − f(x + a))(1 − e^{−2a})
     * matters. Tolerance 1e-10 relative.
     */
    @Test
    void linearAtTinyBias() {
        for (Draw d : new Draw[] {new Draw(0, 0, 1e-9, 0.3, 0.3), new Draw(1e-3, 0.2, 1e-7, 0.05, 0.02)}) {
            NisJunction j = d.junction();
            double g0 = j.conductance(0, d.kelvinN(), d.kelvinS());
            double ratio = j.current(d.volts(), d.kelvinN(), d.kelvinS()) / d.volts();
            assertThat(ratio).as("" + d).isCloseTo(g0, within(1e-10 * g0));
        }
    }

    /**
     * ∂I/∂T_N and ∂P_N/∂T_N against central differences in T_N, step δ = 1e-4 T_N. The difference
     * has truncation ~δ² relative and picks up the change of the kernel's own error (≲ 1e-10
     * relative, not smooth in T because the panels move): tolerance 1e-6·|∂| + 1e-10·|I|/δ, plus
     * the requirement's floor 1e-12 of the scale (per T_N) for values that are exponentially small
     * (there the truncation (δ/T)²(Δ/k_BT)²/6 of e^{−Δ/k_BT} dominates).
     */
    @Test
    void temperatureDerivativesMatchDifferences() {
        SplittableRandom rnd = new SplittableRandom(17);
        double[] out = new double[5];
        double[] up = new double[3];
        double[] down = new double[3];
        double[] plain = new double[3];
        for (int k = 0; k < 100; k++) {
            Draw d = draw(rnd);
            NisJunction j = d.junction();
            j.evaluateWithTemperatureDerivatives(d.volts(), d.kelvinN(), d.kelvinS(), out);
            double dt = 1e-4 * d.kelvinN();
            j.evaluate(d.volts(), d.kelvinN() + dt, d.kelvinS(), up);
            j.evaluate(d.volts(), d.kelvinN() - dt, d.kelvinS(), down);
            assertThat(out[3]).as("dI/dT " + d).isCloseTo((up[0] - down[0]) / (2 * dt),
                    within(1e-6 * Math.abs(out[3]) + 1e-10 * Math.abs(up[0]) / dt
                            + 1e-12 * j.currentScale() / d.kelvinN()));
            assertThat(out[4]).as("dP/dT " + d).isCloseTo((up[2] - down[2]) / (2 * dt),
                    within(1e-6 * Math.abs(out[4]) + 1e-10 * Math.abs(up[2]) / dt
                            + 1e-12 * j.powerScale() / d.kelvinN()));
            j.evaluate(d.volts(), d.kelvinN(), d.kelvinS(), plain);
            assertThat(new double[] {out[0], out[1], out[2]}).containsExactly(plain);
        }
    }

    /** The current does not depend on T_S (the S occupation cancels after folding E → −E). */
    @Test
    void currentIndependentOfSuperconductorTemperature() {
        NisJunction j = new Draw(1e-3, 0.2, 0.9, 0.05, 0.05).junction();
        double v = 0.9 * DELTA / E_CHARGE;
        double a = j.current(v, 0.1, 0.05);
        assertThat(j.current(v, 0.1, 2.0)).isCloseTo(a, within(1e-14 * a));
    }

    /**
     * No NaN or infinity anywhere the issue lists: V = 0, V &lt; 0, huge V, k_BT/Δ = 0.01 and below,
     * T_N ≠ T_S; combinations outside the resolved range are refused with a message instead.
     */
    @Test
    void finiteEverywhere() {
        double[] vs = {0, -0.0, 1e-12, -0.5, 1.0, -1.0, 3.0, 1e3, -1e6, 1e9};
        double[] ts = {1e-4, 1e-3, 0.01, 0.3, 5.0, 100.0};
        double[][] spectra = {{0, 0}, {1e-4, 0}, {0.1, 0}, {0, 0.3}, {1e-3, 0.3}, {0, 1.2}};
        double[] out = new double[3];
        for (double[] sp : spectra) {
            for (double v : vs) {
                for (double tN : ts) {
                    for (double tS : ts) {
                        Draw d = new Draw(sp[0], sp[1], v, tN, tS);
                        if (!evaluateOrRefuse(d.junction(), d.volts(), d.kelvinN(), d.kelvinS(), out)) {
                            continue;
                        }
                        assertThat(java.util.Arrays.stream(out).allMatch(Double::isFinite)).as("" + d + java.util.Arrays.toString(out)).isTrue();
                    }
                }
            }
        }
    }

    /**
     * Physical signs over seeded random extreme inputs (Δ from 1 µeV to 10 meV, T from 1 µK to
     * 1 kK, |V| up to 10 V, γ/Δ ≤ 10, h ≤ 5Δ), where accepted (temperatures outside the resolved range
     * are refused, naming them): all outputs finite, I has the sign of V (the
     * integrand f_N(E − eV) − f_N(E + eV) does), dI/dV ≥ 0 (φ ≥ 0, n_S ≥ 0), and at T_N = T_S the
     * dissipated power P_S − P_N = I V ≥ 0.
     */
    @Test
    void physicalSignsOverExtremeInputs() {
        SplittableRandom rnd = new SplittableRandom(23);
        double[] out = new double[5];
        int refused = 0;
        for (int k = 0; k < 3000; k++) {
            double delta = Math.exp(rnd.nextDouble(Math.log(1e-6), Math.log(1e-2))) * E_CHARGE;
            double g = rnd.nextInt(3) == 0 ? 0 : Math.exp(rnd.nextDouble(Math.log(1e-8), Math.log(10)));
            double h = rnd.nextBoolean() ? 0 : rnd.nextDouble(0, 5) * delta;
            NisJunction j = new NisJunction(new Superconductor(delta, g, h), Math.exp(rnd.nextDouble(0, 20)));
            double v = Math.copySign(Math.exp(rnd.nextDouble(Math.log(1e-12), Math.log(10))), rnd.nextDouble() - 0.5);
            double tN = Math.exp(rnd.nextDouble(Math.log(1e-6), Math.log(1e3)));
            double tS = rnd.nextBoolean() ? tN : Math.exp(rnd.nextDouble(Math.log(1e-6), Math.log(1e3)));
            if (!evaluateOrRefuse(j, v, tN, tS, out)) {
                refused++;
                continue;
            }
            String what = String.format("Delta=%g g=%g h=%g V=%g tN=%g tS=%g -> %s", delta / E_CHARGE, g,
                    h / E_CHARGE, v, tN, tS, java.util.Arrays.toString(out));
            assertThat(java.util.Arrays.stream(out).allMatch(Double::isFinite)).as(what).isTrue();
            assertThat(out[0] * v).as(what).isGreaterThanOrEqualTo(0);
            assertThat(out[1]).as(what).isGreaterThanOrEqualTo(0);
        }
        // k_BT/Δ is drawn over 1e-9 ... 1e5: most draws lie inside the accepted range
        assertThat(refused).isLessThan(1000);
    }

    /**
     * Evaluates (with T derivatives) and returns true, or returns false when the temperatures lie
     * outside the range the kernel resolves, after checking that the refusal names the temperature.
     */
    private static boolean evaluateOrRefuse(NisJunction j, double v, double tN, double tS, double[] out) {
        try {
            if (out.length >= 5) {
                j.evaluateWithTemperatureDerivatives(v, tN, tS, out);
            } else {
                j.evaluate(v, tN, tS, out);
            }
            return true;
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).containsAnyOf("T_N = ", "T_S = ").containsAnyOf("too low", "too high");
            return false;
        }
    }

    @Test
    void curveMatchesPointwiseEvaluation() {
        NisJunction j = new Draw(1e-3, 0.1, 0, 0.05, 0.05).junction();
        double[] v = new double[41];
        for (int k = 0; k < v.length; k++) {
            v[k] = (k - 20) * 0.1 * DELTA / E_CHARGE;
        }
        double[] current = new double[v.length];
        double[] conductance = new double[v.length];
        double[] power = new double[v.length];
        j.curve(v, 0.1, 0.12, current, conductance, power);
        double[] out = new double[3];
        for (int k = 0; k < v.length; k++) {
            j.evaluate(v[k], 0.1, 0.12, out);
            assertThat(new double[] {current[k], conductance[k], power[k]}).containsExactly(out);
        }
    }

    /**
     * At the lowest accepted temperature, k_BT_N = 1e-7·max(Δ, |eV|), the BCS current and conductance
     * equal their T = 0 forms I R_T = sqrt(V² − Δ²)/e and R_T dI/dV = eV/sqrt((eV)² − Δ²)
     * (physics.md A2) to 1e-8: the thermal corrections are of order (k_BT)²/(eV − Δ)² ≤ 1e-10 here.
     * The Dynes conductance likewise equals n_D(eV) (physics.md A1). Below that temperature the
     * Fermi edge at eV is narrower than the rounding of eV (dI/dV was off by 1.6e-3 at 1e-13 K and
     * 1e281 at 1e-300 K): refused, naming T_N; so is k_BT above 1000 Δ and any absurd bias.
     */
    @Test
    void lowestAcceptedTemperatureIsAccurateAndLowerOnesAreRefused() {
        double[] out = new double[3];
        for (double g : new double[] {0, 1e-3}) {
            NisJunction j = new Draw(g, 0, 0, 1, 1).junction();
            for (double v : new double[] {1.01, 1.5, 2.5, 10, 1000}) {
                double tBound = NisJunction.MIN_THERMAL_RATIO * v * DELTA / K_BOLTZMANN;
                j.evaluate(v * DELTA / E_CHARGE, tBound, tBound, out);
                double g0 = g == 0 ? v / Math.sqrt(v * v - 1) : Superconductor.dynesDos(v, g);
                assertThat(out[1] * R_T).as("dI/dV at eV = %s Delta, g = %s", v, g).isCloseTo(g0, within(1e-8 * g0));
                if (g == 0) {
                    double i0 = Math.sqrt(v * v - 1);
                    assertThat(out[0] / j.currentScale()).as("I at eV = %s Delta", v).isCloseTo(i0, within(1e-8 * i0));
                }
                assertThatThrownBy(() -> j.conductance(v * DELTA / E_CHARGE, 0.9 * tBound, 0.1))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T_N")
                        .hasMessageContaining("too low");
            }
        }
        NisJunction j = new Draw(0, 0, 0, 1, 1).junction();
        assertThatThrownBy(() -> j.conductance(2.5 * DELTA / E_CHARGE, 1e-300, 1e-300)).hasMessageContaining("T_N");
        assertThatThrownBy(() -> j.current(1e-3, 1e300, 0.1)).hasMessageContaining("T_N").hasMessageContaining("too high");
        assertThatThrownBy(() -> j.current(1e-3, 0.1, 1e300)).hasMessageContaining("T_S").hasMessageContaining("too high");
        assertThatThrownBy(() -> j.current(1e300, 0.1, 0.1)).hasMessageContaining("T_N").hasMessageContaining("too low");
    }

    @Test
    void rejectsNonPhysicalInputWithNamedQuantity() {
        NisJunction j = new Draw(0, 0, 0, 0.1, 0.1).junction();
        assertThatThrownBy(() -> j.current(0, -1, 0.1)).hasMessageContaining("T_N");
        assertThatThrownBy(() -> j.current(0, 0.1, 0)).hasMessageContaining("T_S");
        assertThatThrownBy(() -> j.coolingPower(Double.NaN, 0.1, 0.1)).hasMessageContaining("bias V");
        assertThatThrownBy(() -> new NisJunction(Superconductor.bcs(DELTA), 0)).hasMessageContaining("R_T");
    }
}
