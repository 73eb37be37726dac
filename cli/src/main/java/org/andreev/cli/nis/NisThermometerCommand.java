package org.andreev.cli.nis;

import org.andreev.cli.ListOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.RangeConverter;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.cli.Sweep;
import org.andreev.io.Table;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.tunnel.NisThermometer;
import org.andreev.units.Range;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The N-I-S thermometer at constant current: calibration V(T) and its inverse, {@link NisThermometer}. */
@Command(
        name = "thermometer",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "N-I-S junction as a thermometer biased at a constant current (physics.md A3): the calibration"
                    + " V(T), the voltage at which the junction carries the current when its electrons are at T.",
            "Output: CSV with columns Te[K],V[V]. With --voltage, the inverse: the electron temperature at"
                    + " each measured voltage, CSV V[V],Te[K] (found within the --temps range)."
        },
        footer = {
            "",
            "Examples:",
            "  andreev nis thermometer --delta 0.228meV --rt 2.76kOhm --current 1nA --temps 50mK:400mK:36",
            "  andreev nis thermometer --delta 0.228meV --rt 2.76kOhm --current 1nA --voltage 0.19mV,0.17mV"
        })
public final class NisThermometerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NisDeviceOptions junction;

    @Option(names = "--current", required = true, paramLabel = "CURRENT", converter = QuantityConverter.Current.class,
            description = "The constant bias current, e.g. 1nA (its sign sets the sign of V).")
    double current;

    @Option(names = "--temps", paramLabel = "START:STOP:COUNT", converter = RangeConverter.Temperatures.class,
            description = "Electron temperatures of the calibration, e.g. 50mK:400mK:36 (default: k_BT from"
                    + " 0.02Δ to 0.25Δ, 47 points).")
    Range temps;

    @Option(names = "--voltage", paramLabel = "VOLTAGE", split = ",", preprocessor = ListOption.Values.class, converter = QuantityConverter.Voltage.class,
            description = "Measured voltages, comma-separated: give the temperature at each instead.")
    List<Double> voltages;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (current == 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--current': the bias current must not be zero");
        }
        org.andreev.tunnel.NisDevice d = junction.device();
        if (d.hasAndreev() && d.andreev().multiplier() > 0) {
            throw new ParameterException(spec.commandLine(), "the thermometer calibrates with the quasiparticle current"
                    + " alone (physics.md A3), not with the Andreev term of this junction: give --m 0 to say so");
        }
        NisThermometer thermometer = new NisThermometer(d.tunnelJunction(), current);
        Range grid = temps != null ? temps : thermometer.defaultTemperatures(47);
        double[] t = grid.values();
        double[] v = new double[t.length];
        Sweep.parallel("calibration", t.length, i -> v[i] = thermometer.voltage(t[i]));
        if (voltages == null) {
            output.write(new Table(List.of("Te[K]", "V[V]"), List.of(t, v)));
            output.plot(() -> plot(t, v));
            return 0;
        }
        double[] measured = voltages.stream().mapToDouble(Double::doubleValue).toArray();
        double[] te = new double[measured.length];
        double tLow = Math.min(grid.start(), grid.stop());
        double tHigh = Math.max(grid.start(), grid.stop());
        for (int k = 0; k < measured.length; k++) {
            try {
                te[k] = thermometer.temperature(measured[k], tLow, tHigh);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("option '--voltage': " + e.getMessage() + "; widen --temps");
            }
        }
        output.write(new Table(List.of("V[V]", "Te[K]"), List.of(measured, te)));
        output.plot(() -> plot(t, v));
        return 0;
    }

    private Plot plot(double[] t, double[] v) {
        Unit tu = Unit.readable(Dimension.TEMPERATURE, t);
        Unit vu = Unit.readable(Dimension.VOLTAGE, v);
        Unit iu = Unit.readable(Dimension.CURRENT, current);
        return new Plot(String.format("N-I-S thermometer at I = %.4g %s", iu.fromSi(current), iu.symbol()),
                tu.label("T"), vu.label("V"), List.of(Series.line("calibration", tu.fromSi(t), vu.fromSi(v))));
    }
}
