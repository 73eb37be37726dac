package org.andreev.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.andreev.io.Curve;

/**
 * Test data for the peak detector, made independently of it: a dV/dI(V) sweep whose V(I) has
 * smooth voltage steps of known size s_k at currents I_k on a smooth background,
 * V(I) = ∫R_bg dI + Σ_k s_k L((I − I_k)/δI_k), L the logistic function, so that
 * dV/dI = R_bg(I) + Σ_k (s_k/δI_k) L′ has a peak of height h_k = s_k/(4δI_k) at each step;
 * sampled on an even V grid, with Gaussian noise σ on dV/dI. The injected step s_k is the truth the
 * detector's step estimate is checked against; h_k/σ is the signal-to-noise ratio.
 */
final class InjectedPeaks {

    /** One injected peak: its bias (V at the step's middle), height (Ω) and step (V). */
    record Truth(double position, double height, double step) {}

    /** A sweep and what was injected into it. */
    record Sweep(Curve dvdi, List<Truth> peaks) {}

    static final double RN = 5.0;

    /** The background's heating bump: its 1/e half-width, V. */
    static final double BUMP_WIDTH = 2.5e-3;

    /** The widest injected peak (FWHM in V, approximately): the height is raised where a step would be wider. */
    static final double MAX_WIDTH = 250e-6;

    /** Background: R_N times a smooth heating bump around 4.5 mV (0.25 R_N high, 1/e half-width 2.5 mV). */
    static double background(double i) {
        double v = i * RN;
        double u = (v - 4.5e-3) / BUMP_WIDTH;
        return RN * (1 + 0.25 * Math.exp(-u * u));
    }

    /**
     * A sweep of {@code points} even V points from 1 to 9 mV with {@code count} peaks (at about 1.5-7.5 mV) at least
     * {@code spacing} (V) apart, steps log-uniform in [10, 100] µV, SNR h/σ uniform in [snrMin, snrMax]
     * (raised where needed to keep the peak narrower than {@link #MAX_WIDTH}).
     */
    static Sweep make(Random rnd, int points, int count, double sigma, double snrMin, double snrMax, double spacing) {
        double v0 = 1e-3;
        double v1 = 9e-3;
        double[] centres = new double[count];
        for (int k = 0; k < count; k++) {
            boolean ok;
            do {
                centres[k] = 1.5e-3 + rnd.nextDouble() * 5.5e-3;
                ok = true;
                for (int q = 0; q < k; q++) {
                    ok &= Math.abs(centres[k] - centres[q]) > spacing;
                }
            } while (!ok);
        }
        double[] ik = new double[count];
        double[] sk = new double[count];
        double[] dk = new double[count];
        double[] hk = new double[count];
        for (int k = 0; k < count; k++) {
            sk[k] = 1e-5 * Math.pow(10, rnd.nextDouble());
            hk[k] = sigma * (snrMin + (snrMax - snrMin) * rnd.nextDouble());
            // no wider than MAX_WIDTH: FWHM in V ~ s (b + h)/(1.13 h) for a logistic step (b ~ 1.1 R_N here)
            hk[k] = Math.max(hk[k], sk[k] * 1.1 * RN / (1.13 * MAX_WIDTH - sk[k]));
            dk[k] = sk[k] / (4 * hk[k]);
            ik[k] = centres[k] / RN; // near enough: the step's current
        }
        // V(I) and dV/dI(I) on a fine current grid, the background integrated by the trapezoidal rule
        int m = 200_000;
        double i0 = 0.8 * v0 / RN;
        double i1 = 1.0 * v1 / RN;
        double[] ii = new double[m];
        double[] vv = new double[m];
        double[] yy = new double[m];
        double vb = i0 * RN;
        for (int q = 0; q < m; q++) {
            ii[q] = i0 + (i1 - i0) * q / (m - 1);
            if (q > 0) {
                vb += 0.5 * (background(ii[q - 1]) + background(ii[q])) * (ii[q] - ii[q - 1]);
            }
            double v = vb;
            double y = background(ii[q]);
            for (int k = 0; k < count; k++) {
                double u = (ii[q] - ik[k]) / dk[k];
                double l = 1 / (1 + Math.exp(-u));
                v += sk[k] * l;
                y += sk[k] / dk[k] * l * (1 - l);
            }
            vv[q] = v;
            yy[q] = y;
        }
        double[] x = new double[points];
        double[] y = new double[points];
        int q = 0;
        for (int p = 0; p < points; p++) {
            x[p] = v0 + (v1 - v0) * p / (points - 1);
            while (q < m - 2 && vv[q + 1] < x[p]) {
                q++;
            }
            double f = (x[p] - vv[q]) / (vv[q + 1] - vv[q]);
            y[p] = yy[q] + f * (yy[q + 1] - yy[q]) + sigma * rnd.nextGaussian();
        }
        List<Truth> truth = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // the peak's bias: V(I_k) on the fine grid
            int at = (int) Math.round((ik[k] - i0) / (i1 - i0) * (m - 1));
            truth.add(new Truth(vv[at], hk[k], sk[k]));
        }
        truth.sort((a, b) -> Double.compare(a.position(), b.position()));
        return new Sweep(new Curve(x, y), truth);
    }
}
