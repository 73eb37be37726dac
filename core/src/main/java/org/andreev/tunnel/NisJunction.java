package org.andreev.tunnel;

import org.andreev.superconductor.Superconductor;

/**
 * One normal-metal / insulator / superconductor tunnel junction (seed 004, Eqs. 3 and 4;
 * physics.md A2). The bias V is applied to N; N electrons are at T_N, S at T_S.
 *
 * <p>API CONTRACT (stub, to be implemented).
 *
 * @param superconductor the S electrode
 * @param rT             the tunnel (normal-state) resistance R_T, Ω (&gt; 0)
 */
public record NisJunction(Superconductor superconductor, double rT) {

    /** Quasiparticle current I(V), A. */
    public double current(double v, double tN, double tS) {
        throw new UnsupportedOperationException("stub");
    }

    /** Differential conductance dI/dV, S, computed analytically under the integral. */
    public double conductance(double v, double tN, double tS) {
        throw new UnsupportedOperationException("stub");
    }

    /** Heat drawn out of the N electrons P_N(V), W; positive when N is cooled. */
    public double coolingPower(double v, double tN, double tS) {
        throw new UnsupportedOperationException("stub");
    }

    /** Heat deposited into S, P_S = P_N + I V, W. */
    public double heatIntoSuperconductor(double v, double tN, double tS) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * Fills I, dI/dV and P_N at every bias of {@code v}, without allocating per point; the
     * output arrays have the length of {@code v}.
     */
    public void curve(double[] v, double tN, double tS, double[] current, double[] conductance,
            double[] coolingPower) {
        throw new UnsupportedOperationException("stub");
    }
}
