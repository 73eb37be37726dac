package org.andreev.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.andreev.units.ShortestDouble;

/**
 * Writes a {@link Table} as CSV: one header line (names quoted when they hold a comma or a quote),
 * then one line per row, numbers as the shortest text that reads back to the same double
 * ({@link ShortestDouble}: {@code 1e-4}, {@code 0.25}, {@code 1.5923448398847116e-6}; the format of
 * the device files too). Line ends are {@code \n}; the encoding is UTF-8. Rows are formatted into a
 * buffer of about 64 KiB that is handed to the writer as it fills: no text of the whole table is
 * ever held (10⁶ rows × 3 columns: about 0.4 s).
 */
public final class TableWriter {
    private TableWriter() {}

    /** Writes {@code table} to {@code out} (e.g. standard output); flushes but does not close it. */
    public static void write(Table table, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (int c = 0; c < table.columnCount(); c++) {
            if (c > 0) {
                line.append(',');
            }
            line.append(quoted(table.header().get(c)));
        }
        out.write(line.append('\n').toString());
        int columns = table.columnCount();
        double[][] cells = new double[columns][];
        for (int c = 0; c < columns; c++) {
            cells[c] = table.column(c);
        }
        int rowChars = columns * (ShortestDouble.MAX_CHARS + 1) + 1;
        char[] buffer = new char[Math.max(CHUNK, rowChars)];
        int pos = 0;
        for (int r = 0, rows = table.rowCount(); r < rows; r++) {
            if (pos + rowChars > buffer.length) {
                out.write(buffer, 0, pos);
                pos = 0;
            }
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    buffer[pos++] = ',';
                }
                pos = ShortestDouble.write(cells[c][r], buffer, pos);
            }
            buffer[pos++] = '\n';
        }
        out.write(buffer, 0, pos);
        out.flush();
    }

    /** Characters formatted before they are handed to the writer. */
    private static final int CHUNK = 1 << 16;

    /** One number as a CSV cell, {@link ShortestDouble}. */
    static String number(double x) {
        return ShortestDouble.of(x);
    }

    /**
     * A column of text (a file name, a regime label) placed among a table's number columns.
     *
     * @param name     header name
     * @param position where it goes: before number column {@code position} (0-based; the table's
     *                 column count puts it last)
     * @param values   one cell per row
     */
    public record TextColumn(String name, int position, List<String> values) {
        /** Validates and copies. */
        public TextColumn {
            if (name == null || name.isBlank() || values == null || position < 0) {
                throw new IllegalArgumentException("a text column needs a name, a position >= 0 and its values");
            }
            values = List.copyOf(values);
        }
    }

    /**
     * Writes {@code table} with {@code text} columns inserted (text cells quoted like names), as
     * {@link #write(Table, Writer)} does; every text column has one cell per row.
     */
    public static void write(Table table, List<TextColumn> text, Writer out) throws IOException {
        for (TextColumn t : text) {
            if (t.values().size() != table.rowCount() || t.position() > table.columnCount()) {
                throw new IllegalArgumentException("text column '" + t.name() + "' has " + t.values().size()
                        + " rows at position " + t.position() + " but the table " + table.rowCount() + " rows and "
                        + table.columnCount() + " columns");
            }
        }
        int n = table.columnCount();
        StringBuilder line = new StringBuilder(256);
        for (int r = -1; r < table.rowCount(); r++) {
            line.setLength(0);
            int cells = 0;
            for (int c = 0; c <= n; c++) {
                for (TextColumn t : text) {
                    if (t.position() == c) {
                        line.append(cells++ > 0 ? "," : "").append(quoted(r < 0 ? t.name() : t.values().get(r)));
                    }
                }
                if (c < n) {
                    line.append(cells++ > 0 ? "," : "");
                    if (r < 0) {
                        line.append(quoted(table.header().get(c)));
                    } else {
                        line.append(number(table.column(c)[r]));
                    }
                }
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    /** Writes {@code table} to {@code file} atomically (temporary file, then move; see {@link AtomicFile}). */
    public static void write(Table table, Path file) throws IOException {
        try (AtomicFile.Pending p = stage(table, file)) {
            p.commit();
        }
    }

    /** Writes {@code table} to a temporary file beside {@code file}, to be committed with others. */
    public static AtomicFile.Pending stage(Table table, Path file) throws IOException {
        return AtomicFile.stage(file, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            write(table, w);
        });
    }

    private static String quoted(String name) {
        if (name.indexOf(',') < 0 && name.indexOf('"') < 0 && name.indexOf('\n') < 0
                && name.indexOf('\r') < 0) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
