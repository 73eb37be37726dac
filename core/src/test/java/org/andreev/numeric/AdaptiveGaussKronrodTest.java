package org.andreev.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdaptiveGaussKronrodTest {

    private final AdaptiveGaussKronrod gk = AdaptiveGaussKronrod.highPrecision();

    /** K15 is exact through degree 22: one panel, error estimate only from G7. */
    @Test
    void exactForDegree22() {
        var r = gk.withMaxIntervals(1).integrate(x -> Math.pow(x, 22), 0, 1);
        assertThat(r.value()).isCloseTo(1.0 / 23, within(1e-16));
    }

    /** ∫_0^1 x^{−1/2} dx = 2: an end-point singularity, reached by bisection. */
    @Test
    void endPointSingularity() {
        var r = gk.withRelativeTolerance(1e-10).integrate(x -> 1 / Math.sqrt(x), 0, 1);
        assertThat(r.converged()).isTrue();
        assertThat(r.value()).isCloseTo(2.0, within(1e-9));
    }

    /** ∫_0^π sin = 2 and ∫_{−40}^{40} e^{−x²} = sqrt(π) with breakpoints, to 1e-13 relative. */
    @Test
    void smoothIntegrals() {
        assertThat(gk.integrate(Math::sin, 0, Math.PI).value()).isCloseTo(2.0, within(2e-13));
        var r = gk.integrate(x -> Math.exp(-x * x), new double[] {-40, -1, 0, 1, 40});
        assertThat(r.value()).isCloseTo(Math.sqrt(Math.PI), within(2e-13));
    }

    @Test
    void reportsNonConvergence() {
        var r = gk.withMaxIntervals(3).integrate(x -> 1 / Math.sqrt(x), 0, 1);
        assertThat(r.converged()).isFalse();
        assertThat(r.errorEstimate()).isPositive();
    }
}
