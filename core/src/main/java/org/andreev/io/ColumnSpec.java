package org.andreev.io;

import org.andreev.units.Dimension;

/**
 * A column to read, the quantity it holds, and optionally the unit its numbers are in. When
 * {@code unit} is empty the unit in the file's header is used, and without one the numbers are SI.
 *
 * @param ref       which column
 * @param dimension what it measures, which decides the units allowed
 * @param unit      unit of the numbers (e.g. {@code mV}, {@code G0}), overriding the header; "" for
 *                  none given
 */
public record ColumnSpec(ColumnRef ref, Dimension dimension, String unit) {

    /** Validates; a null unit means none given. */
    public ColumnSpec {
        if (ref == null || dimension == null) {
            throw new IllegalArgumentException("a column spec needs a column and a dimension");
        }
        unit = unit == null ? "" : unit.strip();
    }

    /** Column {@code ref} ({@link ColumnRef#parse}: name or 1-based index) of {@code dimension}. */
    public static ColumnSpec of(String ref, Dimension dimension) {
        return new ColumnSpec(ColumnRef.parse(ref), dimension, "");
    }

    /** This column read in {@code unit} whatever its header says. */
    public ColumnSpec withUnit(String unit) {
        return new ColumnSpec(ref, dimension, unit);
    }
}
