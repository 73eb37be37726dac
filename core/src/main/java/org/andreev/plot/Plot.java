package org.andreev.plot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A two-dimensional line plot: a title, axis labels with units, its series, and whether each axis
 * is logarithmic. Draw it with {@link PlotWriter}, alone or arranged with another ({@link Layout}).
 *
 * @param title   what the plot shows, in one line: not drawn (in a paper the caption says it), but
 *                written into the PDF's document title (may be empty)
 * @param xLabel  x axis label with its unit, e.g. {@code "V (mV)"} or {@code "T_{bath} (mK)"}: Unicode
 *                (Δ, φ, Ω, µm) and the sub- and superscript markup of {@code RichText} (see the package documentation) ({@code T_e})
 * @param yLabel  y axis label with its unit
 * @param series  at least one series, labels distinct
 * @param logX    logarithmic x axis (all x must then be > 0)
 * @param logY    logarithmic y axis (all y must then be > 0)
 */
public record Plot(
        String title, String xLabel, String yLabel, List<Series> series, boolean logX, boolean logY) {

    /** Validates: texts given, at least one series, distinct labels, positive values on log axes. */
    public Plot {
        if (title == null || xLabel == null || yLabel == null) {
            throw new IllegalArgumentException("plot title and axis labels must be given");
        }
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("plot '" + title + "' needs at least one series");
        }
        Set<String> labels = new HashSet<>();
        for (Series s : series) {
            if (s == null) {
                throw new IllegalArgumentException("plot '" + title + "' has a null series");
            }
            if (!s.label().isEmpty() && !labels.add(s.label())) {
                throw new IllegalArgumentException(
                        "plot '" + title + "' has two series labelled '" + s.label() + "'");
            }
            requirePositive(title, logX, s.x(), s, "x");
            requirePositive(title, logY, s.y(), s, "y");
        }
        series = List.copyOf(series);
    }

    /** A plot with linear axes. */
    public Plot(String title, String xLabel, String yLabel, List<Series> series) {
        this(title, xLabel, yLabel, series, false, false);
    }

    /** This plot with a logarithmic y axis. */
    public Plot withLogY() {
        return new Plot(title, xLabel, yLabel, series, logX, true);
    }

    /** This plot with a logarithmic x axis. */
    public Plot withLogX() {
        return new Plot(title, xLabel, yLabel, series, true, logY);
    }

    private static void requirePositive(String title, boolean log, double[] values, Series s, String axis) {
        if (!log) {
            return;
        }
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("plot '" + title + "': series '" + s.label()
                        + "' has " + axis + " = " + v + " on a logarithmic " + axis + " axis");
            }
        }
    }
}
