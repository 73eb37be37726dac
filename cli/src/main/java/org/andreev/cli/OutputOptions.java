package org.andreev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.andreev.io.AtomicFile;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.plot.Plot;
import org.andreev.plot.PlotWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The output options every command shares: {@code --out FILE} (the CSV or JSON to a file instead
 * of standard output, written atomically: a failing command leaves no half-written file) and
 * {@code --plot FILE} (a PNG or SVG, chosen by the extension). Use as {@code @Mixin}.
 */
public final class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the result to FILE instead of standard output (atomically).")
    private Path out;

    @Option(names = "--plot", paramLabel = "FILE", converter = PlotFile.class,
            description = "Also draw the result to FILE: .png (300 DPI), .svg or .pdf.")
    private Path plot;

    /** Writes {@code table} as CSV to {@code --out} or standard output. */
    public void write(Table table) throws IOException {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            TableWriter.write(table, w);
            w.flush();
        } else {
            TableWriter.write(table, out);
        }
    }

    /** Writes {@code text} (e.g. JSON) to {@code --out} or standard output; ends it with a newline. */
    public void write(String text) throws IOException {
        String line = text.endsWith("\n") ? text : text + "\n";
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(line);
            w.flush();
        } else {
            AtomicFile.write(out, o -> o.write(line.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Draws the plot to {@code --plot} when that option was given; the plot is only made then. */
    public void plot(Supplier<Plot> plotMaker) throws IOException {
        if (plot != null) {
            PlotWriter.write(plotMaker.get(), plot);
        }
    }

    /** Accepts a plot file name ending in .png, .svg or .pdf. */
    static final class PlotFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path p = Path.of(text);
            if (PlotWriter.Format.of(p).isEmpty()) {
                throw new TypeConversionException("plot file must end in .png, .svg or .pdf, got '" + text + "'");
            }
            return p;
        }
    }
}
