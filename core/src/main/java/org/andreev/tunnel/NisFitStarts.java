package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.andreev.fit.LeastSquaresFit;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;

/**
 * One {@link NisFit} run from several starting points, the best converged end kept: the Usadel
 * model's χ² has several minima (a large Γ_so can undo a large h, Γ_sf and x_N both fill the gap),
 * and one automatic start can end in the wrong one.
 *
 * <p>The starts, in order ({@link #starts(double[], double[], int)} gives the first n):
 * <ol>
 *   <li>the fit's own automatic start ({@link NisFit#initialGuess});
 *   <li>for the Usadel model, when the rates are fitted but not given, the corners of a small grid in
 *       units of the automatic Δ: (Γ_sf, Γ_so) ∈ {(0.02, 0.4), (0.3, 0.02), (0.15, 0.15)}·Δ, each with
 *       x_N = 0.002 (the automatic start is (0.05, 0.05)·Δ, x_N = 0.01);
 *   <li>then points spread around the automatic start, deterministic (a Halton sequence, one prime
 *       base per parameter, so a run is reproducible): each fitted parameter that is not given moves,
 *       a positive one (T_e, Δ, R_T, M, L_φ, D) by a factor in [1/2, 2] (uniform in its logarithm), γ/Δ
 *       by a factor in [1/4, 4] (kept below 0.5), h in [0, 0.5]·Δ, Γ_so and Γ_sf in [0, 0.4]·Δ, Γ_orb in
 *       [0, 0.1]·Δ, x_N in [0, 0.05], the offset by ±0.05 Δ/e. Given values never move.
 * </ol>
 * Every start is an independent fit, run in parallel ({@link Sweep}), with its Jacobian sequential;
 * the one of lowest χ² among those that converged is returned, the others in {@link Outcome#ends()},
 * so that a caller (or a test) can see whether they agree. A start keeps the provenance of the
 * automatic one ({@link NisFit#fitFrom}): a moved guess is still a guess.
 *
 * @param fit the fit to start from several points (its values, where given, are kept in every start)
 */
public record NisFitStarts(NisFit fit) {

    /** The grid of (Γ_sf, Γ_so) starts beside the automatic one, in units of Δ (class comment). */
    private static final double[][] RATE_STARTS = {{0.02, 0.4}, {0.3, 0.02}, {0.15, 0.15}};

