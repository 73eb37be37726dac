package org.andreev.neck;

/**
 * The conduction regime of a neck under field (seed 000, Fig. 3 inset; physics.md B5): the
 * superconducting length L_S against the charge-imbalance length Λ_Q*.
 */
public enum Regime {
    /** L_S ≥ Λ_Q*: phase-slip centres fit into the superconducting part (seed Fig. 2). */
    PS,
    /** 0 &lt; L_S &lt; Λ_Q*: the charge imbalance of the N-S interfaces dominates (seed Fig. 3). */
    NS,
    /** L_S = 0: the field exceeds the critical field even of the narrowest disk; no superconductivity. */
    N;

    /** The regime of a neck with these lengths (m). */
    public static Regime of(double superconductingLength, double chargeImbalanceLength) {
        if (!(superconductingLength > 0)) {
            return N;
        }
        return superconductingLength >= chargeImbalanceLength ? PS : NS;
    }
}
