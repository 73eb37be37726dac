package org.andreev.cli.mar;

import org.andreev.cli.QuantityConverter;
import org.andreev.contact.MarJunction;
import org.andreev.io.InputException;
import org.andreev.superconductor.BcsGap;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import picocli.CommandLine.Option;

/**
 * The banks of a superconducting contact as every {@code mar} command takes them: the gap Δ(0) (and
 * Δ_R(0)), T_c for the BCS Δ(T) or a fixed gap, and the Dynes η. Builds the library's {@link
 * MarJunction}. Use as {@code @Mixin}.
 */
public final class BankOptions {

    /** The Dynes η/Δ when --eta is not given. */
    static final double DEFAULT_ETA = 1e-3;

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

    @Option(names = "--eta", paramLabel = "RATIO", converter = QuantityConverter.Ratio.class,
            description = "Dynes broadening eta/Delta (default: 1e-3).")
    Double eta;

    /** Whether --eta was given. */
    boolean etaGiven() {
        return eta != null;
    }

    /** Whether --delta-right was given. */
    boolean deltaRightGiven() {
        return deltaRight != null;
    }

    /** The banks at temperature {@code t} (K, ≥ 0). */
    MarJunction junction(double t) {
        double dr = deltaRight == null ? delta : deltaRight;
        double e = eta == null ? DEFAULT_ETA : eta;
        if (e < 0) {
            throw new InputException("option --eta: Dynes eta must be >= 0, got " + e);
        }
        if (fixedGap) {
            return new MarJunction(delta, dr, e, t);
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
        return MarJunction.bcs(left, right, e, t);
    }

    /** The BCS gap of Δ(0) with --tc, or in weak coupling T_c = Δ(0)/(1.764 k_B). */
    private BcsGap bcs(double delta0) {
        return new BcsGap(delta0, tc != null ? tc
                : delta0 / (BcsGap.WEAK_COUPLING_RATIO * org.andreev.units.PhysicalConstants.K_BOLTZMANN));
    }
}
