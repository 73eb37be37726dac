package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.andreev.cooler.CoolerModel;
import org.andreev.cooler.DeviceFile;
import org.andreev.cooler.OptimumJunction;
import org.andreev.data.PeakDetector;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.CurveMap;
import org.andreev.io.DataFile;
import org.andreev.neck.PhaseSlipSweeps;
import org.andreev.reproduce.Reproduction;
import org.andreev.sweep.Progress;
import org.andreev.tunnel.NisFit;
import org.andreev.tunnel.NisFitMode;
import org.andreev.tunnel.NisMapFit;
import org.andreev.units.Dimension;
import org.andreev.units.Range;

/**
 * Effective cores of every parallel map of the library (issue #11 item 3: at least 1.8 on 2 cores):
 * each map is run once to warm up and then {@code rounds} times, and the process CPU time (all
 * threads, user + system, JIT and GC included) is divided by the wall time of the same run. Not a
 * JMH benchmark: what is measured is the whole parallel section, as a user waits for it. After each
 * round, a reference with nothing to schedule (one busy thread per processor, the same CPU time in
 * all) gives the cores the machine had to offer at that moment ("ref"); "map/ref" is the share of
 * them the map used: on a quiet 2-core machine CPU/wall ≥ 1.8 is map/ref ≥ 0.9.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.andreev.bench.EffectiveCores [rounds] [shared-data-dir]
 * </pre>
 *
 * The map fit needs the measured Al/FI map ({@code nis-al-fi-bilayer/S1_run16_map_B_V_G.csv} under
 * the shared data directory, default {@code ../shared/data}); without it that line says so.
 */
public final class EffectiveCores {
    private EffectiveCores() {}

    private static final double MEV = 1e-3 * E_CHARGE;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
        System.out.printf("%d processors; load average %.1f; %d rounds after one warm-up%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), rounds);
        System.out.printf("%-58s %9s %9s %9s %9s %9s%n", "parallel map", "wall (s)", "CPU (s)", "CPU/wall",
                "ref", "map/ref");

        OptimumJunction optimum = new OptimumJunction(DeviceFile.seed004());
        double[] tBath = new Range(0.05, 0.4, 20).values();
        double[] lphi = new Range(20e-9, 20e-6, 20).logValues();
        measure("optimum map 20 x 20 (OptimumJunction.map)", rounds,
                () -> optimum.map(tBath, lphi, Progress.NONE));

        CoolerModel cooler = new CoolerModel(DeviceFile.seed004());
        double[] bias = new Range(0, 0.6e-3, 4001).values();
        measure("cooler curve 4001 points (CoolerModel.curveParallel)", rounds,
                () -> cooler.curveParallel(bias, 0.09));

        double[] volts = new Range(0.3 * 1.35e-3, 4 * 1.35e-3, 16).values();
        MarJunction mar = MarJunction.symmetric(1.35 * MEV, 1e-3, 0);
        measure("MAR table 16 V x 24 tau (MarTable.build)", rounds,
                () -> MarTable.build(mar, volts, MarTable.DEFAULT_NODES, Progress.NONE));

        List<Curve> sweeps = sweeps(400);
        measure("peak sets, 400 sweeps x 4000 points (PeakDetector.findAll)", rounds,
                () -> PeakDetector.DEFAULT.findAll(sweeps));

        measure("MAR textbook figure (reproduce mar-textbook-iv)", rounds,
                () -> Reproduction.byName("mar-textbook-iv").orElseThrow().make());

        Path map = data.resolve("nis-al-fi-bilayer/S1_run16_map_B_V_G.csv");
        if (Files.isRegularFile(map)) {
            CurveMap all = DataFile.read(map).curveMap(ColumnSpec.of("B_T", Dimension.MAGNETIC_FIELD).withUnit("T"),
                    ColumnSpec.of("Vbias_V", Dimension.VOLTAGE).withUnit("V"),
                    ColumnSpec.of("G_G0", Dimension.CONDUCTANCE).withUnit("G0"));
            // every 6th curve: 34 of 201, the gapped (expensive) ones contiguous in the middle
            int[] pick = IntStream.range(0, all.size()).filter(k -> k % 6 == 0).toArray();
            CurveMap subset = new CurveMap(IntStream.of(pick).mapToDouble(k -> all.keys()[k]).toArray(),
                    IntStream.of(pick).mapToObj(k -> all.curves().get(k)).toList());
            NisFit fit = NisFit.of(NisFitMode.CONDUCTANCE).withFree("te", "delta", "rt", "dynes", "h", "offset");
            CurveMap warm = new CurveMap(new double[] {subset.keys()[0], subset.keys()[17]},
                    List.of(subset.curves().get(0), subset.curves().get(17)));
            measure("map fit, 34 of the 201 measured curves (NisMapFit.fit)", 1,
                    () -> NisMapFit.of(fit).fit(warm), () -> NisMapFit.of(fit).fit(subset));
        } else {
            System.out.printf("%-58s not measured: %s not found%n", "map fit (NisMapFit.fit)", map);
        }
    }

