package org.andreev.cooler;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The Andreev current against the limits of physics.md A4 (M = 1, T = 0, eV ≪ Δ), each to 1e-6
 * relative. "eV ≪ Δ" is made exact to that tolerance by taking Δ = 10⁶·eV (or 10⁶·k_BT): the
 * regularising G_T G_S term is a first-order correction O(G_T E |1/k|/(Δ σ_N A_w)), ≤ 1e-7 for
 * eV ≥ 1 neV at that ratio (it is 1e-5 at Δ = 10⁴·eV, which is why the ratio is so large), and
 * F_S² − 1 = O((E/Δ)²) is negligible.
 */
class AndreevJunctionTest {

    // Seed 004 (physics.md A6): Cu wire, D = 80 cm²/s, ν = 1.56e47 J⁻¹m⁻³, A_w = 0.3 µm × 50 nm.
    static final double D = 80e-4;
    static final double NU = 1.56e47;
    static final double AW = 0.3e-6 * 50e-9;
    static final double RT = 950;

    static AndreevJunction junction(double delta, double lphi) {
        return new AndreevJunction(delta, D, NU, lphi, AW, RT, 1.0, JunctionGeometry.end(),
                AndreevForm.REGULARISED, 0);
    }

    static double sigmaA() {
        return E_CHARGE * E_CHARGE * NU * D * AW;
    }

