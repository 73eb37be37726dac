package org.andreev.cli;

import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.units.Dimension;
import picocli.CommandLine.Option;

/**
 * Which columns of a data file hold the curve, and in which units: {@code --x NAME --x-unit mV
 * --y NAME --y-unit G0}. A name matches a header cell in full or without its unit ({@code V} finds
 * {@code V[mV]} and {@code V_mV}); a whole number is a 1-based column index. Without a unit option
 * the unit in the header is used, and without one the numbers are SI. Use as {@code @Mixin}.
 */
public final class ColumnOptions {

    @Option(names = "--x", paramLabel = "COLUMN", defaultValue = "V",
            description = "Column of the bias voltage: header name or 1-based index (default: ${DEFAULT-VALUE}).")
    String x;

    @Option(names = "--x-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the x column, e.g. mV (default: from the header, else SI).")
    String xUnit;

    @Option(names = "--y", paramLabel = "COLUMN", defaultValue = "I",
            description = "Column of the measured y values (a current, or where the command says so a"
                    + " conductance): header name or 1-based index (default: ${DEFAULT-VALUE}).")
    String y;

    @Option(names = "--y-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the y column, e.g. nA (S or G0 where a conductance is accepted; default:"
                    + " from the header, else SI).")
    String yUnit;

    /** The x column as a voltage. */
    public ColumnSpec xSpec() {
        return new ColumnSpec(ColumnRef.parse(x), Dimension.VOLTAGE, xUnit);
    }

    /** The y column as a quantity of {@code dimension}. */
    public ColumnSpec ySpec(Dimension dimension) {
        return new ColumnSpec(ColumnRef.parse(y), dimension, yUnit);
    }

    /**
     * Whether the y column of {@code data} is a conductance (dI/dV) rather than a current: by the unit
     * of --y-unit, else of the header. A header unit given as a suffix (G_G0) counts when it is a
     * conductance unit other than plain S (a bare "S" suffix is too common in names to mean siemens).
     */
    public boolean yIsConductance(org.andreev.io.DataFile data) {
        if (!yUnit.isEmpty()) {
            try {
                org.andreev.units.Unit.parse(yUnit, Dimension.CONDUCTANCE);
                return true;
            } catch (IllegalArgumentException notConductance) {
                return false;
            }
        }
        try {
            data.unit(ySpec(Dimension.CURRENT));
        } catch (org.andreev.io.InputException explicitNonCurrent) {
            return true;
        }
        try {
            org.andreev.units.Unit g = data.unit(ySpec(Dimension.CONDUCTANCE));
            return !g.equals(org.andreev.units.Unit.si(Dimension.CONDUCTANCE));
        } catch (org.andreev.io.InputException explicitCurrent) {
            return false;
        }
    }

    /** The y unit given with {@code --y-unit}, or "" when none. */
    public String yUnit() {
        return yUnit;
    }
}
