package org.andreev.cli.mar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.andreev.cli.ColumnOptions;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.FitOptions;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.cli.Sweep;
import org.andreev.contact.ChannelFit;
import org.andreev.contact.ChannelFitResult;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.andreev.fit.FitData;
import org.andreev.fit.FitException;
import org.andreev.fit.FitReport;
import org.andreev.fit.Provenance;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Fits the channel transmissions of an atomic-size contact to a measured MAR curve: {@link ChannelFit}. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fit the transmissions tau_1...tau_N (N <= 6) of a superconducting atomic-size contact to a measured"
                    + " I(V), or dI/dV(V) when the y column is a conductance (unit S or G0, from --y-unit or the"
                    + " header), by least squares on the MAR current (physics.md B3) tabulated on a tau grid (cached"
                    + " under ~/.cache/andreev). Models of 1...N channels are each fitted from several starts and"
                    + " compared by chi2red, AIC and BIC; the one with the lowest BIC is reported (--exact: the one"
                    + " of N), with sorted tau (tau1 the largest), their sigma and correlations, and the sum of tau"
                    + " (G_N = G0 sum) with its sigma. Two channels the data cannot tell apart are named in a warning.",
            "Parameters besides the tau: delta (the gap of the banks, J; free only at --temperature 0K) and"
                    + " offset (bias offset, V), fitted when listed in --free, else held at --delta and --offset"
                    + " (default 0, reported as such). eta and the temperature are held at --eta (default 1e-3) and"
                    + " --temperature (default 0K): the report says which were given. Fit the MAR region only: points"
                    + " with e|V|/Delta < 0.05 are refused (leave the switching region near V = 0 out with --range"
                    + " or --exclude).",
            "Output: a report like lmfit's fit_report with the model comparison and the tau table's"
                    + " interpolation error at the fitted tau next to the rms residual; with --json"
                    + " {\"tau\":[{\"value\":...,\"sigma\":...},...],\"delta\":{...},\"tau_sum\":{...},\"gn\":{...},"
                    + "\"channels\":N,\"comparison\":[...],\"chi2red\":...,...} in SI; with --csv one row"
                    + " tau1[1],tau1_sigma[1],...,chi2red[1].",
            "A fit that does not converge ends with one line on stderr and exit code 3; input that cannot"
                    + " carry the fit (more than 6 channels, fewer than 4 points per free parameter, several channels"
                    + " without a point below 2 Delta/e, a start tau outside (0, 1]) exits with code 2."
        },
        footer = {
            "",
            "Examples:",
            "  andreev mar fit al-contact.csv --delta 0.19meV --temperature 0K --eta 1e-3 --channels 3 --json",
            "  andreev mar fit al-contact.csv --delta 0.19meV --channels 4 --range 0.1mV:0.6mV \\",
            "      --free delta,offset --residuals res.csv --plot fit.png",
            "  andreev mar fit al-contact.csv --delta 0.19meV --channels 3 --exact --tau 0.9,0.5,0.1 --units natural"
        })
