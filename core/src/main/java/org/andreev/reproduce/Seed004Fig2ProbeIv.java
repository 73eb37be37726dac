package org.andreev.reproduce;

import java.util.List;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.tunnel.NisDevice;
import org.andreev.tunnel.NisDeviceFile;

/**
 * Seed 004, Fig. 2 left (model curves): the probe junction's I(V) at a 90 mK bath, from the
 * single-quasiparticle current alone (seed Eq. 3; dashed in the paper) and with the phase-coherent
 * Andreev current added (physics.md A4; dotted), with the seed's fit: T_e = 105 mK, R_T = 2.76 kΩ,
 * M = 1.37, L_φ = 1.5 µm, Δ = 0.228 meV: the embedded seed-004 probe junction
 * ({@link NisDeviceFile#seed004Probe()}, the same junction as the embedded cooler's probe; physics.md
 * A6), computed as {@code andreev nis iv --seed-004-probe --te 105mK --ts 90mK} does.
 */
public final class Seed004Fig2ProbeIv implements FigureMaker {

    static final double T_BATH = 0.090;
    /** The probe's electron temperature, K (the seed's fit). */
    static final double T_E = 0.105;

    @Override
    public String name() {
        return "seed004-fig2-probe-iv";
    }

    @Override
    public Figure make() {
        NisDevice probe = NisDeviceFile.seed004Probe();
        double[] v = Figures.biasesAboveZero(0.35e-3, 400);
        NisDevice.Curve c = probe.curve(v, T_E, T_BATH);
        double[] iqp = c.quasiparticleCurrent();
        double[] ia = c.andreevCurrent();
        double[] total = c.current();
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
