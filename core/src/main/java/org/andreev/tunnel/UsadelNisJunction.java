package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.Objects;
import org.andreev.superconductor.DosTable;
import org.andreev.superconductor.UsadelSuperconductor;

/**
 * An N-I-S tunnel junction onto a superconductor with spin-orbit, spin-flip and orbital scattering
 * (the Usadel density of states of {@link UsadelSuperconductor}, physics.md A8), with a normal
 * fraction x_N of the junction area in parallel — the model the authors of the Al/EuS data fitted
 * (maiani/pyusadel):
 * <pre>
 *   dI/dV(V) = (1/R_T) ∫ [(1 − x_N) n_S(E) + x_N] (−∂f/∂E)(E − eV) dE
 *   I(V)     = (1/R_T) [ V + (1 − x_N)/e · ∫ N(E) [κ(E − eV) − κ(E)] dE ],   κ = −∂f/∂E
 * </pre>
 * with f the Fermi function at the N electron temperature T_N and N(E) = ∫_0^E (n_S − 1) dE′ (the
 * second line is physics.md A2's current integrated by parts; N is odd and bounded, so the
 * boundary terms vanish and the κ(E) term integrates to zero).
 *
 * <p><b>Numerics.</b> n_S is tabulated once per curve ({@link UsadelSuperconductor#table}) on
 * adaptive nodes with a linear-interpolation tolerance of {@value #TABLE_TOLERANCE}; N is then
 * exact for the interpolant. Both are integrated against κ exactly for a piecewise-linear function,
 * using ∫ κ dE = f and ∫ x κ dx = −x f − ln(1 + e^{−x}) (x = (E − eV)/k_BT), so no condition ties
 * the node spacing to k_BT: the result is exact for the interpolant at any temperature, and its
 * error is the table's (≲ {@value #TABLE_TOLERANCE} of G_N, checked against the closed-form Dynes
 * kernel of {@link NisJunction} in the tests). Nodes farther than {@value #WINDOW} k_BT from eV are
 * skipped: their weight is below e^{−40}.
 *
 * @param superconductor the S electrode
 * @param rT             the tunnel resistance R_T of the whole junction, Ω (&gt; 0, finite)
 * @param normalFraction x_N, the fraction of the conductance through normal regions, in [0, 1]
 */
public record UsadelNisJunction(UsadelSuperconductor superconductor, double rT, double normalFraction) {

    /** Linear-interpolation tolerance of the DOS table (relative to max(1, n_S)). */
    public static final double TABLE_TOLERANCE = 1e-5;

    /**
     * The table tolerance of a fit's model evaluations ({@link NisFitModel}): 10⁻⁴ of max(1, n_S),
     * 2.5× fewer nodes than {@value #TABLE_TOLERANCE} and 2× faster, and below the noise of the
     * real spectra (1.7·10⁻³ of G_N for sample 1, 1.1·10⁻² for sample 2); the curve it gives is within
     * 10⁻⁴ of G_N of the {@value #TABLE_TOLERANCE} one (a test).
     */
    public static final double FIT_TABLE_TOLERANCE = 1e-4;

    /** The half-width of the thermal window, in k_BT. */
    static final double WINDOW = 40.0;

    /** Validates the electrode, R_T and x_N. */
    public UsadelNisJunction {
        Objects.requireNonNull(superconductor, "superconductor");
        if (!(rT > 0) || Double.isInfinite(rT)) {
            throw new IllegalArgumentException("tunnel resistance R_T must be > 0 Ohm and finite, got " + rT);
        }
        if (!(normalFraction >= 0 && normalFraction <= 1)) {
            throw new IllegalArgumentException("normal fraction x_N must be in [0, 1], got " + normalFraction);
        }
    }

    /**
     * Fills I (A) and dI/dV (S) at every bias of {@code v} (V) for N electrons at {@code tN} (K);
     * either output may be null. One DOS table serves the whole curve.
     */
    public void curve(double[] v, double tN, double[] current, double[] conductance) {
        curve(table(v, tN, TABLE_TOLERANCE), v, tN, current, conductance);
    }

