package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustStatisticsTest {

    /** Quickselect's median equals the sorted middle (mean of the two for even n) on 2000 seeded draws with ties. */
    @Test
    void medianEqualsSortedMiddle() {
        SplittableRandom rnd = new SplittableRandom(8);
        for (int draw = 0; draw < 2000; draw++) {
            int n = 1 + rnd.nextInt(60);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextBoolean() ? rnd.nextInt(5) : rnd.nextGaussian();
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            double[] copy = v.clone();
            assertThat(RobustStatistics.median(v)).isEqualTo(expected);
            assertThat(v).containsExactly(copy);
        }
        assertThat(RobustStatistics.median(new double[0])).isNaN();
    }

    /**
     * White noise of σ = 0.01 with large jumps at a fraction ε of the points: the MAD estimate is biased
     * high by the jumps, which all lie above the median: (1 − ε)(2Φ(q) − 1) = 1/2 gives the factor
     * Φ⁻¹((1 + 1/(2(1 − ε)))/2)/Φ⁻¹(3/4) (2 %: 1.025, 5 %: 1.062); tolerance 2.5 % (the sampling error of
     * the MAD of 20000 points, about 1 %, twice, and the shift of the median of the differences).
     */
    @Test
    void noiseIgnoresJumps() {
        SplittableRandom rnd = new SplittableRandom(2);
        double[][] cases = {{0.0, 1.0}, {0.02, 1.025}, {0.05, 1.062}};
        for (double[] c : cases) {
            double[] y = new double[20000];
            double level = 0;
            for (int i = 0; i < y.length; i++) {
                if (rnd.nextDouble() < c[0]) {
                    level -= 0.5;
                }
                y[i] = level + 0.01 * rnd.nextGaussian();
            }
            assertThat(RobustStatistics.noiseFromDifferences(y)).as("jump fraction %s", c[0])
                    .isCloseTo(0.01 * c[1], within(0.00025));
        }
    }
}
