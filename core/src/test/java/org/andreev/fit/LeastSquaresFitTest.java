package org.andreev.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LeastSquaresFitTest {

    private static final FitModel LINE = (p, k, x, y) -> {
        for (int i = 0; i < x.length; i++) {
            y[i] = p[0] + p[1] * x[i];
        }
    };

    private static final FitModel DECAY = (p, k, x, y) -> {
        for (int i = 0; i < x.length; i++) {
            y[i] = p[0] * Math.exp(-x[i] / p[1]);
        }
    };

    private static double[] grid(int n, double from, double to) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + (to - from) * i / (n - 1);
        }
        return x;
    }

    /**
     * Weighted straight line: the estimates, σ and correlation have closed forms (Press et al.,
     * Numerical Recipes, 3rd ed., §15.2, Eqs. 15.2.4–15.2.10). The model is linear, so central
     * differences are exact up to rounding: agreement to 1e-7 relative.
     */
    @Test
    void straightLineWithSigmaMatchesAnalyticCovariance() {
        Random rnd = new Random(42);
        double[] x = grid(50, -1, 3);
        double[] y = new double[x.length];
        double[] sigma = new double[x.length];
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sigma[i] = 0.1 + 0.05 * i / x.length;
            y[i] = 0.7 - 1.3 * x[i] + sigma[i] * rnd.nextGaussian();
            double w = 1 / (sigma[i] * sigma[i]);
            s += w; sx += w * x[i]; sy += w * y[i]; sxx += w * x[i] * x[i]; sxy += w * x[i] * y[i];
        }
        double det = s * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / det;
        double b = (s * sxy - sx * sy) / det;

        FitResult r = LeastSquaresFit.create().fit(LINE,
                List.of(FitParameter.of("a", 0.0, 1.0), FitParameter.of("b", 0.0, 1.0)),
                FitData.withSigma(x, y, sigma));

        assertThat(r.converged()).as(r.message()).isTrue();
        assertThat(r.sigmaKnown()).isTrue();
        assertThat(r.value("a")).isCloseTo(a, within(1e-7));
        assertThat(r.value("b")).isCloseTo(b, within(1e-7));
        assertThat(r.sigma("a")).isCloseTo(Math.sqrt(sxx / det), within(1e-7 * Math.sqrt(sxx / det)));
        assertThat(r.sigma("b")).isCloseTo(Math.sqrt(s / det), within(1e-7 * Math.sqrt(s / det)));
        assertThat(r.correlation("a", "b")).isCloseTo(-sx / Math.sqrt(s * sxx), within(1e-7));
        assertThat(r.degreesOfFreedom()).isEqualTo(48);
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            chi2 += Math.pow((y[i] - a - b * x[i]) / sigma[i], 2);
        }
        assertThat(r.chiSquare()).isCloseTo(chi2, within(1e-9 * chi2));
        assertThat(r.reducedChiSquare()).isCloseTo(chi2 / 48, within(1e-9 * chi2));
    }

    /** Without σ the covariance is (XᵀX)⁻¹ s² with s² = χ²/(N − 2), the textbook OLS estimate. */
    @Test
    void straightLineWithoutSigmaScalesCovarianceByReducedChiSquare() {
        Random rnd = new Random(7);
        double[] x = grid(30, 0, 10);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2.0 + 0.5 * x[i] + 0.3 * rnd.nextGaussian();
        }
        double n = x.length, sx = 0, sxx = 0;
        for (double xi : x) {
            sx += xi;
            sxx += xi * xi;
        }
        FitResult r = LeastSquaresFit.create().fit(LINE,
                List.of(FitParameter.of("a", 1.0), FitParameter.of("b", 1.0)), FitData.of(x, y));
        assertThat(r.sigmaKnown()).isFalse();
        double s2 = r.chiSquare() / (n - 2);
        double det = n * sxx - sx * sx;
        assertThat(r.reducedChiSquare()).isCloseTo(s2, within(1e-12));
        assertThat(r.sigma("a")).isCloseTo(Math.sqrt(s2 * sxx / det), within(1e-7 * Math.sqrt(s2 * sxx / det)));
        assertThat(r.sigma("b")).isCloseTo(Math.sqrt(s2 * n / det), within(1e-7 * Math.sqrt(s2 * n / det)));
        // the noise was 0.3: χ²_red estimates its square (29 dof: ±26 % at 1σ, so ±60 % is 2.3σ)
        assertThat(Math.sqrt(s2)).isCloseTo(0.3, within(0.1));
    }

    /**
     * Coverage over seeds: A e^{−x/τ} with positive (log-transformed) parameters and σ known. For a
     * Gaussian estimate 68.3 % of the seeds fall within 1σ and 99.7 % within 3σ; with 200 seeds ×
     * 2 parameters the 1σ fraction has a binomial spread of ±2.3 %, so [0.58, 0.78] is ±4σ.
     */
    @Test
    void trueValuesLieWithinReportedSigmaOverSeeds() {
        double[] x = grid(40, 0, 5);
        double[] sigma = new double[x.length];
        java.util.Arrays.fill(sigma, 0.05);
        int within1 = 0, within3 = 0, total = 0;
        for (int seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 3.0 * Math.exp(-x[i] / 1.2) + sigma[i] * rnd.nextGaussian();
            }
            FitResult r = LeastSquaresFit.create().fit(DECAY,
                    List.of(FitParameter.positive("A", 1.0), FitParameter.positive("tau", 3.0)),
                    FitData.withSigma(x, y, sigma));
            assertThat(r.converged()).as("seed %d: %s", seed, r.message()).isTrue();
            for (String name : List.of("A", "tau")) {
                double z = Math.abs(r.value(name) - (name.equals("A") ? 3.0 : 1.2)) / r.sigma(name);
                within1 += z < 1 ? 1 : 0;
                within3 += z < 3 ? 1 : 0;
                total++;
            }
        }
        assertThat((double) within1 / total).isBetween(0.58, 0.78);
        assertThat((double) within3 / total).isGreaterThan(0.98);
    }

    /** A log-transformed parameter pushed toward zero by the data never goes negative. */
    @Test
    void positiveParameterStaysPositive() {
        double[] x = grid(20, 1, 2);
        double[] y = new double[x.length];
        Random rnd = new Random(3);
        for (int i = 0; i < x.length; i++) {
            y[i] = -0.5 * x[i] + 0.01 * rnd.nextGaussian(); // best unconstrained slope is −0.5
        }
        AtomicBoolean sawNonPositive = new AtomicBoolean();
        FitModel slope = (p, k, xs, ys) -> {
            if (!(p[0] > 0)) {
                sawNonPositive.set(true);
            }
            for (int i = 0; i < xs.length; i++) {
                ys[i] = p[0] * xs[i];
            }
        };
        FitResult r = LeastSquaresFit.create().fit(slope, List.of(FitParameter.positive("a", 1.0)), FitData.of(x, y));
        assertThat(sawNonPositive).isFalse();
        assertThat(r.value("a")).isPositive();
        // the data want a < 0: the fit ends at the edge of the log map and must say so
        assertThat(r.value("a")).isLessThan(1e-8);
        assertThat(r.message()).contains("at the edge of its domain").endsWith(": a");
    }

    /**
     * The sin/arcsin box keeps a parameter inside [lower, upper] even when the data want it outside
     * (in floating point sin q rounds to 1 near π/2, so the bound itself can be reached).
     */
    @Test
    void boxedParameterStaysInsideItsBounds() {
        double[] x = grid(20, 0, 1);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1.5 + 0.01 * Math.sin(7 * i);
        }
        AtomicBoolean outside = new AtomicBoolean();
        FitModel constant = (p, k, xs, ys) -> {
            if (!(p[0] >= 0 && p[0] <= 1)) {
                outside.set(true);
            }
            java.util.Arrays.fill(ys, p[0]);
        };
        FitResult r = LeastSquaresFit.create().fit(constant,
                List.of(FitParameter.bounded("c", 0.5, 0.0, 1.0)), FitData.of(x, y));
        assertThat(outside).isFalse();
        assertThat(r.value("c")).isLessThanOrEqualTo(1.0).isGreaterThan(0.99);
        assertThat(r.message()).contains("at the edge of its domain");
    }

    /**
     * A non-negative parameter the model is linear in (not even), whose data want it below 0: with
     * p = q² ({@link FitParameter#nonNegativeSmooth}) the fit converges at p = 0 and says it is at
     * the edge of its domain; with p = |q| the same fit circles the kink of χ²(q) at 0. Away from 0
     * the two give the same estimate as the unconstrained line.
     */
    @Test
    void squaredParameterConvergesAtZeroAndAgreesAwayFromIt() {
        double[] x = grid(30, 0, 1);
        double[] y = new double[x.length];
        Random rnd = new Random(3);
        for (int i = 0; i < x.length; i++) {
            y[i] = 1.0 - 0.2 * x[i] + 0.01 * rnd.nextGaussian();
        }
        FitModel line = (p, k, xs, ys) -> {
            for (int i = 0; i < xs.length; i++) {
                ys[i] = p[0] + p[1] * xs[i];
            }
        };
        FitResult atZero = LeastSquaresFit.create().fit(line,
                List.of(FitParameter.of("a", 0.5, 0.1), FitParameter.nonNegativeSmooth("b", 0.1, 0.1)), FitData.of(x, y));
        assertThat(atZero.converged()).as(atZero.message()).isTrue();
        assertThat(atZero.value("b")).isGreaterThanOrEqualTo(0).isLessThan(1e-6);
        assertThat(atZero.atBound()).containsExactly("b");
        for (int i = 0; i < x.length; i++) {
            y[i] += 0.5 * x[i];
        }
        FitResult free = LeastSquaresFit.create().fit(line,
                List.of(FitParameter.of("a", 0.5, 0.1), FitParameter.of("b", 0.1, 0.1)), FitData.of(x, y));
        FitResult squared = LeastSquaresFit.create().fit(line,
                List.of(FitParameter.of("a", 0.5, 0.1), FitParameter.nonNegativeSmooth("b", 0.1, 0.1)), FitData.of(x, y));
        assertThat(squared.value("b")).isCloseTo(free.value("b"), within(1e-6));
        assertThat(squared.sigma("b")).isCloseTo(free.sigma("b"), within(1e-3 * free.sigma("b")));
    }

    /** Within the box, far from the bounds, the estimate and σ are those of the free fit. */
    @Test
    void boxedParameterAwayFromBoundsAgreesWithUnboundedFit() {
        Random rnd = new Random(11);
        double[] x = grid(25, 0, 2);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 0.3 + 0.8 * x[i] + 0.05 * rnd.nextGaussian();
        }
        FitResult free = LeastSquaresFit.create().fit(LINE,
                List.of(FitParameter.of("a", 0.0, 1.0), FitParameter.of("b", 0.0, 1.0)), FitData.of(x, y));
        FitResult boxed = LeastSquaresFit.create().fit(LINE,
                List.of(FitParameter.bounded("a", 0.0, -5, 5), FitParameter.positive("b", 1.0)), FitData.of(x, y));
        assertThat(boxed.converged()).as(boxed.message()).isTrue();
        assertThat(boxed.message()).doesNotContain("edge");
        for (String n : List.of("a", "b")) {
            assertThat(boxed.value(n)).isCloseTo(free.value(n), within(1e-8));
            // delta method: exact for the linear model up to the finite-difference error
            assertThat(boxed.sigma(n)).isCloseTo(free.sigma(n), within(1e-6 * free.sigma(n)));
        }
    }

    @Test
    void fixedParameterKeepsItsValueWithZeroSigma() {
        double[] x = grid(10, 0, 1);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 1 + 2 * x[i] + 0.01 * Math.cos(5 * i);
        }
        FitResult r = LeastSquaresFit.create().fit(LINE,
                List.of(FitParameter.fixed("a", 1.0), FitParameter.of("b", 0.0, 1.0)), FitData.of(x, y));
        assertThat(r.estimate("a")).isEqualTo(new Estimate(1.0, 0.0));
        assertThat(r.freeNames()).containsExactly("b");
        assertThat(r.value("b")).isCloseTo(2.0, within(0.01));
        assertThat(r.values()).containsExactly(1.0, r.value("b"));
    }

    /** Two data sets sharing the slope: the dataSet index reaches the model. */
    @Test
    void severalDataSetsShareParameters() {
        double[] x = grid(15, 0, 1);
        double[] y0 = new double[x.length];
        double[] y1 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y0[i] = 1 + 3 * x[i];
            y1[i] = -2 + 3 * x[i];
        }
        FitModel twoLines = (p, k, xs, ys) -> {
            for (int i = 0; i < xs.length; i++) {
                ys[i] = p[k] + p[2] * xs[i];
            }
        };
        FitResult r = LeastSquaresFit.create().fit(twoLines,
                List.of(FitParameter.of("a0", 0.0, 1.0), FitParameter.of("a1", 0.0, 1.0), FitParameter.of("b", 1.0)),
                List.of(FitData.of(x, y0), FitData.of(x, y1)));
        assertThat(r.value("a0")).isCloseTo(1, within(1e-8));
        assertThat(r.value("a1")).isCloseTo(-2, within(1e-8));
        assertThat(r.value("b")).isCloseTo(3, within(1e-8));
        assertThat(r.observations()).isEqualTo(30);
    }

    @Test
    void parallelJacobianGivesTheSameResult() {
        Random rnd = new Random(5);
        double[] x = grid(40, 0, 5);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * Math.exp(-x[i] / 0.7) + 0.02 * rnd.nextGaussian();
        }
        List<FitParameter> ps = List.of(FitParameter.positive("A", 1.0), FitParameter.positive("tau", 1.0));
        FitResult serial = LeastSquaresFit.create().withParallelJacobian(LeastSquaresFit.Parallelism.NEVER)
                .fit(DECAY, ps, FitData.of(x, y));
        FitResult parallel = LeastSquaresFit.create().withParallelJacobian(LeastSquaresFit.Parallelism.ALWAYS)
                .fit(DECAY, ps, FitData.of(x, y));
        assertThat(parallel.values()).containsExactly(serial.values());
        assertThat(parallel.sigma("tau")).isEqualTo(serial.sigma("tau"));
    }

    /**
     * An analytic derivative for the amplitude of A e^{−x/τ} gives the finite-difference result (the
     * central difference of an exponential in log A is exact to O(h²) = 1e-8) with fewer model calls.
     */
    @Test
    void analyticDerivativeAgreesWithFiniteDifferencesAndSavesEvaluations() {
        Random rnd = new Random(8);
        double[] x = grid(30, 0, 4);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * Math.exp(-x[i] / 0.9) + 0.02 * rnd.nextGaussian();
        }
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        FitModel counted = (p, k, xs, ys) -> {
            calls.incrementAndGet();
            DECAY.predict(p, k, xs, ys);
        };
        FitModel analytic = new FitModel() {
            @Override
            public void predict(double[] p, int k, double[] xs, double[] ys) {
                counted.predict(p, k, xs, ys);
            }

            @Override
            public boolean hasDerivative(int parameter) {
                return parameter == 0;
            }

            @Override
            public void derivative(double[] p, int parameter, int k, double[] xs, double[] ys, double[] dydp) {
                for (int i = 0; i < ys.length; i++) {
                    dydp[i] = ys[i] / p[0];
                }
            }
        };
        List<FitParameter> ps = List.of(FitParameter.positive("A", 1.0), FitParameter.positive("tau", 2.0));
        LeastSquaresFit fit = LeastSquaresFit.create().withParallelJacobian(LeastSquaresFit.Parallelism.NEVER);
        FitResult numeric = fit.fit(counted, ps, FitData.of(x, y));
        int numericCalls = calls.getAndSet(0);
        FitResult exact = fit.fit(analytic, ps, FitData.of(x, y));
        int analyticCalls = calls.get();
        for (String n : List.of("A", "tau")) {
            assertThat(exact.value(n)).isCloseTo(numeric.value(n), within(1e-7 * numeric.value(n)));
            assertThat(exact.sigma(n)).isCloseTo(numeric.sigma(n), within(1e-6 * numeric.sigma(n)));
        }
        assertThat(analyticCalls).isLessThan(numericCalls);
    }

    @Test
    void iterationLimitIsReportedAsNotConverged() {
        double[] x = grid(40, 0, 5);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 * Math.exp(-x[i] / 0.7) + 0.01 * Math.sin(3 * i);
        }
        FitResult r = LeastSquaresFit.create().withMaxIterations(2).fit(DECAY,
                List.of(FitParameter.positive("A", 100.0), FitParameter.positive("tau", 30.0)), FitData.of(x, y));
        assertThat(r.converged()).isFalse();
        assertThat(r.message()).contains("iteration limit of 2");
        assertThatThrownBy(r::orElseThrow).isInstanceOf(FitException.class)
                .hasMessageStartingWith("fit did not converge: iteration limit");
    }

    @Test
    void nonFiniteModelIsReportedAsNotConverged() {
        double[] x = grid(10, 0, 1);
        double[] y = x.clone();
        FitModel sqrt = (p, k, xs, ys) -> {
            for (int i = 0; i < xs.length; i++) {
                ys[i] = Math.sqrt(p[0]) * xs[i];
            }
        };
        FitResult r = LeastSquaresFit.create().fit(sqrt, List.of(FitParameter.of("a", -1.0)), FitData.of(x, y));
        assertThat(r.converged()).isFalse();
        assertThat(r.message()).contains("NaN").contains("a = -1.0");
    }

    @Test
    void undeterminedCombinationIsReportedAsNotConverged() {
        double[] x = grid(10, 0, 1);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i] + 0.01 * Math.sin(4 * i);
        }
        FitModel sum = (p, k, xs, ys) -> {
            for (int i = 0; i < xs.length; i++) {
                ys[i] = (p[0] + p[1]) * xs[i];
            }
        };
        FitResult r = LeastSquaresFit.create().fit(sum,
                List.of(FitParameter.of("a", 1.0), FitParameter.of("b", 1.0)), FitData.of(x, y));
        assertThat(r.converged()).isFalse();
        assertThat(r.message()).contains("singular Jacobian").contains("a combination of a, b");
        assertThat(r.value("a") + r.value("b")).isCloseTo(3, within(0.01));
        assertThat(r.estimate("a").hasSigma()).isFalse();
    }

    @Test
    void parameterWithoutEffectIsNamed() {
        double[] x = grid(10, 0, 1);
        FitModel ignoresB = (p, k, xs, ys) -> java.util.Arrays.fill(ys, p[0]);
        FitResult r = LeastSquaresFit.create().fit(ignoresB,
                List.of(FitParameter.of("a", 1.0), FitParameter.of("b", 1.0)), FitData.of(x, x));
        assertThat(r.converged()).isFalse();
        assertThat(r.message()).contains("does not depend on b");
    }

    /**
     * y = x·p/(1 + p) fitted to y = x: χ² falls monotonically as p → ∞, a plateau with no minimum.
     * Confined to its plausible range, p leaves it and the fit must end not converged, naming p, the
     * value it ran to and the range; a fit whose answer (p = 1 for y = x/2) lies inside the same range
     * is unaffected.
     */
    @Test
    void parameterLeavingItsPlausibleRangeEndsTheFitAsNotConverged() {
        FitModel saturating = (p, k, x, y) -> {
            for (int i = 0; i < x.length; i++) {
                y[i] = x[i] * p[0] / (1 + p[0]);
            }
        };
        double[] x = grid(20, 0, 1);
        FitParameter p = FitParameter.positive("p", 1.0).withinFactorOfStart(1e6);
        FitResult plateau = LeastSquaresFit.create().fit(saturating, List.of(p), FitData.of(x, x.clone()));
        assertThat(plateau.converged()).isFalse();
        assertThat(plateau.message()).contains("p ran from 1.0 to").contains("plausible range")
                .contains("factor 1000000.0 of its start");
        assertThat(plateau.value("p")).isBetween(1.0, 1e6);

        double[] half = java.util.Arrays.stream(x).map(v -> v / 2).toArray();
        FitResult fine = LeastSquaresFit.create().fit(saturating, List.of(p), FitData.of(x, half));
        assertThat(fine.converged()).as(fine.message()).isTrue();
        assertThat(fine.value("p")).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void plausibleRangeMustHoldTheStart() {
        assertThatThrownBy(() -> FitParameter.positive("t", 2.0).withPlausibleRange(0, 1, "T_c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t").hasMessageContaining("T_c");
    }

    @Test
    void illPosedRequestsAreRefused() {
        double[] x = grid(3, 0, 1);
        FitData d = FitData.of(x, x);
        LeastSquaresFit fit = LeastSquaresFit.create();
        assertThatThrownBy(() -> fit.fit(LINE, List.of(FitParameter.of("a", 1), FitParameter.of("a", 1)), d))
                .hasMessageContaining("duplicate fit parameter name 'a'");
        assertThatThrownBy(() -> fit.fit(LINE, List.of(FitParameter.fixed("a", 1), FitParameter.fixed("b", 1)), d))
                .hasMessageContaining("every parameter is fixed");
        assertThatThrownBy(() -> fit.fit(LINE, List.of(FitParameter.of("a", 1), FitParameter.of("b", 1)),
                FitData.of(new double[] {0, 1}, new double[] {0, 1})))
                .hasMessageContaining("needs more than 2 points");
        assertThatThrownBy(() -> fit.fit(LINE, List.of(FitParameter.of("a", 1), FitParameter.of("b", 1)),
                List.of(d, FitData.withSigma(x, x, new double[] {1, 1, 1}))))
                .hasMessageContaining("either all data sets or none");
    }
}
