package org.andreev.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;

/**
 * Weighted non-linear least squares by Levenberg–Marquardt (Hipparchus {@link
 * LevenbergMarquardtOptimizer}, the MINPACK algorithm: J. J. Moré, "The Levenberg–Marquardt
 * algorithm: implementation and theory", Lecture Notes in Mathematics 630 (1978)).
 *
 * <p>Minimises χ² = Σ_k Σ_i ((y_ki − f_k(x_ki; p))/σ_ki)² over the free parameters, all data sets k
 * at once. The optimiser works in the transformed, scaled coordinates u of {@link FitParameter}; the
 * Jacobian ∂r/∂u is formed by central differences, (r(u + h e_j) − r(u − h e_j))/(2h), with h =
 * {@link #withDerivativeStep derivative step} (in units of the parameter's scale), and its 2n
 * columns' evaluations run in parallel when the model is expensive (see {@link
 * #withParallelJacobian}). Uncertainties and correlations: see {@link FitResult}.
 *
 * <p>The optimiser sees the residuals divided by the norm of the residuals at the start, so that its
 * trust region (initial bound 1 in MINPACK's column-scaled norm, i.e. a first step may change the
 * linearised residuals by at most their initial size) means the same whatever the units of y; the
 * default bound factor of 100 lets a step between correlated parameters run off by many orders of
 * magnitude in a log-transformed parameter. A trial point where the model is not finite is rejected
 * like a step that raised the cost (the trust region shrinks); so is one where the model throws an
 * {@link IllegalArgumentException} or {@link ArithmeticException} (a parameter outside the model's
 * validity, e.g. an underflow to 0 of a log-transformed one). At the start point or inside a Jacobian
 * either stops the fit as not converged, naming the parameters. A point where a free parameter lies
 * outside its {@link FitParameter#plausible() plausible range} is never evaluated: the fit stops there
 * as not converged at the best point reached, with a message naming the parameter, where it ran to
 * and why the range ends there (a runaway onto a plateau is not a fit).
 *
 * <p>Immutable; {@code with…} methods return a modified copy. {@link #fit} never throws for a fit
 * that fails to converge: it returns a result with {@link FitResult#converged()} false and a message
 * (call {@link FitResult#orElseThrow()} to turn that into an exception). It throws {@link
 * IllegalArgumentException} for an ill-posed request (duplicate names, no free parameter, fewer points
 * than free parameters, σ given for some data sets only).
 */
public final class LeastSquaresFit {

    /** Jacobian columns are computed in parallel when one model evaluation takes longer than this. */
    private static final long PARALLEL_THRESHOLD_NANOS = 500_000L;

    /**
     * Relative singular value (of the column-normalised Jacobian) below which a combination of
     * parameters is taken as undetermined: its σ would exceed the best one by 10⁸, beyond the
     * accuracy of a finite-difference Jacobian.
     */
    private static final double RANK_THRESHOLD = 1e-8;

    /** When the Jacobian columns are computed in parallel. */
    public enum Parallelism {
        /** Never (the model then need not be thread-safe). */
        NEVER,
        /** Always. */
        ALWAYS,
        /** When the model's first evaluation takes longer than 0.5 ms and two or more cores exist. */
        AUTO
    }

    private final int maxIterations;
    private final double derivativeStep;
    private final Parallelism parallelism;
    private final double costRelativeTolerance;
    private final double parameterRelativeTolerance;

