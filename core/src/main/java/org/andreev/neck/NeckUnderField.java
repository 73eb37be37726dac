package org.andreev.neck;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.andreev.neck.NeckSuperconductor.Orientation;
import org.andreev.numeric.RootSolver;

/**
 * A neck of given profile in a magnetic field above the bulk critical field (physics.md B5; seed
 * 000, Fig. 3 inset): the banks are normal, the part of the neck narrower than
 * r_c = c λ(T) H_c(T)/H stays superconducting (each disk has its own critical field,
 * {@link NeckSuperconductor#diskCriticalField}), and its length L_S(H) is compared with the
 * charge-imbalance length Λ_Q*(T, H) ({@link ChargeImbalance}) to tell the phase-slip regime from
 * the N-S regime ({@link Regime}). For a cone, L_S = 2(r_c − r_0)/tan θ ≈ 8λH_c/(H tan θ).
 *
 * <p>The field pair breaking ħ/τ_PB = D e²(μ0H)²w²/(6ħ) needs a wire diameter w; the neck is not a
 * wire of one diameter, so w is a parameter, by default the diameter 2r_min of the contact
 * (<i>interpretation</i>: the narrowest part, where phase slips nucleate and pair breaking is
 * weakest; it makes Λ_Q* an upper estimate).
 *
 * <p><b>Λ_Q*, two readings.</b> By default (the spec's reading) Λ_Q* is the formula of
 * {@link ChargeImbalance} at the neck's temperature with the field pair breaking of a wire of width
 * w. The seed itself estimates Λ_Q* differently: near T_c (k_BT ≈ Δ: "Λ_Q* &gt; 430 nm") and reduced
 * "by a factor of 2" by a pair breaking ħ/τ_PB = 0.2 k_BT_c "in the field range of Fig. 2", i.e. about
 * 240 nm, "comparable to the overall length of our structures"
 * ({@link ChargeImbalance#seedEstimate}); {@link #withSeedChargeImbalanceEstimate()} uses that fixed
 * value at every field. With it the crossover of the seed-000 neck moves from 0.41 T to 0.28 T, next to
 * the seed's Fig. 3 (0.23–0.29 T), and its N-S peak to 2.8–3.1 mV (see {@link PhaseSlipSweeps}).
 *
 * @param superconductor    material constants and the clean/dirty limit
 * @param profile           the neck's r(x)
 * @param orientation       axial or transverse field
 * @param form              the pair-breaking form of Λ_Q*
 * @param pairBreakingWidth w, m (&gt; 0)
 * @param fixedChargeImbalanceLength Λ_Q* used at every field instead of the formula, m; NaN for the formula
 */
