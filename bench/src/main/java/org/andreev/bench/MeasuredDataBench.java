package org.andreev.bench;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.andreev.data.Derivative;
import org.andreev.data.SmoothingWindow;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.CurveMap;
import org.andreev.io.DataFile;
import org.andreev.units.Dimension;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a measured map the size of the shared N-I-S map (201 fields × 201 biases, long format)
 * and differentiating a 40 401-point curve with a smoothing window.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MeasuredDataBench {

    /** Number of points of the smoothing window. */
    @State(Scope.Benchmark)
    public static class Window {
        @Param({"3", "41"})
        public int points;
    }

    private String mapText;
    private Curve curve;

    @Setup
    public void setUp() {
        Random rnd = new Random(1);
        StringBuilder b = new StringBuilder("B_T,Vbias_V,G_G0\n");
        for (int i = 0; i < 201; i++) {
            for (int j = 0; j < 201; j++) {
                b.append(String.format(Locale.ROOT, "%.3f,%.5f,%s%n", -0.2 + 0.002 * i,
                        -1e-3 + 1e-5 * j, 0.17 + 0.01 * rnd.nextGaussian()));
            }
        }
        mapText = b.toString();
        int n = 201 * 201;
        double[] v = new double[n];
        double[] iv = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = -1e-3 + 2e-3 * k / (n - 1);
            iv[k] = 1e-9 * Math.sin(v[k] / 2e-4) + 1e-12 * rnd.nextGaussian();
        }
        curve = new Curve(v, iv);
    }

    /** Parse 40 401 rows and group them into 201 curves of SI values. */
    @Benchmark
    public CurveMap readMap() {
        return DataFile.parse("map", mapText).curveMap(ColumnSpec.of("B", Dimension.MAGNETIC_FIELD),
                ColumnSpec.of("Vbias", Dimension.VOLTAGE), ColumnSpec.of("G", Dimension.CONDUCTANCE));
    }

    /** dI/dV of a 40 401-point I(V) with a quadratic fit over {@code window.points} points. */
    @Benchmark
    public Curve slope(Window window) {
        return Derivative.slope(curve, SmoothingWindow.points(window.points));
    }
}
