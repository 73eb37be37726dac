package org.andreev.cli.dvdi;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.Sweep;
import org.andreev.data.FieldCount;
import org.andreev.data.Peak;
import org.andreev.data.PeakDetector;
import org.andreev.data.PeakRecurrence;
import org.andreev.data.SweepField;
import org.andreev.io.Curve;
import org.andreev.io.DataFile;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Peaks on measured dV/dI(V) curves and their count against field: {@link PeakDetector}, {@link FieldCount}. */
@Command(
        name = "peaks",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Find the peaks on top of the smooth background of measured dV/dI(V) curves (physics.md B7): position,"
                    + " height, full width at half height and the voltage step each carries in V(I),"
                    + " s = integral of (1 - background/dVdI) dV. With --field-from, the sweeps are grouped by field"
                    + " and the peaks of repeated sweeps at one field are told apart: reproducible (at one bias in at"
                    + " least 80 %% of the sweeps) or wandering.",
            "Output: CSV file,V[V],height[Ohm],width[V],step[V], one row a peak (with --field-from also H[T], last);"
                    + " with --field-from and several files, then a blank line and the count per field:"
                    + " H[T],sweeps,peaksMean,peaksMin,peaksMax,reproducible,wandering."
        },
        footer = {
            "",
            "Examples:",
            "  andreev dvdi peaks sweep.csv",
            "  andreev dvdi peaks sweep.csv --x V --x-unit V --y dVdI --y-unit Ohm --threshold 6",
            "  andreev dvdi peaks sweep_B0.20T_1.csv sweep_B0.20T_2.csv sweep_B0.45T_1.csv sweep_B0.45T_2.csv \\",
            "      --field-from B --plot counts.png",
            "  andreev dvdi peaks sweep_B0.20T_1.csv sweep_B0.45T_1.csv --field-from B --field-source filename"
        })
public final class DvdiPeaksCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = ExistingFile.class,
            description = "Measured dV/dI(V) curves, one sweep a file.")
    List<Path> files;

    @Mixin
    DvdiColumns columns;

    @Option(names = "--threshold", paramLabel = "SIGMAS", defaultValue = "5",
            description = "Detection threshold in units of the noise (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--window", paramLabel = "POINTS", defaultValue = "0",
            description = "Background window in points, odd >= 5 (default: automatic, n/20 and >= 3 peak widths).")
    int window;

    @Option(names = "--window-fraction", paramLabel = "F", defaultValue = "20",
            description = "With the automatic window: start from n/F points (default: ${DEFAULT-VALUE}); 40 follows a"
                    + " curved MAR structure under narrow peaks.")
    int windowFraction;

    @Option(names = "--field-from", paramLabel = "NAME",
            description = "Read the field of each file from a column NAME, a header line '# NAME = 0.25 T' or the file"
                    + " name (NAME0.25T), and count the peaks per field.")
    String fieldFrom;

    @Option(names = "--field-source", paramLabel = "any|column|header|filename", defaultValue = "any",
            description = "Where --field-from looks (default: ${DEFAULT-VALUE}: column, then header, then file name).")
    SweepField.Source fieldSource;

    @Option(names = "--field-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of field values written without one, e.g. mT (default: tesla).")
    String fieldUnit;

    @Mixin
    OutputOptions output;

    /** One file's result. */
    private record Sweepfile(Path file, double field, List<Peak> peaks) {}

    @Override
    public Integer call() throws Exception {
        if (windowFraction < 2) {
            throw new IllegalArgumentException("--window-fraction: must be >= 2, got " + windowFraction);
        }
        PeakDetector detector = new PeakDetector(window, threshold, windowFraction);
        Sweepfile[] results = new Sweepfile[files.size()];
        Exception[] failures = new Exception[files.size()];
        Sweep.parallel("peaks", files.size(), i -> {
            try {
                results[i] = analyse(files.get(i), detector);
            } catch (Exception e) {
                failures[i] = e;
            }
        });
        for (Exception e : failures) {
            if (e != null) {
                throw e;
            }
        }
        boolean withField = fieldFrom != null;
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Sweepfile s : results) {
            for (Peak p : s.peaks()) {
                names.add(s.file().toString());
                rows.add(new double[] {p.position(), p.height(), p.width(), p.step(), s.field()});
            }
        }
        Table peaks = withField
                // the contract's columns first, the field last (a script reading the first five stays right)
                ? new Table(List.of("V[V]", "height[Ohm]", "width[V]", "step[V]", "H[T]"), columns(rows, 0, 5))
                : new Table(List.of("V[V]", "height[Ohm]", "width[V]", "step[V]"), columns(rows, 0, 4));
        StringWriter text = new StringWriter();
        TableWriter.write(peaks, List.of(new TableWriter.TextColumn("file", 0, names)), text);
        List<FieldCount> counts = List.of();
        if (withField && files.size() > 1) {
            TreeMap<Double, List<List<Peak>>> byField = new TreeMap<>();
            for (Sweepfile s : results) {
                byField.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(s.peaks());
            }
            counts = FieldCount.of(byField, PeakRecurrence.DEFAULT);
            text.write("\n");
            TableWriter.write(FieldCount.table(counts), text);
        }
        output.write(text.toString());
        List<FieldCount> c = counts;
        output.plot(() -> plot(c, results[0]));
        return 0;
    }

    private Sweepfile analyse(Path file, PeakDetector detector) throws IOException {
        DataFile data = DataFile.read(file);
        Curve curve = data.curve(columns.xSpec(), columns.ySpec());
        double field = 0;
        if (fieldFrom != null) {
            String text = fieldSource == SweepField.Source.HEADER || fieldSource == SweepField.Source.ANY
                    ? text(file) : "";
            field = SweepField.read(file, text, data, fieldSource, fieldFrom, fieldUnit);
        }
        try {
            return new Sweepfile(file, field, detector.find(curve).peaks());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static List<double[]> columns(List<double[]> rows, int from, int to) {
        List<double[]> cols = new ArrayList<>();
        for (int c = from; c < to; c++) {
            double[] col = new double[rows.size()];
            for (int r = 0; r < col.length; r++) {
                col[r] = rows.get(r)[c];
            }
            cols.add(col);
        }
        return cols;
    }

    private Plot plot(List<FieldCount> counts, Sweepfile first) throws RuntimeException {
        if (!counts.isEmpty()) {
            double[] h = counts.stream().mapToDouble(FieldCount::field).toArray();
            double[] mean = counts.stream().mapToDouble(FieldCount::meanPeaks).toArray();
            double[] rep = counts.stream().mapToDouble(FieldCount::reproducible).toArray();
            return new Plot("", "mu0 H (T)", "peaks per sweep", List.of(Series.points("all peaks (mean per sweep)", h, mean),
                    Series.points("reproducible groups", h, rep)));
        }
        try {
            DataFile data = DataFile.read(first.file());
            Curve c = data.curve(columns.xSpec(), columns.ySpec());
            double[] mv = new double[c.size()];
            for (int i = 0; i < mv.length; i++) {
                mv[i] = c.x()[i] * 1e3;
            }
            List<Series> series = new ArrayList<>(List.of(Series.line(first.file().getFileName().toString(), mv, c.y())));
            if (!first.peaks().isEmpty()) {
                series.add(Series.points("peaks found",
                        first.peaks().stream().mapToDouble(p -> p.position() * 1e3).toArray(),
                        first.peaks().stream().mapToDouble(p -> p.background() + p.height()).toArray()));
            }
            return new Plot("", "V (mV)", "dV/dI (Ohm)", series);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
