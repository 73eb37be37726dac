package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisDevice;
import org.andreev.tunnel.NisDeviceFile;
import org.andreev.tunnel.NisJunction;
import org.andreev.units.PhysicalConstants;

/**
 * Seed 004, Fig. 1 left (model curves): the normalised differential conductance R_T dI/dV of the
 * probe junction against eV/Δ, from the single-quasiparticle current (seed Eq. 3; physics.md A2)
 * of the seed-004 probe (R_T = 2.76 kΩ, Δ = 0.228 meV; physics.md A6) with the superconductor at
 * the 90 mK bath and the probe's electrons at 90 mK (bath) and at 105 mK, the temperature the
 * seed's fit gives, and the seed's full probe model: quasiparticles plus the phase-coherent Andreev
 * current (physics.md A4; M = 1.37, L_φ = 1.5 µm, D = 80 cm²/s, T_e = 105 mK: the embedded
 * {@link NisDeviceFile#seed004Probe() seed-004 probe}), whose zero-bias peak (R_T dI/dV = 5.1e-4 at
 * V = 0, half width 3.6 k_BT/e = 32 µV) is the peak of the measured curve that Eq. 3 alone cannot give
 * (seed §2). The conductance axis is logarithmic, as the sub-gap exponential and the peak are where
 * the electron temperature and the Andreev current show.
 *
 * <p>Styles: the 105 mK quasiparticle curve is the paper's fit, a black dotted line as in its caption;
 * the 90 mK curve (no heating, not in the paper) is blue and dashed; the curve with the Andreev current
 * stands where the paper has its measured probe data, red and solid.
 */
public final class Seed004Fig1Probe implements FigureMaker {

    /** Probe junction tunnel resistance, Ω (seed 004, Fig. 1 caption; physics.md A6). */
    static final double R_T = 2.76e3;
    /** Aluminium gap, J (seed 004: 2Δ = 0.43 meV is quoted; physics.md A6 uses 0.228 meV). */
    static final double DELTA = 0.228e-3 * PhysicalConstants.E_CHARGE;
    /** Cryostat (bath) temperature, K (seed 004, Fig. 1). */
    static final double T_BATH = 0.090;
    /** Probe electron temperatures drawn, K: the bath, and the seed's fitted 105 mK. */
    static final double[] T_E = {0.090, 0.105};
    /** The electron temperature of the curve with the Andreev current, K (the seed's fit). */
    static final double T_ANDREEV = 0.105;
    /** Half-width of the bias window in units of Δ/e, and the number of points. */
    static final double V_MAX = 2.0;
    static final int POINTS = 801;

    @Override
    public String name() {
        return "seed004-fig1-probe-dIdV";
    }

    @Override
    public Figure make() {
        NisJunction probe = new NisJunction(Superconductor.bcs(DELTA), R_T);
        double[] reduced = new double[POINTS];
        double[] v = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            reduced[i] = -V_MAX + 2 * V_MAX * i / (POINTS - 1);
            v[i] = reduced[i] * DELTA / PhysicalConstants.E_CHARGE;
        }
        List<String> header = new ArrayList<>(List.of("V[V]"));
        List<double[]> columns = new ArrayList<>(List.of(v));
        List<Series> series = new ArrayList<>();
        double[] current = new double[POINTS];
        double[] cooling = new double[POINTS];
        for (double tE : T_E) {
            double[] g = new double[POINTS];
            probe.curve(v, tE, T_BATH, current, g, cooling);
            double[] normalised = Figures.scaled(g, R_T);
            String mK = String.format("%.0f", tE * 1e3);
            header.add("dIdV_Te" + mK + "mK[S]");
            columns.add(g);
            Series s = Series.line("quasiparticles only, T_e = " + mK + " mK", reduced, normalised);
            series.add(tE == T_BATH ? s.styled(HouseStyle.BLUE, LineStyle.DASHED) : s.styled(HouseStyle.BLACK, LineStyle.DOTTED));
        }
        // the seed's probe model (Fig. 2 left): quasiparticles + the phase-coherent Andreev current at 105 mK
        NisDevice withAndreev = NisDeviceFile.seed004Probe();
        double[] total = new double[POINTS];
        withAndreev.curve(v, T_ANDREEV, T_BATH, null, total);
        header.add("dIdV_Andreev_Te105mK[S]");
        columns.add(total);
        series.add(0, Series.line("with I_A, T_e = 105 mK (M = 1.37, L_φ = 1.5 µm)", reduced, Figures.scaled(total, R_T))
                .styled(HouseStyle.RED, LineStyle.SOLID));
        Plot plot = new Plot("Probe junction, R_T = 2.76 kΩ, Δ = 0.228 meV, bath 90 mK",
                "eV/Δ", "R_T dI/dV", series).withLogY();
        return new Figure(name(),
                "Seed 004 Fig. 1 left (model): probe R_T dI/dV (log scale) vs eV/Delta at T_e = 90 and 105 mK, bath 90 mK,"
                        + " and with the Andreev current (the zero-bias peak)",
                plot, new Table(header, columns));
    }
}
