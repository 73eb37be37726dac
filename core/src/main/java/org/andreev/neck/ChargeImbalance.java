package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

/**
 * The charge-imbalance length Λ_Q* of a superconductor with pair breaking (Kadin, Smith &amp;
 * Skocpol, J. Low Temp. Phys. 38, 497 (1980); seed 000; physics.md B5):
 * <pre>
 *   Λ_Q* = sqrt(D τ_Q*),   D = v_F ℓ/3,   τ_Q* = (4/π)(k_B T/Δ(T)) τ,
 * </pre>
 * with τ the relaxation time that pair breaking (rate 1/τ_PB) shortens from τ_E-P:
 * <ul>
 *   <li>{@link Form#SEED} (default): τ = sqrt(τ_E-P/(2(1/τ_PB + 1/τ_E-P))), as printed in seed 000.
 *       It does <b>not</b> return τ_E-P as τ_PB → ∞ but τ_E-P/√2 (Λ_Q* smaller by 2^{1/4} = 1.19);
 *       implemented as printed, as the spec asks.</li>
 *   <li>{@link Form#TAU_EP_LIMIT}: τ = τ_E-P/sqrt(1 + 2τ_E-P/τ_PB) = sqrt(τ_E-P/(2/τ_PB + 1/τ_E-P)),
 *       the reading in which the factor 2 belongs to the pair-breaking rate only; it gives τ_E-P at
 *       τ_PB → ∞ and the seed's form's sqrt(τ_E-P τ_PB/2) when pair breaking dominates.</li>
 * </ul>
 * Both fall like τ_PB^{1/4}, i.e. Λ_Q* ∝ 1/sqrt(H), when the field pair breaking of
 * {@link #fieldPairBreaking} dominates (seed 000: "ΛQ* decreases more rapidly with field ∼ 1/√H").
 * Δ(T) is the BCS curve of the material ({@link org.andreev.material.Material#gap(double)}), not
 * reduced by the field (the seed's estimate does the same).
 *
 * @param superconductor the material's constants
 * @param form           which pair-breaking form
 */
public record ChargeImbalance(NeckSuperconductor superconductor, Form form) {

    /** How pair breaking enters the relaxation time (class comment). */
    public enum Form {
        /** τ = sqrt(τ_E-P/(2(1/τ_PB + 1/τ_E-P))), seed 000 as printed. */
        SEED,
        /** τ = τ_E-P/sqrt(1 + 2τ_E-P/τ_PB), which returns τ_E-P without pair breaking. */
        TAU_EP_LIMIT
    }

    /** Validates. */
    public ChargeImbalance {
        if (superconductor == null || form == null) {
            throw new IllegalArgumentException("charge imbalance needs a superconductor and a pair-breaking form");
        }
    }

    /**
     * The field pair-breaking energy of a wire of diameter w in a field μ0H,
     * ħ/τ_PB = D e² (μ0H)² w²/(6ħ), J (physics.md B5; de Gennes, <i>Superconductivity of Metals and
     * Alloys</i> (1966), §8 for a thin cylinder).
     *
     * @param field μ0H, T
     * @param width w, m (&gt; 0)
     */
    public double fieldPairBreaking(double field, double width) {
        if (!Double.isFinite(field)) {
            throw new IllegalArgumentException("field mu0 H must be finite, got " + field);
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("pair-breaking width w must be > 0 m and finite, got " + width);
        }
        double eb = E_CHARGE * field * width;
        return superconductor.diffusionConstant() * eb * eb / (6 * HBAR);
    }

    /**
     * The relaxation time τ of the form (class comment) at pair-breaking energy ħ/τ_PB, s.
     *
     * @param pairBreaking ħ/τ_PB, J (≥ 0; 0 for none)
     */
    public double relaxationTime(double pairBreaking) {
        if (!(pairBreaking >= 0) || Double.isInfinite(pairBreaking)) {
            throw new IllegalArgumentException("pair-breaking energy hbar/tau_PB must be >= 0 J and finite, got "
                    + pairBreaking);
        }
        double tauEp = superconductor.material().electronPhononTime();
        double ratePb = pairBreaking / HBAR;
        return switch (form) {
            case SEED -> Math.sqrt(tauEp / (2 * (ratePb + 1 / tauEp)));
            case TAU_EP_LIMIT -> tauEp / Math.sqrt(1 + 2 * tauEp * ratePb);
        };
    }

    /**
     * τ_Q* = (4/π)(k_B T/Δ(T)) τ, s (class comment).
     *
     * @throws IllegalArgumentException at T ≤ 0 or T ≥ T_c (no charge imbalance without a gap)
     */
    public double chargeImbalanceTime(double temperature, double pairBreaking) {
        double tc = superconductor.criticalTemperature();
        if (!(temperature > 0 && temperature < tc)) {
            throw new IllegalArgumentException("temperature must be in (0, T_c = " + tc + " K) for a charge-imbalance"
                    + " length, got " + temperature + " K");
        }
        double gap = superconductor.material().gap(temperature);
        if (!(gap > 0)) {
            throw new IllegalArgumentException("the gap vanishes at " + temperature + " K (T_c = " + tc + " K)");
        }
        return 4 / Math.PI * K_BOLTZMANN * temperature / gap * relaxationTime(pairBreaking);
    }

    /**
     * Λ_Q* = sqrt(D τ_Q*), m (class comment), at temperature T and pair-breaking energy ħ/τ_PB (J).
     * Pb at k_BT = Δ(T) without pair breaking, {@link Form#TAU_EP_LIMIT}: 441 nm (the seed's
     * "Λ_Q* &gt; 430 nm").
     */
    public double length(double temperature, double pairBreaking) {
        return Math.sqrt(superconductor.diffusionConstant() * chargeImbalanceTime(temperature, pairBreaking));
    }

    /**
     * The seed's own estimate of Λ_Q* (seed 000, the paragraph on Fig. 2): at the temperature where
     * k_BT = Δ(T) (6.73 K for Pb; "Λ_Q* &gt; 430 nm") with the pair breaking ħ/τ_PB = 0.2 k_BT_c it takes
     * for the field range of Fig. 2 ("a reduction of Λ_Q* by a factor of 2"), m: 240 nm for Pb with
     * {@link Form#SEED}, 245 nm with {@link Form#TAU_EP_LIMIT}.
     */
    public double seedEstimate() {
        double tc = superconductor.criticalTemperature();
        org.andreev.numeric.RootSolver.Root t = org.andreev.numeric.RootSolver.relative(1e-12).solve(
                x -> K_BOLTZMANN * x - superconductor.material().gap(x), 0.5 * tc, tc * (1 - 1e-9));
        if (!t.converged()) {
            throw new IllegalArgumentException("no temperature with k_B T = Delta(T) below T_c for "
                    + superconductor.material().name());
        }
        return length(t.x(), 0.2 * K_BOLTZMANN * tc);
    }

    /** Λ_Q* in a field μ0H for a wire of diameter w: {@link #length} at {@link #fieldPairBreaking}. */
    public double lengthInField(double temperature, double field, double width) {
        return length(temperature, fieldPairBreaking(field, width));
    }
}
