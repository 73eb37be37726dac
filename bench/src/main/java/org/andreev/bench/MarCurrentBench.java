package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.util.concurrent.TimeUnit;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.MarCurrent;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the MAR current (issue #7 speed targets), side by side with a straightforward rule.
 *
 * <ul>
 *   <li>{@code sweep400}: one channel (τ = 0.5, η = 1e-3, T = 0), 400 biases eV/Δ = 0.1 … 4 on one
 *       core with the graded-panel rule (target ≤ 0.5 s).</li>
 *   <li>{@code sweep400Uniform}: the same 400 biases with the straightforward rule of the field's
 *       Fortran: a uniform midpoint grid of step η/2 on |E| ≤ 10Δ (cut-off: loses the tail; its own
 *       error is 1e-3 or worse).</li>
 *   <li>{@code onePointLowBias}: one point at eV/Δ = 0.02 (target ≤ 0.1 s).</li>
 *   <li>{@code dorokhov400}: a Dorokhov 5 Ω Pb contact over 400 biases through a fresh τ table on all
 *       cores (target ≤ 2 s).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class MarCurrentBench {

    private static final double DELTA = 1.35e-3 * E_CHARGE;
    private final MarCurrent mar = new MarCurrent(MarJunction.symmetric(DELTA, 1e-3, 0));
    private final double[] v = new double[400];
    private final double[] volts = new double[400];

    public MarCurrentBench() {
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.1 + (4 - 0.1) * k / (v.length - 1);
            volts[k] = v[k] * DELTA / E_CHARGE;
        }
    }

    @Benchmark
    public double sweep400() {
        double s = 0;
        for (double x : v) {
            s += mar.reduced(0.5, x);
        }
        return s;
    }

    @Benchmark
    public double sweep400Uniform() {
        double s = 0;
        double h = 0.5e-3;
        for (double x : v) {
            double i = 0;
            for (double e = -10 + 0.5 * h; e < 10; e += h) {
                i += mar.spectralCurrent(0.5, x, e);
            }
            s += i * h;
        }
        return s;
    }

    @Benchmark
    public double onePointLowBias() {
        return mar.reduced(0.5, 0.02);
    }

    @Benchmark
    public double dorokhov400() {
        MarTable t = MarTable.build(mar.junction(), volts, MarTable.DEFAULT_NODES, org.andreev.sweep.Progress.NONE);
        return t.contact(ChannelSet.dorokhov(5.0))[0][0];
    }

}
