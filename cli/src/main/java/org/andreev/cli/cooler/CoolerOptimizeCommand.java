package org.andreev.cli.cooler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.RangeConverter;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.Sweep;
import org.andreev.cooler.OptimumJunction;
import org.andreev.cooler.OptimumJunction.Optimum;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The optimum junction resistance on a (T_bath, L_φ) map: {@link OptimumJunction}. */
@Command(
        name = "optimize",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "For the device's barrier and island (physics.md A7), the R_T per junction giving the lowest"
                    + " reachable electron temperature (any bias), and the R_T giving the largest net cooling"
                    + " power 2P_N - I_A V at T_e = T_bath, on a map of bath temperature and phase-coherence length.",
            "Output: CSV with columns Tbath[K],Lphi[m],RT_Te[Ohm],Te_min[K],V_Te[V],RT_Pcool[Ohm],Pcool_max[W],V_Pcool[V]."
        },
        footer = {
            "",
            "Examples:",
            "  andreev cooler optimize --tbath 50mK:400mK:50 --lphi-grid 20nm:20um:50 --out optimum.csv",
            "  andreev cooler optimize --tbath 100mK:100mK:1 --lphi-grid 1.5um:1.5um:1"
        })
public final class CoolerOptimizeCommand implements Callable<Integer> {

    @Option(names = "--tbath", required = true, paramLabel = "START:STOP:COUNT", converter = RangeConverter.Temperatures.class,
            description = "Bath temperatures, evenly spaced, e.g. 50mK:400mK:50.")
    Range tBath;

    @Option(names = "--lphi-grid", required = true, paramLabel = "START:STOP:COUNT", converter = RangeConverter.Lengths.class,
            description = "Phase-coherence lengths, logarithmically spaced, e.g. 20nm:20um:50.")
    Range lphi;

    @Mixin
    DeviceOptions device;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        double[] t = tBath.values();
        double[] l = lphi.logValues();
        OptimumJunction oj = new OptimumJunction(device.device());
        List<Optimum> map = Sweep.tracked("cooler optimize", t.length * l.length,
                progress -> oj.map(t, l, progress));
        output.write(OptimumJunction.table(map));
        output.plot(() -> plot(t, l, map));
        return 0;
    }

    private static Plot plot(double[] t, double[] l, List<Optimum> map) {
        List<Series> series = new ArrayList<>();
        int[] picks = l.length <= 3 ? java.util.stream.IntStream.range(0, l.length).toArray()
                : new int[] {0, l.length / 2, l.length - 1};
        double[] mK = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            mK[i] = t[i] * 1e3;
        }
        for (int li : picks) {
            double[] te = new double[t.length];
            double[] p = new double[t.length];
            for (int ti = 0; ti < t.length; ti++) {
                te[ti] = map.get(li * t.length + ti).rtLowestTe();
                p[ti] = map.get(li * t.length + ti).rtMaxPower();
            }
            String label = String.format("L_phi = %.3g um", l[li] * 1e6);
            series.add(new Series("lowest T_e, " + label, mK, te, t.length == 1));
            series.add(new Series("largest power, " + label, mK, p, t.length == 1));
        }
        return new Plot("Optimum R_T per junction", "T_bath (mK)", "R_T (Ohm)", series).withLogY();
    }
}
