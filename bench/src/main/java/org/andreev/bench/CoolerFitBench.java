package org.andreev.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.andreev.cooler.CoolerCurve;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.CoolerFit;
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
 * A 5-parameter cooler fit (m, sigma_eph, lphi, rt, delta) to a 1001-point synthetic I(V), 0–0.6 mV,
 * of the seed-004 device with L_φ = 0.3 µm (comparable to L_T at 90 mK, so that the curve determines
 * it) at 90 mK with 1 % + 2 pA noise, started 2–10 % off (Δ 0.5 %): 5 Levenberg–Marquardt iterations
 * (target: at most 5 s). Jacobian columns run in parallel on the machine's cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoolerFitBench {

    private CoolerDevice start;
    private CoolerFit.Measurement data;

    @Setup
    public void setUp() {
        CoolerDevice truth = DeviceFile.seed004().with("lphi", 0.3e-6);
        double[] v = new double[1001];
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.6e-3 * (k + 1) / v.length;
        }
        CoolerCurve c = new CoolerModel(truth).curve(v, 0.09);
        Random rnd = new Random(3);
        double[] i = new double[v.length];
        double[] s = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            s[k] = 0.01 * Math.abs(c.current()[k]) + 2e-12;
            i[k] = c.current()[k] + s[k] * rnd.nextGaussian();
        }
        data = new CoolerFit.Measurement(0.09, v, i, s);
        start = truth.with("m", 0.45).with("sigma_eph", 2.2e9).with("lphi", 0.27e-6).with("rt", 980)
                .with("delta", 0.995 * truth.delta());
    }

    /** The fit, converged or not (the result says). */
    @Benchmark
    public CoolerFit.Result fit5() {
        return CoolerFit.fit(start, List.of("m", "sigma_eph", "lphi", "rt", "delta"), List.of(data),
                CoolerModel.AndreevTerms.CHARGE_AND_HEAT);
    }
}
