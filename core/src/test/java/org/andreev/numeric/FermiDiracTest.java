package org.andreev.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FermiDiracTest {

    /**
     * Far tails keep full relative accuracy (physics.md A1): f(x) = e^{−x}/(1 + e^{−x}) exactly,
     * so f(x)·e^{x} − 1 = −e^{−x}/(1 + e^{−x}) to rounding; (1 − tanh(x/2))/2 is already 0 at x = 40.
     */
    @ParameterizedTest
    @CsvSource({"40", "100", "300", "700"})
    void farTailDoesNotUnderflow(double x) {
        assertThat(FermiDirac.occupation(x)).isPositive();
        assertThat(Math.log(FermiDirac.occupation(x))).isCloseTo(-x, within(1e-15 * x));
        assertThat(FermiDirac.occupation(-x)).isEqualTo(1.0);
        assertThat((1 - Math.tanh(x / 2)) / 2).isZero(); // the form the spec warns against
    }

    @Test
    void noOverflowOrNaN() {
        for (double x : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, 800, -800, 0}) {
            assertThat(FermiDirac.occupation(x)).isBetween(0.0, 1.0);
            assertThat(FermiDirac.derivative(x)).isBetween(-0.25, 0.0);
        }
        assertThat(FermiDirac.occupation(0)).isEqualTo(0.5);
        assertThat(FermiDirac.derivative(0)).isEqualTo(-0.25);
    }

    /** f(x) + f(−x) = 1 and f′ = −f(1 − f), over seeded random x (rounding-level tolerances). */
    @Test
    void identities() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int k = 0; k < 10_000; k++) {
            double x = rnd.nextDouble(-50, 50);
            double f = FermiDirac.occupation(x);
            double c = FermiDirac.occupation(-x);
            assertThat(f + c).isCloseTo(1.0, within(2e-16));
            assertThat(FermiDirac.derivative(x)).isCloseTo(-f * c, within(1e-15 * f * c));
        }
    }

    /** The derivative against a central difference (step 1e-5: truncation ~1e-11). */
    @Test
    void derivativeMatchesDifference() {
        for (double x = -20; x <= 20; x += 0.37) {
            double fd = (FermiDirac.occupation(x + 1e-5) - FermiDirac.occupation(x - 1e-5)) / 2e-5;
            assertThat(FermiDirac.derivative(x)).isCloseTo(fd, within(1e-9));
        }
    }

    /**
     * window(x, a) = sinh a/(cosh x + cosh a) (closed form of f(x − a) − f(x + a)), accurate to
     * 1e-14 relative even for a = 1e-12 where the naive difference keeps only ~4 digits.
     */
    @Test
    void windowIsCancellationFree() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int k = 0; k < 10_000; k++) {
            double x = rnd.nextDouble(-30, 30);
            double a = Math.copySign(Math.exp(rnd.nextDouble(Math.log(1e-12), Math.log(30))), rnd.nextDouble() - 0.5);
            double exact = Math.sinh(a) / (Math.cosh(x) + Math.cosh(a));
            assertThat(FermiDirac.window(x, a)).isCloseTo(exact, within(1e-14 * Math.abs(exact)));
        }
    }
}
