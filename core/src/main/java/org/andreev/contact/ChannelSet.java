package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.G0;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.andreev.io.InputException;
import org.andreev.numeric.GaussLegendre;

/**
 * A contact as a set of conduction channels (physics.md B3): transmissions τ_i with a number of
 * channels n_i each, so that every contact property is Σ_i n_i X(τ_i) and the normal conductance is
 * G_N = G_0 Σ_i n_i τ_i (G_0 = 2e²/h). A list of measured τ has n_i = 1; an ensemble (ballistic,
 * Dorokhov) has real weights n_i that are the nodes and weights of a quadrature of its distribution.
 *
 * @param tau         the transmissions, each in (0, 1]
 * @param count       the number of channels at each τ (&gt; 0, may be fractional for an ensemble)
 * @param description one phrase naming the set (for reports and figure legends)
 */
public record ChannelSet(double[] tau, double[] count, String description) {

    /** The lower cut of the Dorokhov distribution used by {@link #dorokhov(double)}. */
    public static final double DOROKHOV_TAU_MIN = 1e-10;

    /** Validates the transmissions and counts. */
    public ChannelSet {
        if (tau.length == 0 || tau.length != count.length) {
            throw new IllegalArgumentException("a channel set needs at least one channel and one count per"
                    + " transmission, got " + tau.length + " transmissions and " + count.length + " counts");
        }
        tau = tau.clone();
        count = count.clone();
        for (int i = 0; i < tau.length; i++) {
            MarCurrent.checkTau(tau[i]);
            if (!(count[i] > 0) || Double.isInfinite(count[i])) {
                throw new IllegalArgumentException("channel count must be > 0 and finite, got " + count[i]);
            }
        }
    }

    @Override
    public double[] tau() {
        return tau.clone();
    }

    @Override
    public double[] count() {
        return count.clone();
    }

    /** The number of distinct transmissions. */
    public int size() {
        return tau.length;
    }

    /** The i-th transmission. */
    public double tau(int i) {
        return tau[i];
    }

    /** The number of channels at the i-th transmission. */
    public double count(int i) {
        return count[i];
    }

    /** G_N/G_0 = Σ n_i τ_i. */
    public double conductanceQuanta() {
        double s = 0;
        for (int i = 0; i < tau.length; i++) {
            s += count[i] * tau[i];
        }
        return s;
    }

    /** The normal-state resistance R_N = 1/(G_0 Σ n_i τ_i), Ω. */
    public double normalResistance() {
        return 1.0 / (G0 * conductanceQuanta());
    }

    /** One channel per listed transmission. */
    public static ChannelSet of(double... taus) {
        double[] ones = new double[taus.length];
        Arrays.fill(ones, 1.0);
        return new ChannelSet(taus, ones, taus.length == 1 ? "tau = " + taus[0] : taus.length + " channels");
    }

    /** {@code n} ballistic channels (τ = 1). */
    public static ChannelSet ballistic(double n) {
        return new ChannelSet(new double[] {1.0}, new double[] {n}, "ballistic, N = " + n);
    }

    /**
     * Ballistic channels of total resistance R_N: N = 1/(G_0 R_N) channels of τ = 1. N is kept
     * fractional so that R_N is exact (for R_N = 5 Ω, N = 2581.6).
     */
    public static ChannelSet ballisticForResistance(double rn) {
        checkResistance(rn);
        return new ChannelSet(new double[] {1.0}, new double[] {1.0 / (G0 * rn)},
                "ballistic, R_N = " + rn + " Ohm");
    }

