package org.andreev.tunnel;

import java.util.List;
import org.andreev.io.Table;
import org.andreev.superconductor.Superconductor;

/**
 * One N-I-S tunnel junction as a device: the quasiparticle current of {@link NisJunction}
 * (physics.md A1, A2; seed 004 Eq. 3) and, optionally, the phase-coherent Andreev current of the
 * same junction on its diffusive normal-metal wire ({@link AndreevTerm}, physics.md A4), which
 * shares Δ and R_T with it. This is the seed's probe junction of Fig. 1 and Fig. 2 left, fitted
 * there with I_T + I_A. Every parameter is declared once in {@link NisDeviceFile#TABLE} (the keys in
 * the comments), which gives the device file, {@code nis params} and the options of {@code nis iv}
 * and {@code nis fit}.
 *
 * <p>The Andreev term is written for an unsplit BCS gap (F_S = Δ/sqrt(Δ² − E²)): with it, the
 * exchange splitting h must be 0. The quasiparticle Dynes γ/Δ does not enter it (its own
 * regularisation is {@code andreev_form}).
 *
 * @param delta    {@code delta}: the gap Δ, J (&gt; 0)
 * @param dynes    {@code dynes}: Dynes γ/Δ of the quasiparticle DOS (≥ 0)
 * @param exchange {@code h}: exchange splitting h, J (≥ 0; 0 with an Andreev term)
 * @param rT       {@code rt}: the tunnel resistance R_T, Ω (&gt; 0)
 * @param andreev  the Andreev term ({@code m}, {@code lphi}, {@code diffusion}, {@code dos_total},
 *                 {@code wire_width}, {@code wire_thickness}, {@code geometry}, ...), or null for none
 */
public record NisDevice(double delta, double dynes, double exchange, double rT, AndreevTerm andreev) {

    /** Validates, naming the device-file keys. */
    public NisDevice {
        AndreevJunction.positive("delta", delta, "J");
        if (!(dynes >= 0) || Double.isInfinite(dynes)) {
            throw new IllegalArgumentException("dynes must be >= 0, got " + dynes);
        }
        if (!(exchange >= 0) || Double.isInfinite(exchange)) {
            throw new IllegalArgumentException("h must be >= 0 J, got " + exchange);
        }
        AndreevJunction.positive("rt", rT, "Ohm");
        if (andreev != null && exchange != 0) {
            throw new IllegalArgumentException("h must be 0 with the Andreev term (m, lphi, ...: physics.md A4 is"
                    + " written for an unsplit gap), got " + exchange + " J");
        }
        new NisJunction(new Superconductor(delta, dynes, exchange), rT); // its own limits (γ/Δ range, overflow)
    }

    /** A junction with the quasiparticle current only. */
    public static NisDevice quasiparticles(Superconductor s, double rT) {
        return new NisDevice(s.delta(), s.dynes(), s.exchange(), rT, null);
    }

    /** Whether the junction has the phase-coherent Andreev term. */
    public boolean hasAndreev() {
        return andreev != null;
    }

    /** The superconducting electrode. */
    public Superconductor superconductor() {
        return new Superconductor(delta, dynes, exchange);
    }

    /** The quasiparticle tunnelling of this junction (physics.md A2). */
    public NisJunction tunnelJunction() {
        return new NisJunction(superconductor(), rT);
    }

    /** The Andreev current of this junction (physics.md A4). */
    public AndreevJunction andreevJunction() {
        if (andreev == null) {
            throw new IllegalStateException("this junction has no Andreev term (m, lphi, diffusion, dos_total,"
                    + " wire_width, wire_thickness)");
        }
        return andreev.junction(delta, rT);
    }

    /** This junction with another tunnel resistance (Ω). */
    public NisDevice withRT(double r) {
        return new NisDevice(delta, dynes, exchange, r, andreev);
    }

    /** This junction with another Andreev term (null: none). */
    public NisDevice withAndreev(AndreevTerm term) {
        return new NisDevice(delta, dynes, exchange, rT, term);
    }

    /**
     * The total current I = I_qp + I_A (A) and dI/dV (S) at every bias of {@code v} (V), N electrons
     * at {@code tN}, S at {@code tS} (K; I_A depends on T_N only); either output may be null.
     */
    public void curve(double[] v, double tN, double tS, double[] current, double[] conductance) {
        tunnelJunction().curve(v, tN, tS, current, conductance, null);
        if (andreev == null) {
            return;
        }
        double[] ia = current == null ? null : new double[v.length];
        double[] ga = conductance == null ? null : new double[v.length];
        andreevJunction().curve(v, tN, ia, ga);
        for (int k = 0; k < v.length; k++) {
            if (current != null) {
                current[k] += ia[k];
            }
            if (conductance != null) {
                conductance[k] += ga[k];
            }
        }
    }

    /** Every quantity of the curve at the biases {@code v} (V): {@link Curve}. */
    public Curve curve(double[] v, double tN, double tS) {
        int n = v.length;
        double[] iqp = new double[n];
        double[] gqp = new double[n];
        double[] pcool = new double[n];
        tunnelJunction().curve(v, tN, tS, iqp, gqp, pcool);
        double[] ia = new double[n];
        double[] ga = new double[n];
        if (andreev != null) {
            andreevJunction().curve(v, tN, ia, ga);
        }
        double[] i = new double[n];
        double[] g = new double[n];
        double[] pa = new double[n];
        for (int k = 0; k < n; k++) {
            i[k] = iqp[k] + ia[k];
            g[k] = gqp[k] + ga[k];
            pa[k] = ia[k] * v[k];
        }
        return new Curve(v.clone(), i, g, pcool, iqp, ia, pa, andreev != null);
    }

    /**
     * One computed curve.
     *
     * @param v            biases, V
     * @param current      I = I_qp + I_A, A
     * @param conductance  dI/dV of both, S
     * @param coolingPower P_N of the quasiparticles (heat drawn out of N, &gt; 0 cooling; seed Eq. 4), W
     * @param quasiparticleCurrent I_qp, A
     * @param andreevCurrent I_A, A (0 without the term)
     * @param andreevHeat  P_A = I_A V, the Andreev current's Joule heat deposited in N (seed 004 §5), W
     * @param andreev      whether the junction has the Andreev term
     */
    public record Curve(double[] v, double[] current, double[] conductance, double[] coolingPower,
            double[] quasiparticleCurrent, double[] andreevCurrent, double[] andreevHeat, boolean andreev) {

        /**
         * The table: V[V],I[A],dIdV[S],Pcool[W], and with the Andreev term also Iqp[A],IA[A],PA[W]
         * (Pcool is the quasiparticles' cooling power; the net cooling of N is Pcool − PA).
         */
        public Table table() {
            if (!andreev) {
                return new Table(List.of("V[V]", "I[A]", "dIdV[S]", "Pcool[W]"), List.of(v, current, conductance,
                        coolingPower));
            }
            return new Table(List.of("V[V]", "I[A]", "dIdV[S]", "Pcool[W]", "Iqp[A]", "IA[A]", "PA[W]"),
                    List.of(v, current, conductance, coolingPower, quasiparticleCurrent, andreevCurrent, andreevHeat));
        }
    }
}
