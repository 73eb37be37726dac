package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.andreev.superconductor.Superconductor;
import org.andreev.superconductor.UsadelSuperconductor;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The tunnel current and conductance onto a tabulated Usadel DOS (physics.md A8) against the
 * closed-form spin-split Dynes kernel of {@link NisJunction} (verified to 1e-8 against an adaptive
 * reference), where the two models coincide (no scattering rates).
 */
class UsadelNisJunctionTest {

    private static final double DELTA = 0.28e-3 * E_CHARGE;

    /**
     * Seeded random Dynes ratios, splittings and temperatures, 201-point curves to ±3Δ: G and I
     * agree with NisJunction to 1e-5 of G_N and of Δ/(eR_T). The error budget is the table's
     * linear-interpolation tolerance 1e-5 of max(1, n_S), magnified near the narrow gap-edge peaks
     * (n_S up to ~1/sqrt(2g)); max and rms are printed.
     */
    @Test
    void matchesTheClosedFormSpinSplitDynesKernel() {
        Random random = new Random(9);
        double rT = 1e4;
        double maxG = 0;
        double maxI = 0;
        double sumSq = 0;
        int count = 0;
        for (int trial = 0; trial < 12; trial++) {
            double g = Math.pow(10, -3 + 2 * random.nextDouble());
            double h = 0.5 * random.nextDouble() * DELTA;
            double t = (0.01 + 0.2 * random.nextDouble()) * DELTA / org.andreev.units.PhysicalConstants.K_BOLTZMANN;
            Superconductor s = new Superconductor(DELTA, g, h);
            NisJunction reference = new NisJunction(s, rT);
            UsadelNisJunction usadel = new UsadelNisJunction(UsadelSuperconductor.of(s), rT, 0.0);
            double[] v = new double[201];
            for (int k = 0; k < v.length; k++) {
                v[k] = (-3 + 6.0 * k / (v.length - 1)) * DELTA / E_CHARGE;
            }
            double[] iRef = new double[v.length];
            double[] gRef = new double[v.length];
            reference.curve(v, t, t, iRef, gRef, null);
            double[] i = new double[v.length];
            double[] gg = new double[v.length];
            usadel.curve(v, t, i, gg);
            for (int k = 0; k < v.length; k++) {
                double eg = Math.abs(gg[k] - gRef[k]) * rT;
                double ei = Math.abs(i[k] - iRef[k]) * rT * E_CHARGE / DELTA;
                maxG = Math.max(maxG, eg);
                maxI = Math.max(maxI, ei);
                sumSq += eg * eg;
                count++;
            }
        }
        System.out.printf("Usadel tunnel kernel vs NisJunction: max |dG| R_T %.2e (rms %.2e), max |dI| eR_T/Delta %.2e%n",
                maxG, Math.sqrt(sumSq / count), maxI);
        assertThat(maxG).isLessThan(1e-5);
        assertThat(maxI).isLessThan(1e-5);
    }

