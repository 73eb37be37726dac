package org.andreev.units;

/**
 * Parses a quantity written by a user ({@code 0.2meV}, {@code 2kOhm}, {@code 90mK}, {@code 1.5um},
 * {@code 0.25T}, {@code 1e-4}) into its SI value. A bare number is SI.
 *
 * <p>API CONTRACT (stub, to be implemented).
 */
public final class Quantity {
    private Quantity() {}

    /**
     * The SI value of {@code text} as a quantity of dimension {@code dimension}.
     *
     * @throws IllegalArgumentException with a one-line message naming the text and the expected
     *     dimension when the number or the unit does not parse or does not fit the dimension
     */
    public static double parse(String text, Dimension dimension) {
        throw new UnsupportedOperationException("stub");
    }

    /** The factor that converts a value in {@code unit} (e.g. "mV") to SI for {@code dimension}. */
    public static double unitFactor(String unit, Dimension dimension) {
        throw new UnsupportedOperationException("stub");
    }
}
