package org.andreev.contact.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed forms and Josephson references of physics.md B3 that the tables and tests use. */
class ClosedFormsTest {

    /** The rearranged excess current equals the printed formula to 1e-13 where the latter is well conditioned. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-4, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99})
    void excessCurrentForms(double tau) {
        assertThat(MarClosedForms.excessCurrent(tau))
                .isCloseTo(MarClosedForms.excessCurrentAsPrinted(tau), within(1e-13 * Math.max(1, 1 / (1 - tau))));
    }

    /** τ → 1: 8/3 − (88/15)(1 − τ) + O((1 − τ)²) (series of the formula). */
    @Test
    void excessCurrentNearBallistic() {
        double x = 1e-6;
        assertThat(MarClosedForms.excessCurrent(1 - x)).isCloseTo(8.0 / 3 - 88.0 / 15 * x, within(1e-10));
    }

    /** Dorokhov ensemble, T = 0: I_c R_N = 2.0821 Δ/e at φ = 1.971 (KO-1, physics.md B3; 5-digit values, tolerance their rounding). */
    @Test
    void dorokhovCriticalCurrent() {
        JosephsonReference.Maximum m = JosephsonReference.dorokhovCritical();
        System.out.printf("Dorokhov: I_c R_N = %.10f Delta/e at phi = %.10f%n", m.current(), m.phi());
        assertThat(m.current()).isCloseTo(2.0821, within(5e-5));
        assertThat(m.phi()).isCloseTo(1.971, within(5e-4));
        // the integration against the KO-1 closed form π cos(φ/2) artanh(sin(φ/2)), to 1e-13
        for (double phi = 0.1; phi < 3.1; phi += 0.3) {
            double s = Math.sin(phi / 2);
            double closed = Math.PI * Math.cos(phi / 2) * 0.5 * Math.log((1 + s) / (1 - s));
            assertThat(JosephsonReference.dorokhovSupercurrent(phi)).isCloseTo(closed, within(1e-13));
        }
    }

    /** Dorokhov excess current (π²/4 − 1) Δ/e (Artemenko, Volkov &amp; Zaitsev 1979), to 1e-12 (quadrature at 1e-14). */
    @Test
    void dorokhovExcessCurrent() {
        double exc = JosephsonReference.dorokhovExcessCurrent();
        System.out.printf("Dorokhov: I_exc R_N = %.13f Delta/e%n", exc);
        assertThat(exc).isCloseTo(Math.PI * Math.PI / 4 - 1, within(1e-12));
        assertThat(exc).isCloseTo(1.4674, within(5e-5));
    }

    /** One channel at T = 0: max_φ I(φ) = (eΔ/ħ)(1 − √(1 − τ)), to 1e-12 (Brent in φ at 1e-15; the maximum is quadratic). */
    @ParameterizedTest
    @ValueSource(doubles = {1e-6, 0.1, 0.5, 0.9, 0.99})
    void channelCriticalCurrentAtZeroTemperature(double tau) {
        assertThat(JosephsonReference.channel(tau, 0).current()).isCloseTo(MarClosedForms.criticalCurrentT0(tau), within(1e-12));
    }

    /**
     * Ambegaokar–Baratoff: as τ → 0, I_c R_N = (πΔ/2e) tanh(Δ/2k_BT). At τ = 1e-6 the bound-state
     * correction is O(τ) relative: tolerance 1e-5 relative.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 0.3, 0.5, 1.0})
    void ambegaokarBaratoff(double t) {
        double ab = Math.PI / 2 * (t == 0 ? 1 : Math.tanh(1 / (2 * t)));
        assertThat(JosephsonReference.channel(1e-6, t).current()).isCloseTo(ab, within(1e-5 * ab));
    }

    /**
     * The S-I-S reference itself: the Riedel jump, i → π/2 as v → 2⁺ in BCS at T = 0 (physics.md
     * A/B3; the current rises like π/2 + O((v − 2) ln(v − 2))): at v = 2 + 1e-4, within 2e-3.
     */
    @Test
    void sisRiedelJump() {
        assertThat(SisQuasiparticleCurrent.current(2 + 1e-4, 0, 0)).isCloseTo(Math.PI / 2, within(2e-3));
        assertThat(SisQuasiparticleCurrent.current(2 - 1e-4, 0, 0)).isEqualTo(0.0);
    }
}
