package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.G0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConductanceHistogramTest {

    /** A trace that sits at 1.05 G0 fills the bin [1.0, 1.1) G0 and nothing else. */
    @Test
    void onePlateau() {
        double[] r = new double[100];
        java.util.Arrays.fill(r, 1 / (1.05 * G0));
        ConductanceHistogram h = ConductanceHistogram.of(List.of(r), 0.1, 5);
        assertThat(h.counts()).hasSize(50);
        assertThat(h.counts()[10]).isEqualTo(100);
        assertThat(h.points()).isEqualTo(100);
        assertThat(h.centres()[10]).isCloseTo(1.05, within(1e-12));
    }

    /** The parallel counts equal a plain sequential count of the same 200 random traces, bin for bin. */
    @Test
    void parallelEqualsSequential() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<double[]> traces = new ArrayList<>();
        long[] expected = new long[80];
        long over = 0;
        for (int t = 0; t < 200; t++) {
            double[] r = new double[1000];
            for (int i = 0; i < r.length; i++) {
                double g = rnd.nextDouble(0.01, 9);
                r[i] = 1 / (g * G0);
                double bin = (1 / (r[i] * G0)) / 0.1;
                if (bin >= 80) {
                    over++;
                } else {
                    expected[(int) bin]++;
                }
            }
            traces.add(r);
        }
        ConductanceHistogram h = ConductanceHistogram.of(traces, 0.1, 8);
        assertThat(h.counts()).containsExactly(expected);
        assertThat(h.overflow()).isEqualTo(over);
        assertThat(h.traces()).isEqualTo(200);
        assertThat(h.points()).isEqualTo(200_000);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ConductanceHistogram.of(List.of(new double[] {1, -1}), 0.1, 5))
                .hasMessageContaining("trace 1 point 2");
        assertThatThrownBy(() -> ConductanceHistogram.of(List.of(), 0, 5)).hasMessageContaining("bin width");
        assertThatThrownBy(() -> ConductanceHistogram.of(List.of(), 1, 0.5)).hasMessageContaining("maximum");
    }
}