    /**
     * The fit's table tolerance ({@link UsadelNisJunction#FIT_TABLE_TOLERANCE}, 1e-4): against the same
     * closed-form kernel as above, over the same seeded Dynes ratios, splittings and temperatures, G and I
     * agree to 1e-4 of G_N and of Δ/(eR_T) (max and rms printed), a table reused for a second curve
     * at other biases gives the same values as a fresh one, and a table too short is refused.
     */
    @Test
    void theFitTableToleranceKeepsTheCurveWithinItsStatedError() {
        Random random = new Random(9);
        double rT = 1e4;
        double maxG = 0;
        double maxI = 0;
        double sumSq = 0;
        int count = 0;
        for (int trial = 0; trial < 12; trial++) {
            double g = Math.pow(10, -3 + 2 * random.nextDouble());
            double h = 0.5 * random.nextDouble() * DELTA;
            double t = (0.01 + 0.2 * random.nextDouble()) * DELTA / org.andreev.units.PhysicalConstants.K_BOLTZMANN;
            Superconductor s = new Superconductor(DELTA, g, h);
            UsadelNisJunction usadel = new UsadelNisJunction(UsadelSuperconductor.of(s), rT, 0.0);
            double[] v = new double[201];
            for (int k = 0; k < v.length; k++) {
                v[k] = (-3 + 6.0 * k / (v.length - 1)) * DELTA / E_CHARGE;
            }
            double[] iRef = new double[v.length];
            double[] gRef = new double[v.length];
            new NisJunction(s, rT).curve(v, t, t, iRef, gRef, null);
            var table = usadel.superconductor().table(usadel.tableRange(v, t), UsadelNisJunction.FIT_TABLE_TOLERANCE);
            double[] i = new double[v.length];
            double[] gg = new double[v.length];
            usadel.curve(table, v, t, i, gg);
            for (int k = 0; k < v.length; k++) {
                double eg = Math.abs(gg[k] - gRef[k]) * rT;
                maxG = Math.max(maxG, eg);
                maxI = Math.max(maxI, Math.abs(i[k] - iRef[k]) * rT * E_CHARGE / DELTA);
                sumSq += eg * eg;
                count++;
            }
            double[] half = java.util.Arrays.stream(v).map(x -> 0.5 * x).toArray();
            double[] again = new double[v.length];
            double[] fresh = new double[v.length];
            usadel.curve(table, half, t, null, again);
            usadel.curve(usadel.superconductor().table(usadel.tableRange(half, t), UsadelNisJunction.FIT_TABLE_TOLERANCE),
                    half, t, null, fresh);
            for (int k = 0; k < v.length; k++) {
                assertThat(again[k] * rT).isCloseTo(fresh[k] * rT, Offset.offset(1e-4));
            }
        }
        System.out.printf("Usadel kernel at the fit tolerance vs NisJunction: max |dG| R_T %.2e (rms %.2e), max |dI| eR_T/Delta %.2e%n",
                maxG, Math.sqrt(sumSq / count), maxI);
        assertThat(maxG).isLessThan(1e-4);
        assertThat(maxI).isLessThan(1e-4);
        UsadelNisJunction j = new UsadelNisJunction(new UsadelSuperconductor(DELTA, 0, 1e-3 * DELTA, 0, 0, 0), rT, 0);
        var shortTable = j.superconductor().table(2 * DELTA, 1e-4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> j.curve(shortTable, new double[] {3e-3}, 0.1, null,
                new double[1])).hasMessageContaining("DOS table reaches");
    }

    /** The normal fraction enters as G = x_N/R_T + (1 − x_N) G_S and I = x_N V/R_T + (1 − x_N) I_S. */
    @Test
    void normalFractionIsAParallelOhmicPath() {
        UsadelSuperconductor s = new UsadelSuperconductor(DELTA, 0.3 * DELTA, 1e-3 * DELTA, 0.04 * DELTA, 0.16 * DELTA, 0);
        double[] v = {-4e-4, -1e-4, 0, 2e-4, 3e-4, 5e-4};
        double[] i0 = new double[v.length];
        double[] g0 = new double[v.length];
        double[] i1 = new double[v.length];
        double[] g1 = new double[v.length];
        new UsadelNisJunction(s, 1e4, 0).curve(v, 0.04, i0, g0);
        new UsadelNisJunction(s, 1e4, 0.1).curve(v, 0.04, i1, g1);
        for (int k = 0; k < v.length; k++) {
            assertThat(g1[k]).isCloseTo(0.1 / 1e4 + 0.9 * g0[k], Offset.offset(1e-15));
            assertThat(i1[k]).isCloseTo(0.1 * v[k] / 1e4 + 0.9 * i0[k], Offset.offset(1e-15));
        }
    }

    /** dI/dV is the derivative of I (central differences, error O(δV²)). */
    @Test
    void conductanceIsTheDerivativeOfTheCurrent() {
        UsadelSuperconductor s = new UsadelSuperconductor(DELTA, 0.3 * DELTA, 1e-3 * DELTA, 0.04 * DELTA, 0.16 * DELTA, 0.01 * DELTA);
        UsadelNisJunction j = new UsadelNisJunction(s, 1e4, 0.01);
        double dv = 1e-7;
        for (double v0 : new double[] {1e-4, 2.5e-4, 3.2e-4, 6e-4}) {
            double[] v = {v0 - dv, v0, v0 + dv};
            double[] i = new double[3];
            double[] g = new double[3];
            j.curve(v, 0.1, i, g);
            assertThat((i[2] - i[0]) / (2 * dv)).isCloseTo(g[1], Offset.offset(2e-5 / 1e4));
        }
    }

    @Test
    void refusesBadInput() {
        UsadelSuperconductor s = new UsadelSuperconductor(DELTA, 0, 1e-3 * DELTA, 0, 0, 0);
        assertThatThrownBy(() -> new UsadelNisJunction(s, 0, 0)).hasMessageContaining("R_T");
        assertThatThrownBy(() -> new UsadelNisJunction(s, 1, 1.5)).hasMessageContaining("x_N");
        assertThatThrownBy(() -> new UsadelNisJunction(s, 1, 0).curve(new double[] {0}, 0, null, new double[1]))
                .hasMessageContaining("T_N");
    }
}
