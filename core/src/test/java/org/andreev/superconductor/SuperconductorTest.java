package org.andreev.superconductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SuperconductorTest {

    static final double DELTA = 3.2e-23;

    /** BCS (physics.md A1): |E|/sqrt(E² − Δ²) outside the gap, 0 inside, even. */
    @Test
    void bcs() {
        Superconductor s = Superconductor.bcs(DELTA);
        assertThat(s.dos(0.5 * DELTA)).isZero();
        assertThat(s.dos(2 * DELTA)).isCloseTo(2 / Math.sqrt(3), within(1e-15));
        assertThat(s.dos(-2 * DELTA)).isCloseTo(2 / Math.sqrt(3), within(1e-15));
        assertThat(s.dos(DELTA)).isInfinite();
    }

    /**
     * Dynes (physics.md A1): n_D(0) = g/sqrt(1 + g²) (≈ γ/Δ), and n_D → BCS away from the edge as
     * g → 0 (difference O(g²) relative at |ε| = 2: tolerance 10 g²).
     */
    @Test
    void dynes() {
        for (double g : new double[] {1e-4, 1e-2, 0.3}) {
            Superconductor s = new Superconductor(DELTA, g, 0);
            assertThat(s.dos(0)).isCloseTo(g / Math.sqrt(1 + g * g), within(1e-15));
            assertThat(s.dos(2 * DELTA)).isCloseTo(2 / Math.sqrt(3), within(10 * g * g));
        }
    }

    /** The Dynes form is the real part of the complex expression; check against explicit complex arithmetic. */
    @Test
    void dynesMatchesComplexFormula() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int k = 0; k < 10_000; k++) {
            double e = rnd.nextDouble(-5, 5);
            double g = Math.exp(rnd.nextDouble(Math.log(1e-6), Math.log(1)));
            var z = new org.hipparchus.complex.Complex(e, g);
            double expected = Math.abs(z.divide(z.multiply(z).subtract(1).sqrt()).getReal());
            assertThat(Superconductor.dynesDos(e, g)).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
        }
    }

    /** Spin split (physics.md A1): ½[n_D(E + h) + n_D(E − h)]; BCS peaks move to Δ ± h. */
    @Test
    void spinSplit() {
        Superconductor s = new Superconductor(DELTA, 1e-3, 0.3 * DELTA);
        double e = 1.1 * DELTA;
        assertThat(s.dos(e)).isCloseTo(
                0.5 * (Superconductor.dynesDos(1.4, 1e-3) + Superconductor.dynesDos(0.8, 1e-3)), within(1e-15));
        Superconductor bcs = new Superconductor(DELTA, 0, 0.3 * DELTA);
        assertThat(bcs.dos(0.69 * DELTA)).isZero();
        assertThat(bcs.dos(0.71 * DELTA)).isPositive();
    }

    @Test
    void withers() {
        Superconductor s = Superconductor.bcs(DELTA).withDynes(1e-3).withExchange(0.1 * DELTA).withDelta(2 * DELTA);
        assertThat(s).isEqualTo(new Superconductor(2 * DELTA, 1e-3, 0.1 * DELTA));
        assertThat(s.gamma()).isEqualTo(2e-3 * DELTA);
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> Superconductor.bcs(0)).hasMessageContaining("Delta");
        assertThatThrownBy(() -> Superconductor.bcs(Double.NaN)).hasMessageContaining("Delta");
        assertThatThrownBy(() -> new Superconductor(DELTA, -1, 0)).hasMessageContaining("Dynes");
        assertThatThrownBy(() -> new Superconductor(DELTA, 0, Double.POSITIVE_INFINITY)).hasMessageContaining("exchange");
    }
}
