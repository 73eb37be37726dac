package org.andreev.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.andreev.data.PeakDetector;
import org.andreev.io.Curve;
import org.andreev.neck.PhaseSlipSweeps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Peak analysis of 1000 synthetic dV/dI sweeps of 4000 points (issue #8 target: at most 5 s on 2
 * cores): {@link PeakDetector#findAll} (sliding sorted-window median, sliding-sum local quadratic,
 * one task per sweep) against a straightforward background of the same definition (the median by
 * sorting every window, the masked quadratic by summing every window afresh), per sweep.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeakDetectionBench {

    private List<Curve> sweeps;

    @Setup
    public void setUp() {
        PhaseSlipSweeps model = PhaseSlipSweeps.seed000();
        Random rnd = new Random(1);
        List<Curve> base = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            base.add(model.sweep(s % 2 == 0 ? 0.2 : 0.45, rnd).dvdi());
        }
        sweeps = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            Curve c = base.get(s % base.size());
            double[] y = c.y().clone();
            for (int k = 0; k < y.length; k++) {
                y[k] += 0.01 * rnd.nextGaussian();
            }
            sweeps.add(new Curve(c.x(), y));
        }
    }

    /** The target: 1000 sweeps × 4000 points, all cores. */
    @Benchmark
    public int detector1000Sweeps() {
        return org.andreev.neck.PhaseSlipSweeps.DETECTOR.findAll(sweeps).stream().mapToInt(r -> r.peaks().size()).sum();
    }

    /** One sweep, one core: the detector. */
    @Benchmark
    public int detectorOneSweep() {
        return org.andreev.neck.PhaseSlipSweeps.DETECTOR.find(sweeps.get(0)).peaks().size();
    }

    /** One sweep, one core: the straightforward background (median by sorting, quadratic summed afresh), no detection. */
    @Benchmark
    public double straightforwardBackgroundOneSweep() {
        Curve c = sweeps.get(0);
        double[] x = c.x();
        double[] y = c.y();
        int n = y.length;
        int w = Math.max(31, n / 20) | 1;
        double[] b = new double[n];
        double[] win = new double[w];
        for (int i = 0; i < n; i++) {
            int h = Math.min(w / 2, Math.min(i, n - 1 - i));
            int m = 2 * h + 1;
            System.arraycopy(y, i - h, win, 0, m);
            Arrays.sort(win, 0, m);
            b[i] = win[m / 2];
        }
        double sum = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                int lo = Math.max(0, Math.min(i - w / 2, n - w));
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, y0 = 0, y1 = 0, y2 = 0;
                for (int k = lo; k < lo + w; k++) {
                    double t = (x[k] - x[i]) / (x[lo + w - 1] - x[lo]);
                    double t2 = t * t;
                    s0 += 1; s1 += t; s2 += t2; s3 += t2 * t; s4 += t2 * t2;
                    y0 += y[k]; y1 += t * y[k]; y2 += t2 * y[k];
                }
                double det = s0 * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s2 * s3) + s2 * (s1 * s3 - s2 * s2);
                double c0 = (y0 * (s2 * s4 - s3 * s3) - s1 * (y1 * s4 - y2 * s3) + s2 * (y1 * s3 - y2 * s2)) / det;
                sum += c0 - b[i];
            }
        }
        return sum;
    }
}
