package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.andreev.data.Peak;
import org.andreev.data.PeakDetector;
import org.andreev.io.Curve;
import org.andreev.io.Table;
import org.andreev.neck.PhaseSlipSweeps;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * Synthetic seed-000 Fig. 2- and Fig. 3-like sets: repeated dV/dI(V) sweeps of the θ = 35° Pb
 * neck at one field ({@link PhaseSlipSweeps}, seeded), normalised to R_N and offset by 0.5 each,
 * with the peaks the detector ({@link PeakDetector}) finds marked. At 0.2 T (PS regime) the peaks
 * wander and change in number; at 0.29 T (NS regime with the seed's Λ_Q* estimate) one peak repeats.
 */
public final class Seed000SyntheticSweeps implements FigureMaker {

    private final String name;
    private final String caption;
    private final double field;
    private final long seed;
    private final java.util.function.Supplier<PhaseSlipSweeps> model;

    private Seed000SyntheticSweeps(String name, String caption, double field, long seed,
            java.util.function.Supplier<PhaseSlipSweeps> model) {
        this.name = name;
        this.caption = caption;
        this.field = field;
        this.seed = seed;
        this.model = model;
    }

    /** Fig. 2-like: PS regime, 0.2 T. */
    public static Seed000SyntheticSweeps fig2() {
        return new Seed000SyntheticSweeps("seed000-fig2-synthetic", "Seed 000 Fig. 2-like (synthetic): six sweeps at"
                + " 0.2 T (PS regime), phase-slip peaks that wander and change in number, detector's peaks marked", 0.2, 2,
                PhaseSlipSweeps::seed000);
    }

    /**
     * Fig. 3-like: NS regime at the seed's Fig. 3c field, 0.29 T, with the seed's own estimate of Λ_Q*
     * ({@link PhaseSlipSweeps#seed000SeedEstimate()}: with the spec's Λ_Q* the neck is still PS at 0.29 T and
     * its N-S peak, at 0.45 T, sits at 0.96 mV, below the seed's 2–6 mV).
     */
    public static Seed000SyntheticSweeps fig3() {
        return new Seed000SyntheticSweeps("seed000-fig3-synthetic", "Seed 000 Fig. 3-like (synthetic): six sweeps at"
                + " 0.29 T (NS regime with the seed's estimate Lambda_Q* = 240 nm), one reproducible N-S peak,"
                + " detector's peaks marked", 0.29, 3, PhaseSlipSweeps::seed000SeedEstimate);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Figure make() {
        PhaseSlipSweeps model = this.model.get();
        Random rnd = new Random(seed);
        List<String> header = new ArrayList<>(List.of("V[V]"));
        List<double[]> columns = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<Double> foundX = new ArrayList<>();
        List<Double> foundY = new ArrayList<>();
        List<Double> truthX = new ArrayList<>();
        List<Double> truthY = new ArrayList<>();
        double rn = model.normalResistance();
        for (int s = 0; s < 6; s++) {
            PhaseSlipSweeps.Sweep sweep = model.sweep(field, rnd);
            Curve c = sweep.dvdi();
            truthX.addAll(sweep.switches().stream().map(w -> w.position() * 1e3).toList());
            for (PhaseSlipSweeps.Switch w : sweep.switches()) {
                truthY.add(floor(c, w.position())
                        / rn + 0.5 * s - 0.1);
            }
            if (columns.isEmpty()) {
                columns.add(c.x());
            }
            List<Peak> peaks = PhaseSlipSweeps.DETECTOR.find(c).peaks();
            double[] flags = new double[c.size()];
            double[] mx = new double[peaks.size()];
            double[] my = new double[peaks.size()];
            for (int k = 0; k < peaks.size(); k++) {
                Peak p = peaks.get(k);
                int at = (int) Math.round((p.position() - c.x()[0]) / (c.x()[1] - c.x()[0]));
                flags[Math.max(0, Math.min(c.size() - 1, at))] = 1;
                mx[k] = p.position() * 1e3;
                my[k] = (p.background() + p.height()) / rn + 0.5 * s;
            }
            header.add("dVdI_" + (s + 1) + "[Ohm]");
            columns.add(c.y());
            header.add("peak_" + (s + 1) + "[1]");
            columns.add(flags);
            double[] yn = new double[c.size()];
            for (int i = 0; i < yn.length; i++) {
                yn[i] = c.y()[i] / rn + 0.5 * s;
            }
            // house style for a set of offset curves: one black line style (the offset tells the sweeps apart, in
            // colour and in greyscale), the detector's peaks as red circles on the curve, the true switches as blue
            // circles just below it (apart by position, not only by colour)
            series.add(Series.line(s == 0 ? "sweeps 1-6 (offset 0.5 each)" : "", Figures.scaled(c.x(), 1e3), yn)
                    .styled(HouseStyle.BLACK, LineStyle.SOLID));
            foundX.addAll(java.util.Arrays.stream(mx).boxed().toList());
            foundY.addAll(java.util.Arrays.stream(my).boxed().toList());
        }
        if (!foundX.isEmpty()) {
            series.add(Series.points("peaks found (detector)", unbox(foundX), unbox(foundY)).styled(HouseStyle.RED, null));
        }
        if (!truthX.isEmpty()) {
            series.add(Series.points("switches of the model (below the curve)", unbox(truthX), unbox(truthY))
                    .styled(HouseStyle.BLUE, null));
        }
        Plot plot = new Plot("", "V (mV)", "dV/dI / R_N (offset 0.5 per sweep)", series);
        return new Figure(name, caption, plot, new Table(header, columns));
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The lowest dV/dI of the sweep within 0.1 mV of V: the curve's floor under a peak there. */
    private static double floor(Curve c, double v) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < c.size(); k++) {
            if (Math.abs(c.x()[k] - v) <= 1e-4) {
                best = Math.min(best, c.y()[k]);
            }
        }
        return best;
    }
}
