package org.andreev.plot;

import org.andreev.io.Table;

/**
 * A figure as {@code andreev reproduce} writes it: what is drawn (one plot, or plots arranged by a
 * {@link Layout}), the numbers behind it, and a file stem.
 *
 * @param name    file stem, e.g. {@code seed004-fig1-probe-dIdV}; the figure is written as
 *                NAME.png, NAME.svg, NAME.pdf and NAME.csv
 * @param caption one line saying what the figure shows and which paper figure it reproduces
 * @param layout  what is drawn, at its printed size
 * @param data    the curves drawn, in SI units with units in the header
 */
public record Figure(String name, String caption, Layout layout, Table data) {

    /** Validates: every part given. */
    public Figure {
        if (name == null || name.isBlank() || caption == null || layout == null || data == null) {
            throw new IllegalArgumentException("figure needs a name, a caption, a layout and its data");
        }
    }

    /** A figure of one plot, one column wide. */
    public Figure(String name, String caption, Plot plot, Table data) {
        this(name, caption, Layout.of(plot), data);
    }

    /** The main (or only) plot. */
    public Plot plot() {
        return layout.main();
    }
}
