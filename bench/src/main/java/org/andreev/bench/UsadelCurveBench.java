package org.andreev.bench;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.util.concurrent.TimeUnit;
import org.andreev.superconductor.Superconductor;
import org.andreev.superconductor.UsadelSuperconductor;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.UsadelNisJunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 201-point dI/dV curve of the real sample-1 fit (physics.md A8; issue #9: within 5× of the
 * spin-split Dynes curve): the Usadel model at the authors' B = 0 parameters (Δ = 0.2814 meV,
 * h = 0.1358 meV, Γ_sf = 0.0456 meV, Γ_so = 0.0108 meV, x_N = 0.0058, T = 40 mK, bias ±0.6 mV), side by
 * side with the closed-form spin-split Dynes kernel of {@link NisJunction} at the same Δ, h and
 * γ/Δ = 1e-3 (which the Usadel DOS reduces to without the rates).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UsadelCurveBench {

    private static final double MEV = 1e-3 * E_CHARGE;
    private final double[] bias = new double[201];
    private final double[] conductance = new double[201];
    private UsadelNisJunction usadel;
    private NisJunction dynes;

    @Setup
    public void setUp() {
        double delta = 0.2814 * MEV;
        usadel = new UsadelNisJunction(
                new UsadelSuperconductor(delta, 0.1358 * MEV, 1e-5 * MEV, 0.0108 * MEV, 0.0456 * MEV, 0), 7.6e4, 0.0058);
        dynes = new NisJunction(new Superconductor(delta, 1e-3, 0.1358 * MEV), 7.6e4);
        for (int k = 0; k < bias.length; k++) {
            bias[k] = -0.6e-3 + 1.2e-3 * k / (bias.length - 1);
        }
    }

    /** The Usadel curve: DOS table and thermal smearing. */
    @Benchmark
    public double[] usadelCurve201() {
        usadel.curve(bias, 0.040, null, conductance);
        return conductance;
    }

    /** The spin-split Dynes curve of the closed-form kernel (the baseline of the 5× target). */
    @Benchmark
    public double[] spinSplitDynesCurve201() {
        dynes.curve(bias, 0.040, 0.040, null, conductance, null);
        return conductance;
    }
}
