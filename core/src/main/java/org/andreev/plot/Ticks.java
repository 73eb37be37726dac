package org.andreev.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of one axis and their labels, written as in a printed paper: {@code 0.05}, {@code −0.2}
 * (a true minus sign), {@code 10⁻⁴} on logarithmic axes, {@code 2×10⁻⁶} where a plain decimal would
 * be long; never {@code 1.0E-4}.
 *
 * <p>A linear axis runs between multiples of a round step (1, 2 or 5 × 10ᵏ, the one giving nearest to five
 * steps over the data) that enclose the data, with minor ticks between; a logarithmic one between the decades that
 * enclose the data, with minor ticks at 2…9 × 10ᵏ when there are few decades, and every second or
 * third decade labelled when there are many.
 *
 * @param lo    axis start (data units)
 * @param hi    axis end, greater than {@code lo}
 * @param log   logarithmic axis
 * @param ticks the ticks, increasing; labelled ones are major
 */
record Ticks(double lo, double hi, boolean log, List<Tick> ticks) {

    /** One tick: its value, and its label (null for a minor tick). */
    record Tick(double value, String label) {
        boolean major() {
            return label != null;
        }
    }

    /** About this many major steps over a linear axis. */
    static final int TARGET_STEPS = 5;

    /** Ticks for data between {@code min} and {@code max} (finite, min ≤ max; positive on a log axis). */
    static Ticks of(double min, double max, boolean log) {
        return log ? logarithmic(min, max) : linear(min, max);
    }

    /** An axis end within this share of the data's span of a round value is moved onto it. */
    static final double SNAP = 0.08;
    /** Otherwise the axis ends this share of the span beyond the data. */
    static final double MARGIN = 0.03;

    static Ticks linear(double min, double max) {
        if (!(max - min > 1e-12 * Math.max(Math.abs(min), Math.abs(max))) || !(max - min >= 1e-290)) {
            // no visible spread (or one too small to divide into round steps): widen around the value
            double half = Math.abs(min) * 0.1;
            if (!(half >= 1e-290)) {
                half = 1;
            }
            min -= half;
            max += half;
        }
        double span = max - min;
        if (!Double.isFinite(span) || !Double.isFinite(min) || !Double.isFinite(max)) {
            // beyond ±Double.MAX_VALUE / 2: the two ends alone
            return new Ticks(min, max, false, List.of(new Tick(min, label(min)), new Tick(max, label(max))));
        }
        double raw = span / TARGET_STEPS;
        int exponent = (int) Math.floor(Math.log10(raw));
        double decade = Math.pow(10, exponent);
        // the round step (1, 2, 5 or 10 × decade) giving the number of steps nearest the target
        int mantissa = 1;
        for (int m : new int[] {2, 5, 10}) {
            if (Math.abs(span / (m * decade) - TARGET_STEPS) < Math.abs(span / (mantissa * decade) - TARGET_STEPS)) {
                mantissa = m;
            }
        }
        if (mantissa == 10) {
            mantissa = 1;
            exponent++;
            decade *= 10;
        }
        double step = mantissa * decade;
        double lo = end(min, Math.floor(min / step + 1e-9) * step, -MARGIN * span, span);
        double hi = end(max, Math.ceil(max / step - 1e-9) * step, MARGIN * span, span);
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        int minorPerStep = mantissa == 2 ? 4 : 5;
        List<Tick> ticks = new ArrayList<>();
        int decimals = Math.max(0, -exponent);
        boolean scientific = Math.max(Math.abs(first * step), Math.abs(last * step)) >= 1e5 || exponent < -4;
        for (long k = first - 1; k <= last; k++) {
            double v = k * step;
            if (k >= first) {
                ticks.add(new Tick(v, scientific ? scientific(k * (long) mantissa, exponent) : decimal(v, decimals)));
            }
            for (int m = 1; m < minorPerStep; m++) {
                double minor = v + step * m / minorPerStep;
                if (minor >= lo && minor <= hi) {
                    ticks.add(new Tick(minor, null));
                }
            }
        }
        return new Ticks(lo, hi, false, ticks);
    }

