package org.andreev.reproduce;

import java.util.ArrayList;
import java.util.List;
import org.andreev.io.Table;
import org.andreev.material.Material;
import org.andreev.neck.ContactSize;
import org.andreev.neck.Cone;
import org.andreev.neck.NeckShape;
import org.andreev.neck.PlasticStage;
import org.andreev.neck.SlabModel;
import org.andreev.neck.StaircaseAnalysis;
import org.andreev.neck.Trace;

/**
 * The two necks of seed 000, Fig. 1 (the sketch at its top, "as measured from the R_S(z) curves"):
 * a long neck of opening half-angle θ = 35° and a short one of 70°, both of narrowest radius r_min from
 * R = 5 Ω (Sharvin with Pb's λ_F: 6.45 nm) and both meeting the banks at the radius where the 35° neck
 * is 200 nm long (the seed's longest necks). Each is elongated under the slab model (physics.md B2:
 * Pb layers of 0.286 nm with 30 % spread, a fifth of each step elastic, 5 % reversals, 0.3 % noise,
 * seeded) and its staircase read back by {@link StaircaseAnalysis}. Shared by the profile and the
 * staircase figures.
 */
final class Seed000NeckShapes {
    private Seed000NeckShapes() {}

    /** The two opening half-angles of seed Fig. 1, degrees. */
    static final double[] THETA_DEG = {35, 70};
    /** The seed's contact resistance, Ω. */
    static final double RESISTANCE = 5.0;
    /** The long neck's length, m. */
    static final double LONG_LENGTH = 200e-9;
    /** The noise of R, relative (0.3 %: the steps at the narrow end stand out, as in the seed's traces). */
    static final double NOISE = 0.003;

    static final ContactSize CONTACT = ContactSize.sharvin(Material.LEAD);

    /** One neck: its true profile, the staircase it makes, what the analysis reads from it. */
    record Neck(double thetaDeg, Cone truth, double halfLength, Trace trace, NeckShape shape) {}

    static List<Neck> necks() {
        double rMin = CONTACT.radius(RESISTANCE);
        double outer = rMin + 0.5 * LONG_LENGTH * Math.tan(Math.toRadians(THETA_DEG[0]));
        SlabModel model = new SlabModel(SlabModel.PB_LAYER, 0.3, 0.2, 0.05);
        List<Neck> necks = new ArrayList<>();
        for (int i = 0; i < THETA_DEG.length; i++) {
            Cone cone = Cone.ofDegrees(rMin, THETA_DEG[i]);
            double halfLength = SlabModel.halfLengthTo(cone, outer);
            Trace trace = model.elongate(cone, halfLength, CONTACT, 0.02e-9, NOISE, 2026 + i).trace();
            necks.add(new Neck(THETA_DEG[i], cone, halfLength, trace, StaircaseAnalysis.of(CONTACT).analyse(trace)));
        }
        return necks;
    }

    /**
     * The resistance of each point's reconstructed stage, along the stage's line ln A = ln A_k +
     * s_k (z − z̄_k) (its level and elastic slope): the staircase as the analysis reads it.
     */
    static double[] stageResistance(Neck neck) {
        double[] z = neck.trace().z();
        double[] r = new double[z.length];
        List<PlasticStage> stages = neck.shape().stages();
        int k = 0;
        for (int i = 0; i < z.length; i++) {
            while (k + 1 < stages.size() && z[i] > stages.get(k).zEnd()) {
                k++;
            }
            PlasticStage st = stages.get(k);
            double area = st.area() * Math.exp(st.elasticSlope() * (z[i] - 0.5 * (st.zStart() + st.zEnd())));
            r[i] = CONTACT.resistance(Math.sqrt(area / Math.PI));
        }
        return r;
    }

    /** A column of {@code n} copies of {@code value}. */
    static double[] constant(int n, double value) {
        double[] c = new double[n];
        java.util.Arrays.fill(c, value);
        return c;
    }

    /** Concatenates the columns of both necks into one long table (first column: θ in degrees). */
    static Table longTable(List<String> header, List<List<double[]>> perNeck) {
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            int n = 0;
            for (List<double[]> neck : perNeck) {
                n += neck.get(c).length;
            }
            double[] all = new double[n];
            int at = 0;
            for (List<double[]> neck : perNeck) {
                System.arraycopy(neck.get(c), 0, all, at, neck.get(c).length);
                at += neck.get(c).length;
            }
            columns.add(all);
        }
        return new Table(header, columns);
    }
}