    /** Prime bases of the Halton sequence, one per moved parameter (in {@link NisFit#NAMES} order). */
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59};

    /** The most starts a fit takes (each one a whole fit). */
    public static final int MAX_STARTS = 64;

    public NisFitStarts {
        Objects.requireNonNull(fit, "fit");
    }

    /** The best end and every end, in the order of the starts (the automatic start first). */
    public record Outcome(NisFitResult best, List<NisFitResult> ends) {
        public Outcome {
            ends = List.copyOf(ends);
        }

        /** The index of {@link #best} among the ends (0: the automatic start). */
        public int bestIndex() {
            return ends.indexOf(best);
        }
    }

    /** The automatic start and, for the Usadel model with free rates, the grid's (class comment, items 1, 2). */
    public List<Map<String, Double>> starts(double[] v, double[] y) {
        return starts(v, y, 1 + rateStarts().size());
    }

    /**
     * The first {@code n} starts (class comment), the automatic one first, by name.
     *
     * @throws IllegalArgumentException unless 1 ≤ n ≤ {@link #MAX_STARTS}
     */
    public List<Map<String, Double>> starts(double[] v, double[] y, int n) {
        if (n < 1 || n > MAX_STARTS) {
            throw new IllegalArgumentException("the number of starts must be 1 to " + MAX_STARTS + ", got " + n);
        }
        Map<String, Double> auto = fit.initialGuess(v, y);
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(auto);
        double delta = auto.get("delta");
        for (double[] r : rateStarts()) {
            if (out.size() == n) {
                return out;
            }
            Map<String, Double> s = new LinkedHashMap<>(auto);
            if (moves("sf")) {
                s.put("sf", r[0] * delta);
            }
            if (moves("so")) {
                s.put("so", r[1] * delta);
            }
            if (moves("xn")) {
                s.put("xn", 0.002);
            }
            out.add(s);
        }
        List<String> moved = auto.keySet().stream().filter(this::moves).toList();
        for (int k = 1; out.size() < n; k++) {
            Map<String, Double> s = new LinkedHashMap<>(auto);
            for (int j = 0; j < moved.size(); j++) {
                String name = moved.get(j);
                s.put(name, spread(name, auto.get(name), delta, halton(k, PRIMES[j % PRIMES.length])));
            }
            out.add(s);
        }
        return out;
    }

    /** The grid corners that apply (none unless the Usadel model fits a rate it was not given). */
    private List<double[]> rateStarts() {
        return fit.dos() == NisDos.USADEL && (moves("sf") || moves("so")) ? List.of(RATE_STARTS) : List.of();
    }

    /** Whether a start may move {@code name}: fitted and not given. */
    private boolean moves(String name) {
        return fit.fittedNames().contains(name) && !fit.values().containsKey(name);
    }

    /** The start of {@code name} for the point {@code u} ∈ (0, 1) around its automatic {@code value}. */
    private static double spread(String name, double value, double delta, double u) {
        double w = 2 * u - 1; // in (−1, 1)
        return switch (name) {
            case "h" -> u * 0.5 * delta;
            case "so", "sf" -> u * 0.4 * delta;
            case "orb" -> u * 0.1 * delta;
            case "xn" -> u * 0.05;
            case "offset" -> value + w * 0.05 * delta / E_CHARGE;
            case "dynes" -> Math.min(0.5, (value > 0 ? value : 1e-3) * Math.pow(4, w));
            default -> value * Math.pow(2, w); // te, delta, rt, ts and the Andreev term's m, lphi, diffusion
        };
    }

    /** The k-th point (k ≥ 1) of the van der Corput sequence in base {@code b}, in (0, 1). */
    static double halton(int k, int b) {
        double f = 1;
        double r = 0;
        for (int i = k; i > 0; i /= b) {
            f /= b;
            r += f * (i % b);
        }
        return r;
    }

    /** Fits curve (v, y) (V; A or S) from the automatic and the grid's starts, without σ. */
    public Outcome fit(double[] v, double[] y) {
        return fit(v, y, null, 1 + rateStarts().size());
    }

    /**
     * Fits curve (v, y) (V; A or S), with standard uncertainties {@code sigma} or null, from the first
     * {@code n} starts; the best end's report notes how many starts there were and where each ended.
     * With one start this is the fit itself ({@link NisFit#fit(double[], double[], double[])}, its
     * Jacobian in parallel). Profile-likelihood intervals ({@link NisFit#withConfidenceIntervals}) are
     * computed for the best end only (its start fitted once more with them: the same end).
     */
    public Outcome fit(double[] v, double[] y, double[] sigma, int n) {
        if (n == 1) {
            NisFitResult only = fit.fit(v, y, sigma);
            return new Outcome(only, List.of(only));
        }
        List<Map<String, Double>> starts = starts(v, y, n);
        NisFit sequential = fit.withEngine(fit.engine().withParallelJacobian(LeastSquaresFit.Parallelism.NEVER))
                .withConfidenceIntervals(0);
        List<NisFitResult> ends = new ArrayList<>(Sweep.map(starts.size(),
                k -> sequential.fitFrom(starts.get(k), v, y, sigma), Progress.NONE));
        int best = 0;
        for (int k = 0; k < ends.size(); k++) {
            if (ends.get(k).converged() && (!ends.get(best).converged()
                    || ends.get(k).fit().chiSquare() < ends.get(best).fit().chiSquare())) {
                best = k;
            }
        }
        NisFitResult chosen = fit.confidenceLevel() > 0 && ends.get(best).converged()
                ? fit.fitFrom(starts.get(best), v, y, sigma) : ends.get(best);
        chosen = new NisFitResult(chosen.mode(), chosen.fit(), chosen.start(),
                chosen.report().withNote(note(ends, best)), chosen.andreev());
        ends.set(best, chosen);
        return new Outcome(chosen, ends);
    }

    /** Ends whose χ² is within this fraction of the best's count as the same minimum, in the note. */
    static final double SAME_END = 1e-3;

    /** "fitted from n starts ...: start k; m of n within 0.1 % of its chi-square; each end's ..." for the report. */
    private static String note(List<NisFitResult> ends, int best) {
        double b = ends.get(best).fit().chiSquare();
        List<String> each = new ArrayList<>();
        int same = 0;
        for (NisFitResult e : ends) {
            // relative excess over the best; an exact fit (best chi-square 0) compares absolutely
            double excess = b > 0 ? e.fit().chiSquare() / b - 1 : e.fit().chiSquare();
            if (e.converged() && excess <= SAME_END) {
                same++;
            }
            each.add(!e.converged() ? "not converged" : excess == 0 ? "0" : String.format(Locale.ROOT, "%.2g", excess));
        }
        return "fitted from " + ends.size() + " starts (NisFitStarts), the best end kept: start " + (best + 1)
                + (best == 0 ? " (the automatic one)" : "") + "; " + same + " of the " + ends.size()
                + " ends converged to within 0.1 % of its chi-square; chi-square / best − 1 of each start: "
                + String.join(", ", each);
    }
}
