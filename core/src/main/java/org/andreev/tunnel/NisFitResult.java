package org.andreev.tunnel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.andreev.fit.Estimate;
import org.andreev.fit.FitException;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitResult;

/**
 * The outcome of an {@link NisFit}: estimates by name (te, delta, rt, dynes, h, offset and, if not
 * tied, ts; SI units: K, J, Ω, 1, J, V, K), χ²_red, and whether the fit converged.
 *
 * @param mode  the kind of curve fitted
 * @param fit   the least-squares result (correlations, χ², iterations)
 * @param start the values the fit started from (free) or held (fixed), by name, in fit order
 * @param report the report of the fit: every parameter with its provenance, statistics, residual
 *               tests, intervals (written by {@link org.andreev.fit.FitReportWriter})
 * @param andreev the configuration (geometry, form) of the fit's Andreev term, or null for none; its
 *               fitted values are estimates ({@link #device()})
 */
public record NisFitResult(NisFitMode mode, FitResult fit, Map<String, Double> start, FitReport report,
        AndreevTerm andreev) {

    private static final Set<String> ESSENTIAL = Set.of("te", "delta", "rt", "ts");

    /** A result of a fit without the Andreev term. */
    public NisFitResult(NisFitMode mode, FitResult fit, Map<String, Double> start, FitReport report) {
        this(mode, fit, start, report, null);
    }

    public NisFitResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(report, "report");
        start = Collections.unmodifiableMap(new LinkedHashMap<>(start));
    }

    /** Every parameter by name in {@link NisFit#NAMES} order; fixed ones have σ = 0. */
    public Map<String, Estimate> estimates() {
        return fit.estimates();
    }

    /** The estimate of parameter {@code name}. */
    public Estimate estimate(String name) {
        return fit.estimate(name);
    }

    /** χ²/ν (with σ = 1 per point when the curve had no uncertainties). */
    public double reducedChiSquare() {
        return fit.reducedChiSquare();
    }

    /**
     * Whether the fit converged with a usable covariance and none of T_N, Δ, R_T, T_S ran to the edge
     * of its domain (to 0 or infinity in its logarithm): a curve that drives them there is not
     * described by the model (e.g. a partly normal junction), and its other estimates are not
     * meaningful. γ/Δ and h may legitimately end at 0.
     */
    public boolean converged() {
        return fit.converged() && essentialAtBound().isEmpty();
    }

    /** One line: how the fit ended. */
    public String message() {
        List<String> bad = essentialAtBound();
        return bad.isEmpty() ? fit.message()
                : "not a fit: " + String.join(", ", bad) + " ran to the edge of the domain, the model does not"
                        + " describe this curve (" + fit.message() + ")";
    }

    /** This result if it {@link #converged()}, else a {@link FitException} with the one-line message. */
    public NisFitResult orElseThrow() {
        if (!converged()) {
            throw new FitException("N-I-S fit did not converge: " + message(), fit);
        }
        return this;
    }

    private List<String> essentialAtBound() {
        return fit.atBound().stream().filter(ESSENTIAL::contains).toList();
    }

    /** The model the fit used: {@link NisDos#USADEL} when its parameters include xn. */
    public NisDos dos() {
        return fit.estimates().containsKey("xn") ? NisDos.USADEL : NisDos.DYNES;
    }

    /** The best-fit spin-split Dynes junction (Δ, γ/Δ, h, R_T) of a {@link NisDos#DYNES} fit. */
    public NisJunction junction() {
        if (dos() != NisDos.DYNES) {
            throw new IllegalStateException("a Usadel fit has no NisJunction: use usadelJunction()");
        }
        return NisFitModel.junction(fit.values());
    }

    /** The best-fit Usadel junction of a {@link NisDos#USADEL} fit. */
    public UsadelNisJunction usadelJunction() {
        if (dos() != NisDos.USADEL) {
            throw new IllegalStateException("a spin-split Dynes fit has no Usadel junction: use junction()");
        }
        return NisFitModel.usadelJunction(fit.values());
    }

    /**
     * The fitted curve at the biases {@code v} (V): I (A) or dI/dV (S), as fitted, offset included.
     */
    public double[] model(double[] v) {
        double[] y = new double[v.length];
        NisFitModel.of(mode, fit.estimates().keySet(), andreev).predict(fit.values(), 0, v, y);
        return y;
    }

    /**
     * The best-fit junction as a device of a {@link NisDos#DYNES} fit: Δ, γ/Δ, h, R_T and, if the fit
     * had one, the Andreev term with its fitted m, lphi, diffusion (physics.md A4).
     */
    public NisDevice device() {
        NisJunction j = junction();
        NisDevice d = NisDevice.quasiparticles(j.superconductor(), j.rT());
        return andreev == null ? d : d.withAndreev(NisFitModel.of(mode, fit.estimates().keySet(), andreev)
                .andreevTerm(fit.values()));
    }
}
