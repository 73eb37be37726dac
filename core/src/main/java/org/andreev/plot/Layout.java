package org.andreev.plot;

import java.util.List;

/**
 * What a figure file holds: one plot, or two arranged as a paper arranges them, at a printed size.
 * {@link PlotWriter} draws it in the {@link HouseStyle} to PNG, SVG or PDF.
 *
 * <ul>
 *   <li>{@link #of} — one plot (one column, 8.6 cm × 6.4 cm);
 *   <li>{@link #withResidual} — a main plot above a residual plot a third of its height, sharing one x
 *       axis (tick labels and x label below the residual only; a thin grey line at zero); the y axes
 *       are aligned; for fits (one column, 8.6 cm × 8.0 cm);
 *   <li>{@link #sideBySide} — two plots, each with its own axes, labelled (a) and (b) (two columns,
 *       17.8 cm × 7.0 cm);
 *   <li>{@link #withInset} — a small plot inside the main one, in the corner where it covers the
 *       least data (one column), e.g. I(V) inside a dI/dV figure.
 * </ul>
 *
 * <p>Example: a fit with its residuals below, written as PDF, and the same data side by side with
 * the I(V) at full page width:
 *
 * <pre>{@code
 * Plot fit = new Plot("", "V (mV)", "dI/dV (µS)", List.of(
 *         Series.points("measured", mV, gMeasured),
 *         Series.line("fit, T_e = 105 mK", mV, gModel)));
 * Plot residual = new Plot("", "V (mV)", "residual (µS)", List.of(Series.points("", mV, gResidual)));
 * PlotWriter.write(Layout.withResidual(fit, residual), Path.of("fit.pdf"));
 *
 * Plot iv = new Plot("", "V (mV)", "I (nA)", List.of(Series.line("model", mV, nA)));
 * PlotWriter.write(Layout.sideBySide(fit, iv), Path.of("fit-and-iv.svg"));
 * PlotWriter.write(Layout.withInset(fit, iv).withSize(FigureSize.TWO_COLUMN), Path.of("big.png"));
 * }</pre>
 *
 * @param kind  the arrangement
 * @param plots the plots: one for {@link Kind#SINGLE}, else two (main first)
 * @param size  the printed size
 */
public record Layout(Kind kind, List<Plot> plots, FigureSize size) {

    /** How the plots are arranged. */
    public enum Kind {
        /** One plot. */
        SINGLE,
        /** Main plot above its residuals, one x axis. */
        STACKED,
        /** Two plots side by side, (a) and (b). */
        SIDE_BY_SIDE,
        /** The second plot as an inset of the first. */
        INSET
    }

    /** Validates: kind, plots and size given; one plot for a single figure, two otherwise. */
    public Layout {
        if (kind == null || plots == null || size == null || plots.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("layout: kind, plots and size must be given");
        }
        int needed = kind == Kind.SINGLE ? 1 : 2;
        if (plots.size() != needed) {
            throw new IllegalArgumentException("layout " + kind + " needs " + needed + " plot(s), got "
                    + plots.size());
        }
        if (kind == Kind.STACKED && plots.get(0).logX() != plots.get(1).logX()) {
            throw new IllegalArgumentException("a residual panel shares the main plot's x axis: both"
                    + " linear or both logarithmic");
        }
        plots = List.copyOf(plots);
    }

    /** One plot, one column wide. */
    public static Layout of(Plot plot) {
        return new Layout(Kind.SINGLE, List.of(plot), FigureSize.ONE_COLUMN);
    }

    /** {@code main} above {@code residual}, one shared x axis, one column wide. */
    public static Layout withResidual(Plot main, Plot residual) {
        return new Layout(Kind.STACKED, List.of(main, residual), FigureSize.ONE_COLUMN_TALL);
    }

    /** {@code left} (a) and {@code right} (b) side by side, two columns wide. */
    public static Layout sideBySide(Plot left, Plot right) {
        return new Layout(Kind.SIDE_BY_SIDE, List.of(left, right), FigureSize.TWO_COLUMN);
    }

    /** {@code inset} drawn small inside {@code main}, one column wide. */
    public static Layout withInset(Plot main, Plot inset) {
        return new Layout(Kind.INSET, List.of(main, inset), FigureSize.ONE_COLUMN);
    }

    /** This layout at another printed size. */
    public Layout withSize(FigureSize newSize) {
        return new Layout(kind, plots, newSize);
    }

    /** The first (main, or left) plot. */
    public Plot main() {
        return plots.get(0);
    }
}
