package org.andreev.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of numbers by columns, the form every command writes. Header names carry their SI unit
 * in brackets, e.g. {@code V[V]}, {@code I[A]}, {@code dIdV[S]}.
 *
 * <p>The constructor copies the columns, so the caller may reuse its arrays; the arrays returned by
 * {@link #columns()} and {@link #column(int)} are the table's own and must not be modified.
 *
 * @param header  column names with units, none blank, as many as columns
 * @param columns the columns, at least one, each as long as the others, finite numbers only
 */
public record Table(List<String> header, List<double[]> columns) {

    /** Validates: header size equals column count, equal lengths, no null, finite values. */
    public Table {
        if (header == null || columns == null) {
            throw new IllegalArgumentException("table header and columns must be given");
        }
        if (header.size() != columns.size()) {
            throw new IllegalArgumentException("table has " + header.size() + " header names but "
                    + columns.size() + " columns");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table must have at least one column");
        }
        List<double[]> copies = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            String name = header.get(c);
            double[] column = columns.get(c);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("table column " + (c + 1) + " has no name");
            }
            if (column == null) {
                throw new IllegalArgumentException("table column '" + name + "' is null");
            }
            if (column.length != columns.get(0).length) {
                throw new IllegalArgumentException("table column '" + name + "' has " + column.length
                        + " rows but '" + header.get(0) + "' has " + columns.get(0).length);
            }
            for (int r = 0; r < column.length; r++) {
                if (!Double.isFinite(column[r])) {
                    throw new IllegalArgumentException("table column '" + name + "' row " + (r + 1)
                            + " is " + column[r] + "; tables hold finite numbers only");
                }
            }
            copies.add(column.clone());
        }
        header = List.copyOf(header);
        columns = List.copyOf(copies);
    }

    /** A one-column table; add more with {@link #withColumn}. */
    public static Table of(String name, double[] values) {
        return new Table(List.of(name), List.of(values));
    }

    /** This table with one more column at the right. */
    public Table withColumn(String name, double[] values) {
        List<String> h = new ArrayList<>(header);
        h.add(name);
        List<double[]> c = new ArrayList<>(columns);
        c.add(values);
        return new Table(h, c);
    }

    /** Number of rows. */
    public int rowCount() {
        return columns.get(0).length;
    }

    /** Number of columns. */
    public int columnCount() {
        return columns.size();
    }

    /** Column {@code index} (0-based). */
    public double[] column(int index) {
        return columns.get(index);
    }

    /**
     * The column whose header is {@code name}, either in full ({@code V[V]}) or without its unit
     * in brackets ({@code V}).
     *
     * @throws IllegalArgumentException when no column has that name
     */
    public double[] column(String name) {
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            int bracket = h.indexOf('[');
            if (h.equals(name) || (bracket > 0 && h.substring(0, bracket).strip().equals(name))) {
                return columns.get(c);
            }
        }
        throw new IllegalArgumentException("table has no column '" + name + "'; it has " + header);
    }
}
