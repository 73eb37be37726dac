package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.G0;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.andreev.material.Material;
import org.andreev.neck.ConductanceHistogram;
import org.andreev.neck.ContactSize;
import org.andreev.neck.Cone;
import org.andreev.neck.NeckShape;
import org.andreev.neck.SlabModel;
import org.andreev.neck.StaircaseAnalysis;
import org.andreev.neck.Trace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #8's speed targets for the neck staircases: the shape of a 10⁶-point trace (≤ 1 s) and the
 * conductance histogram of 10⁴ traces of 10⁴ points (≤ 5 s on 2 cores), each beside a baseline run
 * in the same JMH run: for the shape, the straight least-squares angle alone (the O(n) floor every
 * analysis pays: areas and one line fit); for the histogram, the plain one-thread loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NeckBench {

    static final ContactSize PB = ContactSize.sharvin(Material.LEAD);

    private Trace trace;
    private List<double[]> traces;

    /** A 200 nm, 35° Pb neck ending at 5 Ω sampled every 0.2 pm (10⁶ + 1 points), 1 % noise. */
    @Setup(Level.Trial)
    public void setUp() {
        Cone cone = Cone.ofDegrees(PB.radius(5.0), 35);
        trace = new SlabModel(SlabModel.PB_LAYER, 0.3, 0.2, 0.05).elongate(cone, 100e-9, PB, 0.2e-12, 0.01, 1).trace();
        traces = new ArrayList<>(10_000);
        for (int t = 0; t < 10_000; t++) {
            SplittableRandom rnd = new SplittableRandom(t);
            double[] r = new double[10_000];
            for (int i = 0; i < r.length; i++) {
                r[i] = 1 / (G0 * rnd.nextDouble(0.01, 12));
            }
            traces.add(r);
        }
    }

    /** The whole staircase analysis of the 10⁶-point trace. */
    @Benchmark
    public NeckShape shape1e6() {
        return StaircaseAnalysis.of(PB).analyse(trace);
    }

    /** Baseline: Sharvin radii and the least-squares slope of r(z) only, no stages. */
    @Benchmark
    public double angleOnly1e6() {
        double[] z = trace.z();
        double[] res = trace.resistance();
        double sz = 0;
        double sr = 0;
        double szz = 0;
        double szr = 0;
        int n = z.length;
        for (int i = 0; i < n; i++) {
            double r = PB.radius(res[i]);
            sz += z[i];
            sr += r;
            szz += z[i] * z[i];
            szr += z[i] * r;
        }
        return Math.toDegrees(Math.atan(-2 * (szr - sz * sr / n) / (szz - sz * sz / n)));
    }

    /** The histogram of 10⁴ traces × 10⁴ points, 0.01 G0 bins up to 10 G0, on all cores. */
    @Benchmark
    public ConductanceHistogram histogram1e4x1e4() {
        return ConductanceHistogram.of(traces, 0.01, 10);
    }

    /** Baseline: the same counts by a plain loop on one thread. */
    @Benchmark
    public long[] histogramOneThread() {
        long[] counts = new long[1001];
        double perBin = 1 / (G0 * 0.01);
        for (double[] r : traces) {
            for (double v : r) {
                double x = perBin / v;
                counts[x >= 1000 ? 1000 : (int) x]++;
            }
        }
        return counts;
    }
}