    /**
     * The diffusive (Dorokhov) ensemble of resistance R_N: ρ(τ) = (G_N/2G_0)/(τ sqrt(1 − τ))
     * (Dorokhov, Solid State Commun. 51, 381 (1984)), cut below {@value #DOROKHOV_TAU_MIN}.
     *
     * <p>With τ = 1/cosh²x the distribution is uniform, ρ dτ = (G_N/G_0) dx, so the set is an
     * m-point Gauss–Legendre rule in x on panels of [0, x_max], x_max = acosh(τ_min^{−1/2}). Every
     * property X(τ) of a channel vanishes at least like τ at small τ, so the cut loses at most
     * ∫_0^{τ_min} τρ dτ/∫_0^1 τρ dτ = 1 − sqrt(1 − τ_min) ≈ τ_min/2 = 5e-11 of the conductance,
     * far below the MAR accuracy. The channel count (∫ρ above the cut) is (G_N/G_0)·x_max.
     */
    public static ChannelSet dorokhov(double rn) {
        return dorokhov(rn, DOROKHOV_TAU_MIN, 6, 8);
    }

    /**
     * The Dorokhov ensemble with an explicit lower cut and rule: {@code panels} panels of
     * {@code order} Gauss–Legendre points on [0, x_max], panel lengths doubling away from x = 0
     * (τ = 1, where channel properties vary fastest); see {@link #dorokhov(double)}.
     */
    public static ChannelSet dorokhov(double rn, double tauMin, int panels, int order) {
        checkResistance(rn);
        if (!(tauMin > 0 && tauMin < 1)) {
            throw new IllegalArgumentException("Dorokhov lower cut tau_min must be in (0, 1), got " + tauMin);
        }
        double gn = 1.0 / (G0 * rn);
        double xMax = acosh(1.0 / Math.sqrt(tauMin));
        GaussLegendre rule = new GaussLegendre(order);
        double[] taus = new double[panels * order];
        double[] counts = new double[panels * order];
        int k = 0;
        for (int p = 0; p < panels; p++) {
            // panels grow geometrically from x = 0 (τ = 1, where channel properties vary fastest)
            double a = xMax * (Math.pow(2, p) - 1) / (Math.pow(2, panels) - 1);
            double b = xMax * (Math.pow(2, p + 1) - 1) / (Math.pow(2, panels) - 1);
            for (int j = 0; j < order; j++) {
                double x = 0.5 * (a + b) + 0.5 * (b - a) * rule.node(j);
                double c = 1.0 / Math.cosh(x);
                taus[k] = Math.min(1.0, c * c);
                counts[k] = gn * 0.5 * (b - a) * rule.weight(j);
                k++;
            }
        }
        return new ChannelSet(taus, counts, "Dorokhov, R_N = " + rn + " Ohm");
    }

    private static double acosh(double y) {
        return Math.log(y + Math.sqrt(y * y - 1.0));
    }

    private static void checkResistance(double rn) {
        if (!(rn > 0) || Double.isInfinite(rn)) {
            throw new IllegalArgumentException("normal resistance R_N must be > 0 Ohm and finite, got " + rn + " Ohm");
        }
    }

    /**
     * Reads one transmission a line from {@code file}; blank lines and lines starting with '#' are
     * skipped. A line that is not a number in (0, 1] is an {@link InputException} naming file:line.
     */
    public static ChannelSet read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot read the channel file: " + e.getMessage());
        }
        ChannelSet set = parse(file.toString(), text);
        return new ChannelSet(set.tau, set.count, set.tau.length + " channels from " + file.getFileName());
    }

    /** Parses the text of a channel file ({@link #read}); {@code source} names it in messages. */
    public static ChannelSet parse(String source, String text) {
        String[] lines = text.split("\\R", -1);
        List<Double> taus = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            double t;
            try {
                t = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InputException(source, i + 1, "transmission tau", "'" + shown(s) + "' is not a number");
            }
            if (!(t > 0 && t <= 1)) {
                throw new InputException(source, i + 1, "transmission tau", shown(s) + " is not in (0, 1]");
            }
            taus.add(t);
        }
        if (taus.isEmpty()) {
            throw new InputException(source, 0, "transmission tau", "the file lists no channel");
        }
        return of(taus.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** At most 40 characters of a bad line, for a one-line message. */
    private static String shown(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
