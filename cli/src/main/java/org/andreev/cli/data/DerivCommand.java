package org.andreev.cli.data;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.ColumnOptions;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.data.Derivative;
import org.andreev.data.SmoothingWindow;
import org.andreev.io.Curve;
import org.andreev.io.DataFile;
import org.andreev.io.Table;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Numerical dI/dV (or dV/dI) of a measured I(V): {@link Derivative}. */
@Command(
        name = "deriv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Numerical derivative of a measured I(V): dI/dV, or dV/dI with --dvdi, both against V, by a"
                    + " local least-squares polynomial (Savitzky-Golay on uneven x; default 3 points,"
                    + " quadratic: the plain central difference).",
            "Output: CSV with columns V[V],dIdV[S] (or V[V],dVdI[Ohm]), one row per distinct V, increasing."
        },
        footer = {
            "",
            "Examples:",
            "  andreev data deriv iv.csv",
            "  andreev data deriv run7.dat --x Vbias --x-unit mV --y I --y-unit nA --window 9",
            "  andreev data deriv iv.csv --dvdi --window-width 20uV --plot dvdi.png"
        })
public final class DerivCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", converter = ExistingFile.class,
            description = "Measured I(V): CSV, TSV or whitespace columns, header optional.")
    Path file;

    @Mixin
    ColumnOptions columns;

    @Option(names = "--dvdi", description = "Write the differential resistance dV/dI instead of dI/dV.")
    boolean dvdi;

    @ArgGroup(exclusive = true)
    Window window;

    /** Smoothing: a number of points or a voltage width, not both. */
    static final class Window {
        @Option(names = "--window", paramLabel = "POINTS",
                description = "Smooth over this many neighbouring points (odd centres the window).")
        Integer points;

        @Option(names = "--window-width", paramLabel = "VOLTAGE", converter = QuantityConverter.Voltage.class,
                description = "Smooth over all points within this bias width, e.g. 20uV.")
        Double width;
    }

    @Option(names = "--order", paramLabel = "N", defaultValue = "2",
            description = "Degree of the local polynomial, 1 to 6 (default: ${DEFAULT-VALUE}).")
    int order;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        SmoothingWindow w = window();
        DataFile data = DataFile.read(file);
        Curve iv = data.curve(columns.xSpec(), columns.ySpec(Dimension.CURRENT));
        data.checkAbscissa(iv, "a derivative");
        Curve d = dvdi ? Derivative.inverseSlope(iv, w) : Derivative.slope(iv, w);
        output.write(new Table(List.of("V[V]", dvdi ? "dVdI[Ohm]" : "dIdV[S]"), List.of(d.x(), d.y())));
        output.plot(() -> plot(d));
        return 0;
    }

    private SmoothingWindow window() {
        SmoothingWindow w;
        if (window == null) {
            w = SmoothingWindow.NONE;
        } else if (window.points != null) {
            w = new SmoothingWindow(window.points, 0, order);
        } else {
            w = new SmoothingWindow(0, window.width, order);
        }
        return w.withOrder(order);
    }

    private Plot plot(Curve d) {
        Unit vUnit = Unit.readable(Dimension.VOLTAGE, d.x());
        Dimension dim = dvdi ? Dimension.RESISTANCE : Dimension.CONDUCTANCE;
        Unit yUnit = Unit.readable(dim, d.y());
        return new Plot(file.getFileName().toString(), vUnit.label("V"), yUnit.label(dvdi ? "dV/dI" : "dI/dV"),
                List.of(Series.line(dvdi ? "dV/dI" : "dI/dV", vUnit.fromSi(d.x()), yUnit.fromSi(d.y()))));
    }
}
