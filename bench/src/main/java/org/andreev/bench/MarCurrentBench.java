package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.MarCurrent;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.andreev.numeric.AdaptiveGaussKronrod;
import org.andreev.sweep.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost of the MAR current (issue #7 speed targets), side by side with a straightforward rule in the
 * same run. All at τ = 0.5, η = 1e-3, T = 0, Δ = 1.35 meV (Pb).
 *
 * <ul>
 *   <li>{@code sweep400}: one channel, 400 biases eV/Δ = 0.1 … 4 on one core with the engine's
 *       graded panels (target ≤ 0.5 s).</li>
 *   <li>{@code sweep100} / {@code sweep100Kronrod}: every third of those biases in eV/Δ ∈ [0.5, 4] (103) by
 *       the engine and by the straightforward rule: adaptive
 *       Gauss–Kronrod (G7/K15, the library's {@link AdaptiveGaussKronrod}) on the same integrand
 *       ({@link MarCurrent#spectralCurrent}) over the whole line mapped by x = tan θ, starting from
 *       64 equal θ-pieces and every gap and Fermi edge in |E| ≤ 12Δ as breakpoints (without the
 *       edges it fails below eV/Δ ≈ 0.5: the sub-gap current is a cancellation of peaks of
 *       height ~1/η and the bisection converges to a wrong value or runs out of intervals), relative tolerance 1e-9 and absolute 1e-12 (the engine's floor; the loosest at which
 *       it agrees with the engine to 1e-10 there: {@link #main}; it is then 2–3× dearer than the engine). Below eV/Δ ≈ 0.5 it does not converge
 *       even with the edges (at 0.3 and 0.1 it exhausts 200 000 intervals in ~6 s and returns a wrong
 *       value; at 0.05 and 0.02 it agrees to 4e-6), so the whole 400-point sweep cannot be compared.</li>
 *   <li>{@code onePoint} (parameter {@code bias} = eV/Δ): one bias point from scratch, for the cost
 *       against falling V (target at 0.02: ≤ 0.1 s); {@code onePointKronrod} the same by the
 *       straightforward rule.</li>
 *   <li>{@code dorokhov400Current} / {@code dorokhov400}: a Dorokhov 5 Ω Pb contact over the 400
 *       biases through a fresh 24-node τ table on all cores, I only / I and dI/dV (target for I:
 *       ≤ 2 s on 2 cores); {@code dorokhov400Cached}: the same contact from a table cached on disk
 *       (target ≤ 0.2 s).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class MarCurrentBench {

    private static final double DELTA = 1.35e-3 * E_CHARGE;
    private static final double TAU = 0.5;
    private final MarCurrent mar = new MarCurrent(MarJunction.symmetric(DELTA, 1e-3, 0));
    private final double[] v = new double[400];
    private final double[] volts = new double[400];

    public MarCurrentBench() {
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.1 + (4 - 0.1) * k / (v.length - 1);
            volts[k] = v[k] * DELTA / E_CHARGE;
        }
        upper = java.util.stream.IntStream.range(0, v.length).filter(k -> k % 3 == 0).mapToDouble(k -> v[k])
                .filter(x -> x >= 0.5).toArray();
    }

    /** A cache directory holding the full table of {@code dorokhov400Cached} (built once per trial). */
    @State(Scope.Benchmark)
    public static class Cache {
        Path dir;

        @Setup(Level.Trial)
        public void fill(MarCurrentBench b) throws IOException {
            dir = Files.createTempDirectory("mar-bench");
            MarTable.cached(b.mar.junction(), b.volts, MarTable.DEFAULT_NODES, dir, Progress.NONE);
        }

        @TearDown(Level.Trial)
        public void remove() throws IOException {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** The bias of the one-point benchmarks, eV/Δ. */
    @State(Scope.Benchmark)
    public static class Bias {
        @Param({"4", "2", "1", "0.5", "0.3", "0.2", "0.1", "0.05", "0.02", "0.01"})
        public double bias;
    }

    /**
     * The straightforward rule: adaptive G7/K15 over x = tan θ, θ ∈ (−π/2, π/2), from 64 equal
     * pieces, to relative tolerance {@code tol} (no breakpoints at the gap edges; the 1/|x|³ tail
     * becomes a smooth cos θ/sin³θ sec²θ·cos²θ factor).
     */
    static double kronrod(MarCurrent mar, double tau, double bias, double tol) {
        // the gap edges ±1 − n·v and Fermi edges −n·v inside |x| ≤ 12, and 64 equal θ-pieces
        java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
        for (int i = 0; i <= 64; i++) {
            cuts.add(-0.5 * Math.PI + Math.PI * i / 64);
        }
        int n = (int) Math.ceil(13 / bias);
        for (int k = -n; k <= n; k++) {
            for (double c : new double[] {1 - k * bias, -1 - k * bias, -k * bias}) {
                if (Math.abs(c) <= 12) {
                    cuts.add(Math.atan(c));
                }
            }
        }
        double[] breaks = cuts.stream().mapToDouble(Double::doubleValue).toArray();
        AdaptiveGaussKronrod gk = new AdaptiveGaussKronrod(tol, 1e-12, 200_000);
        return gk.integrate(th -> {
            double c = Math.cos(th);
            return mar.spectralCurrent(tau, bias, Math.tan(th)) / (c * c);
        }, breaks).value();
    }

    @Benchmark
    public double sweep400() {
        double s = 0;
        for (double x : v) {
            s += mar.reduced(TAU, x);
        }
        return s;
    }

    /** Every third of the 400 biases in eV/Δ ∈ [0.5, 4] (103 of them), where the straightforward rule converges. */
    private final double[] upper;

    private double[] upper() {
        return upper;
    }

    @Benchmark
    public double sweep100() {
        double s = 0;
        for (double x : upper()) {
            s += mar.reduced(TAU, x);
        }
        return s;
    }

    @Benchmark
    public double sweep100Kronrod() {
        double s = 0;
        for (double x : upper()) {
            s += kronrod(mar, TAU, x, 1e-9);
        }
        return s;
    }

    @Benchmark
    public double onePoint(Bias b) {
        // a fresh engine: no layout carried over from the previous call
        return new MarCurrent(mar.junction()).reduced(TAU, b.bias);
    }

    @Benchmark
    public double onePointKronrod(Bias b) {
        return kronrod(mar, TAU, b.bias, 1e-9);
    }

    @Benchmark
    public double dorokhov400Current() {
        MarTable t = MarTable.build(mar.junction(), volts, MarTable.DEFAULT_NODES, false, Progress.NONE);
        return t.contact(ChannelSet.dorokhov(5.0))[0][0];
    }

    @Benchmark
    public double dorokhov400() {
        MarTable t = MarTable.build(mar.junction(), volts, MarTable.DEFAULT_NODES, Progress.NONE);
        return t.contact(ChannelSet.dorokhov(5.0))[0][0];
    }

    @Benchmark
    public double dorokhov400Cached(Cache c) {
        MarTable t = MarTable.cached(mar.junction(), volts, MarTable.DEFAULT_NODES, c.dir, Progress.NONE);
        return t.contact(ChannelSet.dorokhov(5.0))[0][0];
    }

    /** Accuracy of the straightforward rule against the engine at a few biases (run by hand). */
    public static void main(String[] args) {
        MarCurrentBench b = new MarCurrentBench();
        double tol = args.length > 0 ? Double.parseDouble(args[0]) : 1e-9;
        for (double x : new double[] {4, 2, 1, 0.5, 0.3, 0.1, 0.05, 0.02}) {
            long t0 = System.nanoTime();
            double k = kronrod(b.mar, TAU, x, tol);
            long t1 = System.nanoTime();
            double e = b.mar.reduced(TAU, x);
            long t2 = System.nanoTime();
            System.out.printf("eV/Delta=%.2f engine %.10e (%.1f ms)  Kronrod %.10e (%.1f ms)  rel %.1e%n", x, e,
                    (t2 - t1) / 1e6, k, (t1 - t0) / 1e6, (k - e) / e);
        }
    }
}
