package org.andreev.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.andreev.fit.FitData;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitReportWriter;
import org.andreev.fit.PointSelection;
import org.andreev.fit.ReportUnits;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.DataFile;
import org.andreev.io.TableWriter;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every fit command shares, and how it writes its {@link FitReport}: {@code --free},
 * {@code --json}, {@code --csv}, {@code --sigma COLUMN}, {@code --range FROM:TO}, {@code --exclude
 * FROM:TO} (repeatable), {@code --conf-interval[=LEVEL]}, {@code --units si|natural}, {@code
 * --residuals FILE}; {@code --plot} (of {@link OutputOptions}) draws the data, the model and a
 * residual panel. Use as {@code @Mixin} next to {@link ColumnOptions} and {@link OutputOptions}; a
 * new fit command reads its curves with {@link #data}, builds its library fit, and hands the report
 * to {@link #write} and {@link #plot}.
 */
public final class FitOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--free", paramLabel = "NAMES", split = ",", preprocessor = ListOption.Names.class,
            description = "Parameters to fit, comma-separated, each once (the names are listed above; case matters). A value the model"
                    + " would otherwise hold at a guess read off the data is fitted too, and the report says so.")
    private List<String> free;

    @Option(names = "--json", description = "Write the report as JSON (SI units) instead of text.")
    private boolean json;

    @Option(names = "--csv", description = "Write one CSV row of values and sigmas (name[unit],name_sigma[unit],"
            + "...,chi2red[1]) instead of the text report.")
    private boolean csv;

    @Option(names = "--sigma", paramLabel = "COLUMN",
            description = "Column of the standard uncertainties of y, in the unit of the y column; they weight the"
                    + " points and the covariance is not rescaled. Without it every point has weight 1 and the"
                    + " covariance is scaled by chi2red (the report says so).")
    private String sigmaColumn;

    @Option(names = "--range", paramLabel = "FROM:TO", converter = VoltageWindow.class,
            description = "Fit only the points whose bias lies in FROM:TO, e.g. -0.6mV:0.6mV.")
    private PointSelection.Window range;

    @Option(names = "--exclude", paramLabel = "FROM:TO", converter = VoltageWindow.class,
            description = "Leave out the points whose bias lies in FROM:TO, e.g. -20uV:20uV (repeatable).")
    private List<PointSelection.Window> exclude = new ArrayList<>();

    @Option(names = "--conf-interval", paramLabel = "LEVEL", arity = "0..1", fallbackValue = "0.6826894921370859",
            converter = Level.class,
            description = "Also compute profile-likelihood confidence intervals of every free parameter at LEVEL"
                    + " (default 1 sigma, 0.6827; e.g. 0.95): for parameters whose covariance sigma misleads.")
    private Double confidence;

    @Option(names = "--units", paramLabel = "UNITS", defaultValue = "si", converter = Units.class,
            description = "Units of the text report and CSV tables: si or natural (meV, mK, kOhm, um; default:"
                    + " ${DEFAULT-VALUE}). JSON is always SI.")
    private ReportUnits units;

    /**
     * The most points one curve gives a fit (10⁵, after --range, --exclude and --thin): far more
     * than a model of a few parameters needs; more are refused before the fit starts, naming --thin.
     */
    public static final int MAX_POINTS = 100_000;

    @Option(names = "--thin", paramLabel = "N", defaultValue = "1",
            description = "Fit every N-th point only (the 1st, the (N+1)-th, ... of those --range and --exclude keep),"
                    + " for files of more than " + MAX_POINTS + " points; the report says so (default: ${DEFAULT-VALUE}).")
    private int thin;

    @Option(names = "--residuals", paramLabel = "FILE",
            description = "Also write the data, the model and the residuals as CSV to FILE.")
    private Path residuals;

    /**
     * Refuses, naming the option, what a map of many fits does not do: σ columns, profile
     * intervals, residual files and the one-row CSV (a map writes one row per curve).
     */
    public void refuseForMaps() {
        String bad = sigmaColumn != null ? "--sigma" : confidence != null ? "--conf-interval"
                : residuals != null ? "--residuals" : csv ? "--csv" : null;
        if (bad != null) {
            throw new ParameterException(spec.commandLine(), "option " + bad + " applies to the fit of one curve,"
                    + " not to a map (--map-by)");
        }
    }

    /**
     * The names given with --free, in order, or {@code defaults} when none; each must be one of
     * {@code allowed}, once ({@link ListOption#names}: case matters, a wrong case or a near miss gets
     * "did you mean …?").
     */
    public List<String> free(List<String> defaults, Collection<String> allowed) {
        if (free == null) {
            return defaults;
        }
        return ListOption.names(spec.commandLine(), "--free", free, allowed, "parameter");
    }

    /** The names given with --free, checked as {@link #free(List, Collection)}; refuses none given. */
    public List<String> freeOf(Collection<String> allowed) {
        if (free == null || free.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--free=NAMES'");
        }
        return free(List.of(), allowed);
    }

    /**
     * The names given with --free (each once), or {@code defaults}; the command checks them against
     * its parameters, with {@link ListOption#names} for the message. Prefer {@link #free(List, Collection)}.
     */
    public List<String> free(List<String> defaults) {
        return free == null ? defaults : ListOption.names(spec.commandLine(), "--free", free, null, "parameter");
    }

    /** The names given with --free (each once); refuses none. Prefer {@link #freeOf(Collection)}. */
    public List<String> free() {
        if (free == null || free.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--free=NAMES'");
        }
        return free(List.of());
    }

    /** The points --range and --exclude keep. */
    public PointSelection selection() {
        PointSelection s = PointSelection.ALL.withRange(range);
        for (PointSelection.Window w : exclude) {
            s = s.excluding(w);
        }
        return s;
    }

    /** The level of --conf-interval, or 0 when not asked for. */
    public double confidenceLevel() {
        return confidence == null ? 0 : confidence;
    }

    /** Whether --json was given (a map writes a JSON list then). */
    public boolean json() {
        return json;
    }

    /** The units of the text report and tables. */
    public ReportUnits units() {
        return units;
    }

    /**
     * The curve of {@code file} in the columns {@code columns} (y a quantity of {@code yDimension}),
     * with its σ from --sigma, restricted to the points --range and --exclude keep.
     */
    public FitData data(DataFile file, ColumnOptions columns, Dimension yDimension) {
        Curve c = file.curve(columns.xSpec(), columns.ySpec(yDimension));
        file.checkAbscissa(c, "a fit");
        double[] sigma = sigmaColumn == null ? null
                : file.column(new ColumnSpec(ColumnRef.parse(sigmaColumn), yDimension, columns.yUnit()));
        FitData all;
        try {
            all = new FitData(c.x(), c.y(), sigma);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.source() + ": option --sigma " + sigmaColumn + ": " + e.getMessage());
        }
        FitData selected;
        try {
            selected = selection().apply(all, Dimension.VOLTAGE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.source() + ": " + e.getMessage());
        }
        return thinned(file.source(), selected);
    }

    /** Every --thin-th point of {@code d}; refuses more than {@link #MAX_POINTS}, naming --thin. */
    FitData thinned(String source, FitData d) {
        if (thin < 1) {
            throw new ParameterException(spec.commandLine(), "option --thin: N must be >= 1, got " + thin);
        }
        int n = (d.size() + thin - 1) / thin;
        if (n > MAX_POINTS) {
            int needed = (d.size() + MAX_POINTS - 1) / MAX_POINTS;
            throw new IllegalArgumentException(source + ": " + n + " points to fit, more than the " + MAX_POINTS
                    + " one fit takes; give --thin " + needed + " (to fit 1 point in " + needed + ") or --range");
        }
        if (thin == 1) {
            return d;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] sigma = d.hasSigma() ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            x[k] = d.x()[k * thin];
            y[k] = d.y()[k * thin];
            if (sigma != null) {
                sigma[k] = d.sigma()[k * thin];
            }
        }
        return new FitData(x, y, sigma);
    }

    /**
     * {@code report} saying where its σ came from (--sigma) and, when --range or --exclude left
     * points out, how many of the {@code pointsInFiles} it used.
     */
    public FitReport annotate(FitReport report, int pointsInFiles) {
        if (sigmaColumn != null) {
            report = report.withWeights("column " + sigmaColumn);
        }
        if (thin > 1) {
            report = report.withNote("thinned with --thin " + thin + ": 1 point in " + thin + " fitted");
        }
        PointSelection s = selection();
        if (s.all() && thin == 1) {
            return report;
        }
        return report.withNote("points used: " + report.fit().observations() + " of " + pointsInFiles + " ("
                + s.describe(report.x().dimension()) + ")");
    }

    /**
     * Writes {@code report} to --out or standard output (text, --json or --csv), and with
     * --residuals its residual table.
     */
    public void write(FitReport report, OutputOptions output) throws IOException {
        if (residuals != null) {
            TableWriter.write(FitReportWriter.residuals(report, units), residuals);
        }
        if (json) {
            output.write(FitReportWriter.jsonText(report));
        } else if (csv) {
            output.write(FitReportWriter.row(report, units));
        } else {
            output.write(FitReportWriter.text(report, units));
        }
    }

    /**
     * As {@link #write(FitReport, OutputOptions)}, but with --json writes {@code json} (a fit whose JSON
     * contract has its own shape, e.g. {@code mar fit}'s list of transmissions) instead of the report's.
     */
    public void write(FitReport report, OutputOptions output, Supplier<String> json) throws IOException {
        if (!this.json) {
            write(report, output);
            return;
        }
        if (residuals != null) {
            TableWriter.write(FitReportWriter.residuals(report, units), residuals);
        }
        output.write(json.get());
    }

    /**
     * Draws, when --plot was given, the data as points and the model as a line against x, each data
     * set in its own colour, above a panel of the residuals (data − model).
     */
    public void plot(OutputOptions output, Supplier<FitReport> report, String title) throws IOException {
        output.draw(() -> {
            List<Plot> p = panels(report.get(), title);
            return org.andreev.plot.Layout.withResidual(p.get(0), p.get(1));
        });
    }

    private static List<Plot> panels(FitReport r, String title) {
        double[] model = r.fit().predictions();
        List<Series> fit = new ArrayList<>();
        List<Series> res = new ArrayList<>();
        double[] allX = r.data().stream().flatMapToDouble(d -> java.util.Arrays.stream(d.x())).toArray();
        double[] allY = r.data().stream().flatMapToDouble(d -> java.util.Arrays.stream(d.y())).toArray();
        Unit xu = Unit.readable(r.x().dimension(), allX);
        Unit yu = Unit.readable(r.y().dimension(), allY);
        double[] residual = new double[model.length];
        for (int i = 0; i < model.length; i++) {
            residual[i] = allY[i] - model[i];
        }
        Unit ru = Unit.readable(r.y().dimension(), residual);
        int offset = 0;
        for (int k = 0; k < r.data().size(); k++) {
            FitData d = r.data().get(k);
            String label = r.data().size() == 1 ? "" : r.sets() == null ? " #" + (k + 1)
                    : " " + r.sets().name() + " = " + org.andreev.units.Quantity.format(r.sets().values()[k], r.sets().dimension());
            double[] m = java.util.Arrays.copyOfRange(model, offset, offset + d.size());
            double[] e = java.util.Arrays.copyOfRange(residual, offset, offset + d.size());
            double[][] sorted = sortedByX(d.x(), m);
            fit.add(Series.points("measured" + label, xu.fromSi(d.x()), yu.fromSi(d.y())));
            fit.add(Series.line("fit" + label, xu.fromSi(sorted[0]), yu.fromSi(sorted[1])));
            res.add(Series.points("residual" + label, xu.fromSi(d.x()), ru.fromSi(e)));
            offset += d.size();
        }
        return List.of(new Plot(title, xu.label(r.x().name()), yu.label(r.y().name()), fit),
                new Plot("", xu.label(r.x().name()), ru.label(r.y().name() + " − model"), res));
    }

    private static double[][] sortedByX(double[] x, double[] y) {
        Integer[] order = java.util.stream.IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> x[i]));
        return new double[][] {java.util.Arrays.stream(order).mapToDouble(i -> x[i]).toArray(),
                java.util.Arrays.stream(order).mapToDouble(i -> y[i]).toArray()};
    }

    /** A bias window FROM:TO. */
    static final class VoltageWindow implements ITypeConverter<PointSelection.Window> {
        @Override
        public PointSelection.Window convert(String text) {
            try {
                return PointSelection.Window.parse(text, Dimension.VOLTAGE);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A confidence level in (0, 1). */
    static final class Level implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double level;
            try {
                level = org.andreev.units.Quantity.parse(text, Dimension.DIMENSIONLESS);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (!(level > 0 && level < 1)) {
                throw new TypeConversionException("a confidence level must be in (0, 1), e.g. 0.95 or 95%, got '"
                        + text + "'");
            }
            return level;
        }
    }

    /** si or natural. */
    static final class Units implements ITypeConverter<ReportUnits> {
        @Override
        public ReportUnits convert(String text) {
            try {
                return ReportUnits.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
