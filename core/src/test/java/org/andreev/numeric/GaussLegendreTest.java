package org.andreev.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaussLegendreTest {

    /** An n-point rule integrates x^k exactly for k ≤ 2n − 1: ∫_{−1}^{1} x^k = 2/(k+1) (k even). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 10, 16, 24, 40})
    void exactForPolynomialsOfDegree2nMinus1(int n) {
        GaussLegendre rule = new GaussLegendre(n);
        for (int k = 0; k <= 2 * n - 1; k++) {
            int power = k;
            double exact = power % 2 == 0 ? 2.0 / (power + 1) : 0.0;
            assertThat(rule.integrate(x -> Math.pow(x, power), -1, 1)).as("n=%d k=%d", n, k)
                    .isCloseTo(exact, within(1e-14));
        }
    }

    /** Nodes and weights equal Hipparchus's Legendre rule (an independent implementation) to 1e-14. */
    @ParameterizedTest
    @ValueSource(ints = {2, 7, 8, 12, 20})
    void matchesHipparchus(int n) {
        GaussLegendre rule = new GaussLegendre(n);
        GaussIntegrator ref = new GaussIntegratorFactory().legendre(n);
        for (int i = 0; i < n; i++) {
            assertThat(rule.node(i)).isCloseTo(ref.getPoint(i), within(1e-14));
            assertThat(rule.weight(i)).isCloseTo(ref.getWeight(i), within(1e-14));
        }
    }
}
