package org.andreev.cli.mar;

import org.andreev.cli.ListOption;
import java.nio.file.Path;
import java.util.Arrays;
import org.andreev.cli.QuantityConverter;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.MarJunction;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code mar iv} and {@code mar ic} share: the banks ({@link BankOptions}: gap, T_c,
 * Dynes η) and the channels (a list of τ, a file of τ, or a distribution for a given R_N). Builds the library's
 * {@link MarJunction} and {@link ChannelSet}.
 */
public final class ContactOptions {

    @Mixin
    BankOptions banks;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Channels channels;

    /** Exactly one way to give the channels. */
    static final class Channels {
        @Option(names = "--tau", split = ",", preprocessor = ListOption.Values.class, paramLabel = "TAU",
                description = "Transmissions of the channels, comma-separated, each in (0, 1], e.g. 0.5,0.99.")
        double[] tau;

        @Option(names = "--channels", paramLabel = "FILE", description = "A file of transmissions, one a line"
                + " ('#' comments and blank lines are skipped).")
        Path file;

        @ArgGroup(exclusive = false)
        Distribution distribution;
    }

    /** A channel distribution for a given normal resistance. */
    static final class Distribution {
        @Option(names = "--distribution", required = true, paramLabel = "KIND",
                description = "dorokhov (diffusive, rho(tau) ~ 1/(tau sqrt(1-tau)), cut below tau = 1e-10) or"
                        + " ballistic (N = h/(2e^2 R_N) channels of tau = 1).")
        Kind kind;

        @Option(names = "--rn", required = true, paramLabel = "RESISTANCE",
                converter = QuantityConverter.Resistance.class, description = "Normal resistance R_N, e.g. 5Ohm.")
        double rn;
    }

    /** The channel distributions. */
    enum Kind { DOROKHOV, BALLISTIC }

    /** The channel set the options describe. */
    ChannelSet channelSet() {
        if (channels.tau != null) {
            for (double t : channels.tau) {
                if (!(t > 0 && t <= 1)) {
                    throw new InputException("option --tau: transmission " + t + " is not in (0, 1]");
                }
            }
            return ChannelSet.of(channels.tau);
        }
        if (channels.file != null) {
            return ChannelSet.read(channels.file);
        }
        return channels.distribution.kind == Kind.DOROKHOV ? ChannelSet.dorokhov(channels.distribution.rn)
                : ChannelSet.ballisticForResistance(channels.distribution.rn);
    }

    /** The banks at temperature {@code t} (K, ≥ 0). */
    MarJunction junction(double t) {
        return banks.junction(t);
    }

    /** "tau = 0.5, 0.99" or the set's description, for plot titles. */
    static String describe(ChannelSet set) {
        if (set.size() <= 6 && set.description().endsWith("channels")) {
            return "tau = " + String.join(", ", Arrays.stream(set.tau()).mapToObj(x -> String.format("%.3g", x)).toList());
        }
        return set.description();
    }

    /** Temperature values from "4.2K" or a range "1K:7K:25" (every value ≥ 0 K). */
    static double[] temperatures(String text, String option) {
        double[] values;
        try {
            values = text.contains(":") ? org.andreev.units.Range.parse(text, Dimension.TEMPERATURE).values()
                    : new double[] {Quantity.parse(text.strip(), Dimension.TEMPERATURE)};
        } catch (IllegalArgumentException e) {
            throw new InputException("option " + option + ": " + e.getMessage());
        }
        QuantityConverter plausible = new QuantityConverter.TemperatureOrZero();
        String[] ends = text.split(":", -1);
        for (int k = 0; k < values.length; k++) {
            try {
                plausible.checked(values.length == 1 ? text : k == 0 ? ends[0] : ends[1], values[k]);
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw new InputException("option " + option + ": " + e.getMessage());
            }
        }
        return values;
    }
}
