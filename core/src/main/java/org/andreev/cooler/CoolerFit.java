package org.andreev.cooler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.andreev.cooler.CoolerModel.AndreevTerms;
import org.andreev.fit.FitData;
import org.andreev.fit.FitModel;
import org.andreev.fit.FitParameter;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitResult;
import org.andreev.fit.LeastSquaresFit;
import org.andreev.fit.ProfileLikelihood;
import org.andreev.fit.Provenance;
import org.andreev.units.Dimension;

/**
 * Fits cooler parameters to measured I(V) curves, several bath temperatures at once (seed 004 §4:
 * the Kapitza coupling from curves above 300 mK, then M at the lowest temperature). The model of
 * every curve is the self-consistent I(V) of {@link CoolerModel} at that curve's bath; the named
 * parameters ({@link CoolerDevice#FITTABLE}, declared in the device table) are
 * shared by all curves and fitted by Levenberg–Marquardt in log coordinates, so they stay positive
 * without sticking at a bound ({@link LeastSquaresFit}); the others are held at the device's values.
 *
 * <p>Uncertainties, correlations and χ²_red are those of {@link FitResult}; with no σ on the data
 * the covariance is scaled by χ²_red. A fit that does not converge is returned with
 * {@code converged() == false} and the reason; it is not a result. The {@link Result#report()
 * report} lists every fittable parameter, free or held, with where its value came from (given,
 * or the device's default); nothing is guessed off the data, so nothing is held at a guess.
 */
public final class CoolerFit {
    private CoolerFit() {}

    /** T_e tolerance inside a fit, K: 1e-7 of T_e, 1e-3 of what a finite-difference step of 1e-4 changes. */
    static final double FIT_TOLERANCE = 1e-8;

    /** A trial parameter beyond start × 10^±6 stops the fit (not converged). */
    static final double RUNAWAY = 1e6;

    /** Start of a free leakage resistance when the device has none (+∞), Ω (declared in {@link DeviceFile#TABLE}). */
    public static final double RLEAK_START = DeviceFile.TABLE.parameter(CoolerDevice::rLeak).infiniteStart();

    /**
     * One measured I(V) at a bath temperature.
     *
     * @param tBath bath temperature, K (&gt; 0)
     * @param v     total biases, V
     * @param i     currents, A
     * @param sigma standard uncertainties of the currents, A, or null if unknown
     */
    public record Measurement(double tBath, double[] v, double[] i, double[] sigma) {
        /** Validates the bath temperature; the arrays are checked by {@link FitData}. */
        public Measurement {
            if (!(tBath > 0) || Double.isInfinite(tBath)) {
                throw new IllegalArgumentException("T_bath must be > 0 K, got " + tBath);
            }
            Objects.requireNonNull(v, "v");
            Objects.requireNonNull(i, "i");
        }

        FitData data() {
            return sigma == null ? FitData.of(v, i) : FitData.withSigma(v, i, sigma);
        }
    }

    /**
     * A fit's outcome.
     *
     * @param fit    the estimates (SI), covariance, correlation, χ²_red and convergence
     * @param device the device with the fitted values (the best point reached if not converged)
     * @param model  the model I(V) at the fitted values, one per measurement, on its biases
     * @param start  the device the fit started from
     * @param report the fit's report ({@link org.andreev.fit.FitReportWriter})
     */
    public record Result(FitResult fit, CoolerDevice device, List<CoolerCurve> model, CoolerDevice start,
            FitReport report) {

        /**
         * How the fit ended, in one line: the fit's message, and for a fit that did not converge the
         * parameters that ran far (10⁵ or more) from their start, the usual reason.
         */
        public String message() {
            StringBuilder b = new StringBuilder(fit.message().replaceAll("\\s*\\R\\s*", "; "));
            if (!fit.converged()) {
                for (String name : fit.freeNames()) {
                    double ratio = fit.value(name) / startValue(name);
                    if (ratio > RUNAWAY / 10 || ratio < 10 / RUNAWAY) {
                        b.append("; ").append(name).append(" ran from ").append(startValue(name)).append(" to ")
                                .append(fit.value(name)).append(": the data do not determine it, or the start is far off");
                    }
                }
            }
            return b.toString();
        }

        private double startValue(String name) {
            return DeviceFile.TABLE.fitStart(name, start.value(name));
        }

        /** The residuals I_measured − I_model of measurement {@code k}, A. */
        public double[] residuals(Measurement m, int k) {
            double[] r = new double[m.i().length];
            for (int j = 0; j < r.length; j++) {
                r[j] = m.i()[j] - model.get(k).current()[j];
            }
            return r;
        }
    }

    /**
     * Fits the parameters named in {@code free} to the {@code measurements}, starting from
     * {@code start}, with the Andreev terms {@code terms}.
     *
     * @throws IllegalArgumentException for an unknown or repeated name, no free parameter, or a
     *     free parameter whose start is not finite and positive (a free leakage resistance of +∞
     *     starts at {@link #RLEAK_START}, as the table declares)
     */
    public static Result fit(CoolerDevice start, List<String> free, List<Measurement> measurements,
            AndreevTerms terms) {
        return fit(start, free, measurements, terms, Map.of(), "the device given", 0);
    }

