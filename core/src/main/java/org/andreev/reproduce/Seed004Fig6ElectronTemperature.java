package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.andreev.cooler.CoolerCurve;
import org.andreev.cooler.CoolerModel;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * Seed 004, Fig. 6 right: the island electron temperature T_e against the total bias at baths of
 * 90, 140 and 230 mK from the full thermal model (physics.md A5). At 90 and 140 mK T_e first rises
 * (Andreev heat) and then falls near the gap; at 230 mK cooling always prevails.
 */
public final class Seed004Fig6ElectronTemperature implements FigureMaker {

    static final double[] T_BATH = {0.090, 0.140, 0.230};

    @Override
    public String name() {
        return "seed004-fig6-electron-temperature";
    }

    @Override
    public Figure make() {
        int n = 451;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.45e-3 * i / (n - 1);
        }
        CoolerModel model = new CoolerModel(DeviceFile.seed004());
        List<String> header = new ArrayList<>(List.of("V[V]"));
        List<double[]> columns = new ArrayList<>(List.of(v));
        List<Series> series = new ArrayList<>();
        for (double t : T_BATH) {
            CoolerCurve c = model.curveParallel(v, t);
            Figures.requireConverged(c, name());
            String mK = String.format("%.0f", t * 1e3);
            header.add("Te_" + mK + "mK[K]");
            columns.add(c.te());
            series.add(Series.line("T_bath = " + mK + " mK", Figures.scaled(v, 1e3), Figures.scaled(c.te(), 1e3)));
        }
        Plot plot = new Plot("Island electron temperature (seed-004 device)", "V (mV)", "T_e (mK)", series);
        return new Figure(name(),
                "Seed 004 Fig. 6 right: electron temperature vs bias at 90, 140, 230 mK (full thermal model)",
                plot, new Table(header, columns));
    }
}
