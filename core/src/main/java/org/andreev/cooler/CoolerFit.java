package org.andreev.cooler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.andreev.cooler.CoolerModel.AndreevTerms;
import org.andreev.fit.FitData;
import org.andreev.fit.FitModel;
import org.andreev.fit.FitParameter;
import org.andreev.fit.FitResult;
import org.andreev.fit.LeastSquaresFit;

/**
 * Fits cooler parameters to measured I(V) curves, several bath temperatures at once (seed 004 §4:
 * the Kapitza coupling from curves above 300 mK, then M at the lowest temperature). The model of
 * every curve is the self-consistent I(V) of {@link CoolerModel} at that curve's bath; the named
 * parameters ({@link CoolerDevice#FITTABLE}: m, sigma_eph, ka, lphi, delta, rt, rleak, dynes) are
 * shared by all curves and fitted by Levenberg–Marquardt in log coordinates, so they stay positive
 * without sticking at a bound ({@link LeastSquaresFit}); the others are held at the device's values.
 *
 * <p>Uncertainties, correlations and χ²_red are those of {@link FitResult}; with no σ on the data
 * the covariance is scaled by χ²_red. A fit that does not converge is returned with
 * {@code converged() == false} and the reason; it is not a result.
 */
public final class CoolerFit {
    private CoolerFit() {}

    /** T_e tolerance inside a fit, K: 1e-7 of T_e, 1e-3 of what a finite-difference step of 1e-4 changes. */
    static final double FIT_TOLERANCE = 1e-8;

    /** A trial parameter beyond start × 10^±6 stops the fit (not converged). */
    static final double RUNAWAY = 1e6;

    /** Start of a free {@code rleak} when the device has none (+∞), Ω. */
    public static final double RLEAK_START = 1e9;

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
     */
    public record Result(FitResult fit, CoolerDevice device, List<CoolerCurve> model, CoolerDevice start) {

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
            double v = start.value(name);
            return name.equals("rleak") && Double.isInfinite(v) ? RLEAK_START : v;
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
     *     free parameter whose start is not finite and positive (a free {@code rleak} of +∞ starts
     *     at {@link #RLEAK_START})
     */
    public static Result fit(CoolerDevice start, List<String> free, List<Measurement> measurements,
            AndreevTerms terms) {
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
            double initial = device.value(name);
            if (name.equals("rleak") && Double.isInfinite(initial)) {
                initial = RLEAK_START;
                device = device.with("rleak", initial);
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
        FitResult result = LeastSquaresFit.create().fit(model, parameters, data);
        CoolerDevice fitted = apply(base, free, result.values());
        CoolerModel m = new CoolerModel(fitted, terms);
        List<CoolerCurve> curves = measurements.stream().map(x -> m.curve(x.v(), x.tBath())).toList();
        return new Result(result, fitted, curves, start);
    }

    private static CoolerDevice apply(CoolerDevice d, List<String> names, double[] values) {
        for (int j = 0; j < names.size(); j++) {
            d = d.with(names.get(j), values[j]);
        }
        return d;
    }
}
