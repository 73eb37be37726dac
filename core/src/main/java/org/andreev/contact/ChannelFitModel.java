package org.andreev.contact;

import java.util.Arrays;
import org.andreev.fit.FitModel;

/**
 * The model of a {@link ChannelFit}: the current (or conductance) of n channels between fixed banks
 * at the measured biases, from a {@link MarTable} built once on the distinct |V| of the data.
 *
 * <p>Parameter vector: τ_1 … τ_n, then Δ (the gap, J) and V_off (a bias offset, V). At the
 * reference gap Δ_0 of the table and V_off = 0 every bias is a table voltage and the model is the
 * table's value there (its only error is the τ interpolation, {@link MarTable}). Otherwise:
 * <ul>
 *   <li>the offset moves the bias to u = V − V_off;</li>
 *   <li>at T = 0, with η a fraction of Δ, the current scales exactly as I(V; Δ) = (Δ/Δ_0) I(V Δ_0/Δ;
 *       Δ_0) and the conductance as G(V; Δ) = G(V Δ_0/Δ; Δ_0) (every energy of the problem is
 *       proportional to Δ), so a free gap needs no new table;</li>
 *   <li>between table voltages the current is the cubic Hermite interpolant of I and dI/dV at the two
 *       neighbours (error O(h⁴ I⁽⁴⁾), h the spacing of the data), the conductance the cubic Hermite
 *       interpolant with slopes from divided differences (Catmull–Rom, error O(h³)).</li>
 * </ul>
 * I(−V) = −I(V) and G(−V) = G(V). A bias outside the table (a step of V_off or Δ beyond the margin
 * of table voltages built for it) is an {@link IllegalArgumentException}: the fit rejects that step.
 * Thread-safe (no state is written after construction).
 */
final class ChannelFitModel implements FitModel {

    private final MarTable table;
    private final double[] grid;
    private final boolean conductance;
    private final int channels;
    private final double delta0;

    /**
     * @param table       the table, on the ascending positive voltages {@code grid}
     * @param conductance whether the model is dI/dV (else I)
     * @param channels    n
     */
    ChannelFitModel(MarTable table, boolean conductance, int channels) {
        this.table = table;
        this.grid = table.voltages();
        for (int m = 1; m < grid.length; m++) {
            if (!(grid[m] > grid[m - 1]) || !(grid[0] > 0)) {
                throw new IllegalArgumentException("table voltages must be positive and ascending");
            }
        }
        this.conductance = conductance;
        this.channels = channels;
        this.delta0 = table.junction().deltaLeft();
    }

    int channels() {
        return channels;
    }

    @Override
    public void predict(double[] p, int dataSet, double[] x, double[] y) {
        double delta = p[channels];
        double offset = p[channels + 1];
        int nm = grid.length;
        double ratio = delta0 / delta;
        // at the table's gap and no offset every bias is a table voltage: the slopes are not needed
        // for I(V), nor the currents for dI/dV
        boolean onNodes = ratio == 1 && offset == 0;
        double[] current = new double[nm];
        double[] slope = new double[nm];
        for (int i = 0; i < channels; i++) {
            if (!conductance) {
                add(current, table.currents(p[i]));
            }
            if (conductance || !onNodes) {
                add(slope, table.conductances(p[i]));
            }
        }
        for (int k = 0; k < x.length; k++) {
            double u = x[k] - offset;
            double a = Math.abs(u) * ratio;
            double value = conductance ? interpolateConductance(a, current, slope) : interpolateCurrent(a, current, slope);
            y[k] = conductance ? value : Math.copySign(value / ratio, u);
        }
    }

    private static void add(double[] sum, double[] x) {
        for (int m = 0; m < sum.length; m++) {
            sum[m] += x[m];
        }
    }

    /** The index m with grid[m] = a exactly (to 1e-12 relative), or −1. */
    private int node(double a, int[] interval) {
        int m = Arrays.binarySearch(grid, a);
        if (m >= 0) {
            return m;
        }
        int ins = -m - 1;
        if (ins < grid.length && Math.abs(grid[ins] - a) <= 1e-12 * a) {
            return ins;
        }
        if (ins > 0 && Math.abs(grid[ins - 1] - a) <= 1e-12 * a) {
            return ins - 1;
        }
        if (ins == 0 || ins == grid.length) {
            throw new IllegalArgumentException("bias " + a + " V (at the table's gap) is outside the MAR table ["
                    + grid[0] + ", " + grid[grid.length - 1] + "] V");
        }
        interval[0] = ins - 1;
        return -1;
    }

    private double interpolateCurrent(double a, double[] f, double[] df) {
        int[] iv = new int[1];
        int m = node(a, iv);
        if (m >= 0) {
            return f[m];
        }
        int l = iv[0];
        return hermite(a, grid[l], grid[l + 1], f[l], f[l + 1], df[l], df[l + 1]);
    }

    /** The conductance (the table's second column) between nodes, slopes from divided differences. */
    private double interpolateConductance(double a, double[] current, double[] g) {
        int[] iv = new int[1];
        int m = node(a, iv);
        if (m >= 0) {
            return g[m];
        }
        int l = iv[0];
        return hermite(a, grid[l], grid[l + 1], g[l], g[l + 1], divided(g, l), divided(g, l + 1));
    }

    private double divided(double[] g, int m) {
        int lo = Math.max(0, m - 1);
        int hi = Math.min(grid.length - 1, m + 1);
        return (g[hi] - g[lo]) / (grid[hi] - grid[lo]);
    }

    private static double hermite(double x, double x0, double x1, double f0, double f1, double d0, double d1) {
        double h = x1 - x0;
        double t = (x - x0) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * f0 + (t3 - 2 * t2 + t) * h * d0 + (-2 * t3 + 3 * t2) * f1 + (t3 - t2) * h * d1;
    }
}