    /**
     * The energy up to which a curve at biases {@code v} (V) and T_N = {@code tN} (K) needs the
     * density of states, J: e·max|V| + 41 k_BT + 2Δ.
     */
    public double tableRange(double[] v, double tN) {
        checkTemperature(tN);
        double vMax = 0;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("bias V must be finite, got " + x);
            }
            vMax = Math.max(vMax, Math.abs(x));
        }
        return E_CHARGE * vMax + (WINDOW + 1) * K_BOLTZMANN * tN + 2 * superconductor.delta();
    }

    private DosTable table(double[] v, double tN, double tolerance) {
        return superconductor.table(tableRange(v, tN), tolerance);
    }

    private void checkTemperature(double tN) {
        if (!(tN > 0) || Double.isInfinite(tN)) {
            throw new IllegalArgumentException("T_N must be > 0 K and finite, got " + tN);
        }
        if (K_BOLTZMANN * tN < 1e-7 * superconductor.delta()) {
            throw new IllegalArgumentException("T_N = " + tN + " K is too low: k_B T_N must be >= 1e-7 Delta");
        }
    }

    /**
     * Fills I and dI/dV as {@link #curve(double[], double, double[], double[])}, from a density of
     * states {@code table} of this junction's superconductor made beforehand (reused across curves
     * that differ only in R_T, x_N, T_N or the biases: a fit's Jacobian). The table must reach
     * {@link #tableRange}; it is the caller's to make it of this superconductor.
     */
    public void curve(DosTable table, double[] v, double tN, double[] current, double[] conductance) {
        if (table.maxEnergy() < tableRange(v, tN) * (1 - 1e-12)) {
            throw new IllegalArgumentException("DOS table reaches " + table.maxEnergy() + " J, the curve needs "
                    + tableRange(v, tN) + " J");
        }
        double kt = K_BOLTZMANN * tN;
        double[] pos = table.energies();
        double[] val = table.values();
        int m = pos.length;
        // the whole axis: n even, N odd
        double[] e = new double[2 * m - 1];
        double[] n = new double[2 * m - 1];
        double[] big = new double[2 * m - 1];
        double[] running = new double[m];
        for (int k = 1; k < m; k++) {
            running[k] = running[k - 1] + 0.5 * (val[k] + val[k - 1] - 2.0) * (pos[k] - pos[k - 1]);
        }
        for (int k = 0; k < m; k++) {
            e[m - 1 - k] = -pos[k];
            e[m - 1 + k] = pos[k];
            n[m - 1 - k] = val[k];
            n[m - 1 + k] = val[k];
            big[m - 1 - k] = -running[k];
            big[m - 1 + k] = running[k];
        }
        double g = 1.0 / rT;
        double xn = normalFraction;
        for (int i = 0; i < v.length; i++) {
            double a = E_CHARGE * v[i];
            if (conductance != null) {
                conductance[i] = g * (xn + (1 - xn) * smear(e, n, a, kt));
            }
            if (current != null) {
                // ∫ N(E) κ(E − eV) dE, with N (J) ⇒ divide by e for volts
                current[i] = g * (v[i] + (1 - xn) * smear(e, big, a, kt) / E_CHARGE);
            }
        }
    }

    /**
     * ∫ y(E) κ(E − a) dE for y linear between the nodes (constant beyond them), κ = −∂f/∂E at
     * k_BT = kt, exactly (class comment), over the nodes within {@value #WINDOW} k_BT of a.
     */
    static double smear(double[] e, double[] y, double a, double kt) {
        int m = e.length;
        int lo = lowerIndex(e, a - WINDOW * kt);
        int hi = Math.min(m - 1, lowerIndex(e, a + WINDOW * kt) + 1);
        double x0 = (e[lo] - a) / kt;
        double u0 = Math.exp(-Math.abs(x0));
        double f0 = x0 >= 0 ? u0 / (1.0 + u0) : 1.0 / (1.0 + u0);
        double l0 = x0 >= 0 ? Math.log1p(u0) : Math.log1p(u0) - x0;
        // constant y[lo] below the first node: ∫_{-∞}^{x0} κ = 1 − f(x0)
        double sum = y[lo] * (1.0 - f0);
        for (int j = lo; j < hi; j++) {
            // f(x) = 1/(1 + e^x) and L(x) = ln(1 + e^{−x}) from one exponential of −|x|
            double x1 = (e[j + 1] - a) / kt;
            double u1 = Math.exp(-Math.abs(x1));
            double lg = Math.log1p(u1);
            double f1;
            double l1;
            if (x1 >= 0) {
                f1 = u1 / (1.0 + u1);
                l1 = lg;
            } else {
                f1 = 1.0 / (1.0 + u1);
                l1 = lg - x1;
            }
            double dx = x1 - x0;
            double slope = (y[j + 1] - y[j]) / dx;
            sum += y[j] * (f0 - f1) + slope * (-dx * f1 + l0 - l1);
            x0 = x1;
            f0 = f1;
            l0 = l1;
        }
        // constant y[hi] above the last node: ∫_{x_hi}^{∞} κ = f(x_hi)
        return sum + y[hi] * f0;
    }

    /** The largest index k with e[k] ≤ x (0 if none). */
    private static int lowerIndex(double[] e, double x) {
        int k = java.util.Arrays.binarySearch(e, x);
        if (k >= 0) {
            return k;
        }
        return Math.max(0, -k - 2);
    }
}