    /** Synthetic dV/dI sweeps of the seed-000 neck, with noise, as in {@link PeakDetectionBench}. */
    private static List<Curve> sweeps(int n) {
        PhaseSlipSweeps model = PhaseSlipSweeps.seed000();
        Random rnd = new Random(1);
        List<Curve> base = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            base.add(model.sweep(s % 2 == 0 ? 0.2 : 0.45, rnd).dvdi());
        }
        List<Curve> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Curve c = base.get(s % base.size());
            double[] y = c.y().clone();
            for (int k = 0; k < y.length; k++) {
                y[k] += 0.01 * rnd.nextGaussian();
            }
            out.add(new Curve(c.x(), y));
        }
        return out;
    }

    private static void measure(String what, int rounds, Supplier<?> work) {
        measure(what, rounds, work, work);
    }

    /**
     * Runs {@code warmUp} once, then {@code work} {@code rounds} times, each round followed by the
     * reference (the same CPU time spread evenly over one thread per processor, no scheduling to do):
     * on a loaded machine CPU/wall of the map alone measures the machine's load, the ratio of the two
     * measures the map's scheduling.
     */
    private static void measure(String what, int rounds, Supplier<?> warmUp, Supplier<?> work) {
        warmUp.get(); // JIT, class loading, tables
        double wall = 0;
        double cpu = 0;
        double refWall = 0;
        double refCpu = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = OS.getProcessCpuTime();
            long w0 = System.nanoTime();
            work.get();
            double w = (System.nanoTime() - w0) * 1e-9;
            double c = (OS.getProcessCpuTime() - c0) * 1e-9;
            wall += w;
            cpu += c;
            double[] ref = reference(Math.min(c, 4.0));
            refWall += ref[0];
            refCpu += ref[1];
        }
        System.out.printf("%-58s %9.2f %9.2f %9.2f %9.2f %9.2f%n", what, wall / rounds, cpu / rounds, cpu / wall,
                refCpu / refWall, (cpu / wall) / (refCpu / refWall));
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static volatile double sink;

    /** One busy thread per processor for about {@code cpuSeconds} of CPU in all; returns {wall, CPU} seconds. */
    private static double[] reference(double cpuSeconds) {
        int n = Runtime.getRuntime().availableProcessors();
        long perThread = (long) (cpuSeconds / n * 2e8); // about 2e8 iterations of the loop per CPU second
        long c0 = OS.getProcessCpuTime();
        long w0 = System.nanoTime();
        Thread[] threads = new Thread[n];
        for (int k = 0; k < n; k++) {
            threads[k] = new Thread(() -> {
                double x = 1.0;
                for (long i = 0; i < perThread; i++) {
                    x = x * 1.0000001 + 1e-9;
                }
                sink = x;
            });
            threads[k].start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new double[] {(System.nanoTime() - w0) * 1e-9, (OS.getProcessCpuTime() - c0) * 1e-9};
    }
}
