package org.andreev.cli;

import java.util.Locale;
import org.andreev.units.Dimension;
import org.andreev.units.Range;
import org.andreev.units.Unit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@link Range} option, {@code START:STOP:COUNT} with units of one dimension ({@code 0:1mV:201},
 * {@code 50mK:400mK:36}; a bare number is SI), through {@link Range#parse}. picocli reports a refusal
 * as {@code Invalid value for option '--bias': ...}. Use a nested class as
 * {@code @Option(converter = RangeConverter.Voltages.class)} on a {@code Range} field.
 */
public abstract class RangeConverter implements ITypeConverter<Range> {

    private final Dimension dimension;
    private final boolean positive;
    private final QuantityConverter plausible;

    /** A range of {@code dimension}; with {@code positive}, both ends must be &gt; 0. */
    protected RangeConverter(Dimension dimension, boolean positive) {
        this(dimension, positive, null);
    }

    /** As above, each end also within the plausible range of {@code plausible} (QuantityConverter). */
    protected RangeConverter(Dimension dimension, boolean positive, QuantityConverter plausible) {
        this.dimension = dimension;
        this.positive = positive;
        this.plausible = plausible;
    }

    /**
     * The most values a range option gives (10⁶: a model curve of a million bias points takes
     * minutes), refused before any work starts; {@link Range#MAX_COUNT} is the library's bound.
     */
    public static final int MAX_COUNT = 1_000_000;

    @Override
    public Range convert(String text) {
        Range r;
        try {
            r = Range.parse(text, dimension);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (r.count() > MAX_COUNT) {
            throw new TypeConversionException("'" + text + "' asks for " + r.count() + " points, more than the "
                    + MAX_COUNT + " computed at most; give fewer");
        }
        if (positive && (r.start() <= 0 || r.stop() <= 0)) {
            String noun = dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            throw new TypeConversionException(noun + "s must be > 0 "
                    + Unit.si(dimension).symbol() + ", got '" + text + "'");
        }
        if (plausible != null) {
            String[] ends = text.strip().split(":", -1);
            plausible.checked(ends[0], r.start());
            plausible.checked(ends[1], r.stop());
        }
        return r;
    }

    /** Voltages, any sign, e.g. {@code -1mV:1mV:401}. */
    public static final class Voltages extends RangeConverter {
        public Voltages() {
            super(Dimension.VOLTAGE, false, new QuantityConverter.Voltage());
        }
    }

    /** Temperatures, e.g. {@code 50mK:300mK:51}; every point must be &gt; 0 K. */
    public static final class Temperatures extends RangeConverter {
        public Temperatures() {
            super(Dimension.TEMPERATURE, true, new QuantityConverter.Temperature());
        }
    }

    /** Lengths, e.g. {@code 20nm:20um:50}; every point must be &gt; 0 m. */
    public static final class Lengths extends RangeConverter {
        public Lengths() {
            super(Dimension.LENGTH, true, new QuantityConverter.Length());
        }
    }
}
