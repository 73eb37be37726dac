package org.andreev.cli.neck;

import static org.andreev.units.PhysicalConstants.G0;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.neck.ConductanceHistogram;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The conductance histogram of many traces, in G0: {@link ConductanceHistogram#ofTraces}. */
@Command(
        name = "histogram",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Conductance histogram of many R(z) traces (the break-junction habit): every point counted in bins"
                    + " of G = 1/R in units of G0 = 2e^2/h.",
            "Output: CSV G[G0],count, one row a bin (its centre); points above --max are counted on stderr."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck simulate --theta 60deg --resistance 1kOhm --length 20nm --traces 100 --noise 1%% \\",
            "      --out many.csv",
            "  andreev neck histogram many.csv --bin 1G0 --max 100G0",
            "  andreev neck histogram traces-*.csv --bin 0.02G0 --max 10G0 --plot histogram.png"
        })
public final class NeckHistogramCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", converter = ExistingFile.class,
            description = "Trace files: columns z and R; several traces a file by a 'trace' column.")
    List<Path> files;

    @Mixin
    TraceOptions columns;

    @Option(names = "--bin", paramLabel = "CONDUCTANCE", defaultValue = "0.05G0",
            converter = QuantityConverter.Conductance.class,
            description = "Bin width, e.g. 0.02G0 (default: ${DEFAULT-VALUE}).")
    double bin;

    @Option(names = "--max", paramLabel = "CONDUCTANCE", defaultValue = "10G0",
            converter = QuantityConverter.Conductance.class,
            description = "Top of the histogram, e.g. 10G0 (default: ${DEFAULT-VALUE}).")
    double max;

    @Mixin
    OutputOptions output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConductanceHistogram h = ConductanceHistogram.ofTraces(columns.read(files), bin / G0, max / G0);
        output.write(new Table(List.of("G[G0]", "count"), List.of(h.centres(), h.countsAsDoubles())));
        if (h.overflow() > 0) {
            spec.commandLine().getErr().println("andreev neck histogram: " + h.overflow() + " of " + h.points()
                    + " points above " + max / G0 + " G0 (not shown; raise --max)");
        }
        output.plot(() -> new Plot("Conductance histogram, " + h.traces() + " traces", "G (G0)", "counts",
                List.of(Series.line("counts", h.centres(), h.countsAsDoubles()))));
        return 0;
    }
}
