package org.andreev.neck;

import java.util.Arrays;
import java.util.Locale;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * One measured (or simulated) elongation trace R(z): the piezo elongation z and the contact's
 * resistance R at each point, with the file and line each point came from, for messages.
 *
 * <p>The compact constructor refuses what the slab model cannot read (issue #8, bad input): z
 * that does not strictly increase (the neck is pulled, never pushed back, within one trace), and a
 * resistance that is not &gt; 0 and finite; each refusal is an {@link InputException} naming the
 * source, the line and the value.
 *
 * @param source     the file (or "simulated"), for messages
 * @param name       which trace of the file ("" when the file holds one), for messages
 * @param z          elongation, m, strictly increasing
 * @param resistance R, Ω, &gt; 0
 * @param lines      the 1-based line of each point in its file (0 for generated points)
 */
public record Trace(String source, String name, double[] z, double[] resistance, int[] lines) {

    /** Validates, as in the class comment; at least 2 points. Arrays are kept, not copied. */
    public Trace {
        name = name == null ? "" : name;
        if (z.length != resistance.length || z.length != lines.length) {
            throw new IllegalArgumentException("trace arrays differ in length: z " + z.length + ", R "
                    + resistance.length + ", lines " + lines.length);
        }
        if (z.length < 2) {
            throw new InputException(source, z.length == 1 ? lines[0] : 0, label(name),
                    "a trace needs at least 2 points (z, R), got " + z.length);
        }
        for (int i = 0; i < z.length; i++) {
            if (!(resistance[i] > 0) || Double.isInfinite(resistance[i])) {
                throw new InputException(source, lines[i], "resistance R" + suffix(name),
                        "must be > 0 Ohm, got " + resistance[i] + " Ohm");
            }
            if (!Double.isFinite(z[i])) {
                throw new InputException(source, lines[i], "elongation z" + suffix(name), "must be finite, got " + z[i]);
            }
            if (i > 0 && !(z[i] > z[i - 1])) {
                throw new InputException(source, lines[i], "elongation z" + suffix(name), String.format(Locale.ROOT,
                        "must increase within a trace, got z = %s after %s (line %d); split the"
                                + " traces with a 'trace' column", length(z[i]), length(z[i - 1]), lines[i - 1]));
            }
        }
    }

    /** A generated trace (no file lines, no name). */
    public static Trace of(String source, double[] z, double[] resistance) {
        return new Trace(source, "", z, resistance, new int[z.length]);
    }

    private static String length(double metres) {
        return Quantity.format(metres, Dimension.LENGTH);
    }

    /** "trace NAME", or "trace" without a name. */
    static String label(String name) {
        return name == null || name.isEmpty() ? "trace" : "trace " + name;
    }

    /** " of trace NAME", or "" without a name. */
    static String suffix(String name) {
        return name == null || name.isEmpty() ? "" : " of trace " + name;
    }

    /** The number of points. */
    public int size() {
        return z.length;
    }

    /**
     * The median step of z, m.
     */
    public double medianStep() {
        double[] steps = new double[z.length - 1];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = z[i + 1] - z[i];
        }
        return RobustStatistics.median(steps);
    }

    /**
     * Refuses a gap: a step of z larger than {@code factor} times the median step (data missing
     * between two points, e.g. a dropped acquisition block).
     *
     * @throws InputException naming the line after the gap, both z and the ratio
     */
    public void requireNoGaps(double factor) {
        double limit = factor * medianStep();
        for (int i = 1; i < z.length; i++) {
            if (z[i] - z[i - 1] > limit) {
                throw new InputException(source, lines[i], "elongation z" + suffix(name), String.format(Locale.ROOT,
                        "gap from z = %s to %s, %.0f times the median step %s (more than %s)",
                        length(z[i - 1]), length(z[i]), (z[i] - z[i - 1]) / (limit / factor), length(limit / factor),
                        factor));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && source.equals(t.source) && name.equals(t.name) && Arrays.equals(z, t.z)
                && Arrays.equals(resistance, t.resistance) && Arrays.equals(lines, t.lines);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(z) * 31 + Arrays.hashCode(resistance);
    }

    @Override
    public String toString() {
        return "Trace[" + source + (name.isEmpty() ? "" : " trace " + name) + ", " + z.length + " points]";
    }
}
