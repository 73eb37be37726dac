package org.andreev.cli.cooler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.andreev.cli.ColumnOptions;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.CoolerFit;
import org.andreev.cooler.CoolerFit.Measurement;
import org.andreev.fit.FitException;
import org.andreev.fit.FitResult;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.DataFile;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Fits cooler parameters to measured I(V) curves: {@link CoolerFit#fit}. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fit cooler parameters to one or several measured I(V) curves (total bias, device current),"
                    + " each at its bath temperature, all at once, with the self-consistent heat balance"
                    + " of physics.md A5. Free parameters (device-file names, all kept > 0): m, sigma_eph,"
                    + " ka, lphi, delta, rt, rleak, dynes; the others stay at the device's values.",
            "Output: a table of values with 1-sigma uncertainties, the correlation matrix and reduced"
                    + " chi^2; with --json {\"m\":{\"value\":...,\"sigma\":...},...,\"chi2red\":...,"
                    + "\"correlation\":{...}} in SI units.",
            "A fit that does not converge says why on stderr, writes no result and exits with 3."
        },
        footer = {
            "",
            "Examples (the paper's procedure: K*A from curves above 300 mK, then M at the lowest):",
            "  andreev cooler fit iv330.csv iv430.csv --tbath 330mK,430mK --free ka --json",
            "  andreev cooler fit iv90.csv --tbath 90mK --free m,sigma_eph --ka 1.6e-10 --json",
            "  andreev cooler fit run5.csv --x Vbias --x-unit mV --y Idev --y-unit nA --tbath 90mK --free m",
            "Columns as in 'nis fit': --x and --y by header name or 1-based index (default V and I); units"
                    + " from the header (V[mV], I[nA]) or --x-unit/--y-unit; a bare number is SI. The y column"
                    + " must be a current: a conductance (S, G0) is refused, as the model is fitted to I(V)."
        })
public final class CoolerFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = ExistingFile.class, description = "Measured I(V) files, one per bath temperature.")
    List<Path> files;

    @Option(names = "--tbath", required = true, split = ",", paramLabel = "TEMPERATURE",
            converter = QuantityConverter.Temperature.class,
            description = "Bath temperature of each file, in the same order, e.g. 330mK,430mK.")
    List<Double> tBath;

    @Option(names = "--free", required = true, split = ",", paramLabel = "NAME",
            description = "Parameters to fit, e.g. m,sigma_eph.")
    List<String> free;

    @Mixin
    ColumnOptions columns;

    @Option(names = "--sigma", paramLabel = "COLUMN",
            description = "Column of the currents' standard uncertainties, in the unit of --y (default: none;"
                    + " the covariance is then scaled by chi^2_red).")
    String sigmaColumn;

    @Option(names = "--andreev", paramLabel = "TERMS", defaultValue = "full",
            description = "Andreev terms of the model: full, charge, none (default: ${DEFAULT-VALUE}).")
    String andreev;

    @Option(names = "--json", description = "Print the result as JSON (SI units).")
    boolean json;

    @Option(names = "--residuals", paramLabel = "FILE",
            description = "Also write the data, model and residuals as CSV (columns Tbath[K],V[V],I[A],Imodel[A],residual[A]).")
    Path residuals;

    @Mixin
    DeviceOptions device;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (tBath.size() != files.size()) {
            throw new IllegalArgumentException("option --tbath: give one bath temperature per file ("
                    + files.size() + " files, " + tBath.size() + " temperatures)");
        }
        List<Measurement> data = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            data.add(read(files.get(k), tBath.get(k)));
        }
        CoolerDevice start = device.device();
        CoolerFit.Result result = CoolerFit.fit(start, free, data, CoolerIvCommand.terms(andreev));
        FitResult fit = result.fit();
        boolean sigmas = fit.freeNames().stream().allMatch(n -> fit.estimate(n).hasSigma());
        if (!fit.converged() || !sigmas) {
            throw new FitException("the fit did not converge: " + result.message(), fit);
        }
        output.write(json ? json(fit) : text(fit));
        if (residuals != null) {
            TableWriter.write(residualTable(data, result), residuals);
        }
        output.plot(() -> residualPlot(data, result));
        return 0;
    }

    private Measurement read(Path file, double t) throws java.io.IOException {
        DataFile f = DataFile.read(file);
        Curve c = f.curve(columns.xSpec(), columns.ySpec(Dimension.CURRENT));
        double[] sigma = sigmaColumn == null ? null
                : f.column(new ColumnSpec(ColumnRef.parse(sigmaColumn), Dimension.CURRENT, columns.yUnit()));
        return new Measurement(t, c.x(), c.y(), sigma);
    }

    /** The contract's JSON: each free parameter's value and σ, χ²_red, and the correlation matrix. */
    static String json(FitResult fit) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : fit.freeNames()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("value", fit.value(name));
            e.put("sigma", fit.sigma(name));
            m.put(name, e);
        }
        m.put("chi2red", fit.reducedChiSquare());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("names", fit.freeNames());
        c.put("matrix", fit.correlation());
        m.put("correlation", c);
        return JsonMapper.builder().build().writeValueAsString(m);
    }

    private static String text(FitResult fit) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %15s %15s%n", "parameter", "value (SI)", "sigma"));
        for (String name : fit.freeNames()) {
            b.append(String.format(Locale.ROOT, "%-10s %15.6g %15.3g%n", name, fit.value(name), fit.sigma(name)));
        }
        b.append(String.format(Locale.ROOT, "chi2red %.4g (%d points, %d free)%n", fit.reducedChiSquare(),
                fit.observations(), fit.freeNames().size()));
        b.append("correlation:\n");
        double[][] c = fit.correlation();
        for (int i = 0; i < c.length; i++) {
            b.append(String.format(Locale.ROOT, "%-10s", fit.freeNames().get(i)));
            for (double x : c[i]) {
                b.append(String.format(Locale.ROOT, " %7.3f", x));
            }
            b.append('\n');
        }
        b.append(fit.message()).append('\n');
        return b.toString();
    }

    private static Table residualTable(List<Measurement> data, CoolerFit.Result r) {
        int n = data.stream().mapToInt(m -> m.v().length).sum();
        double[] t = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        double[] model = new double[n];
        double[] res = new double[n];
        int row = 0;
        for (int k = 0; k < data.size(); k++) {
            Measurement m = data.get(k);
            double[] residuals = r.residuals(m, k);
            for (int j = 0; j < m.v().length; j++, row++) {
                t[row] = m.tBath();
                v[row] = m.v()[j];
                i[row] = m.i()[j];
                model[row] = r.model().get(k).current()[j];
                res[row] = residuals[j];
            }
        }
        return new Table(List.of("Tbath[K]", "V[V]", "I[A]", "Imodel[A]", "residual[A]"), List.of(t, v, i, model, res));
    }

    private static Plot residualPlot(List<Measurement> data, CoolerFit.Result r) {
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            Measurement m = data.get(k);
            double[] mV = new double[m.v().length];
            double[] pA = new double[m.v().length];
            double[] res = r.residuals(m, k);
            for (int j = 0; j < mV.length; j++) {
                mV[j] = m.v()[j] * 1e3;
                pA[j] = res[j] * 1e12;
            }
            series.add(Series.points(String.format(Locale.ROOT, "T_bath = %.0f mK (#%d)", m.tBath() * 1e3, k + 1), mV, pA));
        }
        return new Plot("Cooler fit residuals (measured - model)", "V (mV)", "I - I_model (pA)", series);
    }
}
