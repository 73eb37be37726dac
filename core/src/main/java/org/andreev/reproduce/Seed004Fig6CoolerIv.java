package org.andreev.reproduce;

import org.andreev.cooler.CoolerCurve;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.HouseStyle.Entry;
import org.andreev.plot.LineStyle;

/**
 * Seed 004, Fig. 6 left (model curves): the cooler's I(V) from the full thermal model (Andreev charge
 * and heat, seed Eq. 6; physics.md A5) at baths of 90, 230, 330 and 430 mK, coloured as in the caption
 * (red, green, orange, purple), with the house dashes added for greyscale.
 */
public final class Seed004Fig6CoolerIv implements FigureMaker {

    static final double[] T_BATH = {0.090, 0.230, 0.330, 0.430};
    static final Entry[] STYLES = {new Entry(HouseStyle.RED, LineStyle.SOLID), new Entry(HouseStyle.GREEN, LineStyle.DASHED),
        new Entry(HouseStyle.ORANGE, LineStyle.DOTTED), new Entry(HouseStyle.PURPLE, LineStyle.DASH_DOT)};

    @Override
    public String name() {
        return "seed004-fig6-cooler-iv";
    }

    @Override
    public Figure make() {
        return Figures.perBathTemperature(name(),
                "Seed 004 Fig. 6 left (model): cooler I(V) at 90, 230, 330, 430 mK with Andreev charge and heat",
                "S-I-N-I-S cooler, full thermal model", Figures.biasesAboveZero(0.6e-3, 400), T_BATH, STYLES,
                "I", "A", CoolerCurve::current, "I (nA)", 1e9, true);
    }
}
