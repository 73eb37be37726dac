package org.andreev.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.andreev.numeric.RootSolver;
import org.hipparchus.special.Erf;

/**
 * Profile-likelihood confidence intervals (the idea of lmfit's {@code conf_interval}; W. H. Press et
 * al., Numerical Recipes, 3rd ed., §15.6.5): for each free parameter p_j, the profile χ²_P(p_j) =
 * min over all other free parameters of χ², and the interval is where χ²_P − χ²_min stays below
 * s·q, with q = 2 erf⁻¹(level)² the quantile of χ² with one degree of freedom (1 for 68.27 %, 3.84
 * for 95 %) and s = 1 when the data carry σ, else the χ²_red of the best fit (the same noise
 * estimate that scales the covariance, {@link FitResult}). For a model linear in its parameters the
 * profile is the parabola of the covariance, and the interval is exactly best ± √q σ; for a
 * non-linear one it may be asymmetric, or open on a side the data do not bound, where a covariance
 * σ would mislead.
 *
 * <p>lmfit compares χ² by an F test instead (Δχ²/χ²_min · ν against F(1, ν)), which for ν points
 * beyond the parameters widens the interval by the Student factor t_ν/z (1.005 at ν = 100); the
 * Δχ² reading here is the one that reduces to the covariance for a linear model.
 *
 * <p>Each end is bracketed by stepping out from the best value by σ, 2σ, 4σ, … (halving towards the
 * edge of the parameter's domain or plausible range rather than stepping over it), then found by
 * Brent's method to 10⁻⁴ σ; every profile point is a fit of the other free parameters from the
 * best-fit values. An end the profile does not reach before the edge is reported as ±∞, with the
 * reason in the message.
 */
public final class ProfileLikelihood {
    private ProfileLikelihood() {}

    /** 1σ of a Gaussian: erf(1/√2). */
    public static final double ONE_SIGMA = 0.6826894921370859;

    /** Steps out from the best value before an end counts as unbounded. */
    private static final int MAX_STEPS = 30;

    /** The χ² threshold q of {@code level}: the quantile of χ² with one degree of freedom. */
    public static double threshold(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        double x = Erf.erfInv(level);
        return 2 * x * x;
    }

    /** The intervals of every free parameter of {@code best}, in its order. */
    public static List<ConfidenceInterval> intervals(LeastSquaresFit engine, FitModel model,
            List<FitParameter> parameters, List<FitData> data, FitResult best, double level) {
        List<ConfidenceInterval> out = new ArrayList<>();
        for (String name : best.freeNames()) {
            out.add(interval(engine, model, parameters, data, best, name, level));
        }
        return out;
    }

