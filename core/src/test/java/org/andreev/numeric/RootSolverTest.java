package org.andreev.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.andreev.numeric.RootSolver.Root;
import org.andreev.numeric.RootSolver.Status;
import org.junit.jupiter.api.Test;

/** Roots of functions with known roots, and every failure reason. */
class RootSolverTest {

    private final RootSolver solver = RootSolver.relative(1e-15);

    /** The Dottie number, the root of cos x = x: 0.739085133215160641655312087673873 (OEIS A003957). */
    @Test
    void dottieNumber() {
        Root r = solver.solve(x -> Math.cos(x) - x, 0, 1);
        assertThat(r.converged()).isTrue();
        assertThat(r.x()).isCloseTo(0.7390851332151607, within(2e-16));
        assertThat(r.reason()).isEmpty();
        assertThat(r.evaluations()).isLessThan(15); // bisection needs 52
    }

    /** x³ − 2 on [0, 2] (either order of the ends): 2^{1/3}. */
    @Test
    void cubeRootOfTwoFromEitherEnd() {
        assertThat(solver.solve(x -> x * x * x - 2, 0, 2).x()).isCloseTo(Math.cbrt(2), within(1e-15));
        assertThat(solver.solve(x -> x * x * x - 2, 2, 0).x()).isCloseTo(Math.cbrt(2), within(1e-15));
    }

    /** An absolute tolerance is honoured: the root lies within it of the result. */
    @Test
    void absoluteTolerance() {
        Root r = RootSolver.absolute(1e-6).solve(x -> Math.tanh(50 * (x - 0.3)), -1, 1);
        assertThat(r.x()).isCloseTo(0.3, within(1e-6));
        assertThat(r.upper() - r.lower()).isLessThan(3e-6);
    }

    /** Expansion upwards and downwards, increasing and decreasing: ln 10 and 1/2. */
    @Test
    void bracketExpansionFindsRootsOnEitherSide() {
        Root up = solver.bracketAndSolve(x -> Math.exp(x) - 10, 0, 0.1, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, true);
        assertThat(up.x()).isCloseTo(Math.log(10), within(1e-15));
        Root down = solver.bracketAndSolve(x -> 1 / x - 2, 100, 1, 0, Double.POSITIVE_INFINITY, false);
        assertThat(down.converged()).isTrue();
        assertThat(down.x()).isCloseTo(0.5, within(1e-15));
    }

    /** The expansion halves its way towards an exclusive limit and never evaluates it. */
    @Test
    void expansionNeverEvaluatesTheLimit() {
        AtomicInteger calls = new AtomicInteger();
        Root r = RootSolver.absolute(1e-9).bracketAndSolve(x -> {
            calls.incrementAndGet();
            assertThat(x).isGreaterThan(0.0);
            return Math.log(x) + 30; // root at e^{−30} = 9.4e-14, below the tolerance from 0
        }, 1, 0.1, 0, 10, true);
        assertThat(r.status()).isEqualTo(Status.NO_SIGN_CHANGE);
        assertThat(r.x()).isLessThan(1e-9);
        assertThat(r.reason()).contains("no sign change");
        assertThat(r.evaluations()).isEqualTo(calls.get());
        // reachable: the same root with a finer tolerance
        Root fine = new RootSolver(1e-20, 1e-14, 400).bracketAndSolve(x -> Math.log(x) + 30, 1, 0.1, 0, 10, true);
        assertThat(fine.x()).isCloseTo(Math.exp(-30), within(1e-20));
    }

    @Test
    void noSignChangeIsReported() {
        Root r = solver.solve(x -> x * x + 1, -1, 1);
        assertThat(r.status()).isEqualTo(Status.NO_SIGN_CHANGE);
        assertThat(r.converged()).isFalse();
        assertThat(r.reason()).contains("no sign change").contains("[-1.0, 1.0]");
    }

    @Test
    void nonFiniteValuesAreReportedWithWhere() {
        Root r = solver.solve(x -> x > 0.6 ? Double.NaN : x - 0.7, 0, 1);
        assertThat(r.status()).isEqualTo(Status.NOT_FINITE);
        assertThat(r.reason()).contains("NaN");
        Root atEnd = solver.solve(x -> 1 / x, 0, 1);
        assertThat(atEnd.status()).isEqualTo(Status.NOT_FINITE);
        assertThat(atEnd.x()).isEqualTo(0.0);
        Root expanding = solver.bracketAndSolve(x -> x < 3 ? -1 : Double.POSITIVE_INFINITY, 0, 1,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
        assertThat(expanding.status()).isEqualTo(Status.NOT_FINITE);
    }

    @Test
    void evaluationBudgetIsReported() {
        Root r = new RootSolver(0, 0, 4).solve(x -> Math.cos(x) - x, 0, 1);
        assertThat(r.status()).isEqualTo(Status.TOO_MANY_EVALUATIONS);
        assertThat(r.evaluations()).isEqualTo(4);
        assertThat(r.reason()).contains("did not close in 4 evaluations");
        assertThat(r.lower()).isLessThanOrEqualTo(0.7390851332151607);
        assertThat(r.upper()).isGreaterThanOrEqualTo(0.7390851332151607);
    }

    /** A step function: the sign change is located to the tolerance (Brent falls back on bisection). */
    @Test
    void discontinuousSignChange() {
        Root r = RootSolver.absolute(1e-12).solve(x -> x < 0.123 ? -1 : 1, 0, 1);
        assertThat(r.converged()).isTrue();
        assertThat(r.x()).isCloseTo(0.123, within(1e-12));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> new RootSolver(-1, 0, 10)).hasMessageContaining("absolute tolerance");
        assertThatThrownBy(() -> new RootSolver(0, 1, 10)).hasMessageContaining("relative tolerance");
        assertThatThrownBy(() -> new RootSolver(0, 0, 1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> solver.bracketAndSolve(x -> x, 5, 1, 0, 1, true)).hasMessageContaining("guess");
    }
}