    /** The round value {@code round} when the data's end {@code data} is near it, else data + margin. */
    private static double end(double data, double round, double margin, double span) {
        return Math.abs(round - data) <= SNAP * span ? round : data + margin;
    }

    static Ticks logarithmic(double min, double max) {
        double a = Math.log10(min);
        double b = Math.log10(max);
        if (b - a < 1e-9) {
            a -= 0.5;
            b += 0.5;
        }
        double span = b - a;
        // within what a double holds (10^-323 … 10^308)
        double loLog = Math.max(MIN_LOG, end(a, Math.floor(a + 1e-9), -MARGIN * span, span));
        double hiLog = Math.min(MAX_LOG, end(b, Math.ceil(b - 1e-9), MARGIN * span, span));
        int first = (int) Math.ceil(loLog - 1e-9);
        int last = (int) Math.floor(hiLog + 1e-9);
        int decades = last - first;
        int every = decades <= 8 ? 1 : decades <= 16 ? 2 : (decades + 7) / 8;
        // fewer than two labelled decades on the axis: label 2 and 5 × 10^e too (all of 1…9 for less than one)
        boolean labelTwoFive = decades < 2;
        boolean labelAll = hiLog - loLog < 0.7;
        double lo = Math.pow(10, loLog);
        double hi = Math.pow(10, hiLog);
        List<Tick> ticks = new ArrayList<>();
        for (int e = first - 1; e <= last; e++) {
            double v = Math.pow(10, e);
            if (e >= first && (decades <= 16 || Math.floorMod(e, every) == 0)) {
                // beside 2 and 5 × 10^e written plainly, the decades are written plainly too (100, not 10²)
                String label = labelTwoFive || labelAll ? scientific(1, e) : power(e);
                ticks.add(new Tick(v, Math.floorMod(e, every) == 0 ? label : null));
            }
            if (decades <= 8) {
                for (int m = 2; m <= 9; m++) {
                    double minor = m * v;
                    if (minor >= lo * (1 - 1e-12) && minor <= hi * (1 + 1e-12)) {
                        boolean labelled = labelAll || (labelTwoFive && (m == 2 || m == 5));
                        ticks.add(new Tick(minor, labelled ? scientific(m, e) : null));
                    }
                }
            }
        }
        return new Ticks(lo, hi, true, ticks);
    }

    /** log₁₀ of the smallest and largest positive doubles, rounded inwards. */
    private static final double MIN_LOG = -323;
    private static final double MAX_LOG = 308.25;

    /** Any finite {@code v} with two significant digits, e.g. {@code −1.8×10³⁰⁸}. */
    static String label(double v) {
        if (v == 0) {
            return "0";
        }
        String[] parts = String.format(java.util.Locale.ROOT, "%.1e", v).split("e");
        int e = Integer.parseInt(parts[1]);
        String m = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
        return minus(m.equals("1") || m.equals("-1") ? m.replace("1", "") + power(e) : m + "×" + power(e));
    }

    /** The position of {@code v} along the axis, 0 at {@code lo} and 1 at {@code hi}. */
    double fraction(double v) {
        if (log) {
            return (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        }
        return (v - lo) / (hi - lo);
    }

    /** {@code v} rounded to {@code decimals} places, trailing zeros dropped, with a true minus sign. */
    static String decimal(double v, int decimals) {
        BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return minus(d.toPlainString());
    }

    /** {@code 10ᵉ}: 10⁻⁴, 10⁰, 10³. */
    static String power(int e) {
        return "10" + superscript(Integer.toString(e));
    }

    /** {@code m×10ᵉ} with {@code m} an integer; {@code 10ᵉ} for m = 1, plain for small e. */
    static String scientific(long m, int e) {
        while (m != 0 && m % 10 == 0) {
            m /= 10;
            e++;
        }
        if (m == 0) {
            return "0";
        }
        if (e >= -3 && e <= 4) {
            return decimal(m * Math.pow(10, e), Math.max(0, -e));
        }
        if (Math.abs(m) == 1) {
            return (m < 0 ? "−" : "") + power(e);
        }
        return minus(Long.toString(m)) + "×" + power(e);
    }

    private static String minus(String s) {
        return s.replace('-', '−');
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Digits and a minus sign as Unicode superscripts. */
    static String superscript(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }
}
