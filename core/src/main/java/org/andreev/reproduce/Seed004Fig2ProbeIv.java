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
 * Seed 004, Fig. 2 left (model curves): the probe junction's I(V) at a 90 mK bath, from the
 * single-quasiparticle current alone (seed Eq. 3; dashed in the paper) and with the phase-coherent
 * Andreev current added (physics.md A4; dotted), with the seed's fit: T_e = 105 mK, R_T = 2.76 kΩ,
 * M = 1.37, L_φ = 1.5 µm, Δ = 0.228 meV (the embedded device, physics.md A6).
 */
public final class Seed004Fig2ProbeIv implements FigureMaker {

    static final double T_BATH = 0.090;

    @Override
    public String name() {
        return "seed004-fig2-probe-iv";
    }

    @Override
    public Figure make() {
        CoolerDevice d = DeviceFile.seed004();
        NisJunction qp = d.probeTunnelJunction();
        AndreevJunction andreev = d.probeAndreevJunction();
        double te = d.probe().electronTemperature();
        double[] v = Figures.biasesAboveZero(0.35e-3, 400);
        int n = v.length;
        double[] iqp = new double[n];
        double[] ia = new double[n];
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            iqp[i] = qp.current(v[i], te, T_BATH);
            ia[i] = andreev.current(v[i], te);
            total[i] = iqp[i] + ia[i];
        }
        double[] mV = Figures.scaled(v, 1e3);
        // the caption's styles: dashed for the quasiparticle current, dotted with the Andreev current
        Plot plot = new Plot("Probe junction at 90 mK (R_T = 2.76 kΩ, T_e = 105 mK, M = 1.37)", "V (mV)", "I (nA)",
                List.of(Series.line("quasiparticles only", mV, Figures.scaled(iqp, 1e9))
                                .styled(HouseStyle.BLACK, LineStyle.DASHED),
                        Series.line("quasiparticles + Andreev", mV, Figures.scaled(total, 1e9))
                                .styled(HouseStyle.BLACK, LineStyle.DOTTED)))
                .withLogY();
        return new Figure(name(),
                "Seed 004 Fig. 2 left (model): probe I(V) at 90 mK with and without the Andreev current",
                plot, new Table(List.of("V[V]", "Iqp[A]", "IA[A]", "I[A]"), List.of(v, iqp, ia, total)));
    }
}
