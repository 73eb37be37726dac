package org.andreev.cli.neck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.andreev.cli.ColumnOptions;
import org.andreev.io.ColumnRef;
import org.andreev.io.DataFile;
import org.andreev.neck.Trace;
import org.andreev.neck.TraceFile;
import org.andreev.units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Which columns of trace files hold the elongation and the resistance ({@code --x z --y R}, with
 * {@code --x-unit}/{@code --y-unit} as in every command: the shared {@link ColumnOptions}), and
 * which tells traces apart ({@code --trace-column}; {@code trace} when the header has it). Use as
 * {@code @Mixin}.
 */
@Command(modelTransformer = ColumnOptions.Generated.class)
public final class TraceOptions extends ColumnOptions {

    @Option(names = "--trace-column", paramLabel = "COLUMN",
            description = "Column numbering the traces of a file with several (default: 'trace' if the header"
                    + " has it; else the file is one trace).")
    String traceColumn;

    /** The elongation z and the resistance R. */
    public TraceOptions() {
        super(new Axis("z", Dimension.LENGTH, "the elongation z", "z", "nm", "", "m"),
                new Axis("R", Dimension.RESISTANCE, "the resistance R", "R", "kOhm", "", "Ohm"));
    }

    /** Every trace of every file, files in the order given. */
    public List<Trace> read(List<Path> files) throws IOException {
        List<Trace> traces = new ArrayList<>();
        ColumnRef t = traceColumn == null ? null : ColumnRef.parse(traceColumn);
        for (Path f : files) {
            traces.addAll(TraceFile.of(DataFile.read(f), xSpec(), ySpec(), t));
        }
        return traces;
    }
}
