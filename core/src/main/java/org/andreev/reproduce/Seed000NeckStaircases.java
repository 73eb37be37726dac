package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.andreev.neck.PlasticStage;
import org.andreev.plot.Figure;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * Seed 000, Fig. 1: the R(z) staircases that make the two necks ({@link Seed000NeckShapes}), as
 * simulated under the slab model with noise (line) and as the staircase analysis reads them (the
 * centre of each detected plastic stage, points; the table also has, at every point, the stage's fitted
 * line: level and elastic slope), on a log axis: R falls from the banks' value to
 * 5 Ω at the end of the elongation.
 */
public final class Seed000NeckStaircases implements FigureMaker {

    @Override
    public String name() {
        return "seed000-fig1-neck-staircases";
    }

    @Override
    public Figure make() {
        List<Series> series = new ArrayList<>();
        List<List<double[]>> table = new ArrayList<>();
        for (Seed000NeckShapes.Neck neck : Seed000NeckShapes.necks()) {
            double[] z = neck.trace().z();
            double[] stages = Seed000NeckShapes.stageResistance(neck);
            String label = String.format(Locale.ROOT, "theta = %.0f deg", neck.thetaDeg());
            series.add(Series.line(label + ": simulated R(z), 0.3 % noise", Figures.scaled(z, 1e9),
                    neck.trace().resistance()));
            List<PlasticStage> read = neck.shape().stages();
            double[] zc = new double[read.size()];
            double[] rc = new double[read.size()];
            for (int k = 0; k < zc.length; k++) {
                zc[k] = 0.5 * (read.get(k).zStart() + read.get(k).zEnd()) * 1e9;
                rc[k] = Seed000NeckShapes.CONTACT.resistance(read.get(k).radius());
            }
            series.add(Series.points(String.format(Locale.ROOT, "%s: %d stages read back (centres)", label,
                    read.size()), zc, rc));
            table.add(List.of(Seed000NeckShapes.constant(z.length, neck.thetaDeg()), z, neck.trace().resistance(),
                    stages));
        }
        Plot plot = new Plot("R(z) staircases of the seed 000 Fig. 1 necks (slab model)", "z (nm)", "R (Ohm)",
                series).withLogY();
        return new Figure(name(), "Seed 000 Fig. 1: the R(z) staircases of the theta = 35 and 70 deg necks,"
                + " simulated (slab model, 0.3 % noise) and the plastic stages read back", plot,
                Seed000NeckShapes.longTable(List.of("theta[deg]", "z[m]", "R[Ohm]", "R_stage[Ohm]"), table));
    }
}
