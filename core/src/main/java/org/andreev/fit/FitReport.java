package org.andreev.fit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.andreev.units.Dimension;

/**
 * Everything a fit reports, one shape for every fit of the project (N-I-S, cooler, MAR channels…),
 * written by {@link FitReportWriter} as text (what lmfit's {@code fit_report} shows), JSON and a CSV
 * of residuals: every model parameter with its value, σ, start value and {@link Provenance}; the
 * correlations; N, the free parameters, χ², χ²_red, AIC and BIC ({@link FitResult}); iterations,
 * evaluations and the convergence message; how the covariance was scaled; the residual tests
 * ({@link ResidualTests}); profile-likelihood intervals when asked for ({@link ProfileLikelihood});
 * and notes (the points used, a tied parameter).
 *
 * <h2>How a new fit uses it</h2>
 * A fit (say a MAR channel fit in {@code contact}) does three things, as {@code tunnel.NisFit} and
 * {@code cooler.CoolerFit} do:
 * <ol>
 *   <li>builds its {@link FitParameter} list (free and held) and records for each a {@link
 *       Parameter}: name, {@link Dimension}, start value and where the value came from (given by the
 *       user, a default, guessed off the data and fitted, …); a value neither given nor free must
 *       not be held silently: fit it ({@link Provenance#ADDED}) or refuse;</li>
 *   <li>runs {@link LeastSquaresFit#fit} and makes the report with {@link #of}, naming the model in
 *       one line and the axes ({@code new Axis("V", Dimension.VOLTAGE)}, {@code new Axis("I",
 *       Dimension.CURRENT)}); for several curves, {@link #withDataSets} names what tells them apart
 *       (e.g. the bath temperature);</li>
 *   <li>on request adds {@link ProfileLikelihood#intervals} with {@link #withIntervals}, and its
 *       own remarks with {@link #withNote}.</li>
 * </ol>
 * Its command then writes it with {@code FitReportWriter.text/json/residuals} through the shared
 * option group {@code cli.FitOptions}, which also selects the points ({@link PointSelection}), reads
 * σ from a column and draws the fit with a residual panel.
 *
 * @param model      one line: what was fitted
 * @param x          the abscissa of the data (name, quantity)
 * @param y          the ordinate
 * @param parameters every model parameter, in the order to report them (free ones as the user
 *                   listed them first, for the JSON contracts): all of {@code fit}'s, and held ones
 *                   the fit does not carry (e.g. an infinite leakage resistance)
 * @param fit        the least-squares result
 * @param data       the data fitted, in the order of {@code fit}'s predictions
 * @param sets       what tells several data sets apart, or null for one data set
 * @param weights    where the σ of the data came from (e.g. "column dI"), or "" when there were none
 * @param intervals  profile-likelihood intervals, possibly none
 * @param notes      one-line remarks, possibly none
 */
