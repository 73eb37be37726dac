package org.andreev.reproduce;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.util.ArrayList;
import java.util.List;
import org.andreev.contact.MarCurrent;
import org.andreev.contact.MarJunction;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * The textbook MAR figure (Cuevas, Martín-Rodero, Levy Yeyati, PRB 54, 7366 (1996), Fig. 2;
 * Averin &amp; Bardas, PRL 75, 1831 (1995), Fig. 2): the dc current of one channel, eI R_N/Δ against
 * eV/Δ, for τ = 0.1 … 1 at T = 0 and η = 1e-3, with R_N = h/(2e²τ). A user checks the engine at a
 * glance: the sub-harmonic steps at 2Δ/n for small τ, the excess current at large V, and
 * eIR_N/Δ → 2 (I → 4eΔ/h) at τ = 1 as V → 0.
 */
public final class MarTextbook implements FigureMaker {

    static final double[] TAUS = {0.1, 0.4, 0.7, 0.9, 0.99, 1.0};
    static final int POINTS = 60;

    @Override
    public String name() {
        return "mar-textbook-iv";
    }

    @Override
    public Figure make() {
        double delta = 1.0e-3 * E_CHARGE; // any Δ: the axes are reduced
        MarCurrent mar = new MarCurrent(MarJunction.symmetric(delta, 1e-3, 0));
        double[] v = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            v[k] = 0.2 + (4.0 - 0.2) * k / (POINTS - 1);
        }
        double[][] i = new double[TAUS.length][POINTS];
        // one task per bias, handed out dynamically (org.andreev.sweep.Sweep), the lowest (the dearest: a
        // point's cost grows like (Δ/eV)²) first; each computes all transmissions in one kernel pass
        // (they share the energy layout and the sites' Green functions: MarCurrent.reduced(double[], double))
        org.andreev.sweep.Sweep.run(POINTS, k -> {
            double[] r = mar.reduced(TAUS, v[k]);
            for (int t = 0; t < TAUS.length; t++) {
                // eIR_N/Δ = i/(2τ) with i = Ih/(eΔ) and R_N = h/(2e²τ)
                i[t][k] = r[t] / (2 * TAUS[t]);
            }
        }, org.andreev.sweep.Progress.NONE);
        List<Series> series = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("eV/Delta[1]"));
        List<double[]> cols = new ArrayList<>(List.of(v));
        for (int t = 0; t < TAUS.length; t++) {
            series.add(Series.line("τ = " + TAUS[t], v, i[t]));
            names.add("eIRN/Delta_tau" + TAUS[t] + "[1]");
            cols.add(i[t]);
        }
        Plot plot = new Plot("MAR current of one channel (T = 0, eta = 1e-3)", "eV/Δ", "eIR_N/Δ", series);
        return new Figure(name(), "The textbook MAR figure: e I R_N/Delta against eV/Delta for tau = 0.1 ... 1"
                + " (Cuevas et al. 1996, Fig. 2)", plot, new Table(names, cols));
    }
}