    @ParameterizedTest
    @CsvSource({"1e-3", "1e-2", "0.1", "1", "10"})
    void infinitePhaseCoherenceLengthAtZeroTemperature(double evMicroVolt) {
        double v = evMicroVolt * 1e-6;
        var j = junction(1e6 * E_CHARGE * v, Double.POSITIVE_INFINITY);
        // A4: I_A = sqrt(ħ D e V)/(e σ_N A_w R_T²)
        double expected = Math.sqrt(HBAR * D * E_CHARGE * v) / (E_CHARGE * sigmaA() * RT * RT);
        assertThat(j.current(v, 0)).isCloseTo(expected, within(1e-6 * expected));
        assertThat(j.current(-v, 0)).isCloseTo(-expected, within(1e-6 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.2e-6, 0.1", "0.2e-6, 10", "1.5e-6, 0.01", "1.5e-6, 1", "1.5e-6, 30", "20e-6, 0.001", "20e-6, 1"})
    void finitePhaseCoherenceLengthAtZeroTemperature(double lphi, double evMicroVolt) {
        double v = evMicroVolt * 1e-6;
        var j = junction(1e6 * E_CHARGE * v, lphi);
        // A4: I_A = (ħD/(e L_φ σ A R_T²)) · (−Im sqrt(1 − 2i eV L_φ²/(ħD)))
        double y = 2 * E_CHARGE * v * lphi * lphi / (HBAR * D);
        double imSqrt = -Math.sqrt(0.5 * (Math.hypot(1, y) - 1)); // Im sqrt(1 − iy), principal root
        double expected = HBAR * D / (E_CHARGE * lphi * sigmaA() * RT * RT) * -imSqrt;
        assertThat(j.current(v, 0)).isCloseTo(expected, within(1e-6 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.2e-6", "1.5e-6", "20e-6"})
    void ohmicConductanceIsRLphiOverRTSquared(double lphi) {
        // A4: G_A = R_{Lφ}/R_T² for eV ≪ ħD/L_φ² (here eV = 1e-6 of it, nonlinearity ≈ 1e-12)
        double v = 1e-6 * HBAR * D / (lphi * lphi) / E_CHARGE;
        var j = junction(1e6 * E_CHARGE * v, lphi);
        double expected = j.phaseCoherentResistance() / (RT * RT);
        assertThat(j.current(v, 0) / v).isCloseTo(expected, within(1e-6 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.05", "0.1", "0.3"})
    void zeroBiasConductanceAtFiniteTemperature(double t) {
        double kt = K_BOLTZMANN * t;
        var j = junction(1e6 * kt, Double.POSITIVE_INFINITY);
        double v = 1e-4 * kt / E_CHARGE;
        // A4: G_A = c sqrt(ħD/(k_BT))/(σ A R_T²), c = ∫_0^∞ x^{-1/2}(−f'(x))dx = Γ(1/2) η(−1/2)
        // = sqrt(π)(2^{3/2} − 1)(−ζ(−1/2)), ζ(−1/2) = −0.207886224977354566 (DLMF 25.11): c = 0.673718…
        double c = Math.sqrt(Math.PI) * (Math.pow(2, 1.5) - 1) * 0.207886224977354566;
        assertThat(c).isCloseTo(0.67372, within(1e-5)); // the value quoted in the spec
        double expected = c * Math.sqrt(HBAR * D / kt) / (sigmaA() * RT * RT);
        assertThat(j.current(v, t) / v).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void thermalLengthIsSeedValueAt90mK() {
        // seed 004 §3: "the coherence length L_T at T = 90 mK is about 0.33 µm"
        var j = junction(0.228e-3 * E_CHARGE, 1.5e-6);
        assertThat(j.thermalLength(0.090)).isCloseTo(0.33e-6, within(0.005e-6));
    }

    @Test
    void quadratureIsConvergedAtSeedParameters() {
        // GL-8 panels against GL-20 on the same panels, over the seed device's range of bias and
        // temperature (both forms): 3e-8 relative (worst near 0.5 K, where the window spans the whole gap) bounds the
        // quadrature error of the default rule, far below the 1e-6 asked of the model.
        var reg = junction(0.228e-3 * E_CHARGE, 1.5e-6).withMultiplier(0.49);
        var plain = new AndreevJunction(0.228e-3 * E_CHARGE, D, NU, 1.5e-6, AW, RT, 0.49,
                JunctionGeometry.extended(1.5e-6), AndreevForm.PLAIN, 1e-4);
        var rnd = new SplittableRandom(4);
        for (int n = 0; n < 300; n++) {
            double v = rnd.nextDouble(1e-7, 0.35e-3);
            double t = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble(0.02, 0.6);
            for (var j : new AndreevJunction[] {reg, plain}) {
                double ref = j.current(v, t, 20);
                assertThat(j.current(v, t)).as("V=%g T=%g %s", v, t, j.form()).isCloseTo(ref, within(3e-8 * ref));
            }
        }
    }

    @Test
    void samplerAgreesWithTheDirectIntegralOverItsRange() {
        // the sampler's nodes are laid out for T_ref; over T_ref/1.5 … 1.5 T_ref it must still agree with
        // the integral laid out for T itself (both are converged to ~1e-9)
        var j = junction(0.228e-3 * E_CHARGE, 1.5e-6).withMultiplier(0.49);
        var rnd = new SplittableRandom(11);
        for (int n = 0; n < 200; n++) {
            double v = rnd.nextDouble(1e-6, 0.3e-3);
            double tRef = rnd.nextDouble(0.03, 0.5);
            var sampler = j.sampler(v, tRef);
            for (double f : new double[] {0.667, 0.8, 1.0, 1.2, 1.5}) {
                double direct = j.current(v, f * tRef);
                assertThat(sampler.current(f * tRef)).as("V=%g Tref=%g f=%g", v, tRef, f)
                        .isCloseTo(direct, within(3e-8 * Math.abs(direct)));
            }
            assertThat(sampler.covers(1.6 * tRef)).isFalse();
        }
    }

    @Test
    void geometriesAndForms() {
        double v = 1e-6;
        var end = junction(1e6 * K_BOLTZMANN * 0.05, 1.5e-6);
        var middle = new AndreevJunction(end.delta(), D, NU, 1.5e-6, AW, RT, 1, JunctionGeometry.middle(),
                AndreevForm.REGULARISED, 0);
        var shortExtended = new AndreevJunction(end.delta(), D, NU, 1.5e-6, AW, RT, 1,
                JunctionGeometry.extended(1e-9), AndreevForm.REGULARISED, 0);
        var plain = new AndreevJunction(end.delta(), D, NU, 1.5e-6, AW, RT, 1, JunctionGeometry.end(),
                AndreevForm.PLAIN, 1e-6);
        double iEnd = end.current(v, 0.05);
        // A4: a junction in the middle of a wire gets a factor 1/2 (G_T G_S negligible here)
        assertThat(middle.current(v, 0.05)).isCloseTo(0.5 * iEnd, within(1e-7 * iEnd));
        // an extended junction with ℓ ≪ sqrt(ħD/E) tends to the middle-of-wire value (relative O(kℓ))
        assertThat(shortExtended.current(v, 0.05)).isCloseTo(0.5 * iEnd, within(1e-3 * iEnd));
        // deep in the gap the regularisation does not matter: the two forms agree
        assertThat(plain.current(v, 0.05)).isCloseTo(iEnd, within(1e-6 * iEnd));
        // M is a factor
        assertThat(end.withMultiplier(0.49).current(v, 0.05)).isCloseTo(0.49 * iEnd, within(1e-12 * iEnd));
    }

    @Test
    void extendedJunctionOverLongLengthScalesLikeOneOverLength() {
        // ℓ ≫ |1/k|: Z → 1/(k²ℓ), so the current falls like 1/ℓ
        double v = 1e-6;
        double delta = 1e6 * K_BOLTZMANN * 0.1;
        var a = new AndreevJunction(delta, D, NU, 0.1e-6, AW, RT, 1, JunctionGeometry.extended(1e-3),
                AndreevForm.REGULARISED, 0);
        var b = new AndreevJunction(delta, D, NU, 0.1e-6, AW, RT, 1, JunctionGeometry.extended(2e-3),
                AndreevForm.REGULARISED, 0);
        assertThat(b.current(v, 0.1)).isCloseTo(0.5 * a.current(v, 0.1), within(1e-3 * a.current(v, 0.1)));
    }

    @Test
    void refusesUnphysicalParameters() {
        assertThatThrownBy(() -> junction(-1, 1e-6)).hasMessageContaining("Delta");
        assertThatThrownBy(() -> junction(1e-23, 0)).hasMessageContaining("L_phi");
        assertThatThrownBy(() -> junction(1e-23, 1e-6).current(1e-4, -1)).hasMessageContaining("T_N");
        assertThatThrownBy(() -> new AndreevJunction(1e-23, D, NU, 1e-6, AW, RT, 1, JunctionGeometry.end(),
                AndreevForm.PLAIN, 0)).hasMessageContaining("gamma");
    }
}
