package org.andreev.reproduce;

import java.util.List;
import org.andreev.tunnel.AndreevJunction;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.tunnel.NisJunction;

/**
 * Seed 004, Fig. 4: for one N-I-S junction of the cooler (R_T = 0.95 kΩ, M = 0.49) at 100 mK
 * (electrons, superconductor and bath alike), the quasiparticle cooling power P_cool(V) (seed Eq. 4;
 * physics.md A2) and the Andreev Joule heat P_A = I_A V (physics.md A4), against the junction's bias.
 * P_A wins near zero bias; P_cool near the gap. Colours as in the caption (P_cool red, P_A blue); P_A is
 * dashed so that the two stay apart in greyscale.
 */
public final class Seed004Fig4Powers implements FigureMaker {

    static final double T = 0.100;

    @Override
    public String name() {
        return "seed004-fig4-powers";
    }

    @Override
    public Figure make() {
        CoolerDevice d = DeviceFile.seed004();
        NisJunction qp = d.tunnelJunction();
        AndreevJunction andreev = d.andreevJunction();
        double[] v = Figures.biasesAboveZero(0.23e-3, 241); // log axis: just above 0 to just below the gap
        double[] pcool = new double[v.length];
        double[] pa = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            pcool[i] = qp.coolingPower(v[i], T, T);
            pa[i] = andreev.jouleHeat(v[i], T);
        }
        double[] mV = Figures.scaled(v, 1e3);
        Plot plot = new Plot("One cooler junction at 100 mK (R_T = 0.95 kΩ, M = 0.49)", "V (mV)", "P (fW)",
                List.of(Series.line("P_{cool} (quasiparticles)", mV, Figures.scaled(pcool, 1e15))
                                .styled(HouseStyle.RED, LineStyle.SOLID),
                        Series.line("P_A = I_A V (Andreev heat)", mV, Figures.scaled(pa, 1e15))
                                .styled(HouseStyle.BLUE, LineStyle.DASHED)))
                .withLogY();
        return new Figure(name(),
                "Seed 004 Fig. 4: quasiparticle cooling power and Andreev Joule heat of one junction at 100 mK",
                plot, new Table(List.of("V[V]", "Pcool[W]", "PA[W]"), List.of(v, pcool, pa)));
    }
}