    /**
     * Fits as {@link #fit(CoolerDevice, List, List, AndreevTerms)}, saying in the report where each
     * parameter's value came from, and with profile-likelihood intervals at {@code confidenceLevel}
     * (0: none; each profile point is a refit, so this multiplies the cost by ~10 per parameter and side).
     *
     * @param given    the fittable parameters whose value the user set, each with its source (e.g.
     *                 "option --ka", "device file my.yaml")
     * @param defaults where the others come from (e.g. "embedded seed-004 device")
     */
    public static Result fit(CoolerDevice start, List<String> free, List<Measurement> measurements,
            AndreevTerms terms, Map<String, String> given, String defaults, double confidenceLevel) {
        if (free.isEmpty()) {
            throw new IllegalArgumentException("name at least one parameter to fit, from " + CoolerDevice.FITTABLE);
        }
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one measured curve");
        }
        CoolerDevice device = start;
        List<FitParameter> parameters = new ArrayList<>();
        for (String name : free) {
            if (!CoolerDevice.FITTABLE.contains(name)) {
                throw new IllegalArgumentException("cannot fit '" + name + "'; the fittable parameters are "
                        + String.join(", ", CoolerDevice.FITTABLE));
            }
            double initial = DeviceFile.TABLE.fitStart(name, device.value(name));
            if (initial != device.value(name)) {
                device = device.with(name, initial); // +inf starts where the table says
            }
            if (!(initial > 0) || Double.isInfinite(initial)) {
                throw new IllegalArgumentException("the start value of " + name + " must be finite and > 0 to fit it, got "
                        + initial);
            }
            // A parameter run off by more than RUNAWAY from its start (in log coordinates the optimiser
            // can step to 0 or ∞ in one go, e.g. onto the plateau Σ → 0 where the model no longer
            // depends on it) ends the fit as not converged, naming it (the engine's plausible range).
            parameters.add(FitParameter.positive(name, initial).withinFactorOfStart(RUNAWAY));
        }
        CoolerDevice base = device;
        FitModel model = (p, k, x, y) -> {
            CoolerDevice d;
            try {
                d = apply(base, free, p);
            } catch (IllegalArgumentException e) {
                java.util.Arrays.fill(y, Double.NaN); // not a model: the fit stops and says where
                return;
            }
            CoolerCurve c = new CoolerModel(d, terms).withTolerance(FIT_TOLERANCE).curve(x, measurements.get(k).tBath());
            for (int j = 0; j < x.length; j++) {
                y[j] = c.converged(j) ? c.current()[j] : Double.NaN;
            }
        };
        List<FitData> data = measurements.stream().map(Measurement::data).toList();
        LeastSquaresFit engine = LeastSquaresFit.create();
        FitResult result = engine.fit(model, parameters, data);
        CoolerDevice fitted = apply(base, free, result.values());
        CoolerModel m = new CoolerModel(fitted, terms);
        List<CoolerCurve> curves = measurements.stream().map(x -> m.curve(x.v(), x.tBath())).toList();
        FitReport report = FitReport.of("cooler I(V): self-consistent heat balance of CoolerModel (physics.md A5),"
                        + " Andreev terms " + terms + ", at each curve's bath temperature",
                new FitReport.Axis("V", Dimension.VOLTAGE), new FitReport.Axis("I", Dimension.CURRENT),
                reported(start, free, given, defaults), result, data)
                .withDataSets(new FitReport.DataSets("Tbath", Dimension.TEMPERATURE,
                        measurements.stream().mapToDouble(Measurement::tBath).toArray()))
                .withNote("other device values (diffusion, dos, island and wire sizes, geometry, Andreev form)"
                        + " held as in " + defaults + " ('andreev cooler params' prints them)");
        if (confidenceLevel > 0 && result.converged()) {
            report = report.withIntervals(
                    ProfileLikelihood.intervals(engine, model, parameters, data, result, confidenceLevel));
        }
        return new Result(result, fitted, curves, start, report);
    }

    /** Every fittable parameter: the free ones in the order given, then the held ones. */
    private static List<FitReport.Parameter> reported(CoolerDevice start, List<String> free, Map<String, String> given,
            String defaults) {
        List<String> order = new ArrayList<>(free);
        CoolerDevice.FITTABLE.stream().filter(n -> !free.contains(n)).forEach(order::add);
        List<FitReport.Parameter> out = new ArrayList<>();
        for (String name : order) {
            boolean isGiven = given.containsKey(name);
            boolean isFree = free.contains(name);
            Provenance p = isFree ? (isGiven ? Provenance.FITTED : Provenance.DEFAULT_FITTED)
                    : isGiven ? Provenance.GIVEN : Provenance.DEFAULT;
            double value = start.value(name);
            String source = isGiven ? given.get(name) : defaults;
            Dimension dimension = DeviceFile.TABLE.find(name).orElseThrow().dimension();
            double from = DeviceFile.TABLE.fitStart(name, value);
            if (isFree && from != value) {
                value = from;
                source += "; +inf there, started at " + from + " " + dimension.commonUnits().get(0);
            }
            out.add(new FitReport.Parameter(name, dimension, value, p, source));
        }
        return out;
    }

    private static CoolerDevice apply(CoolerDevice d, List<String> names, double[] values) {
        for (int j = 0; j < names.size(); j++) {
            d = d.with(names.get(j), values[j]);
        }
        return d;
    }
}