    /**
     * The interval of the free parameter {@code name} at {@code level}.
     *
     * @param engine     the driver of the refits of the other parameters
     * @param model      the model {@code best} was fitted with
     * @param parameters the parameters {@code best} was fitted with (their transforms and ranges
     *                   bound the search)
     * @param data       the data {@code best} was fitted to
     * @param best       a converged fit
     */
    public static ConfidenceInterval interval(LeastSquaresFit engine, FitModel model, List<FitParameter> parameters,
            List<FitData> data, FitResult best, String name, double level) {
        Objects.requireNonNull(engine, "engine");
        if (!best.converged()) {
            throw new IllegalArgumentException("profile intervals need a converged fit: " + best.message());
        }
        int index = -1;
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                index = i;
            }
        }
        if (index < 0 || !parameters.get(index).free()) {
            throw new IllegalArgumentException("'" + name + "' is not a free parameter of this fit: " + best.freeNames());
        }
        Profile profile = new Profile(engine, model, parameters, data, best, index,
                threshold(level) * (best.sigmaKnown() ? 1.0 : best.reducedChiSquare()));
        double value = best.value(name);
        Side lower = profile.end(-1);
        Side upper = profile.end(+1);
        String message = (lower.why + (lower.why.isEmpty() || upper.why.isEmpty() ? "" : "; ") + upper.why);
        return new ConfidenceInterval(name, level, value, Math.min(lower.end, value), Math.max(upper.end, value), message);
    }

    private record Side(double end, String why) {}

    /** The profile of one parameter: Δχ²(p) − threshold, by refits of the others. */
    private static final class Profile {
        final LeastSquaresFit engine;
        final FitModel model;
        final List<FitParameter> parameters;
        final List<FitData> data;
        final FitResult best;
        final int index;
        final double threshold;
        final FitParameter parameter;

        Profile(LeastSquaresFit engine, FitModel model, List<FitParameter> parameters, List<FitData> data,
                FitResult best, int index, double threshold) {
            this.engine = engine;
            this.model = model;
            this.parameters = List.copyOf(parameters);
            this.data = List.copyOf(data);
            this.best = best;
            this.index = index;
            this.threshold = threshold;
            this.parameter = parameters.get(index);
        }

        /** Δχ²(p) − threshold; NaN (with the reason in {@code failure}) when the refit fails. */
        double excess(double p, String[] failure) {
            List<FitParameter> held = new ArrayList<>();
            double[] values = best.values();
            boolean anyFree = false;
            for (int i = 0; i < parameters.size(); i++) {
                FitParameter q = parameters.get(i);
                if (i == index) {
                    held.add(FitParameter.fixed(q.name(), p));
                } else if (q.free()) {
                    held.add(new FitParameter(q.name(), values[i], q.scale(), q.transform(), true, q.plausible()));
                    anyFree = true;
                } else {
                    held.add(q);
                }
            }
            double chi2;
            if (anyFree) {
                FitResult r = engine.fit(model, held, data);
                if (!r.converged() || !Double.isFinite(r.chiSquare())) {
                    failure[0] = "the refit at " + parameter.name() + " = " + p + " did not converge: " + r.message();
                    return Double.NaN;
                }
                chi2 = r.chiSquare();
            } else {
                values[index] = p;
                chi2 = chiSquare(values);
            }
            return chi2 - best.chiSquare() - threshold;
        }

        private double chiSquare(double[] p) {
            double chi2 = 0;
            for (int k = 0; k < data.size(); k++) {
                FitData d = data.get(k);
                double[] f = new double[d.size()];
                model.predict(p, k, d.x(), f);
                for (int i = 0; i < f.length; i++) {
                    double r = (d.y()[i] - f[i]) / (d.hasSigma() ? d.sigma()[i] : 1.0);
                    chi2 += r * r;
                }
            }
            return Double.isFinite(chi2) ? chi2 : Double.NaN;
        }

        /** The end of the interval on side {@code dir} (−1, +1). */
        Side end(int dir) {
            double value = best.value(parameter.name());
            double sigma = best.sigma(parameter.name());
            double step = sigma > 0 ? sigma : parameter.scale() * 1e-3;
            double edge = edge(dir);
            double inside = value;
            String[] failure = {null};
            for (int k = 0; k < MAX_STEPS; k++) {
                double p = value + dir * step * Math.pow(2, k);
                boolean clipped = !(dir < 0 ? p > edge : p < edge);
                if (clipped) {
                    p = 0.5 * (inside + edge);
                }
                double g = excess(p, failure);
                if (Double.isNaN(g)) {
                    return new Side(dir * Double.POSITIVE_INFINITY, (dir < 0 ? "lower" : "upper") + " end not found: "
                            + failure[0]);
                }
                if (g > 0) {
                    double a = Math.min(inside, p);
                    double b = Math.max(inside, p);
                    RootSolver.Root root = new RootSolver(1e-4 * step, 1e-12, 100).solve(x -> {
                        double e = excess(x, failure);
                        return Double.isNaN(e) ? 1.0 : e;
                    }, a, b);
                    if (root.converged()) {
                        return new Side(root.x(), "");
                    }
                    return new Side(p, (dir < 0 ? "lower" : "upper") + " end only bracketed: " + root.reason());
                }
                inside = p;
            }
            return new Side(dir * Double.POSITIVE_INFINITY, parameter.name() + " is not bounded "
                    + (dir < 0 ? "below" : "above") + " by the data (Δχ² stays below the threshold up to "
                    + inside + ")");
        }

        /** The edge of the parameter's domain and plausible range on side {@code dir}. */
        private double edge(int dir) {
            ParameterTransform t = parameter.transform();
            double domain = dir * Double.POSITIVE_INFINITY;
            if (t instanceof ParameterTransform.Log || t instanceof ParameterTransform.Magnitude
                    || t instanceof ParameterTransform.Square) {
                domain = dir < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            } else if (t instanceof ParameterTransform.Box b) {
                domain = dir < 0 ? b.lower() : b.upper();
            }
            double plausible = dir < 0 ? parameter.plausible().lowest() : parameter.plausible().highest();
            return dir < 0 ? Math.max(domain, plausible) : Math.min(domain, plausible);
        }
    }
}
