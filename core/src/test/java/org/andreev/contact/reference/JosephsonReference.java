package org.andreev.contact.reference;

import org.andreev.numeric.AdaptiveGaussKronrod;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * TEST-ONLY: Josephson references from the bound-state current–phase relation of physics.md B3
 * ({@link MarClosedForms#supercurrent}), maximised over φ with Hipparchus' Brent optimiser, and
 * the diffusive (Dorokhov) ensemble by our own integration over ρ(τ) = (G_N/2G₀)/(τ√(1 − τ)).
 * Reduced units e I R_N/Δ, R_N the normal resistance of the channel or of the ensemble.
 */
final class JosephsonReference {

    private static final AdaptiveGaussKronrod GK = new AdaptiveGaussKronrod(1e-14, 1e-16, 100_000);

    private JosephsonReference() {}

    /** The maximum of a current–phase relation on (0, π): {φ_c, I_c}. */
    record Maximum(double phi, double current) {}

    static Maximum maximise(java.util.function.DoubleUnaryOperator currentPhase) {
        BrentOptimizer brent = new BrentOptimizer(1e-15, 1e-15);
        UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(currentPhase::applyAsDouble), new SearchInterval(1e-9, Math.PI - 1e-9));
        return new Maximum(best.getPoint(), best.getValue());
    }

    /** I_c of one channel at t = k_BT/Δ: max over φ of {@link MarClosedForms#supercurrent}. */
    static Maximum channel(double tau, double t) {
        return maximise(phi -> MarClosedForms.supercurrent(tau, phi, t));
    }

    /**
     * The Dorokhov ensemble at T = 0: e I(φ) R_N/Δ = (1/2G₀R_N)·∫ρ I_τ(φ) dτ/… which, with
     * I_τ(φ) = (eΔ/2ħ) τ sin φ/√(1 − τ s²), s = sin(φ/2), and G₀ = e²/πħ, is
     * (π/4) sin φ ∫₀¹ dτ/(√(1 − τ)√(1 − τ s²)); τ = 1 − w² removes the end-point singularity:
     * (π/4) sin φ ∫₀¹ 2 dw/√(1 − s² + s² w²). (Closed form: π cos(φ/2) artanh(sin(φ/2)), Kulik &amp;
     * Omel'yanchuk 1975 — used only to test this integration.)
     */
    static double dorokhovSupercurrent(double phi) {
        double s = Math.sin(phi / 2);
        double s2 = s * s;
        AdaptiveGaussKronrod.Result r = GK.integrate(w -> 2 / Math.sqrt(1 - s2 + s2 * w * w), 0, 1);
        return Math.PI / 4 * Math.sin(phi) * r.value();
    }

    static Maximum dorokhovCritical() {
        return maximise(JosephsonReference::dorokhovSupercurrent);
    }

    /**
     * Excess current of the Dorokhov ensemble at T = 0: (1/2)∫₀¹ i_exc(τ)/√(1 − τ) dτ with i_exc
     * the reduced single-channel {@link MarClosedForms#excessCurrent} (weights τρ(τ)/(G_N/G₀));
     * with τ = 1 − w²: ∫₀¹ i_exc(1 − w²) dw. Expected (π²/4 − 1) (Artemenko, Volkov &amp; Zaitsev 1979).
     */
    static double dorokhovExcessCurrent() {
        return GK.integrate(w -> MarClosedForms.excessCurrent(1 - w * w), 0, 1).value();
    }
}
