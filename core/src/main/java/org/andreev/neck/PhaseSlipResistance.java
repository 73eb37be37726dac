package org.andreev.neck;

import org.andreev.numeric.PanelBuilder;
import org.andreev.numeric.QuadratureNodes;

/**
 * The differential resistance a phase-slip centre adds (Skocpol, Beasley &amp; Tinkham, J. Low
 * Temp. Phys. 16, 145 (1974); physics.md B6): the charge imbalance it injects decays over Λ_Q* on
 * each side, and the region is resistive:
 * <ul>
 *   <li>uniform wire of cross-section A: R_PSC = 2Λ_Q* ρ/A;</li>
 *   <li>neck of profile r(x), centre at x_0: R_PSC = ρ ∫ exp(−|x − x_0|/Λ_Q*) dx / A(x),
 *       A = πr², over the profile (for a cone, over all x; the integrand decays like
 *       exp(−|x|/Λ)/x²).</li>
 * </ul>
 * The neck integral uses Gauss–Legendre panels graded towards the kink at x_0 and the profile's
 * kinks ({@link PanelBuilder}), on [x_0 − 40Λ, x_0 + 40Λ] clipped to the profile (the rest is below
 * e^{−40} of the total, relative).
 */
public final class PhaseSlipResistance {
    private PhaseSlipResistance() {}

    /** R_PSC = 2Λρ/A of a uniform wire, Ω. */
    public static double uniform(double chargeImbalanceLength, double resistivity, double area) {
        positive("charge-imbalance length Lambda_Q*", chargeImbalanceLength);
        positive("resistivity rho", resistivity);
        positive("cross-section area A", area);
        return 2 * chargeImbalanceLength * resistivity / area;
    }

    /** R_PSC = ρ ∫ exp(−|x − x_0|/Λ) dx / (π r(x)²) of a neck, Ω (class comment). */
    public static double neck(NeckProfile profile, double centre, double chargeImbalanceLength, double resistivity) {
        positive("charge-imbalance length Lambda_Q*", chargeImbalanceLength);
        positive("resistivity rho", resistivity);
        if (!(centre >= profile.start() && centre <= profile.end())) {
            throw new IllegalArgumentException("phase-slip centre x0 = " + centre + " m is outside the neck profile");
        }
        double lambda = chargeImbalanceLength;
        double lo = Math.max(profile.start(), centre - 40 * lambda);
        double hi = Math.min(profile.end(), centre + 40 * lambda);
        PanelBuilder panels = new PanelBuilder(16, 0.5);
        panels.reset(lo, hi);
        double scale = Math.min(lambda, profile.minimumRadius());
        if (centre > lo && centre < hi) {
            panels.feature(centre, scale);
        }
        for (double k : profile.kinks()) {
            if (k > lo && k < hi && k != centre) {
                panels.feature(k, scale);
            }
        }
        QuadratureNodes nodes = panels.build(new QuadratureNodes());
        double sum = 0;
        for (int i = 0; i < nodes.size(); i++) {
            double x = nodes.x(i);
            double r = profile.radius(x);
            sum += nodes.weight(i) * Math.exp(-Math.abs(x - centre) / lambda) / (Math.PI * r * r);
        }
        return resistivity * sum;
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be > 0 and finite, got " + v);
        }
    }
}
