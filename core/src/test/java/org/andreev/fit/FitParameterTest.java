package org.andreev.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FitParameterTest {

    /** p → u → p round trips and dp/du agrees with a central difference, over seeded draws. */
    @Test
    void transformsRoundTripAndDifferentiate() {
        Random rnd = new Random(1);
        for (int n = 0; n < 2000; n++) {
            double lo = -10 * rnd.nextDouble();
            double hi = lo + 0.1 + 10 * rnd.nextDouble();
            double p0 = lo + (hi - lo) * (0.01 + 0.98 * rnd.nextDouble());
            double pos = Math.exp(40 * rnd.nextDouble() - 20);
            for (FitParameter par : List.of(FitParameter.of("x", p0), FitParameter.positive("y", pos),
                    FitParameter.bounded("z", p0, lo, hi))) {
                double p = par.initial();
                double u = par.toOptimizer(p);
                assertThat(par.toPhysical(u)).isCloseTo(p, within(1e-12 * (Math.abs(p) + hi - lo)));
                double h = 1e-6;
                double numeric = (par.toPhysical(u + h) - par.toPhysical(u - h)) / (2 * h);
                assertThat(par.derivative(u)).isCloseTo(numeric, within(1e-6 * Math.abs(numeric) + 1e-12));
            }
        }
    }

    /** The scale is what a unit step of the optimiser coordinate moves the parameter by, near the start. */
    @Test
    void scaleSetsTheOptimizerUnit() {
        FitParameter log = FitParameter.positive("t", 0.1).withScale(0.02);
        assertThat(log.derivative(log.toOptimizer(0.1))).isCloseTo(0.02, within(1e-15));
        FitParameter lin = FitParameter.of("v", 0.0, 1e-5);
        assertThat(lin.derivative(lin.toOptimizer(0.0))).isEqualTo(1e-5);
    }

    @Test
    void invalidParametersAreRefusedWithTheirName() {
        assertThatThrownBy(() -> FitParameter.positive("te", -0.1))
                .hasMessage("initial value of te must be > 0, got -0.1");
        assertThatThrownBy(() -> FitParameter.bounded("x", 2, 0, 1)).hasMessageContaining("x must be in (0.0, 1.0)");
        assertThatThrownBy(() -> FitParameter.of("x", 1, 0)).hasMessageContaining("scale of x must be");
        assertThatThrownBy(() -> FitParameter.of(" ", 1)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> ParameterTransform.box(1, 1)).hasMessageContaining("lower < upper");
    }
}
