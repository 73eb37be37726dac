/**
 * Weighted non-linear least squares for the project's models, and the one report every fit writes.
 *
 * <p>The engine: parameters described by {@link org.andreev.fit.FitParameter} (name, start, scale,
 * transform, free/fixed), models mapping a full physical parameter vector to predictions for one or
 * several data sets ({@link org.andreev.fit.FitModel}), and {@link org.andreev.fit.LeastSquaresFit},
 * a Levenberg–Marquardt driver (Hipparchus) that reports estimates with delta-method uncertainties,
 * correlations, χ², AIC, BIC and whether it converged ({@link org.andreev.fit.FitResult}). Bounds
 * are never enforced by clamping (Levenberg–Marquardt sticks at a clamped bound and leaves a
 * singular covariance); they are built into the parametrisation ({@link
 * org.andreev.fit.ParameterTransform}).
 *
 * <p>The report: {@link org.andreev.fit.FitReport} (every model parameter with its {@link
 * org.andreev.fit.Provenance}, the statistics, {@link org.andreev.fit.ResidualTests}, {@link
 * org.andreev.fit.ProfileLikelihood} intervals, notes), written by {@link
 * org.andreev.fit.FitReportWriter} as text (lmfit's {@code fit_report}), JSON and CSV, in {@link
 * org.andreev.fit.ReportUnits}; {@link org.andreev.fit.PointSelection} picks the points
 * ({@code --range}, {@code --exclude}). {@link org.andreev.fit.FitReport} says how a new fit uses it.
 */
package org.andreev.fit;
