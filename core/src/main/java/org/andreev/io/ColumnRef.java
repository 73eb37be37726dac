package org.andreev.io;

/**
 * Which column of a data file: by its header name or by its 1-based position.
 *
 * @param name  header name (with or without its unit, see {@link DataFile}), or null when by index
 * @param index 1-based position, or 0 when by name
 */
public record ColumnRef(String name, int index) {

    /** Validates that exactly one of name and index is given. */
    public ColumnRef {
        if ((name == null) == (index == 0)) {
            throw new IllegalArgumentException("a column is given by a name or by a 1-based index,"
                    + " not both or neither (name " + name + ", index " + index + ")");
        }
        if (index < 0) {
            throw new IllegalArgumentException("column index must be >= 1, got " + index);
        }
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
    }

    /** The column named {@code name}. */
    public static ColumnRef byName(String name) {
        return new ColumnRef(name, 0);
    }

    /** The column at 1-based position {@code index}. */
    public static ColumnRef byIndex(int index) {
        return new ColumnRef(null, index);
    }

    /**
     * What a user typed: a whole number is a 1-based index ({@code 2}), anything else a name
     * ({@code Vbias_mV}).
     *
     * @throws IllegalArgumentException for a blank text or an index below 1
     */
    public static ColumnRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a column name or 1-based index must be given");
        }
        String t = text.strip();
        if (t.matches("\\d{1,9}")) {
            return byIndex(Integer.parseInt(t));
        }
        return byName(t);
    }

    @Override
    public String toString() {
        return name != null ? "'" + name + "'" : "column " + index;
    }
}
