package org.andreev.cooler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.andreev.io.Table;

/**
 * A cooler I(V) and its parts at one bath temperature, point by point as in {@link OperatingPoint}
 * (SI units). The arrays are owned by this record and filled by {@link CoolerModel}.
 *
 * @param tBath     the bath temperature, K
 * @param v         total biases, V
 * @param current   device currents, A
 * @param te        electron temperatures, K
 * @param tph       phonon temperatures, K
 * @param iqp       quasiparticle currents, A
 * @param ia        Andreev currents, A
 * @param pcool     heat drawn out of the island by both junctions, W
 * @param pa        Andreev Joule heat, W
 * @param failure   per point, null where T_e converged, else why it did not ({@link OperatingPoint#failure})
 */
public record CoolerCurve(double tBath, double[] v, double[] current, double[] te, double[] tph,
        double[] iqp, double[] ia, double[] pcool, double[] pa, String[] failure) {

    /** How many biases {@link #failureSummary} lists before "...". */
    private static final int LISTED = 3;

    /** A curve of {@code v.length} points to be filled. */
    public static CoolerCurve empty(double[] v, double tBath) {
        int n = v.length;
        return new CoolerCurve(tBath, v.clone(), new double[n], new double[n], new double[n], new double[n],
                new double[n], new double[n], new double[n], new String[n]);
    }

    void set(int i, OperatingPoint p) {
        current[i] = p.current();
        te[i] = p.te();
        tph[i] = p.tph();
        iqp[i] = p.iqp();
        ia[i] = p.ia();
        pcool[i] = p.pcool();
        pa[i] = p.pa();
        failure[i] = p.failure();
    }

    /** The number of points. */
    public int size() {
        return v.length;
    }

    /** Whether T_e converged at point {@code i}. */
    public boolean converged(int i) {
        return failure[i] == null;
    }

    /** The biases (V) of the points that did not converge; empty when all did. */
    public List<Double> failedBiases() {
        List<Double> failed = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (!converged(i)) {
                failed.add(v[i]);
            }
        }
        return failed;
    }

    /**
     * One line saying where T_e did not converge and why: the number of such biases, the first
     * few, and the reason at the first (e.g. "T_e did not converge at 4 of 5 biases (V = 0.0001,
     * 0.0002, 0.0003, ... V) at T_bath = 0.1 K; at V = 0.0001 V: ..."); empty when every point converged.
     */
    public String failureSummary() {
        List<Double> failed = failedBiases();
        if (failed.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < Math.min(LISTED, failed.size()); k++) {
            list.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", failed.get(k)));
        }
        if (failed.size() > LISTED) {
            list.append(", ...");
        }
        int first = 0;
        while (converged(first)) {
            first++;
        }
        return String.format(Locale.ROOT, "T_e did not converge at %d of %d biases (V = %s V) at T_bath = %.6g K;"
                + " at V = %.6g V: %s", failed.size(), v.length, list, tBath, v[first], failure[first]);
    }

    /** The curve as the table {@code cooler iv} prints: V[V],I[A],Te[K],Tph[K],Iqp[A],IA[A],Pcool[W],PA[W]. */
    public Table toTable() {
        return new Table(List.of("V[V]", "I[A]", "Te[K]", "Tph[K]", "Iqp[A]", "IA[A]", "Pcool[W]", "PA[W]"),
                List.of(v, current, te, tph, iqp, ia, pcool, pa));
    }
}
