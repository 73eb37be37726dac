package org.andreev.units;

import tools.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * The shortest decimal text that reads back ({@link Double#parseDouble}) to exactly the same double,
 * the one number format of every writer (CSV tables, device files, JSON/YAML reports): {@code 1e-4},
 * {@code 950}, {@code 1.728e-10}, {@code 0.228}, {@code -0}; plain notation for magnitudes in
 * [1e-3, 1e7), otherwise {@code d.ddde±N}; {@code inf}, {@code -inf}, {@code nan}.
 *
 * <p>The digits are Giulietti's Schubfach algorithm (the one of {@code Double.toString} since JDK 19;
 * JDK 17's is not always shortest and is 8× slower), as shipped in jackson-core; here only the
 * layout is ours. Checked against an exact {@code BigDecimal} search in {@code ShortestDoubleTest}.
 */
public final class ShortestDouble {
    private ShortestDouble() {}

    /** At most this many characters are written for one double. */
    public static final int MAX_CHARS = 32;

    /** The text of {@code x}. */
    public static String of(double x) {
        char[] c = new char[MAX_CHARS];
        return new String(c, 0, write(x, c, 0));
    }

    /**
     * Writes the text of {@code x} into {@code out} from {@code pos}, which must have
     * {@link #MAX_CHARS} free places; returns the position after it.
     */
    public static int write(double x, char[] out, int pos) {
        if (Double.isNaN(x)) {
            return put("nan", out, pos);
        }
        if (Double.isInfinite(x)) {
            return put(x > 0 ? "inf" : "-inf", out, pos);
        }
        if (x == 0) {
            return put(1 / x < 0 ? "-0" : "0", out, pos);
        }
        if (Math.abs(x) < Double.MIN_NORMAL) {
            // Schubfach gives subnormals two digits where one may do (4.9e-324 for 5e-324)
            return put(subnormal(x), out, pos);
        }
        byte[] b = BUFFER.get();
        int n = DoubleToDecimal.writeDouble(x, b, 0);
        int e = -1;
        for (int i = 0; i < n; i++) {
            if (b[i] == 'E') {
                e = i;
                break;
            }
        }
        int mantissaEnd = e < 0 ? n : e;
        if (mantissaEnd >= 2 && b[mantissaEnd - 1] == '0' && b[mantissaEnd - 2] == '.') {
            mantissaEnd -= 2; // 1.0E-4 → 1e-4, 123.0 → 123
        }
        for (int i = 0; i < mantissaEnd; i++) {
            out[pos++] = (char) b[i];
        }
        if (e >= 0) {
            out[pos++] = 'e';
            for (int i = e + 1; i < n; i++) {
                out[pos++] = (char) b[i];
            }
        }
        return pos;
    }

    /** The shortest of a subnormal by an exact search over 1 … 17 digits (rare: below 2.2e-308). */
    private static String subnormal(double x) {
        java.math.BigDecimal exact = new java.math.BigDecimal(x);
        for (int digits = 1; digits <= 17; digits++) {
            java.math.BigDecimal d = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (digits == 17 || d.doubleValue() == x) {
                d = d.stripTrailingZeros();
                String u = d.unscaledValue().abs().toString();
                int exponent = d.precision() - d.scale() - 1;
                return (x < 0 ? "-" : "") + (u.length() == 1 ? u : u.charAt(0) + "." + u.substring(1)) + "e" + exponent;
            }
        }
        throw new AssertionError();
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[MAX_CHARS]);

    private static int put(String s, char[] out, int pos) {
        s.getChars(0, s.length(), out, pos);
        return pos + s.length();
    }
}
