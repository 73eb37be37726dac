package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.andreev.cooler.CoolerCurve;
import org.andreev.cooler.CoolerModel;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * Small helpers shared by the cooler figures: bias grids, unit scaling for the axes, a convergence
 * guard, and the one-curve-per-bath-temperature figure of the seed-004 cooler.
 */
final class Figures {
    private Figures() {}

    /** {@code x} times {@code factor} (SI to the plotted unit). */
    static double[] scaled(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        return y;
    }

    /** Refuses to draw a curve with points that did not converge. */
    static void requireConverged(CoolerCurve curve, String figure) {
        if (!curve.failedBiases().isEmpty()) {
            throw new IllegalStateException(figure + ": the heat balance did not converge at V = "
                    + curve.failedBiases() + " V (T_bath " + curve.tBath() + " K)");
        }
    }

    /** {@code n} biases stop·(i + 1)/n, i = 0 … n − 1: up to {@code stop}, leaving out V = 0 (log axes). */
    static double[] biasesAboveZero(double stop, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = stop * (i + 1) / n;
        }
        return v;
    }

    /**
     * The seed-004 cooler's self-consistent curve (full thermal model, physics.md A5) at each bath
     * temperature: one CSV column {@code <column>_Tbath<T>mK[<unit>]} (docs/units-and-data.md, "Output columns") and one plotted series each.
     *
     * The plot shows V in mV against the quantity times {@code plotScale}, labelled {@code yLabel}.
     *
     * @param styles    colour and line of each bath temperature's curve (the paper's caption)
     * @param quantity  what is drawn from each curve, in SI
     */
    static Figure perBathTemperature(String name, String caption, String title, double[] v, double[] baths,
            HouseStyle.Entry[] styles, String column, String unit, Function<CoolerCurve, double[]> quantity, String yLabel, double plotScale,
            boolean logY) {
        CoolerModel model = new CoolerModel(DeviceFile.seed004());
        List<String> header = new ArrayList<>(List.of("V[V]"));
        List<double[]> columns = new ArrayList<>(List.of(v));
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < baths.length; k++) {
            double t = baths[k];
            CoolerCurve c = model.curveParallel(v, t);
            requireConverged(c, name);
            String mK = String.format("%.0f", t * 1e3);
            header.add(column + "_Tbath" + mK + "mK[" + unit + "]");
            columns.add(quantity.apply(c));
            series.add(Series.line("T_{bath} = " + mK + " mK", scaled(v, 1e3), scaled(quantity.apply(c), plotScale))
                    .styled(styles[k].colour(), styles[k].line()));
        }
        Plot plot = new Plot(title, "V (mV)", yLabel, series, false, logY);
        return new Figure(name, caption, plot, new Table(header, columns));
    }
}
