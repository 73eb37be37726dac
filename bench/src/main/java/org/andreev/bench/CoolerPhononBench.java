package org.andreev.bench;

import java.util.concurrent.TimeUnit;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.CoolerModel;
import org.andreev.cooler.DeviceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cooler's phonon temperature T_ph(T_e) (physics.md A5) on the seed-004 device, 64 values of
 * T_e from 20 to 600 mK at a 230 mK bath: {@link CoolerModel#phononTemperature} (the shared
 * {@code numeric.RootSolver}) side by side with the private Newton it replaced (issue #6, copied
 * here from the previous commit as the baseline).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoolerPhononBench {

    private static final int N = 64;
    private static final double T_BATH = 0.23;

    private CoolerModel model;
    private double sigmaU;
    private double kapitza;
    private final double[] te = new double[N];

    @Setup
    public void setUp() {
        CoolerDevice d = DeviceFile.seed004();
        model = new CoolerModel(d);
        sigmaU = d.sigmaEph() * d.islandVolume();
        kapitza = d.kapitza();
        for (int k = 0; k < N; k++) {
            te[k] = 0.02 + 0.58 * k / (N - 1);
        }
    }

    /** 64 phonon temperatures by the shared root solver; the score is per call. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(N)
    public double rootSolver() {
        double s = 0;
        for (double t : te) {
            s += model.phononTemperature(t, T_BATH);
        }
        return s;
    }

    /** The same by the previous commit's Newton from max(T_e, T_bath); the score is per call. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(N)
    public double newtonBaseline() {
        double s = 0;
        for (double t : te) {
            s += newton(t, T_BATH);
        }
        return s;
    }

    private double newton(double te, double tBath) {
        double target = sigmaU * Math.pow(te, 5) + kapitza * Math.pow(tBath, 4);
        double x = Math.max(te, tBath);
        for (int i = 0; i < 100; i++) {
            double x3 = x * x * x;
            double h = sigmaU * x3 * x * x + kapitza * x3 * x - target;
            double dh = 5 * sigmaU * x3 * x + 4 * kapitza * x3;
            double step = h / dh;
            x -= step;
            if (Math.abs(step) <= 1e-14 * x) {
                break;
            }
        }
        return x;
    }
}
