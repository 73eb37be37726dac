package org.andreev.plot;

/**
 * How a curve's line is drawn. Together with the colour it keeps curves apart when a figure is printed
 * in greyscale: the house cycle ({@link HouseStyle#cycle}) never gives two of its first four curves the
 * same dash pattern.
 */
public enum LineStyle {
    /** A continuous line. */
    SOLID(null),
    /** Dashes of four line widths with gaps of two. */
    DASHED(new float[] {4f, 2f}),
    /** Square dots one line width long, one and a half apart. */
    DOTTED(new float[] {1f, 1.5f}),
    /** Dash, gap, dot, gap. */
    DASH_DOT(new float[] {4f, 1.5f, 1f, 1.5f});

    /** Dash pattern in units of the line width; null for solid. */
    private final float[] pattern;

    LineStyle(float[] pattern) {
        this.pattern = pattern;
    }

    /** The dash pattern for a line {@code width} points wide, or null for a solid line. */
    float[] dash(float width) {
        if (pattern == null) {
            return null;
        }
        float[] d = new float[pattern.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = pattern[i] * width;
        }
        return d;
    }
}
