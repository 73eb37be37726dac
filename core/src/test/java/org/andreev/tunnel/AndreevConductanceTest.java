package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.andreev.numeric.AdaptiveGaussKronrod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Andreev differential conductance dI_A/dV of {@link AndreevJunction} (derivative under the
 * integral) and the scaling limits of the current that the N-I-S probe relies on (physics.md A4):
 * T = 0 closed forms, the V → 0, T &gt; 0 constant 0.67372, agreement with an independent adaptive
 * integral of the differentiated window and with a difference quotient of the current, evenness in V,
 * I_A → 0 as L_φ → 0 (linearly: G_A = R_{Lφ}/R_T²) or R_T → ∞ (as R_T⁻²).
 */
class AndreevConductanceTest {

    static final double D = AndreevJunctionTest.D;
    static final double NU = AndreevJunctionTest.NU;
    static final double AW = AndreevJunctionTest.AW;
    static final double RT = AndreevJunctionTest.RT;
    static final double DELTA = 0.228e-3 * E_CHARGE;

    static AndreevJunction seedProbe(double lphi, double rt) {
        return new AndreevJunction(DELTA, D, NU, lphi, AW, rt, 1.37, JunctionGeometry.end(), AndreevForm.REGULARISED, 0);
    }

    @ParameterizedTest
    @CsvSource({"1e-2", "0.1", "1", "10"})
    void zeroTemperatureConductanceAtInfiniteLphi(double evMicroVolt) {
        // A4, L_φ = ∞, T = 0: I_A = sqrt(ħDeV)/(e σA R_T²), so dI_A/dV = sqrt(ħDe/V)/(2e σA R_T²); Δ = 10⁶ eV (see
        // AndreevJunctionTest for why the ratio makes the finite-gap terms ≤ 1e-7)
        double v = evMicroVolt * 1e-6;
        var j = AndreevJunctionTest.junction(1e6 * E_CHARGE * v, Double.POSITIVE_INFINITY);
        double expected = Math.sqrt(HBAR * D * E_CHARGE / v) / (2 * E_CHARGE * AndreevJunctionTest.sigmaA() * RT * RT);
        assertThat(j.conductance(v, 0)).isCloseTo(expected, within(1e-6 * expected));
        assertThat(j.conductance(-v, 0)).isEqualTo(j.conductance(v, 0));
    }

    @ParameterizedTest
    @CsvSource({"0.05", "0.105", "0.3"})
    void zeroBiasConductanceAtFiniteTemperature(double t) {
        // A4: V → 0, T > 0, L_φ = ∞: G_A = 0.67372 sqrt(ħD/(k_BT))/(σA R_T²), now at V = 0 exactly
        double kt = K_BOLTZMANN * t;
        var j = AndreevJunctionTest.junction(1e6 * kt, Double.POSITIVE_INFINITY);
        double c = Math.sqrt(Math.PI) * (Math.pow(2, 1.5) - 1) * 0.207886224977354566; // 0.673718…
        double expected = c * Math.sqrt(HBAR * D / kt) / (AndreevJunctionTest.sigmaA() * RT * RT);
        assertThat(j.conductance(0, t)).isCloseTo(expected, within(1e-6 * expected));
        assertThat(j.current(0, t)).isEqualTo(0.0);
    }

    @Test
    void conductanceIsTheDerivativeOfTheCurrent() {
        // a central difference of the current (step 1e-4 k_BT/e: truncation ~1e-9) against the analytic
        // derivative, over the seed probe's bias and temperature range, both forms: 1e-6 relative
        var reg = seedProbe(1.5e-6, 2.76e3);
        var plain = new AndreevJunction(DELTA, D, NU, 1.5e-6, AW, 2.76e3, 1.37, JunctionGeometry.middle(),
                AndreevForm.PLAIN, 1e-3);
        var rnd = new SplittableRandom(9);
        double worst = 0;
        for (int n = 0; n < 60; n++) {
            double t = rnd.nextDouble(0.05, 0.4);
            double v = rnd.nextDouble(-0.9, 0.9) * DELTA / E_CHARGE;
            for (var j : new AndreevJunction[] {reg, plain}) {
                double h = 1e-4 * K_BOLTZMANN * t / E_CHARGE;
                double fd = (j.current(v + h, t) - j.current(v - h, t)) / (2 * h);
                double g = j.conductance(v, t);
                worst = Math.max(worst, Math.abs(g / fd - 1));
                assertThat(g).as("%s V=%g T=%g", j.form(), v, t).isCloseTo(fd, within(1e-6 * Math.abs(fd)));
                assertThat(j.conductance(-v, t)).isEqualTo(g);
                assertThat(j.current(-v, t)).isEqualTo(-j.current(v, t));
            }
        }
        System.out.printf("dI_A/dV vs difference quotient of I_A: worst %.2e relative%n", worst);
    }

