package org.andreev.tunnel;

import java.util.List;
import java.util.Map;
import org.andreev.units.Dimension;

/**
 * The Andreev part of an {@link NisFit} (physics.md A4; seed 004 Fig. 2 left, fitted with I_T + I_A):
 * the parameter names, their quantities, which may be freed, and their checks, kept apart from the
 * quasiparticle fit. The names are the device-file keys of {@link NisDeviceFile#TABLE} and the JSON
 * keys of the report.
 *
 * <p>Free-able: {@code m} (M), {@code lphi} (L_φ) and {@code diffusion} (D), fitted in logarithm from
 * the value the Andreev term gives. Held only: {@code dos_total} and {@code wire_width},
 * {@code wire_thickness}: they enter I_A only through σ_N A_w = e² ν_N D A_w, whose scale M already
 * fits; freeing them with M would leave the fit singular.
 */
final class NisAndreevFit {
    private NisAndreevFit() {}

    /** The Andreev parameters, in the order they follow the quasiparticle ones in the parameter vector. */
    static final List<String> NAMES = List.of("m", "lphi", "diffusion", "dos_total", "wire_width", "wire_thickness");

    /** Those a fit may free. */
    static final List<String> FREEABLE = List.of("m", "lphi", "diffusion");

    static final Map<String, Dimension> DIMENSIONS = Map.of("m", Dimension.DIMENSIONLESS, "lphi", Dimension.LENGTH,
            "diffusion", Dimension.DIFFUSION_CONSTANT, "dos_total", Dimension.DENSITY_OF_STATES,
            "wire_width", Dimension.LENGTH, "wire_thickness", Dimension.LENGTH);

    /** The values of {@code term}, by name (SI). */
    static Map<String, Double> values(AndreevTerm term) {
        return Map.of("m", term.multiplier(), "lphi", term.phaseCoherenceLength(), "diffusion", term.diffusion(),
                "dos_total", term.densityOfStates(), "wire_width", term.wireWidth(), "wire_thickness",
                term.wireThickness());
    }

    /**
     * The names of the Andreev block of the parameter vector: {@link #NAMES}, without lphi when it is
     * held at +∞ (a fit parameter is finite; the infinite L_φ stays in the term's configuration).
     */
    static List<String> vectorNames(Map<String, Double> values, java.util.Set<String> free) {
        return NAMES.stream().filter(n -> !(n.equals("lphi") && !free.contains(n) && values.get(n) != null
                && Double.isInfinite(values.get(n)))).toList();
    }

    /**
     * The term of the fit's configuration {@code config} (geometry, form, and any value not in the
     * vector) with the values of the parameters {@code names} read from {@code p} from index {@code at}.
     */
    static AndreevTerm term(AndreevTerm config, double[] p, int at, List<String> names) {
        double[] v = {config.multiplier(), config.phaseCoherenceLength(), config.diffusion(), config.densityOfStates(),
            config.wireWidth(), config.wireThickness()};
        for (int k = 0; k < names.size(); k++) {
            v[NAMES.indexOf(names.get(k))] = p[at + k];
        }
        return new AndreevTerm(v[2], v[3], v[1], v[4], v[5], v[0], config.geometry(), config.form(), config.plainDynes());
    }

    /**
     * The pre-fit that makes the Andreev fit robust, replacing the start values of {@code parameters} in
     * place when it converges (and returning whether it did): the quasiparticle parameters free, the
     * Andreev ones held at their starts. Why: the sub-gap current is mostly I_A, but an I(V) or dI/dV
     * is dominated by the gap region, where only the quasiparticles matter; from a Δ a few per cent off
     * (a guess read off the curve) the first trust-region steps explain the gap-edge misfit with the
     * weakly determined L_φ or M and run them off by 10¹² (seen on the seed-004 probe curve). From the
     * pre-fit's Δ, T_e and R_T the full fit converges (seed curve: to the true values in 7 iterations).
     * Nothing is held: the full fit frees everything it was asked to.
     */
    static boolean preFit(org.andreev.fit.LeastSquaresFit engine, org.andreev.fit.FitModel model,
            List<org.andreev.fit.FitParameter> parameters, org.andreev.fit.FitData data, List<String> fitted) {
        boolean andreevFree = fitted.stream().anyMatch(NAMES::contains);
        boolean otherFree = fitted.stream().anyMatch(n -> !NAMES.contains(n));
        if (!andreevFree || !otherFree) {
            return false;
        }
        List<org.andreev.fit.FitParameter> stage = new java.util.ArrayList<>();
        for (org.andreev.fit.FitParameter p : parameters) {
            stage.add(NAMES.contains(p.name()) && p.free()
                    ? new org.andreev.fit.FitParameter(p.name(), p.initial(), p.scale(), p.transform(), false)
                    : p);
        }
        org.andreev.fit.FitResult r = engine.fit(model, stage, data);
        if (!r.converged()) {
            return false;
        }
        for (int k = 0; k < parameters.size(); k++) {
            org.andreev.fit.FitParameter p = parameters.get(k);
            if (p.free() && !NAMES.contains(p.name())) {
                double value = r.estimate(p.name()).value();
                if (p.transform().contains(value) && p.plausible().contains(value)) {
                    parameters.set(k, new org.andreev.fit.FitParameter(p.name(), value, p.scale(), p.transform(), true,
                            p.plausible()));
                }
            }
        }
        return true;
    }

    /** Refuses a value or a free parameter the Andreev term cannot take, naming it. */
    static void check(String name, double value, boolean free) {
        boolean ok = switch (name) {
            case "m" -> Double.isFinite(value) && (free ? value > 0 : value >= 0);
            case "lphi" -> value > 0 && !(free && Double.isInfinite(value));
            default -> value > 0 && Double.isFinite(value);
        };
        if (!ok) {
            throw new IllegalArgumentException(name + " must be " + switch (name) {
                case "m" -> free ? "> 0 and finite when fitted (it is fitted in logarithm)" : ">= 0 and finite";
                case "lphi" -> free ? "> 0 and finite when fitted" : "> 0 (or infinite)";
                default -> "> 0 and finite";
            } + ", got " + value);
        }
        if (free && !FREEABLE.contains(name)) {
            throw new IllegalArgumentException(name + " cannot be fitted: it enters the Andreev current only through"
                    + " sigma_N A_w, whose scale m fits; free one of " + FREEABLE);
        }
    }

    /** The model line's Andreev part. */
    static String describe(AndreevTerm term) {
        String geometry = term.geometry().kind().name().toLowerCase(java.util.Locale.ROOT)
                + (term.geometry().kind() == JunctionGeometry.Kind.EXTENDED ? " " + term.geometry().length() + " m" : "");
        String form = term.form() == AndreevForm.PLAIN ? "plain, gamma/Delta = " + term.plainDynes() : "regularised";
        return " + I_A of AndreevJunction(delta, diffusion, dos_total, lphi, wire_width·wire_thickness, rt, m; "
                + geometry + ", " + form + ") at T_N = te (physics.md A4)";
    }
}
