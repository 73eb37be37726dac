/**
 * The papers' figures, computed from the embedded default devices (physics.md A6): a registry
 * ({@link org.andreev.reproduce.Reproduction#figures()}) of {@link org.andreev.reproduce.FigureMaker}s,
 * each making an {@link org.andreev.plot.Figure} (plot, the SI table behind it, a file stem and a
 * one-line caption). {@code andreev reproduce} writes each as NAME.png, NAME.svg, NAME.pdf and NAME.csv, in the
 * house style of {@link org.andreev.plot.HouseStyle}; where a figure reproduces a paper's figure, its colours
 * and line styles follow the caption.
 */
package org.andreev.reproduce;
