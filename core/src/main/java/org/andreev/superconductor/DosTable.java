package org.andreev.superconductor;

import java.util.Arrays;

/**
 * A normalised density of states n(E), even in E, tabulated at energies 0 = E_0 &lt; … &lt; E_m
 * (J) and interpolated linearly between them; above E_m it is taken as n(E_m) (the caller makes
 * the table wide enough). Made by {@link UsadelSuperconductor#table}, whose tolerance bounds the
 * interpolation error.
 *
 * @param energies ascending energies, J, starting at 0 (copied)
 * @param values   n at those energies (≥ 0, finite; copied)
 */
public record DosTable(double[] energies, double[] values) {

    /** Validates: same length ≥ 2, energies ascending from 0, values finite and ≥ 0. */
    public DosTable {
        if (energies.length != values.length || energies.length < 2) {
            throw new IllegalArgumentException("a DOS table needs >= 2 energies and as many values");
        }
        if (energies[0] != 0) {
            throw new IllegalArgumentException("a DOS table starts at E = 0, got " + energies[0]);
        }
        for (int k = 0; k < energies.length; k++) {
            if (k > 0 && !(energies[k] > energies[k - 1])) {
                throw new IllegalArgumentException("DOS table energies must ascend, at index " + k);
            }
            if (!(values[k] >= 0) || Double.isInfinite(values[k])) {
                throw new IllegalArgumentException("DOS value must be finite and >= 0, got " + values[k] + " at E = " + energies[k]);
            }
        }
        energies = energies.clone();
        values = values.clone();
    }

    @Override
    public double[] energies() {
        return energies.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The number of nodes. */
    public int size() {
        return energies.length;
    }

    /** The highest tabulated energy, J. */
    public double maxEnergy() {
        return energies[energies.length - 1];
    }

    /** n(E) by linear interpolation, even in E. */
    public double value(double e) {
        double x = Math.abs(e);
        int k = Arrays.binarySearch(energies, x);
        if (k >= 0) {
            return values[k];
        }
        int hi = -k - 1;
        if (hi >= energies.length) {
            return values[values.length - 1];
        }
        int lo = hi - 1;
        double w = (x - energies[lo]) / (energies[hi] - energies[lo]);
        return values[lo] + w * (values[hi] - values[lo]);
    }
}
