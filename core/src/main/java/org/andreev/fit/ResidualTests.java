package org.andreev.fit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Two tests of whether the residuals of a fit look like independent noise, taken over each data set
 * in the order of its abscissae (residuals of a model that misses the data come in long runs of one
 * sign and are correlated with their neighbours; the covariance σ then understate the uncertainty).
 *
 * <ul>
 *   <li>The Wald–Wolfowitz runs test on the signs (A. Wald, J. Wolfowitz, Ann. Math. Stat. 11, 147
 *       (1940)): with n₊ positive and n₋ negative residuals among n, the number of runs R has mean
 *       μ = 2n₊n₋/n + 1 and variance (μ − 1)(μ − 2)/(n − 1) for random order; z = (R − μ)/sd,
 *       summed (R, μ, variance) over the data sets. Zeros count as neither sign.</li>
 *   <li>The lag-1 autocorrelation ρ₁ = Σ r_i r_{i+1} / Σ r_i² (within each data set), about
 *       N(0, 1/n) for independent residuals (Box &amp; Jenkins, Time Series Analysis, §2.1.6).</li>
 * </ul>
 * {@link #systematic()} when z &lt; −3 or ρ₁ √n &gt; 3: each has a one-sided probability of 0.13 %
 * for independent Gaussian noise.
 *
 * @param points      the residuals tested, n
 * @param runs        R, the runs of one sign
 * @param expectedRuns μ
 * @param runsZ       (R − μ)/sd, 0 when the variance is 0 (all residuals of one sign or zero)
 * @param lag1        ρ₁, 0 when every residual is 0
 */
public record ResidualTests(int points, int runs, double expectedRuns, double runsZ, double lag1) {

    /** The |z| and ρ₁ √n beyond which the residuals count as systematic. */
    public static final double THRESHOLD = 3.0;

    /**
     * The tests of the residuals (y − f)/σ (or y − f without σ) of {@code data} against the
     * concatenated predictions {@code model}.
     */
    public static ResidualTests of(List<FitData> data, double[] model) {
        int points = 0;
        int runs = 0;
        double mean = 0;
        double variance = 0;
        double lagSum = 0;
        double squareSum = 0;
        int offset = 0;
        for (FitData d : data) {
            int o = offset;
            Integer[] order = IntStream.range(0, d.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(i -> d.x()[i]));
            double[] r = Arrays.stream(order)
                    .mapToDouble(i -> (d.y()[i] - model[o + i]) / (d.hasSigma() ? d.sigma()[i] : 1.0)).toArray();
            offset += d.size();
            points += r.length;
            int plus = 0;
            int minus = 0;
            int last = 0;
            for (double ri : r) {
                int s = (int) Math.signum(ri);
                if (s == 0) {
                    continue;
                }
                if (s != last) {
                    runs++;
                }
                last = s;
                if (s > 0) {
                    plus++;
                } else {
                    minus++;
                }
            }
            int n = plus + minus;
            if (n > 1) {
                double mu = 2.0 * plus * minus / n + 1;
                mean += mu;
                variance += (mu - 1) * (mu - 2) / (n - 1);
            } else {
                mean += n;
            }
            for (int i = 0; i < r.length; i++) {
                squareSum += r[i] * r[i];
                if (i + 1 < r.length) {
                    lagSum += r[i] * r[i + 1];
                }
            }
        }
        double z = variance > 0 ? (runs - mean) / Math.sqrt(variance) : 0.0;
        return new ResidualTests(points, runs, mean, z, squareSum > 0 ? lagSum / squareSum : 0.0);
    }

    /** Whether the residuals are visibly systematic: too few runs, or neighbours correlated. */
    public boolean systematic() {
        return runsZ < -THRESHOLD || lag1 * Math.sqrt(points) > THRESHOLD;
    }
}
