package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.superconductor.BcsGap;
import org.junit.jupiter.api.Test;

/** Self-heating (physics.md B4): the forward model and the inverse from peak positions. */
class SelfHeatingTest {

    private static final BcsGap PB = new BcsGap(1.35e-3 * E_CHARGE, 7.2);

    /** V_n solving eV = 2Δ(T_local(V))/n by fixed-point iteration (the forward model of the peaks). */
    private static double peak(SelfHeating h, int n) {
        double v = 2 * PB.delta0() / (n * E_CHARGE);
        for (int i = 0; i < 500; i++) {
            v = 2 * h.localGap(v) / (n * E_CHARGE);
        }
        return v;
    }

    /** The inverse recovers α and Δ(0) from the forward model's peaks to 1e-9 (its fixed-point tolerance). */
    @Test
    void peaksRoundTrip() {
        SelfHeating h = new SelfHeating(PB, 1.5, 0.4);
        double v1 = peak(h, 1);
        double v2 = peak(h, 2);
        assertThat(v1).isLessThan(2 * v2);
        SelfHeating.Estimate e = SelfHeating.fromPeaks(v1, v2, PB.tc(), 1.5);
        assertThat(e.alpha()).isCloseTo(0.4, within(1e-8));
        assertThat(e.delta0() / PB.delta0()).isCloseTo(1.0, within(1e-9));
        assertThat(e.localTemperature()).isCloseTo(h.localTemperature(v1), within(1e-8));
    }

    /** Without heating T_local = T_bath and the heated curve is the plain MAR curve. */
    @Test
    void noHeatingIsThePlainCurve() {
        SelfHeating h = new SelfHeating(PB, 1.0, 0);
        double v = 2e-3;
        assertThat(h.localTemperature(v)).isEqualTo(1.0);
        ChannelSet set = ChannelSet.of(0.6);
        double plain = new MarCurrent(MarJunction.bcs(PB, 1e-3, 1.0)).current(0.6, v);
        assertThat(h.iv(set, 1e-3, new double[] {v}).current()[0]).isCloseTo(plain, within(1e-15 * plain));
    }

    /** Far above T_c the neck is normal: I = V/R_N. */
    @Test
    void overheatedNeckIsOhmic() {
        SelfHeating h = new SelfHeating(PB, 1.0, 1.0);
        double v = 20e-3; // T_local ≈ 64 K
        ChannelSet set = ChannelSet.of(0.6);
        assertThat(h.iv(set, 1e-3, new double[] {v}).current()[0] * set.normalResistance() / v)
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void swappedPeaksAreRefused() {
        assertThatThrownBy(() -> SelfHeating.fromPeaks(3e-3, 1e-3, 7.2, 1.5)).hasMessageContaining("V1");
    }
}
