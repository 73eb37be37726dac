package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.andreev.contact.ChannelFit;
import org.andreev.contact.ChannelFitResult;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.andreev.contact.PointContact;
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

/**
 * The MAR channel fit (issue #7: a three-channel fit to a 1001-point curve ≤ 10 s), side by side with
 * what one straightforward evaluation of the same model costs without the τ table.
 *
 * <ul>
 *   <li>{@code fit3}: {@link ChannelFit} of up to three channels (models of 1, 2 and 3 channels, 8
 *       starts each, then the comparison) to a noisy Al curve (Δ = 0.19 meV, η = 1e-3, T = 0, τ =
 *       0.92, 0.45, 0.12, 0.2 % noise) of {@code points} biases eV/Δ = 0.3 … 2.7, the τ table read
 *       from the disk cache (what a user's second fit of a curve costs; the first builds the table:
 *       {@code points × nodes × 5} MAR evaluations, on all cores, made here in the trial set-up and
 *       kept under {@code bench/target/mar-fit-cache}).</li>
 *   <li>{@code directCurve3}: one evaluation of the three-channel model by the direct MAR current
 *       ({@link PointContact#iv}, {@code 3 × points} MAR evaluations on all cores); a fit needs
 *       about a hundred model evaluations, so a fit without the table costs about a hundred of these.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class ChannelFitBench {

    private static final double DELTA = 0.19e-3 * E_CHARGE;
    private static final MarJunction BANKS = MarJunction.symmetric(DELTA, 1e-3, 0);
    private static final double[] TAU = {0.92, 0.45, 0.12};

    @Param({"1001"})
    public int points;

    @Param({"24"})
    public int nodes;

    private double[] v;
    private double[] y;
    private Path cache;

    @Setup(Level.Trial)
    public void setUp() {
        v = new double[points];
        for (int k = 0; k < points; k++) {
            v[k] = (0.3 + 2.4 * k / (points - 1)) * DELTA / E_CHARGE;
        }
        cache = Path.of("target", "mar-fit-cache");
        MarTable table = MarTable.cached(BANKS, v, nodes, cache, Progress.NONE);
        double[] i = table.contact(ChannelSet.of(TAU))[0];
        Random rnd = new Random(1);
        double noise = 2e-3 * Math.abs(i[points - 1]);
        y = new double[points];
        for (int k = 0; k < points; k++) {
            y[k] = i[k] + noise * rnd.nextGaussian();
        }
    }

    @Benchmark
    public double fit3() {
        ChannelFitResult r = ChannelFit.of(BANKS, false, 3).withNodes(nodes).withCache(cache).fit(v, y);
        return r.tauSum().value();
    }

    @Benchmark
    public double directCurve3() {
        return new PointContact(ChannelSet.of(TAU), BANKS).iv(v, false, Progress.NONE).current()[points - 1];
    }
}
