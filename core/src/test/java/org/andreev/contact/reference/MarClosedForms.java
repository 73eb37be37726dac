package org.andreev.contact.reference;

/**
 * TEST-ONLY: the closed forms of physics.md B3 for one channel of transmission τ, in the reduced
 * units of {@link AverinBardasLadder} (i = e I R_N/Δ, R_N = h/(2e²τ)).
 */
final class MarClosedForms {

    private MarClosedForms() {}

    /**
     * Excess current at T = 0, eV ≫ Δ (Averin &amp; Bardas 1995; Cuevas et al. 1996 Eq. 34;
     * physics.md B3): I_exc = (2eΔ/h) τ²/(1 − τ) [1 − τ²/(2(2 − τ)√(1 − τ)) ln((1 + √(1 − τ))/(1 − √(1 − τ)))],
     * so e I_exc R_N/Δ = I_exc·h/(2eτΔ) is this bracket times τ/(1 − τ); 8/3 at τ = 1.
     */
    static double excessCurrentAsPrinted(double tau) {
        double r = Math.sqrt(1 - tau);
        return tau / (1 - tau) * (1 - tau * tau / (2 * (2 - tau) * r) * Math.log((1 + r) / (1 - r)));
    }

    /**
     * The same excess current rearranged without the cancellation of the printed form at τ → 1
     * (where it is 1/(1 − τ) times a difference that vanishes): with x = 1 − τ, r = √x and
     * h = (artanh(r)/r − 1)/x = Σ_{k≥1} x^{k−1}/(2k + 1),
     * <pre>  e I_exc R_N/Δ = τ (2 + τ − τ² h)/(2 − τ),</pre>
     * 8/3 at τ = 1 and τ + O(τ²) at τ → 0. Agreement with {@link #excessCurrentAsPrinted} is tested.
     */
    static double excessCurrent(double tau) {
        double x = 1 - tau;
        double r = Math.sqrt(x);
        double h;
        if (r < 0.1) {
            h = 0;
            double p = 1;
            for (int k = 1; k < 30; k++) {
                h += p / (2 * k + 1);
                p *= x;
            }
        } else {
            h = (0.5 * Math.log((1 + r) / (1 - r)) / r - 1) / x;
        }
        return tau * (2 + tau - tau * tau * h) / (2 - tau);
    }

    /** Andreev bound state E_A/Δ = √(1 − τ sin²(φ/2)) (physics.md B3). */
    static double boundState(double tau, double phi) {
        double s = Math.sin(phi / 2);
        return Math.sqrt(1 - tau * s * s);
    }

    /**
     * Supercurrent of one channel, I(φ) = (eΔ/2ħ) τ sin φ/(E_A/Δ) tanh(E_A/2k_BT) (physics.md B3;
     * Beenakker &amp; van Houten 1991), reduced as e I R_N/Δ = π I/(τ eΔ/ħ): π sin φ tanh(E_A/2t)/(2 E_A).
     *
     * @param t k_BT/Δ, 0 exact
     */
    static double supercurrent(double tau, double phi, double t) {
        double ea = boundState(tau, phi);
        double thermal = t == 0 ? 1 : Math.tanh(ea / (2 * t));
        return Math.PI * Math.sin(phi) * thermal / (2 * ea);
    }

    /** I_c(T = 0) = (eΔ/ħ)(1 − √(1 − τ)), reduced: π(1 − √(1 − τ))/τ = π/(1 + √(1 − τ)). */
    static double criticalCurrentT0(double tau) {
        return Math.PI / (1 + Math.sqrt(1 - tau));
    }
}
