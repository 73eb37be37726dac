package org.andreev.units;

/**
 * The physical dimension of a quantity read from the user, which fixes the units it may carry.
 *
 * <p>API CONTRACT (stub, to be completed with the unit tables in {@link Quantity}).
 */
public enum Dimension {
    /** Volts: V, mV, uV (µV), nV. */
    VOLTAGE,
    /** Amperes: A, mA, uA, nA, pA, fA. */
    CURRENT,
    /** Ohms: Ohm, kOhm, MOhm, GOhm (also Ω). */
    RESISTANCE,
    /** Siemens: S, mS, uS, nS, and G0 = 2e²/h. */
    CONDUCTANCE,
    /** Kelvin: K, mK, uK. */
    TEMPERATURE,
    /** Joules or electron-volts: J, eV, meV, ueV. */
    ENERGY,
    /** Metres: m, cm, mm, um (µm), nm, pm, A (ångström). */
    LENGTH,
    /** Square metres: m2, um2, nm2. */
    AREA,
    /** Cubic metres: m3, um3, nm3. */
    VOLUME,
    /** Tesla: T, mT, uT, G (gauss). */
    MAGNETIC_FIELD,
    /** Watts: W, mW, uW, nW, pW, fW, aW. */
    POWER,
    /** Seconds: s, ms, us, ns, ps. */
    TIME,
    /** Square metres per second: m2/s, cm2/s. */
    DIFFUSION_CONSTANT,
    /** A pure number; no unit allowed (a percent sign may be). */
    DIMENSIONLESS
}
