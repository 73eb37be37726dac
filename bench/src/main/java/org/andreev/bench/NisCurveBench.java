package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.util.concurrent.TimeUnit;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the N-I-S tunnel integrals (physics.md A2): a 1001-point curve of I, dI/dV and P_N, and
 * one point as a cooler calls it. The seed-004 probe: Al, Δ = 0.228 meV, R_T = 2.76 kΩ, bias
 * ±0.6 mV (±2.6 Δ/e); {@code spectrum} picks BCS, Dynes (γ/Δ = 1e-3) or Dynes + spin splitting
 * (h = 0.2Δ, as in the Al/EuS data); {@code temperature} in K.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NisCurveBench {

    @Param({"bcs", "dynes", "split"})
    public String spectrum;

    @Param({"0.105", "0.05"})
    public double temperature;

    private NisJunction junction;
    private final double[] bias = new double[1001];
    private final double[] current = new double[1001];
    private final double[] conductance = new double[1001];
    private final double[] power = new double[1001];
    private final double[] out = new double[3];
    private int next;

    @Setup
    public void setUp() {
        double delta = 0.228e-3 * E_CHARGE;
        Superconductor s = switch (spectrum) {
            case "bcs" -> Superconductor.bcs(delta);
            case "dynes" -> new Superconductor(delta, 1e-3, 0);
            case "split" -> new Superconductor(delta, 1e-3, 0.2 * delta);
            default -> throw new IllegalArgumentException(spectrum);
        };
        junction = new NisJunction(s, 2760.0);
        for (int k = 0; k < bias.length; k++) {
            bias[k] = -0.6e-3 + 1.2e-3 * k / (bias.length - 1);
        }
    }

    /** The full 1001-point curve of I, dI/dV and P_N. */
    @Benchmark
    public double[] curve1001() {
        junction.curve(bias, temperature, temperature, current, conductance, power);
        return power;
    }

    /** One point (I, dI/dV, P_N), cycling through the bias grid; T_S ≠ T_N as in a cooler. */
    @Benchmark
    public void singlePoint(Blackhole bh) {
        next = (next + 7) % bias.length;
        junction.evaluate(bias[next], temperature, 0.1, out);
        bh.consume(out);
    }
}
