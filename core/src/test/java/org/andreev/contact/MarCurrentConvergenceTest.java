package org.andreev.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The default energy rule against a four times finer one (16 points per panel, grading 1/4) over
 * the accuracy domain of issue #7 (eV/Δ ≥ 0.05, τ ≤ 0.99, η = 1e-3, T = 0 and T &gt; 0, unequal
 * gaps). The claim: relative error ≤ 1e-6, or an absolute error ≤ 1e-12 eΔ/h where the current
 * itself is that small (the double-precision floor of the chain sum, whose terms near a gap edge
 * are of order 1/η and cancel to the current: MarKernel).
 */
class MarCurrentConvergenceTest {

    @Test
    void defaultRuleMatchesAFinerRule() {
        MarKernel coarse = new MarKernel(MarCurrent.ORDER, MarCurrent.GRADING);
        MarKernel fine = new MarKernel(16, 0.25);
        double[] taus = {0.01, 0.2, 0.5, 0.8, 0.95, 0.99};
        double[] vs = {0.05, 0.13, 0.37, 0.66, 1.0, 1.41, 2.0, 2.9, 4.0};
        double max = 0;
        double sum2 = 0;
        int n = 0;
        for (double[] bank : new double[][] {{1, 0}, {1, 0.1}, {0.8, 0}}) {
            for (double tau : taus) {
                for (double v : vs) {
                    if (v < 0.3 && bank[0] != 1) {
                        continue; // keep the run short: the low-v corner is covered with equal gaps
                    }
                    double a = coarse.current(tau, v, bank[0], 1e-3, bank[1]);
                    double b = fine.current(tau, v, bank[0], 1e-3, bank[1]);
                    double err = Math.abs(a - b) / Math.max(Math.abs(b), 1e-6);
                    max = Math.max(max, err);
                    sum2 += err * err;
                    n++;
                    assertThat(Math.abs(a - b)).as("tau=%s v=%s dR=%s theta=%s: %s vs %s", tau, v, bank[0], bank[1], a, b)
                            .isLessThanOrEqualTo(Math.max(1e-6 * Math.abs(b), 1e-12));
                }
            }
        }
        System.out.printf("MAR default vs fine rule over %d points: max err %.2e, rms %.2e (relative, floor 1e-6 abs)%n",
                n, max, Math.sqrt(sum2 / n));
    }
}
