package org.andreev.plot;

/**
 * One curve of a plot, in the units it is to be shown in (the caller converts SI to mV, mK, ...).
 *
 * <p>API CONTRACT (stub: validation to be completed).
 *
 * @param label   legend text
 * @param x       abscissae
 * @param y       ordinates, as many as {@code x}
 * @param markers draw markers (measured points) instead of a line (model curve)
 */
public record Series(String label, double[] x, double[] y, boolean markers) {}