public record FitReport(String model, Axis x, Axis y, List<Parameter> parameters, FitResult fit, List<FitData> data,
        DataSets sets, String weights, List<ConfidenceInterval> intervals, List<String> notes) {

    /** The correlations |C| at or above which the text report lists a pair (lmfit's default). */
    public static final double CORRELATION_THRESHOLD = 0.1;

    /**
     * An axis of the data.
     *
     * @param name      the quantity's symbol as CSV headers write it, e.g. {@code V}, {@code I}
     * @param dimension its quantity
     */
    public record Axis(String name, Dimension dimension) {
        public Axis {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dimension, "dimension");
        }
    }

    /**
     * What tells several data sets apart.
     *
     * @param name      e.g. {@code Tbath}
     * @param dimension its quantity
     * @param values    one per data set, SI
     */
    public record DataSets(String name, Dimension dimension, double[] values) {
        public DataSets {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dimension, "dimension");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * One model parameter as reported.
     *
     * @param name       its name in the fit
     * @param dimension  its quantity (SI unit in JSON and CSV)
     * @param initial    the start value (free, finite) or the held value (may be ±∞), SI
     * @param provenance where the value came from
     * @param source     a few words on the source (e.g. "option --ka", "seed-004 device"), or ""
     */
    public record Parameter(String name, Dimension dimension, double initial, Provenance provenance, String source) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(source, "source");
        }

        /** What the report prints: the provenance, and the source when there is one. */
        public String origin() {
            return source.isEmpty() ? provenance.label() : provenance.label() + " (" + source + ")";
        }
    }

    public FitReport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(weights, "weights");
        parameters = List.copyOf(parameters);
        data = List.copyOf(data);
        intervals = List.copyOf(intervals);
        notes = List.copyOf(notes);
        Set<String> names = new HashSet<>();
        for (Parameter p : parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is reported twice");
            }
            if (!fit.estimates().containsKey(p.name()) && p.provenance().free()) {
                throw new IllegalArgumentException("reported free parameter '" + p.name() + "' is not in the fit "
                        + fit.estimates().keySet());
            }
            if (p.provenance().free() != fit.freeNames().contains(p.name())) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' is reported as "
                        + p.provenance().label() + " but is " + (p.provenance().free() ? "held" : "free") + " in the fit");
            }
            if (Double.isNaN(p.initial()) || (p.provenance().free() && Double.isInfinite(p.initial()))) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' needs a finite start value, got "
                        + p.initial());
            }
        }
        if (!names.containsAll(fit.estimates().keySet())) {
            throw new IllegalArgumentException("every model parameter must be reported: the fit has "
                    + fit.estimates().keySet() + ", the report " + names);
        }
        if (data.stream().mapToInt(FitData::size).sum() != fit.observations()) {
            throw new IllegalArgumentException("the data do not have the fit's " + fit.observations() + " points");
        }
        if (sets != null && sets.values().length != data.size()) {
            throw new IllegalArgumentException("one data-set value per data set needed, got " + sets.values().length
                    + " for " + data.size());
        }
    }

    /** The report of {@code fit} of {@code data}, one data set or several not told apart, no σ source named. */
    public static FitReport of(String model, Axis x, Axis y, List<Parameter> parameters, FitResult fit,
            List<FitData> data) {
        return new FitReport(model, x, y, parameters, fit, data, null, "", List.of(), List.of());
    }

    /** This report with the data sets told apart by {@code sets}. */
    public FitReport withDataSets(DataSets s) {
        return new FitReport(model, x, y, parameters, fit, data, s, weights, intervals, notes);
    }

    /** This report saying where the σ of the data came from (e.g. "column dI"). */
    public FitReport withWeights(String source) {
        return new FitReport(model, x, y, parameters, fit, data, sets, source, intervals, notes);
    }

    /** This report with the profile-likelihood intervals {@code list}. */
    public FitReport withIntervals(List<ConfidenceInterval> list) {
        return new FitReport(model, x, y, parameters, fit, data, sets, weights, list, notes);
    }

    /** This report with one more note. */
    public FitReport withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new FitReport(model, x, y, parameters, fit, data, sets, weights, intervals, n);
    }

    /** The reported parameter {@code name}. */
    public Parameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reported parameter '" + name + "'"));
    }

    /** The free parameters in report order. */
    public List<Parameter> free() {
        return parameters.stream().filter(p -> p.provenance().free()).toList();
    }

    /** The held parameters in report order. */
    public List<Parameter> held() {
        return parameters.stream().filter(p -> !p.provenance().free()).toList();
    }

    /** The residual tests of the fit. */
    public ResidualTests residualTests() {
        return ResidualTests.of(data, fit.predictions());
    }

    /**
     * The factor the covariance was multiplied by: 1 when the data carried σ, else χ²_red (the
     * noise estimated from the residuals, which assumes the model is right).
     */
    public double covarianceScale() {
        return fit.sigmaKnown() ? 1.0 : fit.reducedChiSquare();
    }

    /**
     * One line on how the σ of the parameters were obtained: from the data's σ (χ²_red should then be
     * about 1), or, without σ, from the scatter of the residuals (every point weight 1 in the unit of
     * y, χ²_red the mean squared residual in SI units, not ~1, and the covariance scaled by it).
     */
    public String weighting() {
        if (fit.sigmaKnown()) {
            return "σ of the data" + (weights.isEmpty() ? "" : " from " + weights) + "; covariance not scaled"
                    + " (χ²_red ≈ 1 when σ and model are right)";
        }
        String unit = org.andreev.units.Unit.si(y.dimension()).symbol();
        return "no σ given: every point has weight 1, so χ² and χ²_red are in " + unit + "² (not ~1); the covariance"
                + " is scaled by χ²_red, i.e. the noise is estimated from the residuals as "
                + String.format(java.util.Locale.ROOT, "%.4g", Math.sqrt(fit.reducedChiSquare())) + " " + unit
                + " rms, which assumes the model is right";
    }
}
