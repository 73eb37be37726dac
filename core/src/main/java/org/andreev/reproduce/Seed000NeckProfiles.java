package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.andreev.plot.Figure;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;

/**
 * Seed 000, Fig. 1 (top): the profiles of the long (θ = 35°) and short (θ = 70°) necks, the true cone
 * ±r(x) as a line and the profile r(x) = sqrt(A(z_f − 2|x|)/π) reconstructed from each simulated R(z)
 * staircase as points ({@link Seed000NeckShapes}).
 */
public final class Seed000NeckProfiles implements FigureMaker {

    @Override
    public String name() {
        return "seed000-fig1-neck-profiles";
    }

    @Override
    public Figure make() {
        List<Series> series = new ArrayList<>();
        List<List<double[]>> table = new ArrayList<>();
        for (Seed000NeckShapes.Neck neck : Seed000NeckShapes.necks()) {
            double xMax = neck.halfLength();
            double rMin = neck.truth().minimumRadius();
            double rOut = neck.truth().radius(xMax);
            // the cone's outline: banks, one flank, the narrowest point, the other flank
            double[] x = {-xMax, 0, xMax, xMax, 0, -xMax, -xMax};
            double[] r = {rOut, rMin, rOut, -rOut, -rMin, -rOut, rOut};
            String label = String.format(Locale.ROOT, "theta = %.0f deg", neck.thetaDeg());
            series.add(Series.line(label + " (true cone)", Figures.scaled(x, 1e9), Figures.scaled(r, 1e9)));
            double[][] p = neck.shape().profile();
            double[] both = new double[2 * p[0].length];
            double[] bothR = new double[both.length];
            for (int k = 0; k < p[0].length; k++) {
                both[k] = p[0][k];
                bothR[k] = p[1][k];
                both[p[0].length + k] = p[0][k];
                bothR[p[0].length + k] = -p[1][k];
            }
            series.add(Series.points(String.format(Locale.ROOT, "%s from R(z): %.1f deg", label,
                    neck.shape().halfAngleDegrees()), Figures.scaled(both, 1e9), Figures.scaled(bothR, 1e9)));
            double[] truth = new double[p[0].length];
            for (int k = 0; k < truth.length; k++) {
                truth[k] = neck.truth().radius(p[0][k]);
            }
            table.add(List.of(Seed000NeckShapes.constant(truth.length, neck.thetaDeg()), p[0], p[1], truth));
        }
        Plot plot = new Plot("Pb necks of seed 000 Fig. 1: R = 5 Ohm, r_min = 6.45 nm", "x (nm)", "r (nm)", series);
        return new Figure(name(), "Seed 000 Fig. 1 (top): neck profiles of theta = 35 and 70 deg, true and"
                + " reconstructed from their simulated R(z) staircases (slab model)", plot,
                Seed000NeckShapes.longTable(List.of("theta[deg]", "x[m]", "r[m]", "r_true[m]"), table));
    }
}
