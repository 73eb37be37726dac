package org.andreev.plot;

import java.util.List;

/**
 * A two-dimensional line plot: a title, axis labels with units, and its series.
 *
 * <p>API CONTRACT (stub: validation, log axes to be completed).
 */
public record Plot(String title, String xLabel, String yLabel, List<Series> series) {}
