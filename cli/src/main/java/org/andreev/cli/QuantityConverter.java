package org.andreev.cli;

import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Unit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value with its unit ({@code 0.2meV}, {@code 90mK}, a bare number is SI) through
 * {@link Quantity#parse}, and refuses values outside the physical range of the quantity, stated
 * once here (the table of each nested class; docs/units-and-data.md, "Plausible ranges"). picocli
 * reports a refusal as {@code Invalid value for option '--delta': '0.2' (0.2 J; a bare number is SI)
 * is not a superconducting gap: expected 1 ueV to 10 meV}, so the message names the option, the
 * value as given and read, the quantity and its range, before any model sees the value (a model's
 * own check would blame another quantity: T_N for a gap of 0.2 J).
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
    private final double low;
    private final double high;
    private final String lowText;
    private final String highText;

    /**
     * @param quantity what the value is, for messages ("superconducting gap")
     * @param low      the smallest magnitude accepted with its unit, as messages show it ("1 ueV");
     *                 for {@code ANY} and {@code NON_NEGATIVE} 0 is accepted too ("0" for no lower
     *                 bound on the magnitude)
     * @param high     the largest magnitude accepted with its unit ("10 meV")
     */
    protected QuantityConverter(String quantity, Dimension dimension, Bound bound, String low, String high) {
        this.quantity = quantity;
        this.dimension = dimension;
        this.bound = bound;
        this.lowText = low;
        this.highText = high;
        this.low = Quantity.parse(low, dimension);
        this.high = Quantity.parse(high, dimension);
    }

    /** A quantity of any finite magnitude with {@code bound}'s sign (a subclass narrows it). */
    protected QuantityConverter(String quantity, Dimension dimension, Bound bound) {
        this(quantity, dimension, bound, "4.9e-324", "1.7976931348623157e308");
    }

    @Override
    public Double convert(String text) {
        double value;
        try {
            value = Quantity.parse(text.strip(), dimension);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return checked(text, value);
    }

    /**
     * {@code value} (SI, read from {@code text}) if it lies in this quantity's range.
     *
     * @throws TypeConversionException naming the text, the quantity and the range otherwise
     */
    public double checked(String text, double value) {
        // the ends as written in the messages (1 ueV) read back within rounding of the constants
        double top = high * (1 + 1e-12);
        double bottom = low * (1 - 1e-12);
        double size = Math.abs(value);
        boolean ok = Double.isFinite(value) && switch (bound) {
            case ANY -> value == 0 || (size >= bottom && size <= top);
            case NON_NEGATIVE -> value == 0 || (value >= bottom && value <= top);
            case POSITIVE -> value >= bottom && value <= top;
        };
        if (!ok) {
            throw new TypeConversionException(given(text, value) + " is not " + article(quantity) + quantity
                    + ": expected " + range());
        }
        return value;
    }

    /** The range accepted, in words: {@code 1 ueV to 10 meV}, {@code 0 to 10 meV}, {@code -10 V to 10 V}. */
    public String range() {
        boolean zero = low == 0;
        return switch (bound) {
            case ANY -> zero ? "-" + highText + " to " + highText : "0, or " + lowText + " to " + highText + " in magnitude";
            case NON_NEGATIVE -> zero ? "0 to " + highText : "0, or " + lowText + " to " + highText;
            case POSITIVE -> lowText + " to " + highText;
        };
    }

    /**
     * The plausible range of a device parameter ({@code DeviceFile.TABLE}) of this key and dimension,
     * or null when none is stated here (a coupling constant, a density of states): {@code delta} is a
     * gap, the other energies energies, and temperatures, resistances, lengths, areas, volumes,
     * diffusion constants and powers as the options of those quantities.
     */
    public static QuantityConverter forDevice(String key, Dimension dimension) {
        if (dimension == null) {
            return null;
        }
        if (key.equals("delta")) {
            return new Gap();
        }
        if (key.endsWith("dynes")) {
            return new Dynes();
        }
        if (key.equals("m") || key.endsWith("_m")) {
            return new Multiplier();
        }
        return switch (dimension) {
            case ENERGY -> new Energy();
            case TEMPERATURE -> new Temperature();
            case RESISTANCE -> new Resistance();
            case LENGTH -> new Length();
            case AREA -> new Area();
            case VOLUME -> new Volume();
            case DIFFUSION_CONSTANT -> new DiffusionConstant();
            case POWER -> new Power();
            case DENSITY_OF_STATES -> new DensityOfStates();
            case ELECTRON_PHONON_COUPLING -> new ElectronPhononCoupling();
            case KAPITZA_COUPLING -> new KapitzaCoupling();
            default -> null;
        };
    }

    /** The text as given, with its SI reading when it had no unit (a bare 0.2 for a gap is 0.2 J). */
    private String given(String text, double value) {
        String t = "'" + Unit.shown(text.strip()) + "'";
        String si = Unit.si(dimension).symbol();
        boolean bare = text.strip().matches("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
        if (bare && !si.isEmpty()) {
            return t + " (" + (Double.isFinite(value) ? Quantity.shortest(value) : value > 0 ? "+inf" : "-inf")
                    + " " + si + "; a bare number is SI)";
        }
        return t;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    // The plausible ranges, one line per quantity (docs/units-and-data.md, "Plausible ranges"):
    // wide enough for every material and device of the two papers and their neighbours, narrow
    // enough that a slip of units (a bare 0.2 for 0.2 meV) or of exponent is caught at the option.
    /** A temperature, K: 1 uK to 1000 K. */
    public static final class Temperature extends QuantityConverter {
        public Temperature() {
            super("temperature", Dimension.TEMPERATURE, Bound.POSITIVE, "1 uK", "1000 K");
        }
    }

    /** A resistance, Ω: 1 mOhm to 1e15 Ohm (a leakage resistance may be that large). */
    public static final class Resistance extends QuantityConverter {
        public Resistance() {
            super("resistance", Dimension.RESISTANCE, Bound.POSITIVE, "1 mOhm", "1e15 Ohm");
        }
    }

    /** A superconducting gap Δ, J: 1 ueV to 10 meV (Al 0.2 meV, Pb 1.35 meV, MgB2 7 meV). */
    public static final class Gap extends QuantityConverter {
        public Gap() {
            super("superconducting gap", Dimension.ENERGY, Bound.POSITIVE, "1 ueV", "10 meV");
        }
    }

    /** An energy such as an exchange splitting or a scattering rate, J: 0 to 10 meV. */
    public static final class Energy extends QuantityConverter {
        public Energy() {
            super("energy", Dimension.ENERGY, Bound.NON_NEGATIVE, "0 J", "10 meV");
        }
    }

    /** A voltage, V, any sign: 0, or 1 pV to 10 V in magnitude. */
    public static final class Voltage extends QuantityConverter {
        public Voltage() {
            super("voltage", Dimension.VOLTAGE, Bound.ANY, "1 pV", "10 V");
        }
    }

    /** A current, A, any sign: 0, or 1e-18 A (6 electrons a second) to 1 A in magnitude. */
    public static final class Current extends QuantityConverter {
        public Current() {
            super("current", Dimension.CURRENT, Bound.ANY, "1e-18 A", "1 A");
        }
    }

    /** A conductance, S (or G0): 1 fS to 100 S. */
    public static final class Conductance extends QuantityConverter {
        public Conductance() {
            super("conductance", Dimension.CONDUCTANCE, Bound.POSITIVE, "1e-15 S", "100 S");
        }
    }

    /** A power, W: 0 to 1 W. */
    public static final class Power extends QuantityConverter {
        public Power() {
            super("power", Dimension.POWER, Bound.NON_NEGATIVE, "0 W", "1 W");
        }
    }

    /** A length, m: 1 pm to 1 m. */
    public static final class Length extends QuantityConverter {
        public Length() {
            super("length", Dimension.LENGTH, Bound.POSITIVE, "1 pm", "1 m");
        }
    }

    /** An area, m²: 1e-24 m² (1 pm²) to 1 m². */
    public static final class Area extends QuantityConverter {
        public Area() {
            super("area", Dimension.AREA, Bound.POSITIVE, "1e-24 m2", "1 m2");
        }
    }

    /** A volume, m³: 1e-36 m³ to 1 m³. */
    public static final class Volume extends QuantityConverter {
        public Volume() {
            super("volume", Dimension.VOLUME, Bound.POSITIVE, "1e-36 m3", "1 m3");
        }
    }

    /** A magnetic field, T, any sign: |B| at most 100 T. */
    public static final class MagneticField extends QuantityConverter {
        public MagneticField() {
            super("magnetic field", Dimension.MAGNETIC_FIELD, Bound.ANY, "0 T", "100 T");
        }
    }

    /** A time, s: 1e-18 s to 1e6 s. */
    public static final class Time extends QuantityConverter {
        public Time() {
            super("time", Dimension.TIME, Bound.POSITIVE, "1e-18 s", "1e6 s");
        }
    }

    /** A diffusion constant, m²/s: 1e-9 to 1 m²/s (metals: 10-1000 cm²/s). */
    public static final class DiffusionConstant extends QuantityConverter {
        public DiffusionConstant() {
            super("diffusion constant", Dimension.DIFFUSION_CONSTANT, Bound.POSITIVE, "1e-9 m2/s", "1 m2/s");
        }
    }

    /** A resistivity, Ω m: 1e-12 to 1 Ohm m. */
    public static final class Resistivity extends QuantityConverter {
        public Resistivity() {
            super("resistivity", Dimension.RESISTIVITY, Bound.POSITIVE, "1e-12 Ohm m", "1 Ohm m");
        }
    }

    /** An angle, rad (35deg, 35°, 0.61rad; a bare number is radians), any sign: at most 360°. */
    public static final class Angle extends QuantityConverter {
        public Angle() {
            super("angle", Dimension.ANGLE, Bound.ANY, "0 deg", "360 deg");
        }
    }

    /** The Dynes γ/Δ: 0 (BCS), or 1e-12 to 1 (the N-I-S integrals' own limits are 1e-12 … 1000). */
    public static final class Dynes extends QuantityConverter {
        public Dynes() {
            super("Dynes ratio gamma/Delta", Dimension.DIMENSIONLESS, Bound.NON_NEGATIVE, "1e-12", "1");
        }
    }

    /** A temperature that may be 0 K (exactly zero temperature): 0, or 1 uK to 1000 K. */
    public static final class TemperatureOrZero extends QuantityConverter {
        public TemperatureOrZero() {
            super("temperature", Dimension.TEMPERATURE, Bound.NON_NEGATIVE, "1 uK", "1000 K");
        }
    }

    /** An Andreev multiplying factor M (physics.md A4), 0 to 100. */
    public static final class Multiplier extends QuantityConverter {
        public Multiplier() {
            super("multiplying factor", Dimension.DIMENSIONLESS, Bound.NON_NEGATIVE, "0", "100");
        }
    }

    /** A dimensionless fraction such as a probability or a noise level: 0 to 1. */
    public static final class Ratio extends QuantityConverter {
        public Ratio() {
            super("fraction", Dimension.DIMENSIONLESS, Bound.NON_NEGATIVE, "0", "1");
        }
    }

    /** A density of states at the Fermi level (both spins), 1/(J m³): 1e44 to 1e50 (metals: 1e46 to 1e48). */
    public static final class DensityOfStates extends QuantityConverter {
        public DensityOfStates() {
            super("density of states", Dimension.DENSITY_OF_STATES, Bound.POSITIVE, "1e44 /J/m3", "1e50 /J/m3");
        }
    }

    /** An electron-phonon constant Σ, W/(m³ K⁵): 1e6 to 1e12 (Cu 2e9). */
    public static final class ElectronPhononCoupling extends QuantityConverter {
        public ElectronPhononCoupling() {
            super("electron-phonon constant", Dimension.ELECTRON_PHONON_COUPLING, Bound.POSITIVE, "1e6 W/m3/K5",
                    "1e12 W/m3/K5");
        }
    }

    /** A phonon-substrate coupling K·A, W/K⁴: 1e-20 to 1 (seed 004: 1.7e-10); inf is the device's own word. */
    public static final class KapitzaCoupling extends QuantityConverter {
        public KapitzaCoupling() {
            super("phonon-substrate coupling", Dimension.KAPITZA_COUPLING, Bound.POSITIVE, "1e-20 W/K4", "1 W/K4");
        }
    }
}
