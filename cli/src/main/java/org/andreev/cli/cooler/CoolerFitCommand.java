package org.andreev.cli.cooler;

import org.andreev.cli.ListOption;
import org.andreev.cli.Sweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.andreev.cli.ColumnOptions;
import org.andreev.cli.DeviceParameterOptions;
import org.andreev.cli.FitOptions;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.cooler.CoolerFit;
import org.andreev.cooler.CoolerFit.Measurement;
import org.andreev.fit.FitData;
import org.andreev.fit.FitException;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitResult;
import org.andreev.io.DataFile;
import org.andreev.units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Fits cooler parameters to measured I(V) curves: {@link CoolerFit#fit}. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fit cooler parameters to one or several measured I(V) curves (total bias, device current),"
                    + " each at its bath temperature, all at once, with the self-consistent heat balance"
                    + " of physics.md A5. Free parameters (device-file names, all kept > 0): "
                    + DeviceParameterOptions.FITTABLE_KEYS + "; the others stay at the device's values, and the"
                    + " report says for each whether it was given (option, device file) or the default.",
            "Output: a report like lmfit's fit_report (values, sigmas, starts, provenance, chi2, chi2red,"
                    + " AIC, BIC, correlations, residual tests, how the covariance was scaled); with --json"
                    + " {\"m\":{\"value\":...,\"sigma\":...,...},...,\"chi2red\":...,\"correlation\":{...},...}"
                    + " in SI units; with --csv one row m[1],m_sigma[1],...,chi2red[1].",
            "A fit that does not converge says why on stderr, writes no result and exits with 3."
        },
        footer = {
            "",
            "Examples (the paper's procedure: K*A from curves above 300 mK, then M at the lowest):",
            "  andreev cooler fit iv330.csv iv430.csv --tbath 330mK,430mK --free ka --json",
            "  andreev cooler fit iv90.csv --tbath 90mK --free m,sigma_eph --ka 1.6e-10 --json",
            "  andreev cooler fit run5.csv --x Vbias --x-unit mV --y Idev --y-unit nA --tbath 90mK --free m",
            "  andreev cooler fit iv90.csv --tbath 90mK --free m --range 0.05mV:0.5mV --residuals res.csv --plot fit.png",
            "Columns as in 'nis fit': --x and --y by header name or 1-based index (default V and I); units"
                    + " from the header (V[mV], I[nA]) or --x-unit/--y-unit; a bare number is SI. The y column"
                    + " must be a current: a conductance (S, G0) is refused, as the model is fitted to I(V)."
        })
public final class CoolerFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", converter = ExistingFile.class, description = "Measured I(V) files, one per bath temperature.")
    List<Path> files;

    @Option(names = "--tbath", required = true, split = ",", preprocessor = ListOption.Values.class,
            paramLabel = "TEMPERATURE",
            converter = QuantityConverter.Temperature.class,
            description = "Bath temperature of each file, in the same order, e.g. 330mK,430mK.")
    List<Double> tBath;

    @Mixin
    FitOptions fitOptions;

    @Mixin
    ColumnOptions columns;

    @Mixin
    AndreevTermsOption andreev;

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
        int points = 0;
        for (int k = 0; k < files.size(); k++) {
            DataFile f = DataFile.read(files.get(k));
            FitData d = fitOptions.data(f, columns, Dimension.CURRENT);
            points += f.rowCount();
            data.add(new Measurement(tBath.get(k), d.x(), d.y(), d.sigma()));
        }
        CoolerDevice start = device.device();
        List<String> free = fitOptions.freeOf(CoolerDevice.FITTABLE);
        long modelPoints = (long) points * (free.size() + 1) * 8 + points; // CoolerFit's first estimate
        // on a terminal, a progress bar of the model points computed (a fit of 10^5 points takes minutes)
        CoolerFit.Result result = Sweep.tracked("cooler fit", (int) Math.min(modelPoints, Integer.MAX_VALUE),
                progress -> CoolerFit.fit(start, free, data, andreev.terms(), given(),
                        device.device == null ? "the embedded seed-004 device" : "device file " + device.device,
                        fitOptions.confidenceLevel(), progress));
        FitResult fit = result.fit();
        boolean sigmas = fit.freeNames().stream().allMatch(n -> fit.estimate(n).hasSigma());
        if (!fit.converged() || !sigmas) {
            throw new FitException("the fit did not converge: " + result.message(), fit);
        }
        FitReport report = fitOptions.annotate(result.report(), points);
        fitOptions.write(report, output);
        fitOptions.plot(output, () -> report, "cooler fit");
        return 0;
    }

    /** The fittable parameters set by an option or the device file, with where. */
    private Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> options = device.overrides();
        for (String name : CoolerDevice.FITTABLE) {
            if (options.containsKey(name)) {
                given.put(name, "option --" + DeviceFile.TABLE.find(name).orElseThrow().option().replaceFirst("^--", ""));
            } else if (device.device != null) {
                given.put(name, "device file " + device.device);
            }
        }
        return given;
    }
}