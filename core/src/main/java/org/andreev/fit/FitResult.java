package org.andreev.fit;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a least-squares fit.
 *
 * <p>χ² = Σ ((y − f)/σ)² over all points of all data sets, with σ = 1 when the data carry no
 * uncertainties; χ²_red = χ²/ν with ν = N − (number of free parameters). The covariance is the
 * Gauss–Newton estimate (JᵀWJ)⁻¹ at the solution, carried from the optimiser's coordinates to the
 * physical ones to first order (delta method: C_p = D C_u D, D = diag(dp/du)). <b>When the data have
 * no σ ({@link #sigmaKnown()} false), the covariance is multiplied by χ²_red</b>, i.e. the noise is
 * estimated from the scatter of the residuals, which assumes the model is right; when σ are given,
 * it is not scaled, and χ²_red ≈ 1 is the check that the σ and the model are right.
 *
 * <p>A result with {@link #converged()} false must not be reported as a fit: {@link #message()} says
 * why (iteration limit, a singular Jacobian naming the undetermined parameters, a non-finite model
 * value); the estimates are then those of the best point reached, with σ = NaN if no covariance
 * could be formed. A converged fit whose parameter ran against the edge of its transform's domain (a
 * positive parameter driven to 0, a box bound) says so in the message: the data then prefer a value
 * outside the domain, and that parameter's σ is only a linearised, one-sided figure.
 * {@link #orElseThrow()} turns such a result into a {@link FitException}.
 *
 * @param estimates        every parameter, free and fixed, in the order given to the fit, by name;
 *                         fixed parameters have σ = 0
 * @param freeNames        the names of the free parameters, in order (the rows of the matrices)
 * @param covariance       the covariance of the free parameters, physical units (NaN if singular)
 * @param correlation      the correlation matrix of the free parameters (NaN if singular)
 * @param chiSquare        χ² at the solution
 * @param reducedChiSquare χ²/ν
 * @param observations     N, the number of points in all data sets
 * @param sigmaKnown       whether the data carried σ (otherwise the covariance is scaled by χ²_red)
 * @param converged        whether the optimiser met its convergence criteria and the covariance exists
 * @param message          one line: how the fit ended
 * @param atBound          the free parameters that ended at the edge of their transform's domain
 * @param iterations       Levenberg–Marquardt iterations (Jacobian evaluations) used
 * @param evaluations      model evaluations of all curves outside the Jacobians
 * @param predictions      the model at the reported point, all data sets concatenated in the order
 *                         given to the fit (NaN where the model failed there)
 */
public record FitResult(Map<String, Estimate> estimates, List<String> freeNames, double[][] covariance,
        double[][] correlation, double chiSquare, double reducedChiSquare, int observations,
        boolean sigmaKnown, boolean converged, String message, List<String> atBound, int iterations,
        int evaluations, double[] predictions) {

    public FitResult {
        estimates = Collections.unmodifiableMap(new LinkedHashMap<>(estimates));
        freeNames = List.copyOf(freeNames);
        atBound = List.copyOf(atBound);
        covariance = deepCopy(covariance);
        correlation = deepCopy(correlation);
        predictions = predictions.clone();
        if (predictions.length != observations) {
            throw new IllegalArgumentException("a fit of " + observations + " points needs as many predictions, got "
                    + predictions.length);
        }
        if (!freeNames.stream().allMatch(estimates::containsKey)) {
            throw new IllegalArgumentException("every free parameter needs an estimate: " + freeNames);
        }
    }

    /** The degrees of freedom ν = N − number of free parameters. */
    public int degreesOfFreedom() {
        return observations - freeNames.size();
    }

    /**
     * Akaike's information criterion as lmfit reports it, N ln(χ²/N) + 2k with k the number of free
     * parameters (−2 ln L of Gaussian errors up to a constant; H. Akaike, IEEE Trans. Autom. Control
     * 19, 716 (1974)). Only differences between fits of the same data mean anything; −∞ for χ² = 0.
     */
    public double aic() {
        return observations * Math.log(chiSquare / observations) + 2.0 * freeNames.size();
    }

    /**
     * The Bayesian information criterion as lmfit reports it, N ln(χ²/N) + k ln N (G. Schwarz, Ann.
     * Stat. 6, 461 (1978)); it penalises a free parameter more than {@link #aic()} once N &gt; 7.
     */
    public double bic() {
        return observations * Math.log(chiSquare / observations) + Math.log(observations) * freeNames.size();
    }

    /** A copy of the model at the reported point, all data sets concatenated. */
    @Override
    public double[] predictions() {
        return predictions.clone();
    }

    /** The estimate of parameter {@code name}. */
    public Estimate estimate(String name) {
        Estimate e = estimates.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no fit parameter named '" + name + "', have " + estimates.keySet());
        }
        return e;
    }

    /** The fitted (or fixed) value of parameter {@code name}, physical units. */
    public double value(String name) {
        return estimate(name).value();
    }

    /** The standard uncertainty of parameter {@code name} (0 if fixed). */
    public double sigma(String name) {
        return estimate(name).sigma();
    }

    /** All parameter values in the order given to the fit, as a model takes them. */
    public double[] values() {
        return estimates.values().stream().mapToDouble(Estimate::value).toArray();
    }

    /** The correlation coefficient of two free parameters. */
    public double correlation(String a, String b) {
        return correlation[freeIndex(a)][freeIndex(b)];
    }

    /** A copy of the covariance matrix of the free parameters. */
    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** A copy of the correlation matrix of the free parameters. */
    @Override
    public double[][] correlation() {
        return deepCopy(correlation);
    }

    /** This result if it converged, else a {@link FitException} carrying it and its message. */
    public FitResult orElseThrow() {
        if (!converged) {
            throw new FitException(this);
        }
        return this;
    }

    private int freeIndex(String name) {
        int i = freeNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a free parameter of this fit: " + freeNames);
        }
        return i;
    }

    private static double[][] deepCopy(double[][] m) {
        return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }
}
