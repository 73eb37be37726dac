package org.andreev.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.andreev.cooler.DeviceFile;
import org.andreev.cooler.OptimumJunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The 50 × 50 optimum-R_T map of physics.md A7 (T_bath 50–400 mK, L_φ 20 nm–20 µm) for the seed-004
 * barrier and island, on all cores (target: at most 30 s on 2 cores), and one map cell.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoolerOptimumBench {

    private final OptimumJunction optimum = new OptimumJunction(DeviceFile.seed004());

    /** The full 50 × 50 map. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public List<OptimumJunction.Optimum> map50x50() {
        double[] t = new double[50];
        double[] l = new double[50];
        for (int i = 0; i < 50; i++) {
            t[i] = 0.05 + 0.35 * i / 49;
            l[i] = 20e-9 * Math.pow(1000, i / 49.0);
        }
        return optimum.map(t, l, org.andreev.sweep.Progress.NONE);
    }

    /** One cell: 100 mK, L_φ = 1.5 µm. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public OptimumJunction.Optimum cell() {
        return optimum.at(0.1, 1.5e-6);
    }
}
