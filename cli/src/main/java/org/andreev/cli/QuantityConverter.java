package org.andreev.cli;

import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Unit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value with its unit ({@code 0.2meV}, {@code 90mK}, a bare number is SI) through
 * {@link Quantity#parse}, and refuses values outside the physical range of the quantity. picocli
 * reports a refusal as {@code Invalid value for option '--te': ...}, so the message names the
 * option, the quantity and the value.
 *
 * <p>Use a nested class as {@code @Option(converter = QuantityConverter.Temperature.class)} on a
 * {@code double} (or {@code Double}, for an optional value) field.
 */
public abstract class QuantityConverter implements ITypeConverter<Double> {

    /** Which values the quantity may take. */
    protected enum Bound {
        ANY, NON_NEGATIVE, POSITIVE
    }

    private final String quantity;
    private final Dimension dimension;
    private final Bound bound;

    /**
     * @param quantity what the value is, for messages ("temperature"); the messages give its SI
     *                 unit, {@link Unit#si}
     */
    protected QuantityConverter(String quantity, Dimension dimension, Bound bound) {
        this.quantity = quantity;
        this.dimension = dimension;
        this.bound = bound;
    }

    @Override
    public Double convert(String text) {
        double value;
        try {
            value = Quantity.parse(text.strip(), dimension);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (!Double.isFinite(value)) {
            throw new TypeConversionException(quantity + " must be finite, got '" + text + "'");
        }
        boolean ok = switch (bound) {
            case ANY -> true;
            case NON_NEGATIVE -> value >= 0;
            case POSITIVE -> value > 0;
        };
        if (!ok) {
            String siUnit = Unit.si(dimension).symbol();
            throw new TypeConversionException(quantity + " must be "
                    + (bound == Bound.POSITIVE ? "> 0" : ">= 0") + (siUnit.isEmpty() ? "" : " " + siUnit)
                    + ", got '" + text + "'");
        }
        return value;
    }

    /** A temperature, K, &gt; 0. */
    public static final class Temperature extends QuantityConverter {
        public Temperature() {
            super("temperature", Dimension.TEMPERATURE, Bound.POSITIVE);
        }
    }

    /** A resistance, Ω, &gt; 0. */
    public static final class Resistance extends QuantityConverter {
        public Resistance() {
            super("resistance", Dimension.RESISTANCE, Bound.POSITIVE);
        }
    }

    /** A superconducting gap Δ, J, &gt; 0 (meV, ueV or J). */
    public static final class Gap extends QuantityConverter {
        public Gap() {
            super("gap", Dimension.ENERGY, Bound.POSITIVE);
        }
    }

    /** An energy such as an exchange splitting, J, &ge; 0. */
    public static final class Energy extends QuantityConverter {
        public Energy() {
            super("energy", Dimension.ENERGY, Bound.NON_NEGATIVE);
        }
    }

    /** A voltage, V, any sign. */
    public static final class Voltage extends QuantityConverter {
        public Voltage() {
            super("voltage", Dimension.VOLTAGE, Bound.ANY);
        }
    }

    /** A current, A, any sign. */
    public static final class Current extends QuantityConverter {
        public Current() {
            super("current", Dimension.CURRENT, Bound.ANY);
        }
    }

    /** A conductance, S (or G0), &gt; 0. */
    public static final class Conductance extends QuantityConverter {
        public Conductance() {
            super("conductance", Dimension.CONDUCTANCE, Bound.POSITIVE);
        }
    }

    /** A power, W, &ge; 0. */
    public static final class Power extends QuantityConverter {
        public Power() {
            super("power", Dimension.POWER, Bound.NON_NEGATIVE);
        }
    }

    /** A length, m, &gt; 0. */
    public static final class Length extends QuantityConverter {
        public Length() {
            super("length", Dimension.LENGTH, Bound.POSITIVE);
        }
    }

    /** An area, m², &gt; 0. */
    public static final class Area extends QuantityConverter {
        public Area() {
            super("area", Dimension.AREA, Bound.POSITIVE);
        }
    }

    /** A volume, m³, &gt; 0. */
    public static final class Volume extends QuantityConverter {
        public Volume() {
            super("volume", Dimension.VOLUME, Bound.POSITIVE);
        }
    }

    /** A magnetic field, T, any sign. */
    public static final class MagneticField extends QuantityConverter {
        public MagneticField() {
            super("magnetic field", Dimension.MAGNETIC_FIELD, Bound.ANY);
        }
    }

    /** A time, s, &gt; 0. */
    public static final class Time extends QuantityConverter {
        public Time() {
            super("time", Dimension.TIME, Bound.POSITIVE);
        }
    }

    /** A diffusion constant, m²/s, &gt; 0. */
    public static final class DiffusionConstant extends QuantityConverter {
        public DiffusionConstant() {
            super("diffusion constant", Dimension.DIFFUSION_CONSTANT, Bound.POSITIVE);
        }
    }

    /** A resistivity, Ω m, &gt; 0. */
    public static final class Resistivity extends QuantityConverter {
        public Resistivity() {
            super("resistivity", Dimension.RESISTIVITY, Bound.POSITIVE);
        }
    }

    /** An angle, rad (35deg, 35°, 0.61rad; a bare number is radians), any sign. */
    public static final class Angle extends QuantityConverter {
        public Angle() {
            super("angle", Dimension.ANGLE, Bound.ANY);
        }
    }

    /** A dimensionless ratio such as the Dynes γ/Δ, &ge; 0. */
    public static final class Ratio extends QuantityConverter {
        public Ratio() {
            super("ratio", Dimension.DIMENSIONLESS, Bound.NON_NEGATIVE);
        }
    }
}
