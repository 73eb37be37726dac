package org.andreev.io;

import java.util.List;

/**
 * Curves y(x) keyed by an outer quantity, e.g. conductance G(V) at each magnetic field B of a map
 * measured column by column. Keys are SI, strictly increasing.
 *
 * @param keys   outer values, strictly increasing
 * @param curves one curve per key
 */
public record CurveMap(double[] keys, List<Curve> curves) {

    /** Validates: as many curves as keys, keys finite and strictly increasing. */
    public CurveMap {
        if (keys == null || curves == null || keys.length != curves.size() || keys.length == 0) {
            throw new IllegalArgumentException("a curve map needs one curve per key, at least one");
        }
        for (int k = 0; k < keys.length; k++) {
            if (!Double.isFinite(keys[k]) || (k > 0 && !(keys[k] > keys[k - 1]))) {
                throw new IllegalArgumentException("curve map keys must be finite and increasing, key "
                        + (k + 1) + " is " + keys[k]);
            }
        }
        curves = List.copyOf(curves);
    }

    /** Number of curves. */
    public int size() {
        return keys.length;
    }

    /** The curve whose key is nearest to {@code key}. */
    public Curve nearest(double key) {
        int best = 0;
        for (int k = 1; k < keys.length; k++) {
            if (Math.abs(keys[k] - key) < Math.abs(keys[best] - key)) {
                best = k;
            }
        }
        return curves.get(best);
    }
}
