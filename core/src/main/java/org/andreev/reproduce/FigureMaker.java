package org.andreev.reproduce;

import org.andreev.plot.Figure;

/**
 * One figure that {@code andreev reproduce} draws from the embedded default parameters. The name
 * is known without computing, so figures can be listed and picked cheaply.
 */
public interface FigureMaker {

    /** The file stem of the figure, e.g. {@code seed004-fig1-probe-dIdV}. */
    String name();

    /** Computes the figure (may take seconds; may use all cores). */
    Figure make();
}
