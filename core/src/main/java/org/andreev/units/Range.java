package org.andreev.units;

/**
 * Values from {@code start} to {@code stop} inclusive, as given on the command line by {@code
 * START:STOP:COUNT} (e.g. {@code --bias -1mV:1mV:401}): evenly spaced ({@link #values()}) or, for
 * positive ends, logarithmically ({@link #logValues()}). Values are SI.
 *
 * @param start first value, SI
 * @param stop  last value, SI
 * @param count number of values, ≥ 1 (1 only when start = stop)
 */
public record Range(double start, double stop, int count) {

    /**
     * The record's own text ({@code Range[start=0.0, stop=0.001, count=1001]}), written out: picocli
     * turns every option value into text while parsing, and a record's generated toString is bootstrapped
     * through {@code java.lang.runtime.ObjectMethods} and {@code String.format} at its first call, a
     * few milliseconds of every start of a command with a range (docs/performance.md, "Start-up").
     */
    @Override
    public String toString() {
        return new StringBuilder(64).append("Range[start=").append(start).append(", stop=").append(stop)
                .append(", count=").append(count).append(']').toString();
    }

    /** Upper bound on {@code count}, so that a typing slip cannot exhaust memory. */
    public static final int MAX_COUNT = 10_000_000;

    /** Validates the fields. */
    public Range {
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException(
                    "range start and stop must be finite, got " + start + " and " + stop);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException(
                    "range count must be between 1 and " + MAX_COUNT + ", got " + count);
        }
        if (count == 1 && start != stop) {
            throw new IllegalArgumentException(
                    "a range of 1 value needs start = stop, got " + start + " and " + stop);
        }
    }

    /**
     * Parses {@code START:STOP:COUNT}, each end a {@link Quantity} of {@code dimension}:
     * {@code 0:1mV:201}, {@code -1mV:1mV:401}. A bare non-zero end next to an end with a unit is
     * refused ({@code -1:1mV:401} would otherwise mean −1 V to 1 mV).
     *
     * @throws IllegalArgumentException with a one-line message naming the text
     */
    public static Range parse(String text, Dimension dimension) {
        if (text == null) {
            throw new IllegalArgumentException("a range START:STOP:COUNT must be given");
        }
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + Unit.shown(text) + "' is not a range: write START:STOP:COUNT,"
                    + " e.g. -1mV:1mV:401");
        }
        double start = Quantity.parse(parts[0], dimension);
        double stop = Quantity.parse(parts[1], dimension);
        if ((start != 0 && stop != 0) && (isBare(parts[0]) != isBare(parts[1]))) {
            throw new IllegalArgumentException("'" + Unit.shown(text) + "': give START and STOP the same way,"
                    + " both with units (e.g. -1mV:1mV:401) or both as bare SI numbers");
        }
        int count;
        try {
            count = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + Unit.shown(text) + "': COUNT '" + Unit.shown(parts[2].strip()) + "' is not a whole number");
        }
        try {
            return new Range(start, stop, count);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + Unit.shown(text) + "': " + e.getMessage());
        }
    }

    private static boolean isBare(String part) {
        return part.strip().matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    }

    /**
     * The values, {@code start + k (stop − start)/(count − 1)}; the last is exactly {@code stop}.
     * Each is the double nearest to the decimal value the ends mean as written ({@code 0:1mV:6}
     * gives exactly {@code 6e-4}, not {@code 6.000000000000001e-4}; {@code 0.01mV:0.6mV:60} gives
     * {@code 1e-4}): with the ends' shortest decimals a·10⁻ˢ and b·10⁻ˢ, value k is the integer
     * a (n − k) + b k over the integer n·10ˢ (n = count − 1), one correctly rounded division when
     * both are below 2⁵³. Otherwise (ends of many digits, or of very different size) it is
     * computed in floating point; where stop − start overflows (ends near ±1.8e308) as
     * {@code start (1 − t) + stop t}, t = k/(count − 1), which stays finite.
     */
    public double[] values() {
        double[] v = new double[count];
        if (count > 1 && decimalGrid(v)) {
            return v;
        }
        double span = stop - start;
        boolean finiteSpan = Double.isFinite(span);
        for (int k = 0; k < count; k++) {
            if (k == count - 1) {
                v[k] = stop;
            } else if (finiteSpan) {
                v[k] = start + k * span / (count - 1);
            } else {
                double t = (double) k / (count - 1);
                v[k] = start * (1 - t) + stop * t;
            }
        }
        return v;
    }

    /** Fills {@code v} from the ends' decimals (see {@link #values()}); false when they are too long. */
    private boolean decimalGrid(double[] v) {
        java.math.BigDecimal s = new java.math.BigDecimal(ShortestDouble.of(start));
        java.math.BigDecimal t = new java.math.BigDecimal(ShortestDouble.of(stop));
        int scale = Math.max(0, Math.max(s.scale(), t.scale()));
        java.math.BigInteger a = s.setScale(scale).unscaledValue();
        java.math.BigInteger b = t.setScale(scale).unscaledValue();
        long n = count - 1;
        java.math.BigInteger limit = java.math.BigInteger.ONE.shiftLeft(53);
        java.math.BigInteger bn = java.math.BigInteger.valueOf(n);
        java.math.BigInteger den = bn.multiply(java.math.BigInteger.TEN.pow(scale));
        if (a.abs().multiply(bn).compareTo(limit) >= 0 || b.abs().multiply(bn).compareTo(limit) >= 0
                || den.compareTo(limit) >= 0) {
            return false;
        }
        long al = a.longValueExact();
        long bl = b.longValueExact();
        double d = den.longValueExact();
        for (int k = 0; k < count; k++) {
            v[k] = (double) (al * (n - k) + bl * k) / d;
        }
        v[count - 1] = stop;
        return true;
    }

    /**
     * The values spaced logarithmically, {@code start (stop/start)^{k/(count − 1)}}; the last is
     * exactly {@code stop}.
     *
     * @throws IllegalArgumentException unless both ends are &gt; 0
     */
    public double[] logValues() {
        if (!(start > 0 && stop > 0)) {
            throw new IllegalArgumentException(
                    "a logarithmic range needs both ends > 0, got " + start + " and " + stop);
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            v[k] = k == count - 1 ? stop : start * Math.pow(stop / start, (double) k / (count - 1));
        }
        return v;
    }
}
