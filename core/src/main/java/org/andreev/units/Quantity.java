package org.andreev.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a quantity written by a user ({@code 0.2meV}, {@code 2kOhm}, {@code 2 kΩ}, {@code 90mK},
 * {@code 1.5µm}, {@code 0.25T}, {@code 80cm2/s}, {@code 0.17G0}, {@code 1e-4}) into its SI value,
 * and formats SI values back for people. A bare number is SI. Units: see {@link Unit}.
 */
public final class Quantity {
    private Quantity() {}

    /** A decimal number (no NaN, Infinity, hex or type suffix), then the rest. */
    private static final Pattern NUMBER =
            Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)");

    /**
     * The SI value of {@code text} as a quantity of dimension {@code dimension}.
     *
     * @throws IllegalArgumentException with a one-line message naming the text and the expected
     *     dimension when the number or the unit does not parse or does not fit the dimension
     */
    public static double parse(String text, Dimension dimension) {
        if (text == null || dimension == null) {
            throw new IllegalArgumentException("a quantity and its dimension must be given");
        }
        String t = text.strip().replace('\u2212', '-');
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + Unit.shown(text) + "' is not " + dimension.noun()
                    + ": it must start with a number " + dimension.hint());
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        double factor;
        try {
            factor = unit.isEmpty() ? 1 : Unit.parse(unit, dimension).factor();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + Unit.shown(text) + "' is not " + dimension.noun()
                    + " " + dimension.hint());
        }
        double si = number * factor;
        if (!Double.isFinite(si)) {
            throw new IllegalArgumentException(
                    "'" + Unit.shown(text) + "' is out of the range of a double as " + dimension.noun());
        }
        return si;
    }

    /**
     * The factor that converts a value in {@code unit} (e.g. "mV") to SI for {@code dimension}; an
     * empty unit is SI (factor 1).
     *
     * @throws IllegalArgumentException naming the unit and dimension when it does not fit
     */
    public static double unitFactor(String unit, Dimension dimension) {
        if (unit == null || unit.isBlank()) {
            return 1;
        }
        return Unit.parse(unit, dimension).factor();
    }

    /**
     * {@code si} in the most readable common unit of {@code dimension}, six significant digits:
     * {@code format(2.28e-4 * e, ENERGY)} gives {@code "0.228 meV"}.
     */
    public static String format(double si, Dimension dimension) {
        Unit unit = Unit.readable(dimension, si);
        String number = String.format(Locale.ROOT, "%.6g", unit.fromSi(si));
        if (number.contains(".") && !number.contains("e")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return unit.symbol().isEmpty() ? number : number + " " + unit.symbol();
    }

    /**
     * The shortest decimal text that reads back ({@link Double#parseDouble}, {@link #parse}) to
     * exactly {@code x}: {@code 1e-4}, {@code 950}, {@code 1.728e-10}, {@code 0.228}; plain notation
     * for magnitudes in [1e-3, 1e7), otherwise {@code d.ddde±N}. Infinities are {@code inf} and
     * {@code -inf}, NaN is {@code nan}.
     */
    public static String shortest(double x) {
        return ShortestDouble.of(x);
    }

    /**
     * {@code si} as text that {@link #parse} reads back to exactly {@code si}, in the common unit of
     * {@code dimension} that needs the fewest digits ({@code 0.3 um}, not {@code 299.99999999999994 nm};
     * {@code 1.56e47 /J/m3}), the most readable one (a number in 1 … 999) among equals: a quantity
     * read from a file is written back as it was given. {@code inf} for +∞.
     */
    public static String formatExact(double si, Dimension dimension) {
        if (!Double.isFinite(si) || si == 0 || dimension == Dimension.DIMENSIONLESS) {
            return shortest(si);
        }
        String best = null;
        int bestDigits = Integer.MAX_VALUE;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Unit unit : Unit.common(dimension)) {
            double shown = Math.log10(Math.abs(unit.fromSi(si)));
            boolean base = unit.factor() == 1;
            if (unit.symbol().equals("G0") || unit.symbol().equals("%") || !base && (shown < -3 || shown >= 7)) {
                continue;
            }
            double score = shown < 0 ? -shown : shown >= 3 ? shown - 2.999 : 0;
            BigDecimal inUnit = new BigDecimal(unit.fromSi(si));
            for (int digits = 1; digits <= Math.min(base ? 17 : 16, bestDigits); digits++) {
                String text = decimal(inUnit.round(new MathContext(digits, RoundingMode.HALF_EVEN))) + " " + unit.symbol();
                if (parse(text, dimension) == si) {
                    if (digits < bestDigits || score < bestScore) {
                        best = text;
                        bestDigits = digits;
                        bestScore = score;
                    }
                    break;
                }
            }
        }
        return best != null ? best : shortest(si); // a bare number is SI
    }

    /** {@code d} without trailing zeros: plain for magnitudes in [1e-3, 1e7), else {@code d.ddde±N}. */
    private static String decimal(BigDecimal d) {
        d = d.stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1; // d = m.mmm × 10^exponent
        if (exponent >= -3 && exponent < 7) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
