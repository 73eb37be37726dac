package org.andreev.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.andreev.io.Curve;
import org.andreev.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivativeTest {

    /** Unevenly spaced, shuffled x in [-1 mV, 1 mV]. */
    static double[] randomX(Random rnd, int n) {
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -1e-3 + 2e-3 * rnd.nextDouble();
        }
        return x;
    }

    static double poly(double[] c, double x) {
        double s = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            s = s * x + c[k];
        }
        return s;
    }

    static double dpoly(double[] c, double x) {
        double s = 0;
        for (int k = c.length - 1; k >= 1; k--) {
            s = s * x + k * c[k];
        }
        return s;
    }

    /**
     * A local fit of degree p reproduces any polynomial of degree ≤ p exactly, wherever the window
     * sits (interior or shifted at the ends); 1e-8 relative to the slope scale is rounding in the
     * scaled Gram–Schmidt solve.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void exactOnPolynomialsOfTheFittedOrder(int order) {
        Random rnd = new Random(1000 + order);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = randomX(rnd, 200);
            double[] c = new double[order + 1];
            for (int k = 0; k <= order; k++) {
                c[k] = rnd.nextGaussian() * Math.pow(1e3, k) * 1e-9; // I in nA-ish, x in V
            }
            double[] y = Arrays.stream(x).map(v -> poly(c, v)).toArray();
            double scale = Arrays.stream(x).map(v -> Math.abs(dpoly(c, v))).max().orElseThrow() + 1e-30;
            for (SmoothingWindow w : new SmoothingWindow[] {
                    new SmoothingWindow(order + 1, 0, order),
                    SmoothingWindow.points(21).withOrder(order),
                    SmoothingWindow.width(2e-4).withOrder(order)}) {
                Curve d = Derivative.slope(new Curve(x, y), w);
                Curve s = Derivative.smoothed(new Curve(x, y), w);
                for (int i = 0; i < d.size(); i++) {
                    assertThat(d.y()[i]).isCloseTo(dpoly(c, d.x()[i]), within(1e-8 * scale));
                    assertThat(s.y()[i]).isCloseTo(poly(c, s.x()[i]), within(1e-8 * scale * 1e-3));
                }
            }
        }
    }

    @Test
    void resultIsSortedAndDuplicatesAreMerged() {
        // y = 2x with duplicate x carrying ±noise: merged to the mean, slope stays 2
        double[] x = {3, 1, 2, 2, 0, 1};
        double[] y = {6, 2.5, 4, 4, 0, 1.5};
        Curve d = Derivative.slope(new Curve(x, y), SmoothingWindow.NONE);
        assertThat(d.x()).containsExactly(0, 1, 2, 3);
        for (double s : d.y()) {
            assertThat(s).isCloseTo(2, within(1e-12));
        }
        assertThat(Derivative.smoothed(new Curve(x, y), SmoothingWindow.NONE).y()[1]).isCloseTo(2, within(1e-12));
    }

    /**
     * Seeded noise on a smooth I(V): a 41-point quadratic window must cut the RMS error of dI/dV
     * well below that of the unsmoothed three-point difference (white noise: the error of the
     * local slope falls like W^{-3/2}; a factor 5 leaves room for the added curvature bias).
     */
    @Test
    void smoothingReducesNoise() {
        Random rnd = new Random(7);
        int n = 2001;
        double[] v = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = -1e-3 + 2e-3 * k / (n - 1);
            i[k] = 1e-9 * Math.sin(v[k] / 2e-4) + 1e-12 * rnd.nextGaussian();
        }
        Curve raw = Derivative.slope(new Curve(v, i), SmoothingWindow.NONE);
        Curve smooth = Derivative.slope(new Curve(v, i), SmoothingWindow.points(41));
        Curve byWidth = Derivative.slope(new Curve(v, i), SmoothingWindow.width(40e-6));
        double eRaw = rmsError(raw);
        double eSmooth = rmsError(smooth);
        assertThat(eSmooth).isLessThan(eRaw / 5);
        assertThat(rmsError(byWidth)).isLessThan(eRaw / 5);
        assertThat(Arrays.stream(smooth.y()).allMatch(Double::isFinite)).isTrue();
    }

    private static double rmsError(Curve d) {
        double s = 0;
        for (int k = 0; k < d.size(); k++) {
            double exact = 1e-9 / 2e-4 * Math.cos(d.x()[k] / 2e-4);
            s += (d.y()[k] - exact) * (d.y()[k] - exact);
        }
        return Math.sqrt(s / d.size());
    }

    @Test
    void edgesAreFiniteAndExactForQuadratics() {
        double[] x = {0, 0.1, 0.15, 0.4, 1.0, 1.01, 2};
        double[] y = Arrays.stream(x).map(t -> 3 * t * t - t + 1).toArray();
        for (SmoothingWindow w : new SmoothingWindow[] {SmoothingWindow.NONE, SmoothingWindow.points(5),
                SmoothingWindow.width(0.3), SmoothingWindow.width(100)}) {
            Curve d = Derivative.slope(new Curve(x, y), w);
            for (int k = 0; k < x.length; k++) {
                assertThat(d.y()[k]).isCloseTo(6 * x[k] - 1, within(1e-9));
            }
        }
    }

    @Test
    void inverseSlopeIsDvDiOfVoltageBiasedCurve() {
        double[] v = new double[101];
        double[] i = new double[101];
        for (int k = 0; k < v.length; k++) {
            v[k] = -1 + 0.02 * k;
            i[k] = v[k] * v[k] * v[k] + v[k]; // dI/dV = 3V² + 1 > 0
        }
        Curve r = Derivative.inverseSlope(new Curve(v, i), SmoothingWindow.points(7).withOrder(3));
        for (int k = 0; k < v.length; k++) {
            assertThat(r.y()[k]).isCloseTo(1 / (3 * v[k] * v[k] + 1), within(1e-9));
        }
        Curve flat = new Curve(new double[] {0, 1, 2}, new double[] {5, 5, 5});
        assertThatThrownBy(() -> Derivative.inverseSlope(flat, SmoothingWindow.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("infinite");
    }

    @Test
    void tooFewPoints() {
        assertThatThrownBy(() -> Derivative.slope(new Curve(new double[] {1, 1}, new double[] {2, 3}),
                SmoothingWindow.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("at least 2 distinct x");
        // two points: the order drops to the secant
        Curve d = Derivative.slope(new Curve(new double[] {0, 2}, new double[] {1, 5}), SmoothingWindow.points(9));
        assertThat(d.y()).containsExactly(new double[] {2, 2}, within(1e-14));
    }

    /**
     * Round trip on measured data: integrate the measured G(V) of the S1 cut (trapezoid rule on its
     * 10 µV grid) to I(V) and differentiate back with the three-point rule. The trapezoid/centred
     * difference pair is exact for G linear between points; the remaining error is of the order of
     * the second difference of G between neighbours: 1.0 % of G_N at most on this excerpt (at the
     * coherence peaks), so 0.02 G_N is the tolerance.
     */
    @Test
    void recoversMeasuredConductanceFromItsIntegral() throws java.io.IOException {
        org.andreev.io.DataFile f = org.andreev.io.DataFile.read(
                org.andreev.io.DataFileTest.resource("S1_run16_cuts_excerpt.csv"));
        Curve g = f.curve(org.andreev.io.ColumnSpec.of("Vbias_mV", org.andreev.units.Dimension.VOLTAGE),
                org.andreev.io.ColumnSpec.of("G_B0_G0", org.andreev.units.Dimension.CONDUCTANCE));
        double[] v = g.x();
        double[] i = new double[v.length];
        for (int k = 1; k < v.length; k++) {
            i[k] = i[k - 1] + 0.5 * (g.y()[k] + g.y()[k - 1]) * (v[k] - v[k - 1]);
        }
        Curve back = Derivative.slope(new Curve(v, i), SmoothingWindow.NONE);
        double gn = 0.169 * org.andreev.units.PhysicalConstants.G0; // SOURCE.txt: G_N = 0.169 G0
        for (int k = 0; k < v.length; k++) {
            boolean seam = (k > 0 && v[k] - v[k - 1] > 2e-5) || (k + 1 < v.length && v[k + 1] - v[k] > 2e-5);
            if (seam) {
                continue; // the excerpt joins two runs of rows: the stencil there spans the gap
            }
            assertThat(back.y()[k]).isCloseTo(g.y()[k], within(0.02 * gn));
        }
    }

    @Test
    void windowValidation() {
        assertThatThrownBy(() -> SmoothingWindow.points(2)).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> SmoothingWindow.width(-1)).hasMessageContaining("> 0");
        assertThatThrownBy(() -> new SmoothingWindow(3, 1, 2)).hasMessageContaining("points or a width");
        assertThatThrownBy(() -> SmoothingWindow.points(9).withOrder(7)).hasMessageContaining("1 to 6");
    }
}
