/**
 * Figures in one house style, fit for a paper ({@link org.andreev.plot.HouseStyle}, after Phys. Rev. B):
 * a {@link org.andreev.plot.Plot} of {@link org.andreev.plot.Series}, alone or arranged by a
 * {@link org.andreev.plot.Layout} (a residual panel, two panels side by side, an inset) at a printed
 * {@link org.andreev.plot.FigureSize}, written by {@link org.andreev.plot.PlotWriter} as PNG (300 DPI),
 * SVG (labels as {@code <text>}) or PDF.
 *
 * <p>Text in labels and legends is Unicode (Δ, φ, Ω, µm) with a small markup for sub- and
 * superscripts: {@code _{...}} and {@code ^{...}}, or {@code _x} / {@code ^x} for one letter or digit
 * not followed by another ({@code T_e}, {@code T_{bath}}, {@code cm^2}); a name such as
 * {@code G_B0_G0} stays as written. In axis labels {@code Ohm} prints as Ω and a {@code u} prefix in
 * parentheses as µ. Tick labels are written as in print: {@code 0.05}, {@code −0.5}, {@code 10⁻⁴}.
 *
 * <p>The renderer is this package's own (Java2D onto a bitmap, VectorGraphics2D for SVG with its text
 * mode, PDFBox graphics2d for PDF), so that the three formats have the same layout and real text.
 */
package org.andreev.plot;
