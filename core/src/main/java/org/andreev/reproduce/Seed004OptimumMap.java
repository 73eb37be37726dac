package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.andreev.cooler.DeviceFile;
import org.andreev.cooler.OptimumJunction;
import org.andreev.cooler.OptimumJunction.Optimum;
import org.andreev.plot.Figure;
import org.andreev.plot.Layout;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Range;

/**
 * Beyond seed 004 (§6, physics.md A7): the tunnel resistance that cools best for the seed-004 barrier
 * and island, on a 50 × 50 map of bath temperature (50–400 mK) and phase-coherence length
 * (20 nm–20 µm, log-spaced). The figure (two columns wide) shows the optimum R_T against T_bath for
 * three L_φ, (a) for the lowest reachable T_e and (b) for the largest cooling power at T_e = T_bath;
 * the CSV holds the map.
 */
public final class Seed004OptimumMap implements FigureMaker {

    static final int N = 50;

    @Override
    public String name() {
        return "seed004-optimum-rt";
    }

    /** The T_bath axis, K. */
    static double[] bathTemperatures() {
        return new Range(0.05, 0.4, N).values();
    }

    /** The L_φ axis, m, log-spaced. */
    static double[] coherenceLengths() {
        return new Range(20e-9, 20e-6, N).logValues();
    }

    @Override
    public Figure make() {
        double[] t = bathTemperatures();
        double[] l = coherenceLengths();
        List<Optimum> map = new OptimumJunction(DeviceFile.seed004()).map(t, l, org.andreev.sweep.Progress.NONE);
        List<Series> lowest = new ArrayList<>();
        List<Series> largest = new ArrayList<>();
        int[] rows = {0, 11, 38}; // 20 nm, 94 nm, 4.3 µm
        for (int k = 0; k < rows.length; k++) {
            int li = rows[k];
            double[] te = new double[N];
            double[] p = new double[N];
            for (int ti = 0; ti < N; ti++) {
                Optimum o = map.get(li * N + ti);
                te[ti] = o.rtLowestTe();
                p[ti] = o.rtMaxPower();
            }
            String lphi = String.format(java.util.Locale.ROOT, "L_{φ} = %.2g µm", l[li] * 1e6);
            lowest.add(Series.line(lphi, Figures.scaled(t, 1e3), te));
            largest.add(Series.line(lphi, Figures.scaled(t, 1e3), p));
        }
        Layout layout = Layout.sideBySide(
                new Plot("Optimum R_T per junction for the lowest T_e (seed-004 barrier and island)",
                        "T_{bath} (mK)", "R_T for the lowest T_e (Ω)", lowest).withLogY(),
                new Plot("Optimum R_T per junction for the largest cooling power", "T_{bath} (mK)",
                        "R_T for the largest P_{cool} (Ω)", largest).withLogY());
        return new Figure(name(),
                "Beyond seed 004 (A7): R_T giving the lowest T_e and the largest cooling power vs T_bath and L_phi",
                layout, OptimumJunction.table(map));
    }
}
