package org.andreev.plot;

/**
 * The printed size of a figure, in centimetres. Physical Review's columns are 8.6 cm wide (one
 * column) and 17.8 cm (the full page width); fonts and lines are sized in points for that printed
 * size (see {@link HouseStyle}), so a figure is made at the size it is printed at and never scaled.
 *
 * @param widthCm  width, cm, positive
 * @param heightCm height, cm, positive
 */
public record FigureSize(double widthCm, double heightCm) {

    /** A one-column figure, 8.6 cm × 6.4 cm. */
    public static final FigureSize ONE_COLUMN = new FigureSize(8.6, 6.4);

    /** A one-column figure with a residual panel below the main one, 8.6 cm × 8.0 cm. */
    public static final FigureSize ONE_COLUMN_TALL = new FigureSize(8.6, 8.0);

    /** A two-column (page-wide) figure, 17.8 cm × 7.0 cm, e.g. two panels side by side. */
    public static final FigureSize TWO_COLUMN = new FigureSize(17.8, 7.0);

    /** Points per centimetre (72 pt = 1 in = 2.54 cm). */
    static final double POINTS_PER_CM = 72 / 2.54;

    /** Validates: both sides positive and at most 50 cm. */
    public FigureSize {
        if (!(widthCm > 0 && widthCm <= 50) || !(heightCm > 0 && heightCm <= 50)) {
            throw new IllegalArgumentException("figure size must be between 0 and 50 cm a side (a PNG of 50 cm is 5906 pixels wide), got "
                    + widthCm + " cm × " + heightCm + " cm");
        }
    }

    /** Width in points (1/72 in). */
    public double widthPt() {
        return widthCm * POINTS_PER_CM;
    }

    /** Height in points (1/72 in). */
    public double heightPt() {
        return heightCm * POINTS_PER_CM;
    }
}
