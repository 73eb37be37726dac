package org.andreev.units;

import java.util.List;
import java.util.Map;

/**
 * A unit of one {@link Dimension}: its symbol and the factor that turns a value in it into SI.
 *
 * <p>Units are read from what people write: a product of SI symbols with an optional decimal
 * prefix (y z a f p n u µ m c d k M G T P) and an optional integer power, separated by spaces,
 * {@code *}, {@code ·} or {@code /} (each {@code /} divides by the one factor that follows it):
 * {@code mV}, {@code kOhm}, {@code kΩ}, {@code µm}, {@code cm2/s}, {@code nW/um3/K5},
 * {@code W m^-2 K^-4}, {@code /J/m3}. The symbols are m, g, s, A, K, V, Ohm (ohm, Ω), S, W, J, eV,
 * T, G (gauss, 1e-4 T), Hz, C, Å, {@code %} and ppm (pure numbers only), and G0 = 2e²/h (the conductance quantum,
 * {@link PhysicalConstants#G0}). For a {@link Dimension#LENGTH}, a lone {@code A} means ångström.
 * Ambiguities are settled by reading the whole token as a symbol first: {@code T} is tesla,
 * {@code mK} millikelvin, {@code ms} millisecond.
 *
 * @param symbol    the unit as shown to people, e.g. {@code mV}; empty for a pure number
 * @param dimension what it measures
 * @param factor    SI value of one of this unit, e.g. 1e-3 for mV
 */
public record Unit(String symbol, Dimension dimension, double factor) {

    /** Validates the fields. */
    public Unit {
        if (symbol == null || dimension == null) {
            throw new IllegalArgumentException("unit symbol and dimension must be given");
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(
                    "unit factor of '" + symbol + "' must be finite and > 0, got " + factor);
        }
    }

    // SI base-unit exponents, order m, kg, s, A, K.
    private record Base(double factor, int... exponents) {}

    private static final Map<String, Base> BASES = Map.ofEntries(
            Map.entry("m", new Base(1, 1, 0, 0, 0, 0)),
            Map.entry("g", new Base(1e-3, 0, 1, 0, 0, 0)),
            Map.entry("s", new Base(1, 0, 0, 1, 0, 0)),
            Map.entry("A", new Base(1, 0, 0, 0, 1, 0)),
            Map.entry("K", new Base(1, 0, 0, 0, 0, 1)),
            Map.entry("V", new Base(1, 2, 1, -3, -1, 0)),
            Map.entry("Ohm", new Base(1, 2, 1, -3, -2, 0)),
            Map.entry("ohm", new Base(1, 2, 1, -3, -2, 0)),
            Map.entry("S", new Base(1, -2, -1, 3, 2, 0)),
            Map.entry("G0", new Base(PhysicalConstants.G0, -2, -1, 3, 2, 0)),
            Map.entry("W", new Base(1, 2, 1, -3, 0, 0)),
            Map.entry("J", new Base(1, 2, 1, -2, 0, 0)),
            Map.entry("eV", new Base(PhysicalConstants.E_CHARGE, 2, 1, -2, 0, 0)),
            Map.entry("T", new Base(1, 0, 1, -2, -1, 0)),
            Map.entry("G", new Base(1e-4, 0, 1, -2, -1, 0)),
            Map.entry("Hz", new Base(1, 0, 0, -1, 0, 0)),
            Map.entry("C", new Base(1, 0, 0, 1, 1, 0)),
            Map.entry("Å", new Base(1e-10, 1, 0, 0, 0, 0)),
            Map.entry("%", new Base(1e-2, 0, 0, 0, 0, 0)),
            Map.entry("ppm", new Base(1e-6, 0, 0, 0, 0, 0)));

    private static final Map<Character, Double> PREFIXES = Map.ofEntries(
            Map.entry('y', 1e-24), Map.entry('z', 1e-21), Map.entry('a', 1e-18),
            Map.entry('f', 1e-15), Map.entry('p', 1e-12), Map.entry('n', 1e-9),
            Map.entry('u', 1e-6), Map.entry('m', 1e-3), Map.entry('c', 1e-2),
            Map.entry('d', 1e-1), Map.entry('k', 1e3), Map.entry('M', 1e6),
            Map.entry('G', 1e9), Map.entry('T', 1e12), Map.entry('P', 1e15));

    /** The SI unit of {@code dimension} (factor 1), e.g. V, S, m2/s; empty symbol for a number. */
    public static Unit si(Dimension dimension) {
        return parse(dimension.commonUnits().get(0), dimension);
    }

    /** The {@link Dimension#commonUnits() common units} of {@code dimension}, SI first. */
    public static List<Unit> common(Dimension dimension) {
        return dimension.commonUnits().stream().map(s -> parse(s, dimension)).toList();
    }

