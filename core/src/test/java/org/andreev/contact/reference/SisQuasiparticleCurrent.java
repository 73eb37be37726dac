package org.andreev.contact.reference;

import java.util.Arrays;
import org.andreev.numeric.AdaptiveGaussKronrod;
import org.andreev.numeric.FermiDirac;

/**
 * TEST-ONLY: the quasiparticle current of a BCS (Dynes) S-I-S tunnel junction with identical
 * gaps, the τ → 0 limit of MAR (physics.md B3), computed independently of the ladder:
 * <pre>  e I R_N/Δ = ∫ n(E) n(E + v) [f(E) − f(E + v)] dE,
 *   n(E) = Re[(|E| + iη)/√((|E| + iη)² − 1)]   (Dynes, Phys. Rev. Lett. 41, 1509 (1978)),</pre>
 * energies in Δ. The axis is broken at the four edges E = ±1, ±1 − v (and at the steps E = −v, 0
 * of the T = 0 window); each panel is mapped by E = b + (c − b)(1 − cos πσ)/2, which removes the
 * inverse-square-root edges, and integrated by {@link AdaptiveGaussKronrod} at relative 1e-13 (absolute 1e-16 per panel; rounding of E near an edge limits a panel to ~1e-13).
 * For T &gt; 0 the window f(E) − f(E + v) = {@link FermiDirac#window} is cut at 50 k_BT beyond
 * the bias window and the edges (e^{−50} ≈ 2e-22 of the integrand).
 */
final class SisQuasiparticleCurrent {

    private static final AdaptiveGaussKronrod GK = new AdaptiveGaussKronrod(1e-13, 1e-16, 1_000_000);

    private SisQuasiparticleCurrent() {}

    /** Dynes density of states n(E) (normalised to the normal state); BCS |E|/√(E² − 1) at η = 0. */
    static double dos(double e, double eta) {
        double x = Math.abs(e);
        if (eta == 0) {
            return x <= 1 ? 0 : x / Math.sqrt((x - 1) * (x + 1));
        }
        double re = (x - 1) * (x + 1) - eta * eta;
        double im = 2 * x * eta;
        double mod = Math.hypot(re, im);
        double sr = Math.sqrt(0.5 * (mod + re));
        double si = Math.sqrt(0.5 * (mod - re)); // im ≥ 0: principal root
        // Re[(x + iη)/(sr + i si)]
        return (x * sr + eta * si) / (sr * sr + si * si);
    }

    /** e I R_N/Δ at v = eV/Δ, Dynes ratio η, t = k_BT/Δ (t = 0 exact). */
    static double current(double v, double eta, double t) {
        double lo = t == 0 ? -v : -v / 2 - 50 * t - 2;
        double hi = t == 0 ? 0 : -v / 2 + 50 * t + 2;
        double[] cuts = {lo, hi, 1, -1, 1 - v, -1 - v};
        double[] b = Arrays.stream(cuts).filter(x -> x >= lo && x <= hi).sorted().distinct().toArray();
        double total = 0;
        for (int k = 0; k + 1 < b.length; k++) {
            double a = b[k];
            double w = b[k + 1] - a;
            AdaptiveGaussKronrod.Result r = GK.integrate(s -> {
                double e = a + 0.5 * w * (1 - Math.cos(Math.PI * s));
                double window = t == 0 ? 1 : FermiDirac.window((e + v / 2) / t, v / (2 * t));
                return dos(e, eta) * dos(e + v, eta) * window * 0.5 * w * Math.PI * Math.sin(Math.PI * s);
            }, 0, 1);
            if (!r.converged() && r.errorEstimate() > 1e-12 + 1e-10 * Math.abs(r.value())) {
                throw new IllegalStateException("S-I-S integral did not converge on [" + a + ", " + b[k + 1] + "]");
            }
            total += r.value();
        }
        return total;
    }
}
