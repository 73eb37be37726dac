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
 * Seed 004, Fig. 6 left (model curves): the cooler's I(V) from the full thermal model (Andreev charge
 * and heat, seed Eq. 6; physics.md A5) at baths of 90, 230, 330 and 430 mK.
 */
public final class Seed004Fig6CoolerIv implements FigureMaker {

    static final double[] T_BATH = {0.090, 0.230, 0.330, 0.430};

    @Override
    public String name() {
        return "seed004-fig6-cooler-iv";
    }

    @Override
    public Figure make() {
        int n = 400;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.6e-3 * (i + 1) / n;
        }
        CoolerModel model = new CoolerModel(DeviceFile.seed004());
        List<String> header = new ArrayList<>(List.of("V[V]"));
        List<double[]> columns = new ArrayList<>(List.of(v));
        List<Series> series = new ArrayList<>();
        for (double t : T_BATH) {
            CoolerCurve c = model.curveParallel(v, t);
            Figures.requireConverged(c, name());
            String mK = String.format("%.0f", t * 1e3);
            header.add("I_" + mK + "mK[A]");
            columns.add(c.current());
            series.add(Series.line("T_bath = " + mK + " mK", Figures.scaled(v, 1e3), Figures.scaled(c.current(), 1e9)));
        }
        Plot plot = new Plot("S-I-N-I-S cooler, full thermal model", "V (mV)", "I (nA)", series).withLogY();
        return new Figure(name(),
                "Seed 004 Fig. 6 left (model): cooler I(V) at 90, 230, 330, 430 mK with Andreev charge and heat",
                plot, new Table(header, columns));
    }
}