    /**
     * The unit {@code text} (e.g. {@code mV}, {@code kΩ}, {@code cm2/s}) of {@code dimension}.
     *
     * @throws IllegalArgumentException naming the unit and the dimension when the unit is unknown
     *     or measures something else
     */
    public static Unit parse(String text, Dimension dimension) {
        if (text == null || dimension == null) {
            throw new IllegalArgumentException("unit and dimension must be given");
        }
        String unit = normalize(text).strip();
        if (dimension == Dimension.LENGTH && unit.equals("A")) {
            unit = "Å";
        }
        double factor = 1;
        int[] exponents = new int[5];
        boolean divide = false;
        int i = 0;
        while (i < unit.length()) {
            char c = unit.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '/') {
                if (divide) {
                    throw unknown(text, dimension, "'//'");
                }
                divide = true;
                i++;
                continue;
            }
            int end = i;
            while (end < unit.length() && unit.charAt(end) != ' ' && unit.charAt(end) != '/') {
                end++;
            }
            String token = unit.substring(i, end);
            i = end;
            if (token.equals("1") && !divide) {
                continue; // "1/s"
            }
            int sign = divide ? -1 : 1;
            divide = false;
            if ((token.equals("%") || token.equals("ppm")) && dimension != Dimension.DIMENSIONLESS) {
                // "5 %" of a dimensioned quantity is a relative change, not a value
                throw new IllegalArgumentException("'" + shown(text) + "' is not " + dimension.noun()
                        + ": a " + (token.equals("%") ? "percentage" : "ppm") + " is only for a pure number "
                        + dimension.hint());
            }
            factor *= factor(token, sign, exponents, text, dimension);
        }
        if (divide) {
            throw unknown(text, dimension, "a trailing '/'");
        }
        if (!dimension.hasExponents(exponents)) {
            throw new IllegalArgumentException(
                    "'" + shown(text) + "' is not " + dimension.noun() + " " + dimension.hint());
        }
        return new Unit(text.strip(), dimension, factor);
    }

    /** Multiplies one factor such as {@code um3} into {@code exponents}; returns its SI factor. */
    private static double factor(String token, int sign, int[] exponents, String text, Dimension d) {
        String symbol = token;
        int power = 1;
        if (!BASES.containsKey(token)) {
            int split = token.length();
            while (split > 0 && Character.isDigit(token.charAt(split - 1))) {
                split--;
            }
            if (split > 0 && token.charAt(split - 1) == '-') {
                split--;
            }
            boolean caret = split > 0 && token.charAt(split - 1) == '^';
            symbol = token.substring(0, caret ? split - 1 : split);
            String digits = token.substring(split);
            if (caret || !digits.isEmpty()) {
                if (digits.isEmpty() || digits.equals("-") || digits.length() > 3) {
                    throw unknown(text, d, "'" + token + "'");
                }
                power = Integer.parseInt(digits);
            }
        }
        double prefix = 1;
        Base base = BASES.get(symbol);
        if (base == null && symbol.length() > 1 && PREFIXES.containsKey(symbol.charAt(0))) {
            prefix = PREFIXES.get(symbol.charAt(0));
            base = BASES.get(symbol.substring(1));
        }
        if (base == null || power == 0) {
            throw unknown(text, d, "'" + token + "'");
        }
        int p = sign * power;
        for (int k = 0; k < exponents.length; k++) {
            exponents[k] += p * base.exponents()[k];
        }
        return Math.pow(prefix * base.factor(), p);
    }

    private static IllegalArgumentException unknown(String text, Dimension d, String what) {
        return new IllegalArgumentException(
                "'" + shown(text) + "' is not a unit I know: " + shown(what) + "; expected " + d.noun() + " "
                        + d.hint());
    }

    /** {@code text} on one line and at most 60 characters, for messages. */
    public static String shown(String text) {
        String s = text.replaceAll("[\\r\\n]+", " ");
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Maps what people paste (µ, μ, Ω, Ω, ², ⁻³, ·, *, −) to the ASCII forms parsed here. */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '\u00B5', '\u03BC' -> b.append('u');
                case '\u03A9', '\u2126' -> b.append("Ohm");
                case '\u212B' -> b.append('Å');
                case '\u2212', '\u207B' -> b.append('-');
                case '\u00B9' -> b.append('1');
                case '\u00B2' -> b.append('2');
                case '\u00B3' -> b.append('3');
                case '*', '\u00B7', '\u22C5', '\t' -> b.append(' ');
                default -> {
                    if (c >= '\u2074' && c <= '\u2079') {
                        b.append((char) ('4' + (c - '\u2074')));
                    } else if (c == '\u2070') {
                        b.append('0');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * The common unit of {@code dimension} in which the largest magnitude of {@code siValues}
     * reads best (between 1 and 1000 where possible), for axes and messages: 2e-4 V → mV.
     * G0 is never chosen automatically (ask for it with {@link #parse}).
     */
    public static Unit readable(Dimension dimension, double... siValues) {
        double max = 0;
        for (double v : siValues) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        List<Unit> units = common(dimension).stream()
                .filter(u -> !u.symbol().equals("G0") && !u.symbol().equals("%"))
                .toList();
        if (max == 0) {
            return units.get(0);
        }
        Unit best = units.get(0);
        double bestScore = Double.POSITIVE_INFINITY;
        for (Unit u : units) {
            double shown = Math.log10(max / u.factor());
            // distance of the shown magnitude from [0, 3): 1 ... 999 reads best
            double score = shown < 0 ? -shown : shown >= 3 ? shown - 2.999 : 0;
            if (score < bestScore) {
                best = u;
                bestScore = score;
            }
        }
        return best;
    }

    /** {@code si} expressed in this unit. */
    public double fromSi(double si) {
        return si / factor;
    }

    /** A new array: {@code si} expressed in this unit. */
    public double[] fromSi(double[] si) {
        double[] out = new double[si.length];
        for (int k = 0; k < si.length; k++) {
            out[k] = si[k] / factor;
        }
        return out;
    }

    /** {@code value} in this unit, converted to SI. */
    public double toSi(double value) {
        return value * factor;
    }

    /** An axis label: {@code "V (mV)"}, or the name alone for a pure number. */
    public String label(String name) {
        return symbol.isEmpty() ? name : name + " (" + symbol + ")";
    }
}
