package org.andreev.fit;

import java.util.Map;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;

/**
 * The units a fit report shows its numbers in: SI (the default, and always for JSON), or the units
 * an experimentalist reads (meV, mK, kΩ, µm and mV fixed; every other quantity in its most readable
 * common unit, e.g. nA, µS).
 */
public enum ReportUnits {
    /** SI units throughout. */
    SI,
    /** meV, mK, kΩ, µm, mV; others readable ({@link Unit#readable}). */
    NATURAL;

    private static final Map<Dimension, String> FIXED = Map.of(Dimension.ENERGY, "meV", Dimension.TEMPERATURE, "mK",
            Dimension.RESISTANCE, "kOhm", Dimension.LENGTH, "um", Dimension.VOLTAGE, "mV");

    /** The unit to show a quantity of {@code dimension} of typical magnitude {@code values} in. */
    public Unit unit(Dimension dimension, double... values) {
        if (this == SI || dimension == Dimension.DIMENSIONLESS) {
            return Unit.si(dimension);
        }
        String fixed = FIXED.get(dimension);
        return fixed != null ? Unit.parse(fixed, dimension) : Unit.readable(dimension, values);
    }

    /** Parses {@code si} or {@code natural} (any case), naming the choices otherwise. */
    public static ReportUnits parse(String text) {
        for (ReportUnits u : values()) {
            if (u.name().equalsIgnoreCase(text.strip())) {
                return u;
            }
        }
        throw new IllegalArgumentException("units must be si or natural, got '" + text + "'");
    }
}
