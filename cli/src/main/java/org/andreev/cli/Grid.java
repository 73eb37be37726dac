package org.andreev.cli;

import org.andreev.units.Dimension;
import org.andreev.units.Range;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Evenly spaced points from {@code start} to {@code stop} inclusive, as written on the command
 * line: {@code START:STOP:COUNT}, e.g. {@code 0:1mV:201} or {@code -2meV:2meV:401} (each end takes
 * a unit; a bare number is SI). The command-line face of {@link Range}, with picocli converters.
 *
 * @param start first point, SI
 * @param stop  last point, SI
 * @param count number of points, &ge; 1 (1 only when start = stop)
 */
public record Grid(double start, double stop, int count) {

    public Grid {
        new Range(start, stop, count); // validates
    }

    /** The points, {@code start + i (stop - start)/(count - 1)}; the last is exactly {@code stop}. */
    public double[] values() {
        return new Range(start, stop, count).values();
    }

    /** Parses {@code START:STOP:COUNT} with units of {@code dimension} ({@link Range#parse}). */
    public static Grid parse(String text, Dimension dimension) {
        Range r = Range.parse(text, dimension);
        return new Grid(r.start(), r.stop(), r.count());
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
}
