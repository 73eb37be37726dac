package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.andreev.io.ColumnSpec;
import org.andreev.io.CurveMap;
import org.andreev.io.DataFile;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisFit;
import org.andreev.tunnel.NisFitMode;
import org.andreev.tunnel.NisFitResult;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.NisMapFit;
import org.andreev.tunnel.NisMapPoint;
import org.andreev.tunnel.NisMapResult;
import org.andreev.units.Dimension;
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
 * Cost of N-I-S fits (physics.md A3).
 *
 * <ul>
 *   <li>{@code thermometry}: T_e, Δ and R_T fitted to a 1001-point I(V) or dI/dV(V) of the seed-004
 *       probe (Al, Δ = 0.228 meV, R_T = 2.76 kΩ, T_e = 105 mK, bias ±0.6 mV) with 0.3 % Gaussian
 *       noise, from the automatic initial guess; target ≤ 0.5 s.</li>
 *   <li>{@code fieldMap}: the whole measured map S1 run 16 of the Al/FI bilayer (201 fields × 201
 *       biases, shared/data/nis-al-fi-bilayer), te, Δ, R_T, γ/Δ, h and the bias offset free, fields
 *       in parallel. Needs the shared data beside the checkout (run from the repository root).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NisFitBench {

    @Param({"CURRENT", "CONDUCTANCE"})
    public NisFitMode mode;

    private final double[] bias = new double[1001];
    private double[] measured;
    private CurveMap map;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        double delta = 0.228e-3 * E_CHARGE;
        double rt = 2760;
        NisJunction probe = new NisJunction(Superconductor.bcs(delta), rt);
        for (int k = 0; k < bias.length; k++) {
            bias[k] = -0.6e-3 + 1.2e-3 * k / (bias.length - 1);
        }
        measured = new double[bias.length];
        boolean current = mode == NisFitMode.CURRENT;
        probe.curve(bias, 0.105, 0.105, current ? measured : null, current ? null : measured, null);
        double noise = 0.003 * (current ? delta / (E_CHARGE * rt) : 1 / rt);
        Random rnd = new Random(1);
        for (int k = 0; k < measured.length; k++) {
            measured[k] += noise * rnd.nextGaussian();
        }
        map = findMap();
    }

    /** T_e, Δ, R_T from one 1001-point curve. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public NisFitResult thermometry() {
        NisFitResult r = NisFit.of(mode).fit(bias, measured);
        if (!r.converged()) {
            throw new IllegalStateException(r.message());
        }
        return r;
    }

    /** The whole 201-field map, conductance (run with {@code -p mode=CONDUCTANCE}). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public NisMapResult fieldMap() {
        if (map == null) {
            throw new IllegalStateException("shared/data/nis-al-fi-bilayer/S1_run16_map_B_V_G.csv not found "
                    + "above " + Path.of("").toAbsolutePath());
        }
        NisMapResult r = NisMapFit.of(NisFit.of(NisFitMode.CONDUCTANCE)
                .withFree("te", "delta", "rt", "dynes", "h", "offset")).fit(map);
        System.err.println(Arrays.stream(NisMapPoint.Status.values())
                .map(s -> s + " " + r.withStatus(s).size()).collect(Collectors.joining(", ")));
        return r;
    }

    private static CurveMap findMap() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared/data/nis-al-fi-bilayer/S1_run16_map_B_V_G.csv");
            if (Files.exists(file)) {
                return DataFile.read(file).curveMap(ColumnSpec.of("B_T", Dimension.MAGNETIC_FIELD).withUnit("T"),
                        ColumnSpec.of("Vbias_V", Dimension.VOLTAGE).withUnit("V"),
                        ColumnSpec.of("G_G0", Dimension.CONDUCTANCE).withUnit("G0"));
            }
        }
        return null;
    }
}
