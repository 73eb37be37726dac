package org.andreev.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes a {@link Table} as CSV (header line, then rows, full double precision).
 *
 * <p>API CONTRACT (stub, to be implemented).
 */
public final class TableWriter {
    private TableWriter() {}

    /** Writes {@code table} to {@code out} (e.g. standard output). */
    public static void write(Table table, Writer out) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    /** Writes {@code table} to {@code file} atomically (temporary file, then move). */
    public static void write(Table table, Path file) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
