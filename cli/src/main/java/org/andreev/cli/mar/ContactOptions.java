package org.andreev.cli.mar;

import org.andreev.cli.ListOption;
import java.nio.file.Path;
import java.util.Arrays;
import org.andreev.cli.QuantityConverter;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.MarJunction;
import org.andreev.io.InputException;
import org.andreev.superconductor.BcsGap;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every {@code mar} command shares: the banks (gap, T_c, Dynes η) and the channels
 * (a list of τ, a file of τ, or a distribution for a given R_N). Builds the library's
 * {@link MarJunction} and {@link ChannelSet}.
 */
public final class ContactOptions {

    @Option(names = "--delta", required = true, paramLabel = "GAP", converter = QuantityConverter.Gap.class,
            description = "Zero-temperature gap Delta(0) of the banks, e.g. 1.35meV (Pb). Delta(T) follows the"
                    + " BCS gap equation unless --fixed-gap.")
    double delta;

    @Option(names = "--delta-right", paramLabel = "GAP", converter = QuantityConverter.Gap.class,
            description = "Gap Delta_R(0) of the right bank when it differs (default: --delta).")
    Double deltaRight;

    @Option(names = "--tc", paramLabel = "TEMPERATURE", converter = QuantityConverter.Temperature.class,
            description = "Critical temperature T_c for Delta(T) (default: weak coupling, Delta(0)/1.764k_B;"
                    + " Pb: 7.2K).")
    Double tc;

    @Option(names = "--fixed-gap",
            description = "Use --delta (and --delta-right) as the gap at the given temperature, without BCS Delta(T).")
    boolean fixedGap;

    @Option(names = "--eta", paramLabel = "RATIO", converter = QuantityConverter.Ratio.class, defaultValue = "1e-3",
            description = "Dynes broadening eta/Delta (default: ${DEFAULT-VALUE}).")
    double eta;

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
        double dr = deltaRight == null ? delta : deltaRight;
        if (eta < 0) {
            throw new InputException("option --eta: Dynes eta must be >= 0, got " + eta);
        }
        if (fixedGap) {
            return new MarJunction(delta, dr, eta, t);
        }
        BcsGap left = bcs(delta);
        BcsGap right = bcs(dr);
        double tcMin = Math.min(left.tc(), right.tc());
        if (!(t < tcMin)) {
            throw new InputException("option --temperature: T = " + Quantity.format(t, Dimension.TEMPERATURE)
                    + " is not below T_c = " + Quantity.format(tcMin, Dimension.TEMPERATURE)
                    + (tc == null ? " (weak coupling from --delta; set --tc)" : " (--tc)")
                    + ": there is no gap, hence no Andreev reflection");
        }
        return MarJunction.bcs(left, right, eta, t);
    }

    /** The BCS gap of Δ(0) with --tc, or in weak coupling T_c = Δ(0)/(1.764 k_B). */
    private BcsGap bcs(double delta0) {
        return new BcsGap(delta0, tc != null ? tc
                : delta0 / (BcsGap.WEAK_COUPLING_RATIO * org.andreev.units.PhysicalConstants.K_BOLTZMANN));
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
