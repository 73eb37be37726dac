package org.andreev.cli.neck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.DataFile;
import org.andreev.neck.Trace;
import org.andreev.neck.TraceFile;
import org.andreev.units.Dimension;
import picocli.CommandLine.Option;

/**
 * Which columns of trace files hold the elongation and the resistance ({@code --x z --y R}, with
 * {@code --x-unit}/{@code --y-unit} as in every command), and which tells traces apart
 * ({@code --trace-column}; {@code trace} when the header has it). Use as {@code @Mixin}.
 */
public final class TraceOptions {

    @Option(names = "--x", paramLabel = "COLUMN", defaultValue = "z",
            description = "Column of the elongation z: header name or 1-based index (default: ${DEFAULT-VALUE}).")
    String x;

    @Option(names = "--x-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the z column, e.g. nm (default: from the header, else m).")
    String xUnit;

    @Option(names = "--y", paramLabel = "COLUMN", defaultValue = "R",
            description = "Column of the resistance R: header name or 1-based index (default: ${DEFAULT-VALUE}).")
    String y;

    @Option(names = "--y-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the R column, e.g. kOhm (default: from the header, else Ohm).")
    String yUnit;

    @Option(names = "--trace-column", paramLabel = "COLUMN",
            description = "Column numbering the traces of a file with several (default: 'trace' if the header"
                    + " has it; else the file is one trace).")
    String traceColumn;

    /** Every trace of every file, files in the order given. */
    public List<Trace> read(List<Path> files) throws IOException {
        List<Trace> traces = new ArrayList<>();
        ColumnSpec z = new ColumnSpec(ColumnRef.parse(x), Dimension.LENGTH, xUnit);
        ColumnSpec r = new ColumnSpec(ColumnRef.parse(y), Dimension.RESISTANCE, yUnit);
        ColumnRef t = traceColumn == null ? null : ColumnRef.parse(traceColumn);
        for (Path f : files) {
            traces.addAll(TraceFile.of(DataFile.read(f), z, r, t));
        }
        return traces;
    }
}
