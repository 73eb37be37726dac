package org.andreev.bench;

import java.util.concurrent.TimeUnit;
import org.andreev.tunnel.AndreevJunction;
import org.andreev.cooler.CoolerCurve;
import org.andreev.cooler.CoolerModel;
import org.andreev.cooler.DeviceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the cooler model (physics.md A4, A5) on the embedded seed-004 device: a self-consistent
 * 1001-point I(V) from 0 to 0.6 mV with the Andreev current and heat, on one thread (target: at most
 * 100 ms), and one Andreev-current evaluation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoolerCurveBench {

    @Param({"0.09", "0.23"})
    public double tBath;

    private CoolerModel model;
    private AndreevJunction andreev;
    private final double[] bias = new double[1001];

    @Setup
    public void setUp() {
        model = new CoolerModel(DeviceFile.seed004());
        andreev = DeviceFile.seed004().andreevJunction();
        for (int k = 0; k < bias.length; k++) {
            bias[k] = 0.6e-3 * k / (bias.length - 1);
        }
    }

    /** The self-consistent 1001-point cooler curve, one thread. */
    @Benchmark
    public CoolerCurve curve1001() {
        return model.curve(bias, tBath);
    }

    /** One Andreev current I_A(V = 0.1 mV; T_bath). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double andreevPoint() {
        return andreev.current(0.1e-3, tBath);
    }
}
