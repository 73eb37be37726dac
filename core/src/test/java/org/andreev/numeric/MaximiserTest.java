package org.andreev.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import org.andreev.numeric.Maximiser.Maximum;
import org.andreev.numeric.Maximiser.Status;
import org.junit.jupiter.api.Test;

/** Maxima of functions whose maxima are known in closed form, the evaluation counts, and every failure reason. */
class MaximiserTest {

    /**
     * Wien's displacement law: x³/(eˣ − 1) (Planck's law in frequency) is largest where x = 3(1 − e^{−x}),
     * x = 3 + W₀(−3e^{−3}) = 2.821439372122078893…, and x⁵/(eˣ − 1) (in wavelength) where
     * x = 5 + W₀(−5e^{−5}) = 4.965114231744276303… (CODATA's Wien constants b = hc/(4.965… k_B)).
     */
    static final double WIEN_FREQUENCY = 2.8214393721220789;
    static final double WIEN_WAVELENGTH = 4.9651142317442763;

    private static DoubleUnaryOperator planck(int n) {
        return x -> Math.pow(x, n) / Math.expm1(x);
    }

    /**
     * A grid of 12 over [0.5, 10], then Brent: x to 1e-7 (above the rounding limit of any maximiser,
     * √(2ε|f/f″|) ≈ 3e-8 here), in at most 12 + 10 evaluations, where golden section alone needs
     * ln(1.6/1e-7)/ln 1.618 ≈ 35 after the grid.
     */
    @Test
    void wienDisplacementByGrid() {
        Maximiser m = Maximiser.absolute(1e-7);
        Maximum f = m.grid(planck(3), 0.5, 10, 12);
        assertThat(f.converged()).isTrue();
        assertThat(f.reason()).isEmpty();
        assertThat(f.x()).isCloseTo(WIEN_FREQUENCY, within(1e-7));
        assertThat(f.fx()).isCloseTo(planck(3).applyAsDouble(WIEN_FREQUENCY), within(1e-15));
        assertThat(f.evaluations()).isLessThanOrEqualTo(12 + 10);
        assertThat(f.upper() - f.lower()).isLessThanOrEqualTo(2.1e-7);
        Maximum w = m.grid(planck(5), 0.5, 10, 12);
        assertThat(w.x()).isCloseTo(WIEN_WAVELENGTH, within(1e-7));
        System.out.printf("Wien: x = %.15f (%d evaluations), %.15f (%d)%n", f.x(), f.evaluations(), w.x(),
                w.evaluations());
    }

    /** Expanding from a guess on either side: x e^{−x} is largest at x = 1, x⁵/(eˣ − 1) at Wien's x. */
    @Test
    void bracketExpansionFromEitherSide() {
        Maximiser m = Maximiser.absolute(1e-7);
        DoubleUnaryOperator f = x -> x * Math.exp(-x);
        Maximum fromBelow = m.bracketAndRefine(f, 0.05, 0.01, 0, 50);
        Maximum fromAbove = m.bracketAndRefine(f, 20, 0.5, 0, 50);
        assertThat(fromBelow.converged()).isTrue();
        assertThat(fromBelow.x()).isCloseTo(1.0, within(1e-6));
        assertThat(fromAbove.x()).isCloseTo(1.0, within(1e-6));
        assertThat(fromAbove.fx()).isCloseTo(Math.exp(-1), within(1e-15));
        Maximum wien = m.bracketAndRefine(planck(5), 4.9, 0.05, 0.1, 20);
        assertThat(wien.x()).isCloseTo(WIEN_WAVELENGTH, within(1e-6));
        // a guess near the maximum: bracketed within a few points, then parabolic steps
        assertThat(wien.evaluations()).isLessThanOrEqualTo(10);
        System.out.printf("x e^-x: %d and %d evaluations; Wien from 4.9: %d%n", fromBelow.evaluations(),
                fromAbove.evaluations(), wien.evaluations());
    }

    /**
     * On a parabola the first parabolic step lands on the vertex (to rounding): 3 points given, a few
     * more to close the bracket to 1e-6 (the rounding limit is √(2ε·2/3) ≈ 1.2e-8).
     */
    @Test
    void parabolaTakesOneInterpolation() {
        AtomicInteger calls = new AtomicInteger();
        DoubleUnaryOperator f = x -> {
            calls.incrementAndGet();
            return 2 - 3 * (x - 0.4) * (x - 0.4);
        };
        Maximum p = Maximiser.absolute(1e-6).refine(f, 0, f.applyAsDouble(0), 0.5, f.applyAsDouble(0.5), 1,
                f.applyAsDouble(1), 3);
        assertThat(p.x()).isCloseTo(0.4, within(1e-6));
        assertThat(p.fx()).isCloseTo(2.0, within(1e-15));
        assertThat(p.evaluations()).isEqualTo(calls.get()).isLessThanOrEqualTo(3 + 4);
    }

