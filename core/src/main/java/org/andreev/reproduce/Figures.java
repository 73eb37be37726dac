package org.andreev.reproduce;

import org.andreev.cooler.CoolerCurve;

/** Small helpers shared by the cooler figures: unit scaling for the axes, and a convergence guard. */
final class Figures {
    private Figures() {}

    /** {@code x} times {@code factor} (SI to the plotted unit). */
    static double[] scaled(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        return y;
    }

    /** Refuses to draw a curve with points that did not converge. */
    static void requireConverged(CoolerCurve curve, String figure) {
        if (!curve.failedBiases().isEmpty()) {
            throw new IllegalStateException(figure + ": the heat balance did not converge at V = "
                    + curve.failedBiases() + " V (T_bath " + curve.tBath() + " K)");
        }
    }
}
