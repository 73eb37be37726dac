package org.andreev.cooler;

/**
 * The steady state of an S-I-N-I-S cooler at one total bias (physics.md A5).
 *
 * @param v         the total bias across the device, V
 * @param current   the device current I = I_qp + I_A + V/R_leak, A
 * @param te        the island electron temperature T_e, K
 * @param tph       the island phonon temperature T_ph, K
 * @param iqp       the quasiparticle current I_qp(V/2; T_e), A
 * @param ia        the Andreev current I_A(V/2; T_e), A
 * @param pcool     the heat drawn out of the island by both junctions, 2 P_N(V/2; T_e), W
 * @param pa        the Andreev Joule heat I_A·V deposited in the island, W
 * @param failure   null when T_e was found to the solver's tolerance; else why it was not (one
 *                  phrase), and the other fields are those of the last iterate and must not be
 *                  taken as a solution
 */
public record OperatingPoint(double v, double current, double te, double tph, double iqp, double ia,
        double pcool, double pa, String failure) {

    /** Whether T_e was found to the solver's tolerance. */
    public boolean converged() {
        return failure == null;
    }
}
