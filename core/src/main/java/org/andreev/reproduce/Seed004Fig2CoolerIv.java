package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.andreev.cooler.CoolerCurve;
import org.andreev.cooler.CoolerModel;
import org.andreev.cooler.CoolerModel.AndreevTerms;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * Seed 004, Fig. 2 right (model curves): the cooler's self-consistent I(V) at a 90 mK bath
 * (physics.md A5) with quasiparticles only (dashed in the paper), with the Andreev current as a
 * charge current that deposits no heat (dotted: the paper's §4 assumption), and, for comparison,
 * with its Joule heat too (seed Eq. 6, the model of Fig. 6). Styles as in the caption (black dashed
 * and dotted); the third curve, not in the paper, is blue and dash-dotted.
 */
public final class Seed004Fig2CoolerIv implements FigureMaker {

    static final double T_BATH = 0.090;

    @Override
    public String name() {
        return "seed004-fig2-cooler-iv";
    }

    @Override
    public Figure make() {
        double[] v = Figures.biasesAboveZero(0.6e-3, 400);
        List<String> header = new ArrayList<>(List.of("V[V]"));
        List<double[]> columns = new ArrayList<>(List.of(v));
        List<Series> series = new ArrayList<>();
        double[] mV = Figures.scaled(v, 1e3);
        String[][] cases = {{"NONE", "quasiparticles only", "I_none"}, {"CHARGE", "+ Andreev current, no Andreev heat", "I_charge"},
            {"CHARGE_AND_HEAT", "+ Andreev current and heat", "I_full"}};
        HouseStyle.Entry[] styles = {new HouseStyle.Entry(HouseStyle.BLACK, LineStyle.DASHED),
            new HouseStyle.Entry(HouseStyle.BLACK, LineStyle.DOTTED), new HouseStyle.Entry(HouseStyle.BLUE, LineStyle.DASH_DOT)};
        for (int k = 0; k < cases.length; k++) {
            String[] c = cases[k];
            CoolerModel model = new CoolerModel(DeviceFile.seed004(), AndreevTerms.valueOf(c[0]));
            CoolerCurve curve = model.curveParallel(v, T_BATH);
            Figures.requireConverged(curve, name());
            header.add(c[2] + "[A]");
            columns.add(curve.current());
            header.add("Te_" + c[2].substring(2) + "[K]"); // suffix: the --andreev value
            columns.add(curve.te());
            series.add(Series.line(c[1], mV, Figures.scaled(curve.current(), 1e9))
                    .styled(styles[k].colour(), styles[k].line()));
        }
        Plot plot = new Plot("S-I-N-I-S cooler at 90 mK (seed-004 device)", "V (mV)", "I (nA)", series).withLogY();
        return new Figure(name(),
                "Seed 004 Fig. 2 right (model): cooler I(V) at 90 mK without and with the Andreev current",
                plot, new Table(header, columns));
    }
}
