package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.andreev.superconductor.BcsGap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Josephson branch against the closed forms of physics.md B3. */
class JosephsonTest {

    private static final double DELTA = 1.35e-3 * E_CHARGE;

    /** I_c(T = 0) = (eΔ/ħ)(1 − sqrt(1 − τ)) (Beenakker 1991): the maximiser must find it to 1e-10. */
    @ParameterizedTest
    @CsvSource({"0.01", "0.3", "0.7", "0.99", "1.0"})
    void zeroTemperatureCriticalCurrent(double tau) {
        PointContact c = new PointContact(ChannelSet.of(tau), MarJunction.symmetric(DELTA, 1e-3, 0));
        double expected = E_CHARGE * DELTA / HBAR * (1 - Math.sqrt(1 - tau));
        assertThat(c.criticalCurrent().current() / expected - 1).isCloseTo(0.0, within(1e-10));
    }

    /**
     * Ambegaokar–Baratoff: in the tunnel limit I_c R_N = (πΔ/2e) tanh(Δ/2k_BT), with Δ = Δ(T); the
     * first neglected term is O(τ) relative: τ = 1e-4, tolerance 1e-4.
     */
    @ParameterizedTest
    @CsvSource({"0", "2", "4.2", "6"})
    void ambegaokarBaratoff(double t) {
        BcsGap pb = new BcsGap(DELTA, 7.2);
        double tau = 1e-4;
        MarJunction j = MarJunction.bcs(pb, 1e-3, t);
        PointContact c = new PointContact(ChannelSet.of(tau), j);
        double rn = c.channels().normalResistance();
        double d = j.deltaLeft();
        double ab = Math.PI * d / (2 * E_CHARGE) * (t > 0 ? Math.tanh(d / (2 * K_BOLTZMANN * t)) : 1);
        assertThat(c.criticalCurrent().current() * rn / ab - 1).isCloseTo(0.0, within(1e-4));
    }

    /**
     * Kulik–Omel'yanchuk KO-1 for the Dorokhov ensemble at T = 0: I_c R_N = 2.0821 Δ/e at
     * φ ≈ 1.971 (physics.md B3; the quoted digits are the tolerance).
     */
    @Test
    void dorokhovCriticalCurrent() {
        PointContact c = new PointContact(ChannelSet.dorokhov(5.0), MarJunction.symmetric(DELTA, 1e-3, 0));
        PointContact.CriticalCurrent ic = c.criticalCurrent();
        double icrn = ic.current() * 5.0 / (DELTA / E_CHARGE);
        System.out.printf("Dorokhov IcRN = %.6f Delta/e at phi = %.4f%n", icrn, ic.phase());
        assertThat(icrn).isCloseTo(2.0821, within(5e-5));
        assertThat(ic.phase()).isCloseTo(1.971, within(5e-4));
    }

    /** E_A(φ) = Δ sqrt(1 − τ sin²(φ/2)): Δ at φ = 0, Δ sqrt(1 − τ) at φ = π. */
    @Test
    void boundStates() {
        assertThat(JosephsonChannel.boundStateEnergy(DELTA, 0.6, 0)).isEqualTo(DELTA);
        assertThat(JosephsonChannel.boundStateEnergy(DELTA, 0.6, Math.PI) / DELTA)
                .isCloseTo(Math.sqrt(0.4), within(1e-15));
    }

    /** dI/dφ is the derivative of I(φ) (central difference, error O(h²) ≈ 1e-10). */
    @Test
    void slopeIsTheDerivative() {
        for (double phi = 0.1; phi < 3.1; phi += 0.3) {
            double h = 1e-5;
            double num = (JosephsonChannel.current(DELTA, 3.0, 0.8, phi + h)
                    - JosephsonChannel.current(DELTA, 3.0, 0.8, phi - h)) / (2 * h);
            assertThat(JosephsonChannel.currentSlope(DELTA, 3.0, 0.8, phi) / num - 1).isCloseTo(0.0, within(1e-7));
        }
    }
}
