package org.andreev.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/**
 * The one figure style of andreev, modelled on the figures of Physical Review B: a sans-serif font
 * at 8 pt (7 pt in legends) for a figure printed at its size ({@link FigureSize}), no title (the
 * caption is the author's), no grid, a thin frame with inward ticks on all four sides and labels on
 * the left and bottom only, 1 pt curves, open circles for measured points, and a colour cycle
 * paired with a dash cycle so that curves stay apart in greyscale.
 *
 * <p>The colours are chosen so that two entries of the first eight with the same dash pattern differ
 * in luminance by at least a fifth of the scale; a figure reproducing a paper's figure instead
 * takes the colours the caption names from the named constants here ({@link #RED}, {@link #BLUE},
 * ...), which are the same hues.
 */
public final class HouseStyle {
    private HouseStyle() {}

    /** Black. */
    public static final Color BLACK = new Color(0x000000);
    /** Red. */
    public static final Color RED = new Color(0xD62728);
    /** Blue (dark enough to stay apart from red in greyscale). */
    public static final Color BLUE = new Color(0x1F3A93);
    /** Green. */
    public static final Color GREEN = new Color(0x2CA02C);
    /** Orange. */
    public static final Color ORANGE = new Color(0xFF7F0E);
    /** Teal. */
    public static final Color TEAL = new Color(0x1AC8D8);
    /** Purple. */
    public static final Color PURPLE = new Color(0x9B59B6);
    /** Dark grey. */
    public static final Color DARK_GREY = new Color(0x333333);
    /** Mid grey, for reference lines (e.g. zero in a residual panel). */
    public static final Color GREY = new Color(0x999999);

    private static final Color[] COLOURS = {BLACK, RED, BLUE, GREEN, ORANGE, TEAL, PURPLE, DARK_GREY};
    private static final LineStyle[] LINES = {
        LineStyle.SOLID, LineStyle.DASHED, LineStyle.DOTTED, LineStyle.DASH_DOT,
        LineStyle.SOLID, LineStyle.DASHED, LineStyle.DOTTED, LineStyle.DASH_DOT
    };

    /** The colour and line style of the {@code index}-th series without its own (cycles after 8). */
    public record Entry(Color colour, LineStyle line) {}

    /** The house cycle's entry {@code index} (0-based). */
    public static Entry cycle(int index) {
        int k = Math.floorMod(index, COLOURS.length);
        return new Entry(COLOURS[k], LINES[k]);
    }

    /** Font size of axis labels, tick labels and panel letters, pt. */
    public static final float FONT_SIZE = 8f;
    /** Font size in legends, pt. */
    public static final float LEGEND_FONT_SIZE = 7f;
    /** Width of curves, pt. */
    public static final float LINE_WIDTH = 1.0f;
    /** Width of the frame and ticks, pt. */
    public static final float FRAME_WIDTH = 0.5f;
    /** Length of major ticks (inward), pt; minor ticks are half as long. */
    public static final float TICK_LENGTH = 3.5f;
    /** Radius of the open circles drawn for measured points, pt. */
    public static final float MARKER_RADIUS = 1.4f;
    /** Resolution of PNG files, dots per inch: a one-column figure is 1016 pixels wide. */
    public static final int PNG_DPI = 300;

    /** Font families tried in turn; the first one installed is used (the JDK's sans serif else). */
    private static final String[] FAMILIES = {"DejaVu Sans", "Arial", "Helvetica", "Liberation Sans"};

    /** The family in use: a physical font when one is installed, so SVG and PDF name a real font. */
    static final String FAMILY = chooseFamily();

    private static String chooseFamily() {
        try {
            String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            for (String f : FAMILIES) {
                if (Arrays.asList(installed).contains(f)) {
                    return f;
                }
            }
        } catch (RuntimeException | Error e) {
            // no font configuration at all (a stripped-down JRE): the logical font still works
        }
        return Font.SANS_SERIF;
    }

    /** The house font at {@code size} pt. */
    static Font font(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }
}
