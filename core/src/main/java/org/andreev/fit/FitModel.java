package org.andreev.fit;

/**
 * A model to fit: the predictions for one data set at all its abscissae, given the full parameter
 * vector.
 *
 * <p>{@code parameters} holds the physical values of all parameters, free and fixed, in the order of
 * the {@link FitParameter} list given to {@link LeastSquaresFit#fit}; {@code dataSet} is the index of
 * the {@link FitData} in the list given there, so one model can describe several curves sharing
 * parameters (e.g. I(V) at several bath temperatures). The model writes into {@code y} (the length of
 * {@code x}) and must not keep or modify the arrays it is given.
 *
 * <p>Implementations must be thread-safe: Jacobian columns may be evaluated in parallel ({@link
 * LeastSquaresFit#withParallelJacobian}). A non-finite prediction, or an {@link
 * IllegalArgumentException} thrown for parameters outside the model's validity, rejects that trial
 * step; at the start or in a Jacobian it stops the fit with a not-converged result naming the
 * parameters where it happened.
 */
@FunctionalInterface
public interface FitModel {

    /** Fills {@code y[i]} with the prediction at {@code x[i]} for data set {@code dataSet}. */
    void predict(double[] parameters, int dataSet, double[] x, double[] y);

    /**
     * Whether {@link #derivative} gives ∂y/∂p for the parameter at index {@code parameter}
     * analytically; the fit then skips the two model evaluations of its finite difference (e.g. an
     * overall scale: y ∝ 1/R_T). None by default.
     */
    default boolean hasDerivative(int parameter) {
        return false;
    }

    /**
     * Fills {@code dydp[i]} with ∂y/∂p at {@code x[i]} for the parameter at index {@code parameter},
     * given the predictions {@code y} at the same parameters. Called only when {@link
     * #hasDerivative(int)} is true for it.
     */
    default void derivative(double[] parameters, int parameter, int dataSet, double[] x, double[] y,
            double[] dydp) {
        throw new UnsupportedOperationException("no analytic derivative for parameter " + parameter);
    }
}
