package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.andreev.data.FieldCount;
import org.andreev.data.Peak;
import org.andreev.data.PeakRecurrence;
import org.andreev.neck.PhaseSlipSweeps;
import org.andreev.plot.Figure;
import org.andreev.plot.Plot;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Series;

/**
 * The count of dV/dI peaks against field (physics.md B7) over synthetic sweeps of the θ = 35° Pb
 * neck ({@link PhaseSlipSweeps}, eight seeded sweeps per field from 0.1 to 0.6 T): the mean number of
 * peaks per sweep and the number of reproducible groups ({@link PeakRecurrence}).
 */
public final class NeckPeakCountVsField implements FigureMaker {

    @Override
    public String name() {
        return "neck-peak-count-vs-field";
    }

    @Override
    public Figure make() {
        PhaseSlipSweeps model = PhaseSlipSweeps.seed000();
        Random rnd = new Random(8);
        TreeMap<Double, List<List<Peak>>> byField = new TreeMap<>();
        for (int f = 0; f <= 10; f++) {
            double h = 0.1 + 0.05 * f;
            List<List<Peak>> sweeps = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                sweeps.add(PhaseSlipSweeps.DETECTOR.find(model.sweep(h, rnd).dvdi()).peaks());
            }
            byField.put(h, sweeps);
        }
        List<FieldCount> counts = FieldCount.of(byField, PeakRecurrence.DEFAULT);
        double[] h = counts.stream().mapToDouble(FieldCount::field).toArray();
        // house style for greyscale: each quantity a line of its own style through markers of its colour
        String[] labels = {"all peaks (mean per sweep)", "wandering peaks (mean per sweep)", "reproducible groups"};
        double[][] values = {counts.stream().mapToDouble(FieldCount::meanPeaks).toArray(),
            counts.stream().mapToDouble(FieldCount::wandering).toArray(),
            counts.stream().mapToDouble(FieldCount::reproducible).toArray()};
        java.awt.Color[] colours = {HouseStyle.BLACK, HouseStyle.RED, HouseStyle.BLUE};
        LineStyle[] lines = {LineStyle.SOLID, LineStyle.DASHED, LineStyle.DOTTED};
        List<Series> series = new java.util.ArrayList<>();
        for (int q = 0; q < 3; q++) {
            series.add(Series.line(labels[q], h, values[q]).styled(colours[q], lines[q]));
            series.add(Series.points("", h, values[q]).styled(colours[q], null));
        }
        Plot plot = new Plot("", "μ0H (T)", "peaks per sweep", series);
        return new Figure(name(), "Peak count vs field (synthetic, 8 sweeps per field, theta = 35 deg Pb neck at 4.2 K):"
                + " wandering phase-slip peaks below the PS/NS crossover, one reproducible N-S peak above", plot,
                FieldCount.table(counts));
    }
}
