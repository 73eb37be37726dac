package org.andreev.plot;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders a {@link Plot} to a PNG or SVG file, chosen by the file's extension.
 *
 * <p>API CONTRACT (stub, to be implemented).
 */
public final class PlotWriter {
    private PlotWriter() {}

    /** Writes {@code plot} to {@code file} (.png or .svg) atomically. */
    public static void write(Plot plot, Path file) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
