package org.andreev.cli.mar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.RangeConverter;
import org.andreev.cli.Sweep;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.andreev.contact.PointContact;
import org.andreev.io.Table;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Range;
import org.andreev.units.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The dc MAR current of a contact: {@link PointContact#iv}. */
@Command(
        name = "iv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "DC current I(V) and dI/dV of a superconducting point contact by multiple Andreev reflection"
                    + " (physics.md B3; Cuevas, Martin-Rodero, Levy Yeyati, PRB 54, 7366 (1996)),"
                    + " summed over its channels.",
            "Output: CSV with columns V[V],I[A],dIdV[S] (and I_k[A] = n_k I(tau_k), the share of the k-th"
                    + " transmission, with --per-channel). dI/dV is a five-point difference of I with step"
                    + " max(eta, 1e-3) Delta/4e (error stated in MarCurrent.conductance). V = 0 is refused: the"
                    + " zero-voltage branch is the Josephson current (mar ic).",
            "An ensemble (--distribution) is computed from a table of the channel current on 24 Chebyshev"
                    + " points in sqrt(1-tau) (interpolation error <= 2e-7 of G0 tau V), cached on disk."
        },
        footer = {
            "",
            "Examples:",
            "  andreev mar iv --delta 1.35meV --tau 0.5,0.99 --temperature 0K --eta 1e-3 \\",
            "      --bias 0.135mV:5.4mV:400",
            "  andreev mar iv --delta 1.35meV --tc 7.2K --temperature 1.5K --distribution dorokhov --rn 5Ohm \\",
            "      --bias 0.2mV:4mV:20 --out dorokhov.csv --plot dorokhov.png"
        })
public final class MarIvCommand implements Callable<Integer> {

    @Mixin
    ContactOptions contact;

    @Option(names = "--temperature", paramLabel = "TEMPERATURE", defaultValue = "0K",
            description = "Temperature of the banks (default: ${DEFAULT-VALUE}, exact zero temperature).")
    String temperature;

    @Option(names = "--bias", required = true, paramLabel = "START:STOP:COUNT",
            converter = RangeConverter.Voltages.class,
            description = "Bias voltages, e.g. 0.135mV:5.4mV:400 (none may be 0).")
    Range bias;

    @Option(names = "--per-channel", description = "Add one column I_k[A] per transmission.")
    boolean perChannel;

    @Option(names = "--noise", paramLabel = "CURRENT", converter = org.andreev.cli.QuantityConverter.Current.class,
            description = "Add seeded Gaussian noise of this rms to I (not to dIdV), e.g. 0.2nA: a synthetic measured"
                    + " curve to try mar fit on.")
    Double noise;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of --noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-cache", description = "Do not read or keep the tau-grid table of an ensemble"
            + " (--distribution) under the user's cache directory (~/.cache/andreev).")
    boolean noCache;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (noise != null && (!(noise >= 0) || Double.isInfinite(noise))) {
            throw new org.andreev.io.InputException("option --noise: the rms must be >= 0 A and finite, got " + noise);
        }
        double[] t = ContactOptions.temperatures(temperature, "--temperature");
        if (t.length != 1) {
            throw new org.andreev.io.InputException("option --temperature: mar iv takes one temperature, got a range");
        }
        ChannelSet channels = contact.channelSet();
        MarJunction junction = contact.junction(t[0]);
        double[] v = bias.values();
        for (double x : v) {
            if (x == 0) {
                throw new org.andreev.io.InputException("option --bias: V = 0 has no dc MAR current (that is the"
                        + " Josephson branch: use mar ic); leave 0 out of the range");
            }
        }
        PointContact pc = new PointContact(channels, junction);
        boolean table = channels.size() > MarTable.DEFAULT_NODES;
        PointContact.IvCurve curve = Sweep.tracked("mar iv", table ? v.length * MarTable.DEFAULT_NODES : v.length,
                step -> pc.iv(v, true, step, noCache ? null : MarTable.defaultCacheDirectory()));
        double[] current = curve.current();
        if (noise != null) {
            java.util.Random rnd = new java.util.Random(seed);
            for (int k = 0; k < current.length; k++) {
                current[k] += noise * rnd.nextGaussian();
            }
        }
        List<String> names = new ArrayList<>(List.of("V[V]", "I[A]", "dIdV[S]"));
        List<double[]> cols = new ArrayList<>(List.of(v, current, curve.dIdV()));
        if (perChannel) {
            for (int i = 0; i < channels.size(); i++) {
                double[] col = new double[v.length];
                for (int k = 0; k < v.length; k++) {
                    col[k] = channels.count(i) * curve.perChannel()[k][i];
                }
                names.add("I_" + (i + 1) + "[A]");
                cols.add(col);
            }
        }
        output.write(new Table(names, cols));
        output.plot(() -> plot(curve, channels, junction));
        return 0;
    }

    /** dV/dI·(1/R_N) against V: how the seed paper shows a contact. */
    private static Plot plot(PointContact.IvCurve curve, ChannelSet channels, MarJunction junction) {
        double[] v = curve.voltage();
        Unit vu = Unit.readable(Dimension.VOLTAGE, v);
        double rn = channels.normalResistance();
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = 1.0 / (curve.dIdV()[i] * rn);
        }
        String title = "Point contact: Delta = " + Quantity.format(junction.deltaLeft(), Dimension.ENERGY)
                + ", R_N = " + Quantity.format(rn, Dimension.RESISTANCE) + ", T = "
                + Quantity.format(junction.temperature(), Dimension.TEMPERATURE);
        return new Plot(title, vu.label("V"), "(dV/dI) / R_N",
                List.of(Series.line(ContactOptions.describe(channels), vu.fromSi(v), r)));
    }
}
