/**
 * Weighted non-linear least squares for the project's models: parameters described by
 * {@link org.andreev.fit.FitParameter} (name, start, scale, transform, free/fixed), models mapping a
 * full physical parameter vector to predictions for one or several data sets
 * ({@link org.andreev.fit.FitModel}), and {@link org.andreev.fit.LeastSquaresFit}, a
 * Levenberg–Marquardt driver (Hipparchus) that reports estimates with delta-method uncertainties,
 * correlations, χ² and whether it converged ({@link org.andreev.fit.FitResult}).
 *
 * <p>Bounds are never enforced by clamping (Levenberg–Marquardt sticks at a clamped bound and leaves
 * a singular covariance); they are built into the parametrisation ({@link
 * org.andreev.fit.ParameterTransform}).
 */
package org.andreev.fit;
