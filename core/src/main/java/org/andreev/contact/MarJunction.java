package org.andreev.contact;

import org.andreev.superconductor.BcsGap;

/**
 * The two superconducting banks of a point contact as the MAR current sees them (physics.md B3):
 * the gaps Δ_L and Δ_R (unequal for a heated neck, physics.md B4), the Dynes broadening η (as a
 * fraction of each bank's gap: Δ_i + iηΔ_i is the complex gap edge) and the temperature T of the
 * quasiparticle occupation. The channel's transmission and the bias are arguments of
 * {@link MarCurrent}, not part of the banks.
 *
 * @param deltaLeft   Δ_L, J (&gt; 0)
 * @param deltaRight  Δ_R, J (&gt; 0)
 * @param eta         Dynes η/Δ, dimensionless (≥ 0; 0 is the BCS limit)
 * @param temperature T, K (≥ 0; 0 is exact zero temperature)
 */
public record MarJunction(double deltaLeft, double deltaRight, double eta, double temperature) {

    /** Validates each quantity, naming it. */
    public MarJunction {
        positive("gap Delta_L", deltaLeft, "J");
        positive("gap Delta_R", deltaRight, "J");
        if (!(eta >= 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("Dynes eta must be >= 0 and finite, got " + eta);
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature T must be >= 0 K and finite, got " + temperature + " K");
        }
    }

    private static void positive(String name, double x, String unit) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(name + " must be > 0 " + unit + " and finite, got " + x + " " + unit);
        }
    }

    /** Equal gaps Δ on both sides. */
    public static MarJunction symmetric(double delta, double eta, double temperature) {
        return new MarJunction(delta, delta, eta, temperature);
    }

    /**
     * Equal gaps Δ(T) from the BCS gap equation ({@link BcsGap#gap}) on both sides.
     *
     * @throws IllegalArgumentException if T ≥ T_c (there is no gap, hence no MAR)
     */
    public static MarJunction bcs(BcsGap gap, double eta, double temperature) {
        return bcs(gap, gap, eta, temperature);
    }

    /**
     * Gaps Δ_L(T), Δ_R(T) of two BCS superconductors ({@link BcsGap#gap}) at one temperature.
     *
     * @throws IllegalArgumentException if T is not below both T_c (a bank without a gap has no MAR)
     */
    public static MarJunction bcs(BcsGap left, BcsGap right, double eta, double temperature) {
        double tc = Math.min(left.tc(), right.tc());
        if (!(temperature < tc)) {
            throw new IllegalArgumentException("temperature T = " + temperature + " K is not below T_c = " + tc
                    + " K: there is no gap, hence no Andreev reflection");
        }
        return new MarJunction(left.gap(temperature), right.gap(temperature), eta, temperature);
    }
}
