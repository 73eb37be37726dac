package org.andreev.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.andreev.io.AtomicFile;
import org.andreev.plot.Layout;
import org.andreev.plot.Plot;
import org.andreev.plot.PlotWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The output options of a command that draws its result: {@code --out FILE} (see
 * {@link TextOutputOptions}) and {@code --plot FILE} (PNG, SVG or PDF by the extension, in the house
 * style). The outputs of one command are written all or none: the result is held (staged beside its
 * file, or kept for standard output) until the plot is drawn, so a plot that fails leaves no
 * {@code --out} file and prints nothing. {@code --out} and {@code --plot} may not name the same
 * file. Use as {@code @Mixin}; call {@link #write} and then {@link #plot} (or {@link #draw}).
 */
public final class OutputOptions extends TextOutputOptions {

    @Option(names = "--plot", paramLabel = "FILE", converter = PlotFile.class,
            description = "Also draw the result to FILE: .png (300 DPI), .svg or .pdf.")
    private Path plot;

    @Override
    void validate() {
        if (plot != null && out != null && samePath(out, plot)) {
            throw new ParameterException(spec.commandLine(),
                    "options '--out' and '--plot' name the same file " + AtomicFile.shown(plot));
        }
    }

    @Override
    boolean moreToCome() {
        return plot != null;
    }

    /**
     * Draws the plot to {@code --plot} when that option was given (the plot is only made then), and
     * writes everything the command produced.
     */
    public void plot(Supplier<Plot> plotMaker) throws IOException {
        draw(() -> Layout.of(plotMaker.get()));
    }

    /**
     * As {@link #plot}, for a figure of several panels (a fit with its residuals, two panels side by
     * side, an inset: see {@link Layout}).
     */
    public void draw(Supplier<Layout> layoutMaker) throws IOException {
        if (plot == null) {
            return;
        }
        validate();
        PlotWriter.Format format = PlotWriter.Format.of(plot).orElseThrow();
        byte[] bytes;
        try {
            bytes = PlotWriter.render(layoutMaker.get(), format);
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
        stage(() -> AtomicFile.stage(plot, o -> o.write(bytes)), "--plot");
        commit();
    }

    private static boolean samePath(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Accepts a plot file name ending in .png, .svg or .pdf. */
    static final class PlotFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path p = new FileName().convert(text);
            if (PlotWriter.Format.of(p).isEmpty()) {
                throw new TypeConversionException("plot file must end in .png, .svg or .pdf, got '" + text + "'");
            }
            return p;
        }
    }
}
