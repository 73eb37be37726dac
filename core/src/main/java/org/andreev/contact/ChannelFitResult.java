package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.G0;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.andreev.fit.Estimate;
import org.andreev.fit.FitException;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitReportWriter;
import org.andreev.fit.FitResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome of a {@link ChannelFit}: the report of the model chosen (its τ sorted, τ_1 the
 * largest), how many channels the comparison preferred, the comparison itself, Σ τ_i with its σ, and
 * the check of the τ table against the direct MAR current at the fitted τ.
 *
 * @param report              the fit report of the chosen model (parameters tau1 … tauN, delta,
 *                            offset, eta, temperature), written by {@code FitReportWriter}
 * @param channels            the number of channels of the reported model
 * @param preferred           the number of channels with the lowest BIC
 * @param comparison          the best fit of each model of 1 … N channels
 * @param tauSum              Σ τ_i and its σ (full covariance)
 * @param interpolationError  the largest difference between the tabulated model and the direct MAR
 *                            current (A) or conductance (S) of the fitted channels at the fitted Δ
 *                            and offset, at up to five data points
 * @param rmsResidual         the rms of the residuals y − model, A or S
 */
public record ChannelFitResult(FitReport report, int channels, int preferred, List<ChannelFit.Model> comparison,
        Estimate tauSum, double interpolationError, double rmsResidual) {

    public ChannelFitResult {
        comparison = List.copyOf(comparison);
    }

    /** This result with another report of the same fit (e.g. one with notes added). */
    public ChannelFitResult withReport(FitReport other) {
        if (other.fit() != report.fit()) {
            throw new IllegalArgumentException("the report must be of the same fit");
        }
        return new ChannelFitResult(other, channels, preferred, comparison, tauSum, interpolationError, rmsResidual);
    }

    /** The least-squares result of the reported model. */
    public FitResult fit() {
        return report.fit();
    }

    /** Whether the reported fit converged. */
    public boolean converged() {
        return fit().converged();
    }

    /** This result if the reported fit converged, else a {@link FitException}. */
    public ChannelFitResult orElseThrow() {
        fit().orElseThrow();
        return this;
    }

    /** The transmissions with their σ, τ_1 ≥ τ_2 ≥ …. */
    public List<Estimate> tau() {
        List<Estimate> t = new ArrayList<>();
        for (int i = 1; i <= channels; i++) {
            t.add(fit().estimate("tau" + i));
        }
        return t;
    }

    /** The normal conductance G_N = G_0 Σ τ_i with its σ, S. */
    public Estimate normalConductance() {
        return new Estimate(G0 * tauSum.value(), tauSum.hasSigma() ? G0 * tauSum.sigma() : Double.NaN);
    }

    /** The estimate of {@code name} (tau1…, delta, offset). */
    public Estimate estimate(String name) {
        return fit().estimate(name);
    }

    /**
     * The result as a JSON tree, SI units, in the shape of the {@code mar fit --json} contract:
     * {@code "tau"} a list of {@code {"value","sigma","initial","provenance"}}, τ_1 the largest; {@code
     * "delta"} (value, σ (0 when held), provenance, unit J); {@code "tau_sum"} and {@code "gn"} (S)
     * with σ; {@code "channels"} (reported), {@code "preferred"} (lowest BIC), {@code "comparison"}
     * (per model: channels, converged, chi2, chi2red, aic, bic, tau), {@code "interpolation_error"}
     * and {@code "rms_residual"} (unit of y); then everything of {@link FitReportWriter#json} but the
     * per-channel keys (chi2red, aic, bic, correlation, held, notes, …).
     */
    public Map<String, Object> json() {
        Map<String, Object> all = FitReportWriter.json(report);
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> taus = new ArrayList<>();
        for (int i = 1; i <= channels; i++) {
            taus.add(all.remove("tau" + i));
        }
        m.put("tau", taus);
        Estimate d = estimate("delta");
        Object freeDelta = all.remove("delta");
        if (freeDelta != null) {
            m.put("delta", freeDelta);
        } else {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("value", d.value());
            h.put("sigma", 0.0);
            h.put("provenance", report.parameter("delta").provenance().key());
            h.put("unit", "J");
            m.put("delta", h);
        }
        Object freeOffset = all.remove("offset");
        if (freeOffset != null) {
            m.put("offset", freeOffset);
        }
        Map<String, Object> sum = new LinkedHashMap<>();
        sum.put("value", tauSum.value());
        sum.put("sigma", tauSum.hasSigma() ? tauSum.sigma() : null);
        m.put("tau_sum", sum);
        Estimate g = normalConductance();
        Map<String, Object> gn = new LinkedHashMap<>();
        gn.put("value", g.value());
        gn.put("sigma", g.hasSigma() ? g.sigma() : null);
        gn.put("unit", "S");
        m.put("gn", gn);
        m.put("channels", channels);
        m.put("preferred", preferred);
        List<Object> models = new ArrayList<>();
        for (ChannelFit.Model c : comparison) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("channels", c.channels());
            one.put("converged", c.converged());
            one.put("chi2", c.chiSquare());
            one.put("chi2red", c.reducedChiSquare());
            one.put("aic", Double.isFinite(c.aic()) ? c.aic() : null);
            one.put("bic", Double.isFinite(c.bic()) ? c.bic() : null);
            one.put("tau", java.util.Arrays.stream(c.tau()).boxed().toList());
            models.add(one);
        }
        m.put("comparison", models);
        m.put("interpolation_error", interpolationError);
        m.put("rms_residual", rmsResidual);
        m.putAll(all);
        return m;
    }

    /** The JSON text of {@link #json()}. */
    public String jsonText() {
        return JsonMapper.builder().build().writeValueAsString(json());
    }
}
