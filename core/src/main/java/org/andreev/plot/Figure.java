package org.andreev.plot;

import org.andreev.io.Table;

/**
 * A figure as {@code andreev reproduce} writes it: a plot, the numbers behind it, and a file stem.
 *
 * @param name    file stem, e.g. {@code seed004-fig1-probe-dIdV}; the figure is written as
 *                NAME.png, NAME.svg and NAME.csv
 * @param caption one line saying what the figure shows and which paper figure it reproduces
 * @param plot    what is drawn
 * @param data    the curves drawn, in SI units with units in the header
 */
public record Figure(String name, String caption, Plot plot, Table data) {}
