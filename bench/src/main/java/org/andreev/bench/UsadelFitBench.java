package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.G0;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.andreev.fit.FitData;
import org.andreev.fit.FitModel;
import org.andreev.fit.FitParameter;
import org.andreev.fit.FitResult;
import org.andreev.fit.LeastSquaresFit;
import org.andreev.io.ColumnSpec;
import org.andreev.io.CurveMap;
import org.andreev.io.DataFile;
import org.andreev.superconductor.UsadelSuperconductor;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;
import org.andreev.tunnel.NisDos;
import org.andreev.tunnel.NisFit;
import org.andreev.tunnel.NisFitMode;
import org.andreev.tunnel.NisFitResult;
import org.andreev.tunnel.NisMapFit;
import org.andreev.tunnel.NisMapPoint;
import org.andreev.tunnel.NisMapResult;
import org.andreev.tunnel.UsadelNisJunction;
import org.andreev.units.Dimension;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the Usadel (physics.md A8) fits of issue #9 on the real Al/FI data (shared/data/
 * nis-al-fi-bilayer; run from the repository checkout, the data beside it):
 * <ul>
 *   <li>{@code sampleOneFit}: the 201-point B = 0 cut of sample 1, T_e held at 40 mK, Δ, h, Γ_sf,
 *       Γ_so, x_N, R_T free (target ≤ 2 s), as {@link NisFit} does it (DOS tables cached across the
 *       Jacobian's columns, ∂G/∂x_N on the cached table, table tolerance 10⁻⁴); side by side with
 *       {@code sampleOneFitStraightforward}: the same parameters, transforms and start, every model
 *       evaluation solving its own 10⁻⁵ table, all derivatives but R_T's by central differences.</li>
 *   <li>{@code fieldMap}: the 201-curve map of sample 1 (bias uncorrected, so the offset is free too:
 *       Δ, h, Γ_sf, Γ_so, x_N, R_T, V_off; T_e = 40 mK) as {@link NisMapFit} does it (segments per core,
 *       each curve from its neighbour's result; target ≤ 60 s on 2 cores); side by side with {@code
 *       fieldMapIndependentStarts}: every curve its own task from its own automatic guess (the map fit
 *       of the first session).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UsadelFitBench {

    private double[] bias;
    private double[] conductance;
    private CurveMap map;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = findData();
        List<String> lines = Files.readAllLines(dir.resolve("S1_run16_cuts_B0_and_Bm200mT.csv"));
        int n = lines.size() - 1;
        bias = new double[n];
        conductance = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            bias[i] = Double.parseDouble(f[1]) * 1e-3;
            conductance[i] = Double.parseDouble(f[2]) * G0;
        }
        map = DataFile.read(dir.resolve("S1_run16_map_B_V_G.csv")).curveMap(
                ColumnSpec.of("B_T", Dimension.MAGNETIC_FIELD).withUnit("T"),
                ColumnSpec.of("Vbias_V", Dimension.VOLTAGE).withUnit("V"),
                ColumnSpec.of("G_G0", Dimension.CONDUCTANCE).withUnit("G0"));
    }

    private static NisFit sampleOne() {
        return NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withValue("te", 0.040)
                .withFree("delta", "h", "sf", "so", "xn", "rt");
    }

    /** The six-parameter fit of the sample-1 cut, as {@link NisFit} does it. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public NisFitResult sampleOneFit() {
        NisFitResult r = sampleOne().withEngine(LeastSquaresFit.create()
                .withParallelJacobian(LeastSquaresFit.Parallelism.NEVER)).fit(bias, conductance);
        if (!r.converged()) {
            throw new IllegalStateException(r.message());
        }
        return r;
    }

    /** The same fit with a fresh 10⁻⁵ DOS table at every evaluation (the straightforward model). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public FitResult sampleOneFitStraightforward() {
        Map<String, Double> start = sampleOne().initialGuess(bias, conductance);
        double delta = start.get("delta");
        List<FitParameter> parameters = new ArrayList<>();
        for (Map.Entry<String, Double> e : start.entrySet()) {
            String name = e.getKey();
            double v = e.getValue();
            parameters.add(switch (name) {
                case "delta", "rt" -> FitParameter.positive(name, v).withinFactorOfStart(1e6);
                case "h" -> FitParameter.nonNegative(name, v, 0.05 * delta);
                case "sf", "so" -> FitParameter.nonNegativeSmooth(name, v, 0.05 * delta);
                case "xn" -> FitParameter.nonNegativeSmooth(name, v, 0.01);
                default -> FitParameter.fixed(name, v);
            });
        }
        FitModel plain = new FitModel() {
            @Override
            public void predict(double[] p, int dataSet, double[] x, double[] y) {
                double[] v = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    v[i] = x[i] - p[5];
                }
                new UsadelNisJunction(new UsadelSuperconductor(p[1], Math.abs(p[4]), p[3] * p[1], p[6], p[7], p[8]),
                        p[2], p[9]).curve(v, p[0], null, y);
            }

            @Override
            public boolean hasDerivative(int parameter) {
                return parameter == 2;
            }

            @Override
            public void derivative(double[] p, int parameter, int dataSet, double[] x, double[] y, double[] dydp) {
                for (int i = 0; i < y.length; i++) {
                    dydp[i] = -y[i] / p[2];
                }
            }
        };
        FitResult r = LeastSquaresFit.create().withParallelJacobian(LeastSquaresFit.Parallelism.NEVER)
                .fit(plain, parameters, new FitData(bias, conductance, null));
        if (!r.converged()) {
            throw new IllegalStateException(r.message());
        }
        return r;
    }

    private static NisFit mapFit() {
        return NisFit.of(NisFitMode.CONDUCTANCE).withDos(NisDos.USADEL).withValue("te", 0.040)
                .withFree("delta", "h", "sf", "so", "xn", "rt", "offset");
    }

    /** The 201-curve map, as {@link NisMapFit} does it. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public NisMapResult fieldMap() {
        long cpu = processCpuNanos();
        NisMapResult r = NisMapFit.of(mapFit()).fit(map);
        System.err.println(summary(r.points()) + String.format("; process CPU %.1f s", (processCpuNanos() - cpu) / 1e9));
        return r;
    }

    /** The 201-curve map, every curve its own task from its own automatic guess. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public List<NisMapPoint> fieldMapIndependentStarts() {
        long cpu = processCpuNanos();
        NisMapFit one = NisMapFit.of(mapFit());
        double[] keys = map.keys();
        List<NisMapPoint> points = Sweep.map(keys.length, k -> one.fit(new double[] {keys[k]},
                List.of(map.curves().get(k).x()), List.of(map.curves().get(k).y())).points().get(0), Progress.NONE);
        System.err.println(summary(points) + String.format("; process CPU %.1f s", (processCpuNanos() - cpu) / 1e9));
        return points;
    }

    /** CPU time of the whole process, ns (the map's wall time on a loaded machine says little). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String summary(List<NisMapPoint> points) {
        return Arrays.stream(NisMapPoint.Status.values())
                .map(s -> s + " " + points.stream().filter(p -> p.status() == s).count())
                .collect(Collectors.joining(", "));
    }

    private static Path findData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path d = dir.resolve("shared/data/nis-al-fi-bilayer");
            if (Files.exists(d.resolve("S1_run16_map_B_V_G.csv"))) {
                return d;
            }
        }
        throw new IllegalStateException("shared/data/nis-al-fi-bilayer not found above " + Path.of("").toAbsolutePath());
    }
}
