package org.andreev.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.andreev.io.Table;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link FitReport}, the same way for every fit: as text (the sections of lmfit's {@code
 * fit_report}: model, fit statistics, variables with σ, relative σ, start and provenance, held
 * values, correlations above {@link FitReport#CORRELATION_THRESHOLD}, confidence intervals, and
 * warnings), as JSON (always SI; every free parameter as {@code "name":{"value":…,"sigma":…,…}} at
 * the top level, as the commands' contracts have it, then {@code chi2red} and the rest), as a one-row
 * CSV of values and σ, and as a CSV of the data, the model and the residuals.
 */
public final class FitReportWriter {
    private FitReportWriter() {}

    /** The text report in {@code units}. */
    public static String text(FitReport r, ReportUnits units) {
        FitResult f = r.fit();
        StringBuilder b = new StringBuilder();
        b.append("[[Model]]\n    ").append(r.model()).append('\n');
        b.append("[[Fit Statistics]]\n");
        line(b, "# fitting method", "Levenberg–Marquardt (MINPACK, Hipparchus)");
        line(b, "# iterations", String.valueOf(f.iterations()));
        line(b, "# function evals", String.valueOf(f.evaluations()));
        line(b, "# data points", String.valueOf(f.observations()));
        line(b, "# variables", String.valueOf(f.freeNames().size()));
        String y2 = f.sigmaKnown() ? "" : " " + squared(Unit.si(r.y().dimension()).symbol());
        line(b, "chi-square", num(f.chiSquare()) + y2);
        line(b, "reduced chi-square", num(f.reducedChiSquare()) + y2);
        line(b, "Akaike info crit", num(f.aic()));
        line(b, "Bayesian info crit", num(f.bic()));
        line(b, "weights", r.weighting());
        ResidualTests t = r.residualTests();
        line(b, "residuals", residualLine(t));
        line(b, "message", f.message());
        b.append("[[Variables]]\n");
        int width = r.parameters().stream().mapToInt(p -> p.name().length()).max().orElse(1) + 1;
        for (FitReport.Parameter p : r.free()) {
            Estimate e = f.estimate(p.name());
            Unit u = units.unit(p.dimension(), e.value());
            String rel = e.hasSigma() && e.value() != 0
                    ? String.format(Locale.ROOT, " (%.2f%%)", 100 * e.sigma() / Math.abs(e.value())) : "";
            b.append(String.format(Locale.ROOT, "    %-" + width + "s %s +/- %s%s (init = %s)  %s%n", p.name() + ":",
                    value(e.value(), u), e.hasSigma() ? value(e.sigma(), u) : "unknown", rel,
                    value(p.initial(), u), p.origin()));
        }
        for (FitReport.Parameter p : r.held()) {
            Unit u = units.unit(p.dimension(), Double.isFinite(p.initial()) ? p.initial() : 0);
            b.append(String.format(Locale.ROOT, "    %-" + width + "s %s (held: %s)%n", p.name() + ":",
                    value(p.initial(), u), p.origin()));
        }
        List<String> pairs = correlations(r);
        b.append(String.format(Locale.ROOT, "[[Correlations]] (unreported correlations are < %.3f)%n",
                FitReport.CORRELATION_THRESHOLD));
        for (String pair : pairs) {
            b.append("    ").append(pair).append('\n');
        }
        if (!r.intervals().isEmpty()) {
            b.append(String.format(Locale.ROOT, "[[Confidence Intervals]] (profile likelihood, %.2f%%)%n",
                    100 * r.intervals().get(0).level()));
            for (FitReport.Parameter p : r.free()) {
                ConfidenceInterval c = r.intervals().stream().filter(i -> i.name().equals(p.name())).findFirst()
                        .orElse(null);
                if (c == null) {
                    continue;
                }
                Unit u = units.unit(p.dimension(), c.best());
                double sigma = f.sigma(c.name()) * Math.sqrt(ProfileLikelihood.threshold(c.level()));
                b.append(String.format(Locale.ROOT, "    %-" + width + "s [%s, %s] = %s %s/+%s (covariance: +/- %s)%s%n",
                        c.name() + ":", end(c.lower(), u), end(c.upper(), u), value(c.best(), u),
                        delta(c.lower() - c.best(), u), delta(c.upper() - c.best(), u), value(sigma, u),
                        c.message().isEmpty() ? "" : "  " + c.message()));
            }
        }
        List<String> warnings = warnings(r, t);
        if (!warnings.isEmpty() || !r.notes().isEmpty()) {
            b.append("[[Notes]]\n");
            warnings.forEach(w -> b.append("    WARNING: ").append(w).append('\n'));
            r.notes().forEach(n -> b.append("    ").append(n).append('\n'));
        }
        return b.toString();
    }

    /** The JSON text of {@link #json(FitReport)}. */
    public static String jsonText(FitReport r) {
        return JsonMapper.builder().build().writeValueAsString(json(r));
    }

    /**
     * The report as a JSON tree, SI units: each free parameter {@code {"value","sigma","initial",
     * "provenance","unit"}} (sigma null when unknown) in report order, then {@code chi2red},
     * {@code chi2}, {@code aic}, {@code bic} (null when χ² = 0), {@code points}, {@code nfree},
     * {@code iterations}, {@code evaluations}, {@code converged}, {@code message}, {@code
     * covariance_scale}, {@code weights}, {@code held} (each held parameter's value, provenance and
     * unit), {@code correlation} ({@code names}, {@code matrix}, all pairs), {@code residuals} (the
     * tests), {@code confidence_intervals} (when computed; an open end is null) and {@code notes}.
     */
    public static Map<String, Object> json(FitReport r) {
        FitResult f = r.fit();
        Map<String, Object> m = new LinkedHashMap<>();
        for (FitReport.Parameter p : r.free()) {
            Estimate e = f.estimate(p.name());
            Map<String, Object> est = new LinkedHashMap<>();
            est.put("value", e.value());
            est.put("sigma", e.hasSigma() ? e.sigma() : null);
            est.put("initial", p.initial());
            est.put("provenance", p.provenance().key());
            est.put("unit", siSymbol(p.dimension()));
            m.put(p.name(), est);
        }
        m.put("chi2red", finite(f.reducedChiSquare()));
        m.put("chi2", finite(f.chiSquare()));
        m.put("aic", finite(f.aic()));
        m.put("bic", finite(f.bic()));
        m.put("points", f.observations());
        m.put("nfree", f.freeNames().size());
        m.put("iterations", f.iterations());
        m.put("evaluations", f.evaluations());
        m.put("converged", f.converged());
        m.put("message", f.message());
        m.put("covariance_scale", finite(r.covarianceScale()));
        m.put("weights", r.weighting());
        Map<String, Object> held = new LinkedHashMap<>();
        for (FitReport.Parameter p : r.held()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("value", Double.isInfinite(p.initial()) ? (p.initial() > 0 ? "inf" : "-inf") : p.initial());
            h.put("provenance", p.provenance().key());
            h.put("unit", siSymbol(p.dimension()));
            held.put(p.name(), h);
        }
        m.put("held", held);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("names", f.freeNames());
        List<List<Double>> matrix = new ArrayList<>();
        for (double[] row : f.correlation()) {
            List<Double> rr = new ArrayList<>();
            for (double v : row) {
                rr.add(finite(v));
            }
            matrix.add(rr);
        }
        c.put("matrix", matrix);
        m.put("correlation", c);
        ResidualTests t = r.residualTests();
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("runs", t.runs());
        res.put("expected_runs", t.expectedRuns());
        res.put("runs_z", t.runsZ());
        res.put("lag1", t.lag1());
        res.put("systematic", t.systematic());
        m.put("residuals", res);
        if (!r.intervals().isEmpty()) {
            Map<String, Object> ci = new LinkedHashMap<>();
            for (FitReport.Parameter p : r.free()) {
                ConfidenceInterval i = r.intervals().stream().filter(x -> x.name().equals(p.name())).findFirst()
                        .orElse(null);
                if (i == null) {
                    continue;
                }
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("level", i.level());
                one.put("lower", finite(i.lower()));
                one.put("upper", finite(i.upper()));
                one.put("message", i.message());
                ci.put(i.name(), one);
            }
            m.put("confidence_intervals", ci);
        }
        List<String> notes = new ArrayList<>(warnings(r, t));
        notes.addAll(r.notes());
        m.put("notes", notes);
        return m;
    }

    /**
     * One row: value and σ of every free parameter in report order ({@code te[K],te_sigma[K],…}),
     * then {@code chi2red[1]}; in {@code units} (header units follow).
     */
    public static Table row(FitReport r, ReportUnits units) {
        List<String> header = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        for (FitReport.Parameter p : r.free()) {
            Estimate e = r.fit().estimate(p.name());
            Unit u = units.unit(p.dimension(), e.value());
            header.add(p.name() + "[" + symbol(u) + "]");
            cols.add(new double[] {u.fromSi(e.value())});
            header.add(p.name() + "_sigma[" + symbol(u) + "]");
            cols.add(new double[] {e.hasSigma() ? u.fromSi(e.sigma()) : Double.NaN});
        }
        header.add("chi2red[1]");
        cols.add(new double[] {r.fit().reducedChiSquare()});
        return new Table(header, cols);
    }

    /**
     * The data, the model and the residuals, one row per point, data sets one after the other:
     * the data-set column when there are several ({@code Tbath[K]}), {@code x}, {@code y}, {@code
     * <y>model}, {@code residual} (y − model), and with σ also {@code sigma} and {@code
     * normalised[1]} ((y − model)/σ); in {@code units}.
     */
    public static Table residuals(FitReport r, ReportUnits units) {
        int n = r.fit().observations();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] set = new double[n];
        double[] s = new double[n];
        int row = 0;
        for (int k = 0; k < r.data().size(); k++) {
            FitData d = r.data().get(k);
            for (int i = 0; i < d.size(); i++, row++) {
                x[row] = d.x()[i];
                y[row] = d.y()[i];
                s[row] = d.hasSigma() ? d.sigma()[i] : 1;
                set[row] = r.sets() != null ? r.sets().values()[k] : k + 1;
            }
        }
        double[] model = r.fit().predictions();
        double[] res = new double[n];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            res[i] = y[i] - model[i];
            norm[i] = res[i] / s[i];
        }
        Unit xu = units.unit(r.x().dimension(), x);
        Unit yu = units.unit(r.y().dimension(), y);
        List<String> header = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        if (r.sets() != null) {
            Unit su = units.unit(r.sets().dimension(), set);
            header.add(r.sets().name() + "[" + symbol(su) + "]");
            cols.add(su.fromSi(set));
        } else if (r.data().size() > 1) {
            header.add("set[1]");
            cols.add(set);
        }
        String yn = r.y().name();
        header.addAll(List.of(r.x().name() + "[" + symbol(xu) + "]", yn + "[" + symbol(yu) + "]",
                yn + "model[" + symbol(yu) + "]", "residual[" + symbol(yu) + "]"));
        cols.addAll(List.of(xu.fromSi(x), yu.fromSi(y), yu.fromSi(model), yu.fromSi(res)));
        if (r.fit().sigmaKnown()) {
            header.add("sigma[" + symbol(yu) + "]");
            cols.add(yu.fromSi(s));
            header.add("normalised[1]");
            cols.add(norm);
        }
        return new Table(header, cols);
    }

    /** What the report must warn about: systematic residuals, a parameter at its bound, no convergence. */
    static List<String> warnings(FitReport r, ResidualTests t) {
        List<String> w = new ArrayList<>();
        if (t.systematic()) {
            w.add("the residuals are systematic (runs test or lag-1 autocorrelation beyond " + ResidualTests.THRESHOLD
                    + " standard deviations): the model misses the data, and the σ are lower bounds");
        }
        if (!r.fit().atBound().isEmpty()) {
            w.add("at the edge of the domain: " + String.join(", ", r.fit().atBound()) + " (σ one-sided, linearised)");
        }
        if (!r.fit().converged()) {
            w.add("the fit did not converge: " + r.fit().message());
        }
        if (r.parameters().stream().anyMatch(p -> p.provenance() == Provenance.ADDED)) {
            w.add("fitted although not in the free list, because held at a guess they would bias the rest: "
                    + String.join(", ", r.parameters().stream().filter(p -> p.provenance() == Provenance.ADDED)
                            .map(FitReport.Parameter::name).toList()));
        }
        return w;
    }

    private static String residualLine(ResidualTests t) {
        return String.format(Locale.ROOT, "runs test z = %.2f (%d runs, %.1f expected), lag-1 autocorrelation %.3f"
                + " (%.1f/sqrt(N))%s", t.runsZ(), t.runs(), t.expectedRuns(), t.lag1(), t.lag1() * Math.sqrt(t.points()),
                t.systematic() ? ": systematic" : ": no sign of a systematic misfit");
    }

    /** The pairs with |C| ≥ threshold, largest first, as "C(a, b) = +0.7974". */
    private static List<String> correlations(FitReport r) {
        FitResult f = r.fit();
        List<String> names = r.free().stream().map(FitReport.Parameter::name).toList();
        List<Object[]> pairs = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                double c = f.correlation(names.get(a), names.get(b));
                if (Math.abs(c) >= FitReport.CORRELATION_THRESHOLD) {
                    pairs.add(new Object[] {names.get(a), names.get(b), c});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(p -> -Math.abs((double) p[2])));
        int width = pairs.stream().mapToInt(p -> ((String) p[0]).length() + ((String) p[1]).length()).max().orElse(0) + 6;
        List<String> out = new ArrayList<>();
        for (Object[] p : pairs) {
            out.add(String.format(Locale.ROOT, "%-" + width + "s = %+.4f", "C(" + p[0] + ", " + p[1] + ")", (double) p[2]));
        }
        return out;
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format(Locale.ROOT, "    %-18s = %s%n", key, value));
    }

    private static String num(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.8g", v);
    }

    private static String value(double si, Unit u) {
        if (Double.isInfinite(si)) {
            return si > 0 ? "inf" : "-inf";
        }
        String s = String.format(Locale.ROOT, "%.8g", u.fromSi(si));
        return u.symbol().isEmpty() ? s : s + " " + shown(u.symbol());
    }

    private static String delta(double si, Unit u) {
        return Double.isInfinite(si) ? (si > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.4g", u.fromSi(si));
    }

    private static String end(double si, Unit u) {
        return Double.isInfinite(si) ? (si > 0 ? "+inf" : "-inf") : String.format(Locale.ROOT, "%.8g", u.fromSi(si));
    }

    private static String shown(String symbol) {
        return symbol.replace("Ohm", "Ω").replace("um", "µm").replace("uV", "µV").replace("uS", "µS")
                .replace("uA", "µA").replace("ueV", "µeV").replace("uK", "µK");
    }

    private static String squared(String symbol) {
        return symbol.isEmpty() ? "" : symbol + "²";
    }

    private static String symbol(Unit u) {
        return u.symbol().isEmpty() ? "1" : u.symbol();
    }

    private static String siSymbol(Dimension d) {
        return symbol(Unit.si(d));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
