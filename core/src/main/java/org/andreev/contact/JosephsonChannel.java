package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

/**
 * The zero-voltage (Josephson) branch of one channel of a short superconducting contact with equal
 * gaps (physics.md B3): the Andreev bound states ±E_A(φ) and the current they carry in equilibrium,
 * <pre>
 *   E_A = Δ sqrt(1 − τ sin²(φ/2)),
 *   I(φ) = (eΔ/2ħ) τ sin φ / sqrt(1 − τ sin²(φ/2)) · tanh(E_A/2k_BT)
 * </pre>
 * (Beenakker, PRL 67, 3836 (1991), Eqs. 2 and 5; Haberkorn, Knauer, Richter, phys. stat. sol. (a) 47,
 * K161 (1978)). At T = 0, I_c = (eΔ/ħ)(1 − sqrt(1 − τ)); in the tunnel limit I_c R_N = πΔ/2e
 * tanh(Δ/2k_BT) (Ambegaokar–Baratoff) and for τ = 1, I_c = eΔ/ħ (Kulik–Omel'yanchuk KO-2).
 * Stateless.
 */
public final class JosephsonChannel {

    private JosephsonChannel() {}

    /**
     * The bound-state energy E_A(φ) = Δ sqrt(1 − τ sin²(φ/2)), J.
     *
     * @param delta the gap Δ, J
     * @param tau   transmission τ ∈ (0, 1]
     * @param phi   phase difference φ, rad
     */
    public static double boundStateEnergy(double delta, double tau, double phi) {
        double s = Math.sin(0.5 * phi);
        return delta * Math.sqrt(Math.max(0.0, 1.0 - tau * s * s));
    }

    /**
     * The supercurrent I(φ) of one channel at temperature T (class comment), A; the limit
     * φ → π for τ = 1 is taken (I = eΔ/ħ at T = 0, 0 at T &gt; 0, where E_A = 0 has no occupation
     * imbalance).
     *
     * @param delta       the gap Δ(T), J (&gt; 0)
     * @param temperature T, K (≥ 0; 0 is exact)
     * @param tau         transmission τ ∈ (0, 1]
     * @param phi         phase difference φ, rad
     */
    public static double current(double delta, double temperature, double tau, double phi) {
        return E_CHARGE * delta / (2 * HBAR) * reducedCurrent(delta, temperature, tau, phi, false);
    }

    /** dI/dφ, A/rad (analytic). */
    public static double currentSlope(double delta, double temperature, double tau, double phi) {
        return E_CHARGE * delta / (2 * HBAR) * reducedCurrent(delta, temperature, tau, phi, true);
    }

    /** τ sinφ/e · tanh(βe) (or its φ-derivative), e = E_A/Δ, β = Δ/2k_BT. */
    private static double reducedCurrent(double delta, double temperature, double tau, double phi, boolean slope) {
        double s = Math.sin(0.5 * phi);
        double c = Math.cos(0.5 * phi);
        // 1 − τ s² = (1 − τ) + τ c², without cancellation near φ = π
        double e = Math.sqrt((1.0 - tau) + tau * c * c);
        double sinPhi = 2 * s * c;
        double beta = temperature > 0 ? delta / (2 * K_BOLTZMANN * temperature) : Double.POSITIVE_INFINITY;
        double th = temperature > 0 ? Math.tanh(beta * e) : 1.0;
        if (e == 0) {
            // τ = 1, φ = π: sinφ/e → 2 sgn(s)... the one-sided limit is 2|s| tanh(βe) → 2 at T = 0, 0 above
            return slope ? 0.0 : temperature > 0 ? 0.0 : 2.0 * Math.signum(s);
        }
        if (!slope) {
            return tau * sinPhi / e * th;
        }
        double cosPhi = c * c - s * s;
        double de = -tau * sinPhi / (4 * e);
        double sech2 = temperature > 0 ? 1.0 / (Math.cosh(beta * e) * Math.cosh(beta * e)) : 0.0;
        double dTh = temperature > 0 && Double.isFinite(beta * sech2) ? beta * sech2 * de : 0.0;
        return tau * ((cosPhi / e + tau * sinPhi * sinPhi / (4 * e * e * e)) * th + sinPhi / e * dTh);
    }

    /** I_c at T = 0: (eΔ/ħ)(1 − sqrt(1 − τ)), A (written as eΔ/ħ · τ/(1 + sqrt(1 − τ))). */
    public static double criticalCurrentZeroTemperature(double delta, double tau) {
        return E_CHARGE * delta / HBAR * tau / (1.0 + Math.sqrt(1.0 - tau));
    }
}
