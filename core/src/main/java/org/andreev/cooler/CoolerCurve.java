package org.andreev.cooler;

import java.util.ArrayList;
import java.util.List;
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
 * @param converged whether each point converged
 */
public record CoolerCurve(double tBath, double[] v, double[] current, double[] te, double[] tph,
        double[] iqp, double[] ia, double[] pcool, double[] pa, boolean[] converged) {

    /** A curve of {@code v.length} points to be filled. */
    public static CoolerCurve empty(double[] v, double tBath) {
        int n = v.length;
        return new CoolerCurve(tBath, v.clone(), new double[n], new double[n], new double[n], new double[n],
                new double[n], new double[n], new double[n], new boolean[n]);
    }

    void set(int i, OperatingPoint p) {
        current[i] = p.current();
        te[i] = p.te();
        tph[i] = p.tph();
        iqp[i] = p.iqp();
        ia[i] = p.ia();
        pcool[i] = p.pcool();
        pa[i] = p.pa();
        converged[i] = p.converged();
    }

    /** The number of points. */
    public int size() {
        return v.length;
    }

    /** The biases (V) of the points that did not converge; empty when all did. */
    public List<Double> failedBiases() {
        List<Double> failed = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (!converged[i]) {
                failed.add(v[i]);
            }
        }
        return failed;
    }

    /** The curve as the table {@code cooler iv} prints: V[V],I[A],Te[K],Tph[K],Iqp[A],IA[A],Pcool[W],PA[W]. */
    public Table toTable() {
        return new Table(List.of("V[V]", "I[A]", "Te[K]", "Tph[K]", "Iqp[A]", "IA[A]", "Pcool[W]", "PA[W]"),
                List.of(v, current, te, tph, iqp, ia, pcool, pa));
    }
}