    @Test
    void conductanceAgreesWithAdaptiveQuadrature() {
        // independent second method: adaptive Gauss–Kronrod of the differentiated window times the
        // regularised kernel written out here (not the sampler's), graded to Δ(1 − 1e-13); 1e-7 relative
        var j = seedProbe(1.5e-6, 2.76e3);
        double sa = E_CHARGE * E_CHARGE * NU * D * AW;
        double gT = 1 / 2.76e3;
        double invL2 = 1 / (1.5e-6 * 1.5e-6);
        double worst = 0;
        for (double ratio : new double[] {0, 0.01, 0.1, 0.5, 0.9, 0.99, 1.05}) {
            double ev = ratio * DELTA;
            for (double t : new double[] {0.05, 0.105, 0.3}) {
                double kt = K_BOLTZMANN * t;
                java.util.function.DoubleUnaryOperator f = e -> {
                    double a = (e - ev) / kt;
                    double b = (e + ev) / kt;
                    double phi = 1 / (4 * Math.cosh(a / 2) * Math.cosh(a / 2)) + 1 / (4 * Math.cosh(b / 2) * Math.cosh(b / 2));
                    return phi * AndreevReferenceKernel.regularised(e, DELTA, sa, gT, invL2, D);
                };
                java.util.TreeSet<Double> br = AndreevReferenceKernel.breakpoints(ev, kt, DELTA);
                for (double d = 1e-3; d > 1e-12; d /= 10) {
                    br.add(kt * d); // the 1/sqrt(E) rise below E_phi
                }
                var res = AdaptiveGaussKronrod.highPrecision().withRelativeTolerance(1e-11)
                        .integrate(f, br.stream().mapToDouble(Double::doubleValue).toArray());
                assertThat(res.converged()).isTrue();
                double ref = 1.37 / (2.76e3 * kt) * res.value();
                double g = j.conductance(ev / E_CHARGE, t);
                worst = Math.max(worst, Math.abs(g / ref - 1));
                assertThat(g).as("eV/Delta=%g T=%g", ratio, t).isCloseTo(ref, within(1e-7 * ref));
            }
        }
        System.out.printf("dI_A/dV vs adaptive Gauss-Kronrod: worst %.2e relative%n", worst);
    }

    @Test
    void vanishesAsLphiGoesToZeroLinearly() {
        // A4: for L_φ → 0 (E_φ = ħD/(2L_φ²) ≫ eV, k_BT) the conductance is ohmic, G_A = M R_{Lφ}/R_T² ∝ L_φ → 0:
        // the closed form with Δ = 10⁶ k_BT (F_S² = 1 to 1e-12), and at the seed's gap I_A ∝ L_φ (ratio 1e-5)
        double t = 0.105;
        double kt = K_BOLTZMANN * t;
        double v = 0.1 * kt / E_CHARGE;
        for (double lphi : new double[] {1e-8, 1e-9, 1e-10}) {
            var j = AndreevJunctionTest.junction(1e6 * kt, lphi);
            double expected = j.phaseCoherentResistance() / (RT * RT);
            assertThat(j.current(v, t) / v).as("L_phi=%g", lphi).isCloseTo(expected, within(1e-5 * expected));
            assertThat(j.conductance(v, t)).as("L_phi=%g", lphi).isCloseTo(expected, within(1e-5 * expected));
        }
        double previous = Double.NaN;
        for (double lphi : new double[] {1e-8, 1e-9, 1e-10}) {
            double i = seedProbe(lphi, 2.76e3).current(0.05e-3, t);
            if (!Double.isNaN(previous)) {
                assertThat(i / previous).isCloseTo(0.1, within(1e-5));
            }
            previous = i;
        }
    }

    @Test
    void scalesAsOneOverRtSquaredAndVanishesAsRtGrows() {
        // the plain form is exactly ∝ R_T⁻²; the regularised one tends to it as R_T → ∞ (its G_T G_S term
        // is a correction O(G_T)), and I_A → 0
        double t = 0.105;
        double v = 0.1e-3;
        for (double lphi : new double[] {1.5e-6, Double.POSITIVE_INFINITY}) {
            var plain = new AndreevJunction(DELTA, D, NU, lphi, AW, 2.76e3, 1.37, JunctionGeometry.end(),
                    AndreevForm.PLAIN, 1e-4);
            double i0 = plain.current(v, t);
            for (double factor : new double[] {3, 10, 100}) {
                assertThat(plain.withRT(2.76e3 * factor).current(v, t) * factor * factor).isCloseTo(i0, within(1e-12 * i0));
            }
            double last = Double.NaN;
            double lastScaled = Double.NaN;
            double first = seedProbe(lphi, 1e3).current(v, t);
            for (double rt : new double[] {1e3, 1e4, 1e5, 1e6, 1e7}) {
                double i = seedProbe(lphi, rt).current(v, t);
                double scaled = i * rt * rt;
                if (!Double.isNaN(last)) {
                    assertThat(i).isLessThan(last / 99);
                    // the R_T² I_A converge: the relative change falls by about 10 per decade of R_T
                    assertThat(Math.abs(scaled / lastScaled - 1)).isLessThan(0.02 * 1e3 / rt);
                }
                last = i;
                lastScaled = scaled;
            }
            assertThat(last).isLessThan(1.1e-8 * first);
        }
    }
}