public record NeckUnderField(NeckSuperconductor superconductor, NeckProfile profile, Orientation orientation,
        ChargeImbalance.Form form, double pairBreakingWidth, double fixedChargeImbalanceLength) {

    /** A neck with Λ_Q* from the formula (the spec's reading). */
    public NeckUnderField(NeckSuperconductor superconductor, NeckProfile profile, Orientation orientation,
            ChargeImbalance.Form form, double pairBreakingWidth) {
        this(superconductor, profile, orientation, form, pairBreakingWidth, Double.NaN);
    }

    /** One field point: μ0H (T), L_S (m), Λ_Q* (m) and the regime. */
    public record Point(double field, double superconductingLength, double chargeImbalanceLength, Regime regime) {}

    /** Validates. */
    public NeckUnderField {
        if (superconductor == null || profile == null || orientation == null || form == null) {
            throw new IllegalArgumentException("a neck under field needs a superconductor, a profile, an orientation"
                    + " and a pair-breaking form");
        }
        if (!(pairBreakingWidth > 0) || Double.isInfinite(pairBreakingWidth)) {
            throw new IllegalArgumentException("pair-breaking width w must be > 0 m and finite, got "
                    + pairBreakingWidth);
        }
        if (!Double.isNaN(fixedChargeImbalanceLength)
                && (!(fixedChargeImbalanceLength > 0) || Double.isInfinite(fixedChargeImbalanceLength))) {
            throw new IllegalArgumentException("a fixed charge-imbalance length must be > 0 m and finite (or NaN for"
                    + " the formula), got " + fixedChargeImbalanceLength);
        }
    }

    /** This neck with Λ_Q* fixed at {@code length} (m) at every field, or NaN for the formula. */
    public NeckUnderField withChargeImbalanceLength(double length) {
        return new NeckUnderField(superconductor, profile, orientation, form, pairBreakingWidth, length);
    }

    /** This neck with the seed's own estimate of Λ_Q* at every field ({@link ChargeImbalance#seedEstimate}). */
    public NeckUnderField withSeedChargeImbalanceEstimate() {
        return withChargeImbalanceLength(chargeImbalance().seedEstimate());
    }

    /** The defaults: axial field, the seed's pair-breaking form, w = 2r_min. */
    public static NeckUnderField of(NeckSuperconductor superconductor, NeckProfile profile) {
        return new NeckUnderField(superconductor, profile, Orientation.AXIAL, ChargeImbalance.Form.SEED,
                2 * profile.minimumRadius());
    }

    /** This neck with another field orientation. */
    public NeckUnderField withOrientation(Orientation o) {
        return new NeckUnderField(superconductor, profile, o, form, pairBreakingWidth, fixedChargeImbalanceLength);
    }

    /** This neck with another pair-breaking form. */
    public NeckUnderField withForm(ChargeImbalance.Form f) {
        return new NeckUnderField(superconductor, profile, orientation, f, pairBreakingWidth, fixedChargeImbalanceLength);
    }

    /** This neck with pair-breaking width w (m). */
    public NeckUnderField withPairBreakingWidth(double w) {
        return new NeckUnderField(superconductor, profile, orientation, form, w, fixedChargeImbalanceLength);
    }

    /** The charge-imbalance model of this neck. */
    public ChargeImbalance chargeImbalance() {
        return new ChargeImbalance(superconductor, form);
    }

    /**
     * The largest superconducting radius r_c(T, H), m.
     *
     * @throws IllegalArgumentException unless H_c(T) &lt; H (the model needs normal banks)
     */
    public double criticalRadius(double temperature, double field) {
        double hc = superconductor.criticalField(temperature);
        if (!(Math.abs(field) > hc) || Double.isInfinite(field)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "field %s T is not above the bulk critical field mu0 H_c(%s K) = %.4g T: the banks are"
                            + " superconducting, and a neck's superconducting length needs normal banks",
                    field, temperature, hc));
        }
        return superconductor.criticalRadius(temperature, Math.abs(field), orientation);
    }

    /** L_S(T, H): the length of the profile narrower than {@link #criticalRadius}, m. */
    public double superconductingLength(double temperature, double field) {
        return profile.lengthNarrowerThan(criticalRadius(temperature, field));
    }

    /**
     * Λ_Q*(T, H) with the field pair breaking of a wire of diameter {@link #pairBreakingWidth}, m; the
     * fixed value instead when one is set ({@link #withChargeImbalanceLength}).
     */
    public double chargeImbalanceLength(double temperature, double field) {
        if (!Double.isNaN(fixedChargeImbalanceLength)) {
            return fixedChargeImbalanceLength;
        }
        return chargeImbalance().lengthInField(temperature, field, pairBreakingWidth);
    }

    /** L_S, Λ_Q* and the regime at (T, H). */
    public Point point(double temperature, double field) {
        double ls = superconductingLength(temperature, field);
        double lq = chargeImbalanceLength(temperature, field);
        return new Point(field, ls, lq, Regime.of(ls, lq));
    }

    /** {@link #point} at every field, in order. */
    public List<Point> sweep(double temperature, double[] fields) {
        List<Point> points = new ArrayList<>(fields.length);
        for (double h : fields) {
            points.add(point(temperature, h));
        }
        return points;
    }

    /**
     * The crossover field H* in [lower, upper] where L_S(H*) = Λ_Q*(H*), T (to 1e-9 relative): below
     * it the neck is in the PS regime, above it in the NS regime. Empty when L_S − Λ_Q* has the same
     * sign at both ends (no crossover in the range). The search starts just above H_c(T) when
     * {@code lower} is below it (the model needs normal banks).
     */
    public OptionalDouble crossoverField(double temperature, double lower, double upper) {
        double from = Math.max(lower, superconductor.criticalField(temperature) * (1 + 1e-9));
        if (!(upper > from)) {
            return OptionalDouble.empty();
        }
        RootSolver.Root root = RootSolver.relative(1e-9).solve(
                h -> superconductingLength(temperature, h) - chargeImbalanceLength(temperature, h), from, upper);
        return root.converged() ? OptionalDouble.of(root.x()) : OptionalDouble.empty();
    }
}
