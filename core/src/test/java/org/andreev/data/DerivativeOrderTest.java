package org.andreev.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.andreev.io.Curve;
import org.junit.jupiter.api.Test;

/**
 * Sorted and strictly decreasing x skip the sort of boxed indices (issue #10, large inputs): the
 * result must be bit for bit that of the general, shuffled path, repeated x and -0.0 included.
 */
class DerivativeOrderTest {

    @Test
    void increasingDecreasingAndShuffledGiveTheSameBits() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2001;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -1e-3 + 2e-3 * k / (n - 1) + 1e-7 * random.nextDouble();
            y[k] = Math.sin(1e3 * x[k]) + 1e-3 * random.nextGaussian();
        }
        java.util.Arrays.sort(x);
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int k = 0; k < n; k++) {
            rx[k] = x[n - 1 - k];
            ry[k] = y[n - 1 - k];
        }
        double[] sx = x.clone();
        double[] sy = y.clone();
        for (int k = n - 1; k > 0; k--) { // shuffled: the general path
            int j = random.nextInt(k + 1);
            double t = sx[k]; sx[k] = sx[j]; sx[j] = t;
            t = sy[k]; sy[k] = sy[j]; sy[j] = t;
        }
        for (SmoothingWindow w : new SmoothingWindow[] {SmoothingWindow.NONE, SmoothingWindow.points(9),
                SmoothingWindow.width(2e-5)}) {
            Curve sorted = Derivative.slope(new Curve(x, y), w);
            assertArrayEquals(sorted.y(), Derivative.slope(new Curve(rx, ry), w).y(), 0.0, w.toString());
            assertArrayEquals(sorted.y(), Derivative.slope(new Curve(sx, sy), w).y(), 0.0, w.toString());
        }
    }

    /** Repeated x in file order and -0.0 before 0.0: the stable order of the sort, kept by the fast path. */
    @Test
    void repeatedXAndNegativeZeroMergeAsTheSortWould() {
        double[] x = {-2, -1, -0.0, 0.0, 0.0, 1, 1, 2};
        double[] y = {4, 1, 0.1, 0.2, 0.3, 1.1, 0.9, 4};
        double[] shuffledX = {1, -0.0, 2, 0.0, -2, 1, 0.0, -1};
        double[] shuffledY = {1.1, 0.1, 4, 0.2, 4, 0.9, 0.3, 1};
        Curve a = Derivative.smoothed(new Curve(x, y), SmoothingWindow.NONE);
        Curve b = Derivative.smoothed(new Curve(shuffledX, shuffledY), SmoothingWindow.NONE);
        assertArrayEquals(a.x(), b.x(), 0.0);
        assertArrayEquals(a.y(), b.y(), 0.0);
    }
}
