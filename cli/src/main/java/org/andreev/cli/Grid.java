package org.andreev.cli;

import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Evenly spaced points from {@code start} to {@code stop} inclusive, as written on the command
 * line: {@code START:STOP:COUNT}, e.g. {@code 0:1mV:201} or {@code -2meV:2meV:401} (each end takes
 * a unit; a bare number is SI).
 *
 * @param start first point, SI
 * @param stop  last point, SI
 * @param count number of points, &ge; 1 (1 gives only {@code start})
 */
public record Grid(double start, double stop, int count) {

    public Grid {
        if (count < 1) {
            throw new IllegalArgumentException("point count must be >= 1, got " + count);
        }
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("grid ends must be finite, got " + start + ", " + stop);
        }
    }

    /** The points, {@code start + i (stop - start)/(count - 1)}. */
    public double[] values() {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = count == 1 ? start : start + (stop - start) * i / (count - 1);
        }
        return v;
    }

    /** Parses {@code START:STOP:COUNT} with units of {@code dimension}. */
    public static Grid parse(String text, Dimension dimension) {
        String[] parts = text.strip().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected START:STOP:COUNT (e.g. 0:1mV:201), got '" + text + "'");
        }
        int count;
        try {
            count = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("point count '" + parts[2] + "' in '" + text + "' is not an integer");
        }
        if (count < 1 || count > 10_000_000) {
            throw new IllegalArgumentException("point count must be 1..10000000, got " + count);
        }
        return new Grid(Quantity.parse(parts[0].strip(), dimension), Quantity.parse(parts[1].strip(), dimension), count);
    }

    /** picocli converter for a grid of one dimension; use a nested class. */
    public abstract static class Converter implements ITypeConverter<Grid> {
        private final Dimension dimension;

        protected Converter(Dimension dimension) {
            this.dimension = dimension;
        }

        @Override
        public Grid convert(String text) {
            try {
                return parse(text, dimension);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Voltages, e.g. {@code -1mV:1mV:401}. */
    public static final class Voltages extends Converter {
        public Voltages() {
            super(Dimension.VOLTAGE);
        }
    }

    /** Currents, e.g. {@code 0:10nA:101}. */
    public static final class Currents extends Converter {
        public Currents() {
            super(Dimension.CURRENT);
        }
    }

    /** Temperatures, e.g. {@code 50mK:300mK:51}; every point must be &gt; 0 K. */
    public static final class Temperatures extends Converter {
        public Temperatures() {
            super(Dimension.TEMPERATURE);
        }

        @Override
        public Grid convert(String text) {
            Grid g = super.convert(text);
            if (g.start() <= 0 || g.stop() <= 0) {
                throw new TypeConversionException("temperatures must be > 0 K, got '" + text + "'");
            }
            return g;
        }
    }

    /** Magnetic fields, e.g. {@code 0:0.5T:51}. */
    public static final class MagneticFields extends Converter {
        public MagneticFields() {
            super(Dimension.MAGNETIC_FIELD);
        }
    }
}