    /** A maximum on an end of the range is found there, by the grid and by the expansion. */
    @Test
    void maximumOnAnEnd() {
        Maximiser m = Maximiser.absolute(1e-9);
        DoubleUnaryOperator rising = x -> Math.log1p(x);
        assertThat(m.grid(rising, 0, 2, 5).x()).isCloseTo(2.0, within(1e-9));
        assertThat(m.bracketAndRefine(rising, 0.5, 0.1, 0, 2).x()).isCloseTo(2.0, within(1e-9));
        assertThat(m.bracketAndRefine(rising, 2, 0.1, 0, 2).x()).isCloseTo(2.0, within(1e-9));
        DoubleUnaryOperator falling = x -> -x;
        assertThat(m.grid(falling, 0, 2, 5).x()).isCloseTo(0.0, within(1e-9));
        assertThat(m.bracketAndRefine(falling, 0, 0.1, 0, 2).x()).isCloseTo(0.0, within(1e-9));
    }

    /** A kink: golden-section steps take over where the parabolas do not fit; −|x − 0.3| to the tolerance. */
    @Test
    void kinkConvergesByGoldenSection() {
        Maximum k = Maximiser.absolute(1e-8).grid(x -> -Math.abs(x - 0.3), -1, 1, 7);
        assertThat(k.converged()).isTrue();
        assertThat(k.x()).isCloseTo(0.3, within(1e-8));
    }

    /**
     * Seeded property: f = b − cosh(a(x − c)) (maximum b − 1 at c, curvature a²) for 2000 random a, b, c,
     * from random guesses, to a relative tolerance of 1e-6: within it every time. (Rounding limits any
     * maximiser to about √(2ε|f|/f″) ≈ 2e-8/a, below the tolerance here.)
     */
    @Test
    void randomCoshPeaks() {
        Random random = new Random(20261201);
        Maximiser m = new Maximiser(0, 1e-6, 200);
        double worst = 0;
        double sumSquares = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double a = Math.exp(4 * random.nextDouble() - 2);
            double b = 2 * random.nextDouble() - 1;
            double c = 1 + 9 * random.nextDouble();
            double guess = 0.5 + 11 * random.nextDouble();
            Maximum p = m.bracketAndRefine(x -> b - Math.cosh(a * (x - c)), guess, 0.1 / a, 0.5, 11.5);
            assertThat(p.converged()).isTrue();
            double error = Math.abs(p.x() - c) / c;
            worst = Math.max(worst, error);
            sumSquares += error * error;
        }
        System.out.printf("cosh peaks: max relative error %.2e, rms %.2e (tolerance 1e-6)%n", worst,
                Math.sqrt(sumSquares / n));
        assertThat(worst).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void nonFiniteValuesAndTheBudgetAreReported() {
        Maximum nan = Maximiser.absolute(1e-9).grid(x -> x > 0.5 ? Double.NaN : x, 0, 1, 5);
        assertThat(nan.status()).isEqualTo(Status.NOT_FINITE);
        assertThat(nan.x()).isEqualTo(0.75);
        assertThat(nan.reason()).contains("NaN").contains("0.75");
        Maximum budget = new Maximiser(0, 0, 6).grid(x -> Math.sin(x), 0, 3, 5);
        assertThat(budget.status()).isEqualTo(Status.TOO_MANY_EVALUATIONS);
        assertThat(budget.evaluations()).isEqualTo(6);
        assertThat(budget.reason()).contains("did not close in 6 evaluations");
        Maximum inf = Maximiser.absolute(1e-9).bracketAndRefine(x -> 1 / (x - 0.2), 0.1, 0.1, 0, 1);
        assertThat(inf.status()).isEqualTo(Status.NOT_FINITE);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Maximiser.absolute(-1)).hasMessageContaining("absolute tolerance");
        assertThatThrownBy(() -> new Maximiser(0, 1, 10)).hasMessageContaining("relative tolerance");
        assertThatThrownBy(() -> new Maximiser(0, 0, 2)).hasMessageContaining("at least 3");
        Maximiser m = Maximiser.absolute(1e-9);
        assertThatThrownBy(() -> m.grid(Math::sin, 1, 0, 5)).hasMessageContaining("lower < upper");
        assertThatThrownBy(() -> m.grid(Math::sin, 0, 1, 2)).hasMessageContaining("3 to 200 points");
        assertThatThrownBy(() -> m.bracketAndRefine(Math::sin, 2, 0.1, 0, 1)).hasMessageContaining("lower <= guess");
        assertThatThrownBy(() -> m.refine(Math::sin, 0, 1, 0.5, 0.5, 1, 0, 0)).hasMessageContaining("f(x) >= f(a)");
    }
}