public final class MarFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = ExistingFile.class,
            description = "Measured curve: CSV, TSV or whitespace columns with a header.")
    Path file;

    @Mixin
    ColumnOptions columns;

    @Mixin
    FitOptions fitOptions;

    @Mixin
    BankOptions banks;

    @Option(names = "--temperature", paramLabel = "TEMPERATURE",
            description = "Temperature of the banks, held (default: 0K, exact zero temperature).")
    String temperature;

    @Option(names = "--channels", required = true, paramLabel = "N",
            description = "The largest number of channels to fit, 1...6: models of 1...N are compared.")
    int channels;

    @Option(names = "--exact", description = "Report the model of N channels even when BIC prefers fewer (it says so).")
    boolean exact;

    @Option(names = "--tau", split = ",", paramLabel = "TAU",
            description = "Start transmissions of the N-channel model, comma-separated, each in (0, 1] (tried first;"
                    + " default: automatic starts).")
    double[] tau;

    @Option(names = "--offset", paramLabel = "VOLTAGE", converter = QuantityConverter.Voltage.class,
            description = "Bias offset, e.g. 5uV: start (free) or held value (default: 0).")
    Double offset;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "8",
            description = "Starts per model (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "24",
            description = "Chebyshev points of the tau table (default: ${DEFAULT-VALUE}; interpolation error 1.8e-7"
                    + " of G0 tau V).")
    int nodes;

    @Option(names = "--no-cache", description = "Do not read or keep the tau table under the user's cache directory"
            + " (~/.cache/andreev).")
    boolean noCache;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        List<String> free = freeNames();
        if (channels < 1 || channels > ChannelFit.MAX_CHANNELS) {
            throw new InputException("option --channels: " + channels + " channels: an atomic-size contact fit takes 1 … "
                    + ChannelFit.MAX_CHANNELS);
        }
        if (tau != null) {
            for (double t : tau) {
                if (!(t > 0 && t <= 1)) {
                    throw new InputException("option --tau: start transmission " + t + " is not in (0, 1]");
                }
            }
            if (tau.length != channels) {
                throw new InputException("option --tau: " + tau.length + " start transmissions for --channels "
                        + channels + " (give one per channel)");
            }
        }
        if (starts < 1) {
            throw new InputException("option --starts: must be >= 1, got " + starts);
        }
        if (nodes < 4 || nodes > 200) {
            throw new InputException("option --nodes: must be in [4, 200], got " + nodes);
        }
        double t = 0.0;
        if (temperature != null) {
            double[] ts = ContactOptions.temperatures(temperature, "--temperature");
            if (ts.length != 1) {
                throw new InputException("option --temperature: mar fit takes one temperature, got a range");
            }
            t = ts[0];
        }
        if (free.contains("delta") && t != 0) {
            throw new InputException("option --free delta: a free gap needs --temperature 0K (where the MAR current"
                    + " scales exactly with Delta), got " + t + " K");
        }
        MarJunction junction = banks.junction(t);
        DataFile data = DataFile.read(file);
        boolean conductance = columns.yIsConductance(data);
        FitData curve = fitOptions.data(data, columns, conductance ? Dimension.CONDUCTANCE : Dimension.CURRENT);
        ChannelFit fit = ChannelFit.of(junction, conductance, channels).withExact(exact)
                .withFree(free.toArray(String[]::new)).withStarts(starts, 1L).withNodes(nodes)
                .withCache(noCache ? null : MarTable.defaultCacheDirectory())
                .withConfidenceIntervals(fitOptions.confidenceLevel())
                .withProvenance("eta", banks.etaGiven() ? Provenance.GIVEN : Provenance.DEFAULT)
                .withProvenance("temperature", temperature != null ? Provenance.GIVEN : Provenance.DEFAULT)
                .withProvenance("delta", Provenance.GIVEN);
        if (offset != null) {
            fit = fit.withOffset(offset);
        }
        if (tau != null) {
            fit = fit.withStart(tau);
        }
        ChannelFit f = fit;
        ChannelFitResult result;
        try {
            long distinct = java.util.Arrays.stream(curve.x()).map(x -> Math.abs(x - f.offset())).distinct().count();
            result = Sweep.tracked("mar fit: tau table", (int) Math.min(Integer.MAX_VALUE, distinct * nodes),
                    progress -> f.fit(curve.x(), curve.y(), curve.sigma(), progress));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (!result.converged()) {
            throw new FitException(file + ": MAR channel fit did not converge: " + result.fit().message(), result.fit());
        }
        FitReport report = fitOptions.annotate(result.report(), data.rowCount());
        ChannelFitResult annotated = result.withReport(report);
        fitOptions.write(report, output, annotated::jsonText);
        List<String> taus = new ArrayList<>();
        for (int i = 0; i < result.channels(); i++) {
            taus.add(String.format(Locale.ROOT, "%.3f", result.tau().get(i).value()));
        }
        fitOptions.plot(output, () -> report, file.getFileName() + ": tau = " + String.join(", ", taus));
        return 0;
    }

    /** --free: delta and offset (the tau are always fitted; "tau" is accepted); eta, temperature refused. */
    private List<String> freeNames() {
        List<String> out = new ArrayList<>();
        for (String n : fitOptions.free(List.of())) {
            if (n.equals("tau")) {
                continue;
            }
            if (n.equals("eta") || n.equals("temperature") || n.equals("t")) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--free': '" + n + "' cannot"
                        + " be fitted: the tau table is built at one eta and one temperature (fit at a few values and"
                        + " compare chi2red); free: tau (always), delta, offset");
            }
            if (!ChannelFit.OPTIONAL.contains(n)) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--free': unknown parameter '"
                        + n + "'; use delta, offset (the tau are always fitted)");
            }
            out.add(n);
        }
        return out;
    }
}
