package org.andreev.units;

import java.util.Arrays;
import java.util.List;

/**
 * The physical dimension of a quantity read from the user, which fixes the units it may carry.
 *
 * <p>Each dimension knows its exponents over the SI base units (m, kg, s, A, K), so that any unit
 * written as a product of prefixed SI symbols ({@code nW/um3/K5}, {@code cm2/s}) can be checked
 * against it, and a short list of the units people use for it, for messages and plot axes
 * ({@link Unit#common(Dimension)}).
 */
public enum Dimension {
    /** Volts: V, mV, uV (µV), nV. */
    VOLTAGE("a voltage", new int[] {2, 1, -3, -1, 0}, "V", "mV", "uV", "nV"),
    /** Amperes: A, mA, uA, nA, pA, fA. */
    CURRENT("a current", new int[] {0, 0, 0, 1, 0}, "A", "mA", "uA", "nA", "pA", "fA"),
    /** Ohms: Ohm, kOhm, MOhm, GOhm (also Ω). */
    RESISTANCE("a resistance", new int[] {2, 1, -3, -2, 0}, "Ohm", "kOhm", "MOhm", "GOhm"),
    /** Siemens: S, mS, uS, nS, and G0 = 2e²/h. */
    CONDUCTANCE("a conductance", new int[] {-2, -1, 3, 2, 0}, "S", "mS", "uS", "nS", "G0"),
    /** Kelvin: K, mK, uK. */
    TEMPERATURE("a temperature", new int[] {0, 0, 0, 0, 1}, "K", "mK", "uK"),
    /** Joules or electron-volts: J, eV, meV, ueV. */
    ENERGY("an energy", new int[] {2, 1, -2, 0, 0}, "J", "eV", "meV", "ueV"),
    /** Metres: m, cm, mm, um (µm), nm, pm, A (ångström). */
    LENGTH("a length", new int[] {1, 0, 0, 0, 0}, "m", "mm", "um", "nm", "pm"),
    /** Square metres: m2, um2, nm2. */
    AREA("an area", new int[] {2, 0, 0, 0, 0}, "m2", "um2", "nm2"),
    /** Cubic metres: m3, um3, nm3. */
    VOLUME("a volume", new int[] {3, 0, 0, 0, 0}, "m3", "um3", "nm3"),
    /** Tesla: T, mT, uT, G (gauss). */
    MAGNETIC_FIELD("a magnetic field", new int[] {0, 1, -2, -1, 0}, "T", "mT", "uT", "G"),
    /** Watts: W, mW, uW, nW, pW, fW, aW. */
    POWER("a power", new int[] {2, 1, -3, 0, 0}, "W", "mW", "uW", "nW", "pW", "fW", "aW"),
    /** Seconds: s, ms, us, ns, ps. */
    TIME("a time", new int[] {0, 0, 1, 0, 0}, "s", "ms", "us", "ns", "ps", "fs"),
    /** Square metres per second: m2/s, cm2/s. */
    DIFFUSION_CONSTANT("a diffusion constant", new int[] {2, 0, -1, 0, 0}, "m2/s", "cm2/s"),
    /** A pure number; no unit allowed (a percent sign or ppm may be, and only here). */
    DIMENSIONLESS("a pure number", new int[] {0, 0, 0, 0, 0}, "", "%"),
    /** Electron-phonon coupling constant Σ: W m⁻³ K⁻⁵, e.g. {@code 2nW/um3/K5}. */
    ELECTRON_PHONON_COUPLING(
            "an electron-phonon coupling", new int[] {-1, 1, -3, 0, -5}, "W/m3/K5", "nW/um3/K5"),
    /** Phonon boundary (Kapitza) conductance per area and T⁴: W m⁻² K⁻⁴. */
    KAPITZA_CONDUCTANCE("a Kapitza conductance", new int[] {0, 1, -3, 0, -4}, "W/m2/K4"),
    /** A whole phonon boundary coupling K·A (Kapitza conductance times area): W K⁻⁴, e.g. {@code 0.05 W/K4}. */
    KAPITZA_COUPLING("a Kapitza coupling K*A", new int[] {2, 1, -3, 0, -4}, "W/K4", "nW/K4", "pW/K4"),
    /** Density of states per energy and volume: J⁻¹ m⁻³, e.g. {@code 1.56e47/J/m3}. */
    DENSITY_OF_STATES("a density of states", new int[] {-5, -1, 2, 0, 0}, "/J/m3", "/eV/um3"),
    /** Resistivity: Ohm m, e.g. {@code 2uOhm cm}. */
    RESISTIVITY("a resistivity", new int[] {3, 1, -3, -2, 0}, "Ohm m", "uOhm cm"),
    /** Plane angle: rad, mrad, deg (also °); a bare number is radians. */
    ANGLE("an angle", new int[] {0, 0, 0, 0, 0}, "rad", "deg"),
    /** Speed: m/s. */
    VELOCITY("a velocity", new int[] {1, 0, -1, 0, 0}, "m/s", "km/s");

    private final String noun;
    private final int[] exponents;
    private final List<String> commonUnits;

    Dimension(String noun, int[] exponents, String... commonUnits) {
        this.noun = noun;
        this.exponents = exponents;
        this.commonUnits = List.of(commonUnits);
    }

    /** Human name with its article, for messages: "a voltage", "an energy". */
    public String noun() {
        return noun;
    }

    /** The unit symbols people use for this dimension, SI first, e.g. V, mV, uV, nV. */
    public List<String> commonUnits() {
        return commonUnits;
    }

    /** "(use V, mV, uV, nV)", for error messages. */
    String hint() {
        return this == DIMENSIONLESS
                ? "(a bare number or a percentage)"
                : "(use " + String.join(", ", commonUnits) + ")";
    }

    /** True when the SI base-unit exponents (m, kg, s, A, K) are those of this dimension. */
    boolean hasExponents(int[] candidate) {
        return Arrays.equals(exponents, candidate);
    }
}