    private LeastSquaresFit(int maxIterations, double derivativeStep, Parallelism parallelism,
            double costRelativeTolerance, double parameterRelativeTolerance) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
        }
        if (!(derivativeStep > 0) || !(derivativeStep < 1)) {
            throw new IllegalArgumentException("derivative step must be in (0, 1), got " + derivativeStep);
        }
        if (!(costRelativeTolerance > 0) || !(parameterRelativeTolerance > 0)) {
            throw new IllegalArgumentException("tolerances must be > 0, got " + costRelativeTolerance
                    + " and " + parameterRelativeTolerance);
        }
        this.maxIterations = maxIterations;
        this.derivativeStep = derivativeStep;
        this.parallelism = Objects.requireNonNull(parallelism, "parallelism");
        this.costRelativeTolerance = costRelativeTolerance;
        this.parameterRelativeTolerance = parameterRelativeTolerance;
    }

    /**
     * The default fit: at most 200 iterations, derivative step 10⁻⁴ of the scale, relative cost and
     * parameter tolerances 10⁻⁸ (a change of χ² by 10⁻⁸ χ² ≈ 10⁻⁸ N, far below the Δχ² = 1 that
     * moves an estimate by 1σ), parallel Jacobian when the model is expensive.
     */
    public static LeastSquaresFit create() {
        return new LeastSquaresFit(200, 1e-4, Parallelism.AUTO, 1e-8, 1e-8);
    }

    /** The same fit, stopping (not converged) after {@code n} iterations. */
    public LeastSquaresFit withMaxIterations(int n) {
        return new LeastSquaresFit(n, derivativeStep, parallelism, costRelativeTolerance, parameterRelativeTolerance);
    }

    /**
     * The same fit with the central-difference step h, in units of each parameter's scale (a LOG
     * parameter of scale = its value moves by a relative h). Make it larger than the cube root of the
     * model's relative numerical noise.
     */
    public LeastSquaresFit withDerivativeStep(double h) {
        return new LeastSquaresFit(maxIterations, h, parallelism, costRelativeTolerance, parameterRelativeTolerance);
    }

    /** The same fit with another policy for evaluating the Jacobian columns in parallel. */
    public LeastSquaresFit withParallelJacobian(Parallelism p) {
        return new LeastSquaresFit(maxIterations, derivativeStep, p, costRelativeTolerance, parameterRelativeTolerance);
    }

    /** The same fit with MINPACK's relative tolerances on the cost reduction and the step. */
    public LeastSquaresFit withTolerances(double costRelative, double parameterRelative) {
        return new LeastSquaresFit(maxIterations, derivativeStep, parallelism, costRelative, parameterRelative);
    }

    /** Fits one curve; see {@link #fit(FitModel, List, List)}. */
    public FitResult fit(FitModel model, List<FitParameter> parameters, FitData data) {
        return fit(model, parameters, List.of(data));
    }

    /**
     * Fits {@code model} to all {@code data} sets at once.
     *
     * @param model      the predictions, called with the full physical parameter vector in the order
     *                   of {@code parameters} and the index of the data set
     * @param parameters every parameter of the model, free and fixed, in the model's order
     * @param data       the curves; either all or none carry σ
     * @return the result, converged or not (never null)
     */
    public FitResult fit(FitModel model, List<FitParameter> parameters, List<FitData> data) {
        Problem problem = new Problem(model, parameters, data);
        double[] start = problem.startPoint();
        long t0 = System.nanoTime();
        double[] r0;
        try {
            r0 = problem.trackedResiduals(start);
        } catch (ModelFailure e) {
            return problem.result(start, false, "at the start point: " + e.getMessage(), 0, 1);
        }
        long oneEvaluation = System.nanoTime() - t0;
        problem.parallel = switch (parallelism) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> oneEvaluation > PARALLEL_THRESHOLD_NANOS && Runtime.getRuntime().availableProcessors() > 1;
        };
        double norm0 = Math.sqrt(Arrays.stream(r0).map(r -> r * r).sum());
        problem.residualScale = norm0 > 0 ? 1 / norm0 : 1.0;
        LevenbergMarquardtOptimizer optimizer = new LevenbergMarquardtOptimizer()
                .withInitialStepBoundFactor(1.0)
                .withCostRelativeTolerance(costRelativeTolerance)
                .withParameterRelativeTolerance(parameterRelativeTolerance);
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .model(problem::scaledResiduals, problem::scaledJacobian)
                .target(new double[problem.observations])
                .start(start)
                .lazyEvaluation(true)
                .maxIterations(maxIterations)
                .maxEvaluations(Math.max(1000, 20 * maxIterations));
        try {
            LeastSquaresOptimizer.Optimum optimum = optimizer.optimize(builder.build());
            return problem.result(optimum.getPoint().toArray(), true,
                    "converged after " + optimum.getIterations() + " iterations",
                    optimum.getIterations(), optimum.getEvaluations());
        } catch (ModelFailure | Implausible e) {
            return problem.result(problem.bestPoint, false, e.getMessage(), problem.jacobians, problem.evaluations);
        } catch (MathIllegalStateException e) {
            String why = e.getMessage().contains("exceeded")
                    ? "iteration limit of " + maxIterations + " reached (" + e.getMessage() + ")"
                    : e.getMessage();
            if (problem.rejectedTrial != null) {
                why += "; a rejected trial step: " + problem.rejectedTrial;
            }
            return problem.result(problem.bestPoint, false, why, problem.jacobians, problem.evaluations);
        }
    }

    /** A model evaluation returned NaN or infinity, or threw: rejects a trial step or stops the fit. */
    private static final class ModelFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModelFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** The optimiser moved a parameter outside its plausible range: stops the fit. */
    private static final class Implausible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Implausible(String message) {
            super(message, null, false, false);
        }
    }

    /** One fit in progress: the residual vector r(u) = (f − y)/σ over all data sets, its Jacobian. */
    private final class Problem {
        final FitModel model;
        final List<FitParameter> parameters;
        final List<FitData> data;
        final int[] freeIndex;
        final int observations;
        final boolean sigmaKnown;
        boolean parallel;

        double[] bestPoint;
        double bestCost = Double.POSITIVE_INFINITY;
        int evaluations;
        int jacobians;
        double[] lastJacobianPoint;
        double[] lastPredictionPoint;
        double[] lastPredictions;
        double[][] lastJacobian;
        double residualScale = 1.0;
        String rejectedTrial;

        Problem(FitModel model, List<FitParameter> parameters, List<FitData> data) {
            this.model = Objects.requireNonNull(model, "model");
            this.parameters = List.copyOf(parameters);
            this.data = List.copyOf(data);
            var names = new HashSet<String>();
            for (FitParameter p : this.parameters) {
                if (!names.add(p.name())) {
                    throw new IllegalArgumentException("duplicate fit parameter name '" + p.name() + "'");
                }
            }
            freeIndex = IntStream.range(0, this.parameters.size()).filter(i -> this.parameters.get(i).free()).toArray();
            if (freeIndex.length == 0) {
                throw new IllegalArgumentException("nothing to fit: every parameter is fixed");
            }
            if (this.data.isEmpty()) {
                throw new IllegalArgumentException("nothing to fit to: no data set");
            }
            observations = this.data.stream().mapToInt(FitData::size).sum();
            if (observations <= freeIndex.length) {
                throw new IllegalArgumentException("a fit of " + freeIndex.length + " free parameters needs more than "
                        + freeIndex.length + " points, got " + observations);
            }
            long withSigma = this.data.stream().filter(FitData::hasSigma).count();
            if (withSigma != 0 && withSigma != this.data.size()) {
                throw new IllegalArgumentException("either all data sets or none must carry sigma");
            }
            sigmaKnown = withSigma != 0;
        }

        double[] startPoint() {
            return IntStream.of(freeIndex).mapToDouble(i -> {
                FitParameter p = parameters.get(i);
                return p.toOptimizer(p.initial());
            }).toArray();
        }

        double[] physical(double[] u) {
            double[] p = parameters.stream().mapToDouble(FitParameter::initial).toArray();
            for (int j = 0; j < freeIndex.length; j++) {
                p[freeIndex[j]] = parameters.get(freeIndex[j]).toPhysical(u[j]);
            }
            return p;
        }

        /**
         * r(u)·residualScale for the optimiser; a non-finite model at a trial point returns a residual
         * vector of cost 10²⁰ so that the step is rejected.
         */
        double[] scaledResiduals(double[] u) {
            double[] r;
            try {
                r = trackedResiduals(u);
            } catch (ModelFailure e) {
                rejectedTrial = e.getMessage();
                double[] huge = new double[observations];
                Arrays.fill(huge, 1e10 / Math.sqrt(observations));
                return huge;
            }
            double[] scaled = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                scaled[i] = r[i] * residualScale;
            }
            return scaled;
        }

        /** ∂r/∂u · residualScale for the optimiser. */
        double[][] scaledJacobian(double[] u) {
            double[][] jac = jacobian(u);
            double[][] scaled = new double[jac.length][];
            for (int i = 0; i < jac.length; i++) {
                scaled[i] = jac[i].clone();
                for (int j = 0; j < scaled[i].length; j++) {
                    scaled[i][j] *= residualScale;
                }
            }
            return scaled;
        }

        /** r(u), remembering the lowest-cost point for a fit that stops early. */
        double[] trackedResiduals(double[] u) {
            double[] r;
            try {
                if (!Arrays.equals(u, lastPredictionPoint)) {
                    // the optimiser's first evaluation repeats the start point's
                    evaluations++;
                    lastPredictions = predictions(u);
                    lastPredictionPoint = u.clone();
                }
                r = residualsOf(lastPredictions);
            } catch (ModelFailure e) {
                    if (bestPoint == null) {
                    bestPoint = u.clone();
                }
                throw e;
            }
            double cost = 0;
            for (double ri : r) {
                cost += ri * ri;
            }
            if (cost < bestCost) {
                bestCost = cost;
                bestPoint = u.clone();
            }
            return r;
        }

        double[] residuals(double[] u) {
            return residualsOf(predictions(u));
        }

        /** (f − y)/σ for the concatenated predictions f. */
        double[] residualsOf(double[] f) {
            double[] r = new double[observations];
            int offset = 0;
            for (FitData d : data) {
                for (int i = 0; i < d.size(); i++) {
                    r[offset + i] = (f[offset + i] - d.y()[i]) / (d.hasSigma() ? d.sigma()[i] : 1.0);
                }
                offset += d.size();
            }
            return r;
        }

        /** The model's predictions for all data sets, concatenated; checked finite. */
        double[] predictions(double[] u) {
            double[] p = physical(u);
            checkPlausible(p);
            double[] all = new double[observations];
            int offset = 0;
            for (int k = 0; k < data.size(); k++) {
                FitData d = data.get(k);
                double[] f = new double[d.size()];
                try {
                    model.predict(p, k, d.x(), f);
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new ModelFailure("model failed (" + e.getMessage() + ") on data set " + k
                            + " for " + describe(p));
                }
                for (int i = 0; i < f.length; i++) {
                    if (!Double.isFinite(f[i])) {
                        throw new ModelFailure("model gave " + f[i] + " at x = " + d.x()[i]
                                + " of data set " + k + " for " + describe(p));
                    }
                }
                System.arraycopy(f, 0, all, offset, f.length);
                offset += f.length;
            }
            return all;
        }

        /**
         * ∂r/∂u: analytic where the model offers it, else by central differences, the 2n
         * evaluations in parallel if the model is slow.
         */
        double[][] jacobian(double[] u) {
            if (lastJacobianPoint != null && Arrays.equals(u, lastJacobianPoint)) {
                return lastJacobian;
            }
            jacobians++;
            int n = freeIndex.length;
            int[] numeric = IntStream.range(0, n).filter(j -> !model.hasDerivative(freeIndex[j])).toArray();
            IntStream shifts = IntStream.range(0, 2 * numeric.length);
            double[][] shifted = (parallel ? shifts.parallel() : shifts).mapToObj(k -> {
                double[] v = u.clone();
                v[numeric[k / 2]] += (k % 2 == 0 ? derivativeStep : -derivativeStep);
                return residuals(v);
            }).toArray(double[][]::new);
            double[][] jac = new double[observations][n];
            for (int c = 0; c < numeric.length; c++) {
                double[] plus = shifted[2 * c];
                double[] minus = shifted[2 * c + 1];
                for (int i = 0; i < observations; i++) {
                    jac[i][numeric[c]] = (plus[i] - minus[i]) / (2 * derivativeStep);
                }
            }
            if (numeric.length < n) {
                analyticColumns(u, jac);
            }
            lastJacobianPoint = u.clone();
            lastJacobian = jac;
            return jac;
        }

        private void analyticColumns(double[] u, double[][] jac) {
            double[] p = physical(u);
            // the optimiser evaluates a point before asking for its Jacobian: reuse that evaluation
            double[] f = Arrays.equals(u, lastPredictionPoint) ? lastPredictions : predictions(u);
            for (int j = 0; j < freeIndex.length; j++) {
                if (!model.hasDerivative(freeIndex[j])) {
                    continue;
                }
                double dpdu = parameters.get(freeIndex[j]).derivative(u[j]);
                int offset = 0;
                for (int k = 0; k < data.size(); k++) {
                    FitData d = data.get(k);
                    double[] dydp = new double[d.size()];
                    model.derivative(p, freeIndex[j], k, d.x(), Arrays.copyOfRange(f, offset, offset + d.size()), dydp);
                    for (int i = 0; i < d.size(); i++) {
                        jac[offset + i][j] = dydp[i] * dpdu / (d.hasSigma() ? d.sigma()[i] : 1.0);
                    }
                    offset += d.size();
                }
            }
        }

        FitResult result(double[] u, boolean optimizerConverged, String message, int iterations, int evals) {
            int n = freeIndex.length;
            double[] p = physical(u);
            String runaway = firstNonFinite(p);
            if (runaway != null && bestPoint != null && firstNonFinite(physical(bestPoint)) == null) {
                // A parameter the data do not pin down ran off to infinity (e.g. exp(u) of a log
                // parameter overflowed): never a success; report the best finite point instead.
                return result(bestPoint, false, "parameter " + runaway
                        + " ran away to infinity (the data do not determine it); best finite point reported",
                        iterations, evals);
            }
            if (runaway != null) {
                throw new IllegalStateException("fit parameter " + runaway + " is not finite at the start point");
            }
            double chi2 = 0;
            boolean finite = true;
            double[] f = new double[observations];
            try {
                f = Arrays.equals(u, lastPredictionPoint) ? lastPredictions : predictions(u);
                for (double ri : residualsOf(f)) {
                    chi2 += ri * ri;
                }
            } catch (ModelFailure | Implausible e) {
                finite = false;
                chi2 = Double.NaN;
                Arrays.fill(f, Double.NaN);
            }
            int dof = observations - n;
            double chi2red = chi2 / dof;
            double[][] covariance = nanMatrix(n);
            String covarianceProblem = finite ? null : "";
            if (finite) {
                try {
                    double[][] covU = covarianceInOptimizerSpace(jacobian(u));
                    double scale = sigmaKnown ? 1.0 : chi2red;
                    for (int a = 0; a < n; a++) {
                        double da = parameters.get(freeIndex[a]).derivative(u[a]);
                        for (int b = 0; b < n; b++) {
                            double db = parameters.get(freeIndex[b]).derivative(u[b]);
                            covariance[a][b] = scale * da * db * covU[a][b];
                        }
                    }
                } catch (ModelFailure | Implausible e) {
                    covarianceProblem = "no covariance: " + e.getMessage();
                } catch (SingularException e) {
                    covarianceProblem = e.getMessage();
                }
            }
            double[][] correlation = nanMatrix(n);
            if (covarianceProblem == null) {
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        correlation[a][b] = a == b ? 1.0
                                : covariance[a][b] / Math.sqrt(covariance[a][a] * covariance[b][b]);
                    }
                }
            }
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            List<String> freeNames = new ArrayList<>();
            for (int i = 0, j = 0; i < parameters.size(); i++) {
                FitParameter par = parameters.get(i);
                if (par.free()) {
                    double var = covariance[j][j];
                    estimates.put(par.name(), new Estimate(p[i], Double.isNaN(var) ? Double.NaN : Math.sqrt(var)));
                    freeNames.add(par.name());
                    j++;
                } else {
                    estimates.put(par.name(), new Estimate(p[i], 0.0));
                }
            }
            List<String> atBound = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (parameters.get(freeIndex[j]).atBound(u[j])) {
                    atBound.add(parameters.get(freeIndex[j]).name());
                }
            }
            if (!atBound.isEmpty()) {
                message += "; at the edge of its domain (σ one-sided, linearised): " + String.join(", ", atBound);
            }
            if (!optimizerConverged && rejectedTrial != null && !message.contains(rejectedTrial)) {
                message += "; a rejected trial step: " + rejectedTrial;
            }
            boolean converged = optimizerConverged && covarianceProblem == null;
            String fullMessage = covarianceProblem == null || covarianceProblem.isEmpty() ? message
                    : optimizerConverged ? covarianceProblem + " (the optimiser stopped after " + iterations + " iterations)"
                    : message + "; " + covarianceProblem;
            return new FitResult(estimates, freeNames, covariance, correlation, chi2, chi2red, observations,
                    sigmaKnown, converged, fullMessage, atBound, iterations, evals, f);
        }

        /** Throws {@link Implausible} naming the first free parameter outside its plausible range. */
        void checkPlausible(double[] p) {
            for (int i : freeIndex) {
                FitParameter par = parameters.get(i);
                if (!par.plausible().contains(p[i])) {
                    throw new Implausible(par.name() + " ran from " + par.initial() + " to " + p[i]
                            + ", outside its plausible range " + par.plausible()
                            + ": the data do not determine it, or the start is far off; best point reached reported");
                }
            }
        }

        /** The name of the first parameter whose physical value is not finite, or null. */
        String firstNonFinite(double[] p) {
            for (int i = 0; i < p.length; i++) {
                if (!Double.isFinite(p[i])) {
                    return parameters.get(i).name();
                }
            }
            return null;
        }

        /** (JᵀJ)⁻¹ by SVD of the column-normalised J, refusing an undetermined combination. */
        double[][] covarianceInOptimizerSpace(double[][] jac) {
            int n = freeIndex.length;
            double[] norm = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (double[] row : jac) {
                    s += row[j] * row[j];
                }
                norm[j] = Math.sqrt(s);
                if (!(norm[j] > 0)) {
                    throw new SingularException("singular Jacobian: the model does not depend on "
                            + parameters.get(freeIndex[j]).name());
                }
            }
            RealMatrix scaled = new Array2DRowRealMatrix(jac.length, n);
            for (int i = 0; i < jac.length; i++) {
                for (int j = 0; j < n; j++) {
                    scaled.setEntry(i, j, jac[i][j] / norm[j]);
                }
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(scaled);
            double[] s = svd.getSingularValues();
            RealMatrix v = svd.getV();
            if (s[n - 1] < RANK_THRESHOLD * s[0]) {
                throw new SingularException("singular Jacobian: the data do not determine "
                        + undetermined(v.getColumnVector(n - 1).toArray()));
            }
            double[][] cov = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum += v.getEntry(a, k) * v.getEntry(b, k) / (s[k] * s[k]);
                    }
                    cov[a][b] = sum / (norm[a] * norm[b]);
                }
            }
            return cov;
        }

        /** The parameters that make up a null direction of the Jacobian. */
        String undetermined(double[] nullVector) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < nullVector.length; j++) {
                if (Math.abs(nullVector[j]) > 0.2) {
                    names.add(parameters.get(freeIndex[j]).name());
                }
            }
            return names.size() == 1 ? names.get(0) : "a combination of " + String.join(", ", names);
        }

        String describe(double[] p) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(parameters.get(i).name()).append(" = ").append(p[i]);
            }
            return sb.toString();
        }
    }

    private static final class SingularException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SingularException(String message) {
            super(message, null, false, false);
        }
    }

    private static double[][] nanMatrix(int n) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
