package org.andreev.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a {@link Table} as CSV: one header line (names quoted when they hold a comma or a quote),
 * then one line per row, numbers by {@link Double#toString}, which reads back to the same double.
 * Line ends are {@code \n}; the encoding is UTF-8.
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
        for (int r = 0; r < table.rowCount(); r++) {
            line.setLength(0);
            for (int c = 0; c < table.columnCount(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                line.append(table.column(c)[r]);
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
