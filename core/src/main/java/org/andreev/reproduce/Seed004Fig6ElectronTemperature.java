package org.andreev.reproduce;

import org.andreev.cooler.CoolerCurve;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.HouseStyle.Entry;
import org.andreev.plot.LineStyle;
import org.andreev.units.Range;

/**
 * Seed 004, Fig. 6 right: the island electron temperature T_e against the total bias at baths of
 * 90, 140 and 230 mK from the full thermal model (physics.md A5). At 90 and 140 mK T_e first rises
 * (Andreev heat) and then falls near the gap; at 230 mK cooling always prevails. Coloured as in the
 * caption (90 mK red, 140 mK blue, 230 mK green), with the house dashes added for greyscale.
 */
public final class Seed004Fig6ElectronTemperature implements FigureMaker {

    static final double[] T_BATH = {0.090, 0.140, 0.230};
    static final Entry[] STYLES = {new Entry(HouseStyle.RED, LineStyle.SOLID), new Entry(HouseStyle.BLUE, LineStyle.DASHED),
        new Entry(HouseStyle.GREEN, LineStyle.DOTTED)};

    @Override
    public String name() {
        return "seed004-fig6-electron-temperature";
    }

    @Override
    public Figure make() {
        return Figures.perBathTemperature(name(),
                "Seed 004 Fig. 6 right: electron temperature vs bias at 90, 140, 230 mK (full thermal model)",
                "Island electron temperature (seed-004 device)", new Range(0, 0.45e-3, 451).values(), T_BATH, STYLES,
                "Te", "K", CoolerCurve::te, "T_e (mK)", 1e3, false);
    }
}
