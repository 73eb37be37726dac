package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.G0;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.andreev.fit.ConfidenceInterval;
import org.andreev.fit.Estimate;
import org.andreev.fit.FitData;
import org.andreev.fit.FitParameter;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitResult;
import org.andreev.fit.LeastSquaresFit;
import org.andreev.fit.ProfileLikelihood;
import org.andreev.fit.Provenance;
import org.andreev.sweep.Progress;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * Fits the transmissions τ_1 … τ_n of a few-channel superconducting contact (an atomic-size
 * contact: n ≤ {@value #MAX_CHANNELS}) to a measured I(V) or dI/dV(V), by least squares on the
 * τ-grid table of the MAR current ({@link MarTable}, physics.md B3; the method of Scheer et al.,
 * PRL 78, 3535 (1997), which the field's tools do by a grid search), optionally with the gap Δ and
 * a bias offset free.
 *
 * <p><b>Model.</b> y(V) = Σ_i I_MAR(τ_i, V − V_off) (or its dI/dV) between the banks {@link
 * #banks()} (Δ_L, Δ_R, Dynes η, T held: the table is built for them). The table is built once on the
 * distinct |V| of the points fitted, so at the given Δ and V_off = 0 the model is exact up to the τ
 * interpolation of the table ({@link #nodes()} Chebyshev points: with 24, 1.8e-7 of G_0τV; after
 * every fit the interpolation error is measured at the fitted τ against the direct MAR current
 * and reported next to the rms residual). A free Δ or offset moves the biases between table
 * voltages, interpolated as {@link ChannelFitModel} says; Δ free needs T = 0, where the current
 * scales exactly with Δ.
 *
 * <p><b>Fits.</b> The τ_i are fitted on the open interval (0, 1) (the sin/arcsin map, {@link
 * FitParameter#bounded}); channels are interchangeable, so each model of n channels is fitted from
 * {@link #starts()} starts (an equal split of the total transmission read off the curve, a
 * geometric split, one open channel and small ones, the best (n − 1)-channel fit plus a new
 * channel, and seeded random ones) and the lowest χ² of a converged fit is kept; its τ_i are
 * sorted, τ_1 the largest (the covariance permuted with them). Σ τ_i (and G_N = G_0 Σ τ_i) comes with
 * its σ from the full covariance.
 *
 * <p><b>How many channels.</b> Models of 1 … {@link #channels()} channels are all fitted and compared
 * by reduced χ², AIC and BIC ({@link FitResult#aic()}, {@link FitResult#bic()}); the one with the
 * lowest BIC is reported ({@link #exact()}: the one of {@link #channels()} channels, with a warning
 * when BIC prefers fewer), so a fit asked for four channels of a three-channel curve reports three.
 * Two fitted channels whose difference is below twice its σ (from the covariance) are named in a
 * warning: the data cannot tell them apart.
 *
 * <p><b>Refused</b> (IllegalArgumentException, one line): more than {@value #MAX_CHANNELS}
 * channels; a bias with e|V|/Δ below {@value #MIN_REDUCED_BIAS} (below the engine's stated accuracy;
 * the switching region of a current-biased measurement near V = 0 is not MAR either: leave it out);
 * fewer than {@value #POINTS_PER_PARAMETER} points per free parameter of the largest model; and more
 * than one channel when no point lies below 2Δ/e (above it the curve holds little more than G_N
 * and the excess current; the structures at 2Δ/n that tell channels apart lie below).
 *
 * @param banks      the banks (Δ_L, Δ_R, η, T); Δ_L is the start (free) or held value of Δ
 * @param conductance whether the curve is dI/dV(V) (S) rather than I(V) (A)
 * @param channels   the largest number of channels to fit, 1 … {@value #MAX_CHANNELS}
 * @param exact      report the model of {@code channels} channels even when fewer are preferred
 * @param free       which of {@code delta}, {@code offset} are fitted besides the τ_i
 * @param offset     the start (free) or held bias offset, V
 * @param provenance where Δ, η, T and the offset came from (by name: delta, eta, temperature,
 *                   offset), for the report; missing ones count as {@link Provenance#GIVEN}
 * @param starts     starts per model (≥ 1)
 * @param seed       seed of the random starts
 * @param nodes      Chebyshev points of the τ table
 * @param cache      the directory to keep tables in ({@link MarTable#cached}), or null for none
 * @param engine     the least-squares driver
 * @param confidenceLevel profile-likelihood intervals at this level, or 0 for none
 * @param start      the user's start τ (tried first for the model of that many channels), or an empty array
 */
public record ChannelFit(MarJunction banks, boolean conductance, int channels, boolean exact, Set<String> free,
        double offset, Map<String, Provenance> provenance, int starts, long seed, int nodes, Path cache,
        LeastSquaresFit engine, double confidenceLevel, double[] start) {

    /** The most channels a fit takes (an atomic-size contact of one to a few atoms). */
    public static final int MAX_CHANNELS = 6;

    /** The lowest reduced bias e|V|/Δ fitted (the MAR engine's accuracy is stated from there). */
    public static final double MIN_REDUCED_BIAS = 0.05;

    /** Points needed per free parameter of the largest model. */
    public static final int POINTS_PER_PARAMETER = 4;

    /** The optional free parameters besides the τ_i. */
    public static final List<String> OPTIONAL = List.of("delta", "offset");

    /** Starts per model by default. */
    public static final int DEFAULT_STARTS = 8;

    public ChannelFit {
        Objects.requireNonNull(banks, "banks");
        Objects.requireNonNull(engine, "engine");
        free = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(free));
        provenance = Map.copyOf(provenance);
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new IllegalArgumentException("number of channels must be 1 … " + MAX_CHANNELS
                    + " (an atomic-size contact), got " + channels);
        }
        for (String n : free) {
            if (!OPTIONAL.contains(n)) {
                throw new IllegalArgumentException("unknown MAR fit parameter '" + n + "'; besides the transmissions"
                        + " only " + OPTIONAL + " can be free (the table is built at one eta and one temperature)");
            }
        }
        if (free.contains("delta") && banks.temperature() != 0) {
            throw new IllegalArgumentException("a free gap needs T = 0 (where the MAR current scales exactly with"
                    + " Delta), got T = " + banks.temperature() + " K: hold delta, or fit at 0 K");
        }
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("bias offset must be finite, got " + offset);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts per model must be >= 1, got " + starts);
        }
        if (nodes < 4 || nodes > 200) {
            throw new IllegalArgumentException("MAR table nodes must be in [4, 200], got " + nodes);
        }
        if (confidenceLevel != 0 && !(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1) (or 0 for none), got " + confidenceLevel);
        }
        start = start.clone();
        if (start.length > channels) {
            throw new IllegalArgumentException(start.length + " start transmissions given for a fit of at most " + channels
                    + " channels");
        }
        for (double t : start) {
            if (!(t > 0 && t <= 1)) {
                throw new IllegalArgumentException("start transmission tau must be in (0, 1], got " + t);
            }
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /** A fit of up to {@code channels} channels to I(V) ({@code conductance} false) or dI/dV, τ only free. */
    public static ChannelFit of(MarJunction banks, boolean conductance, int channels) {
        return new ChannelFit(banks, conductance, channels, false, Set.of(), 0.0, Map.of("offset", Provenance.DEFAULT),
                DEFAULT_STARTS, 1L,
                MarTable.DEFAULT_NODES, null, LeastSquaresFit.create(), 0, new double[0]);
    }

    /** This fit with the offset and/or the gap free ({@link #OPTIONAL}). */
    public ChannelFit withFree(String... names) {
        return new ChannelFit(banks, conductance, channels, exact, new LinkedHashSet<>(List.of(names)), offset,
                provenance, starts, seed, nodes, cache, engine, confidenceLevel, start);
    }

    /**
     * This fit trying the transmissions {@code tau} (each in (0, 1]) first as the start of the model
     * of {@code tau.length} channels (the report then calls them fitted from a given start).
     */
    public ChannelFit withStart(double... tau) {
        return new ChannelFit(banks, conductance, channels, exact, free, offset, provenance, starts, seed, nodes, cache,
                engine, confidenceLevel, tau);
    }

    /** This fit with the bias offset starting at (free) or held at {@code v}, V. */
    public ChannelFit withOffset(double v) {
        Map<String, Provenance> m = new LinkedHashMap<>(provenance);
        m.put("offset", Provenance.GIVEN);
        return new ChannelFit(banks, conductance, channels, exact, free, v, m, starts, seed, nodes, cache,
                engine, confidenceLevel, start);
    }

    /** This fit reporting the model of exactly {@link #channels()} channels ({@code true}) or the one BIC prefers. */
    public ChannelFit withExact(boolean e) {
        return new ChannelFit(banks, conductance, channels, e, free, offset, provenance, starts, seed, nodes, cache,
                engine, confidenceLevel, start);
    }

    /** This fit saying where {@code name} (delta, eta, temperature, offset) came from. */
    public ChannelFit withProvenance(String name, Provenance p) {
        Map<String, Provenance> m = new LinkedHashMap<>(provenance);
        m.put(name, p);
        return new ChannelFit(banks, conductance, channels, exact, free, offset, m, starts, seed, nodes, cache, engine,
                confidenceLevel, start);
    }

    /** This fit with {@code n} starts per model and random starts from {@code s}. */
    public ChannelFit withStarts(int n, long s) {
        return new ChannelFit(banks, conductance, channels, exact, free, offset, provenance, n, s, nodes, cache, engine,
                confidenceLevel, start);
    }

    /** This fit with a τ table of {@code n} Chebyshev points (the default {@value MarTable#DEFAULT_NODES}). */
    public ChannelFit withNodes(int n) {
        return new ChannelFit(banks, conductance, channels, exact, free, offset, provenance, starts, seed, n, cache,
                engine, confidenceLevel, start);
    }

    /** This fit keeping its tables under {@code directory} ({@link MarTable#cached}); null for none. */
    public ChannelFit withCache(Path directory) {
        return new ChannelFit(banks, conductance, channels, exact, free, offset, provenance, starts, seed, nodes,
                directory, engine, confidenceLevel, start);
    }

    /** This fit with profile-likelihood intervals at {@code level} (0: none). */
    public ChannelFit withConfidenceIntervals(double level) {
        return new ChannelFit(banks, conductance, channels, exact, free, offset, provenance, starts, seed, nodes, cache,
                engine, level, start);
    }

    /** This fit driven by another least-squares engine. */
    public ChannelFit withEngine(LeastSquaresFit other) {
        return new ChannelFit(banks, conductance, channels, exact, free, offset, provenance, starts, seed, nodes, cache,
                other, confidenceLevel, start);
    }

    /** One model of the comparison: n channels, its statistics and sorted τ. */
    public record Model(int channels, boolean converged, double chiSquare, double reducedChiSquare, double aic,
            double bic, double[] tau) {
        public Model {
            tau = tau.clone();
        }

        @Override
        public double[] tau() {
            return tau.clone();
        }
    }

    /** Fits a curve without known uncertainties. */
    public ChannelFitResult fit(double[] v, double[] y) {
        return fit(v, y, null, Progress.NONE);
    }

    /**
     * Fits the curve {@code y(v)} (V; A or S) with standard uncertainties {@code sigma} (or null);
     * {@code progress} is told of the table build ({@link MarTable#build}).
     */
    public ChannelFitResult fit(double[] v, double[] y, double[] sigma, Progress progress) {
        FitData data = new FitData(v, y, sigma);
        double delta = banks.deltaLeft();
        int extra = free.size();
        int largest = channels + extra;
        if (v.length < POINTS_PER_PARAMETER * largest) {
            throw new IllegalArgumentException(v.length + " points cannot carry a fit of " + channels + " channel"
                    + (channels == 1 ? "" : "s") + (extra > 0 ? " and " + String.join(", ", free) : "") + ": at least "
                    + POINTS_PER_PARAMETER * largest + " needed (" + POINTS_PER_PARAMETER + " per free parameter)");
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (double x : v) {
            double r = Math.abs(x - offset) * E_CHARGE / delta;
            lowest = Math.min(lowest, r);
            if (r < MIN_REDUCED_BIAS) {
                throw new IllegalArgumentException("bias " + Quantity.format(x, Dimension.VOLTAGE) + " has e|V|/Delta = "
                        + String.format(Locale.ROOT, "%.3g", r) + " < " + MIN_REDUCED_BIAS + ": below the MAR engine's"
                        + " accuracy, and near V = 0 a current-biased curve switches rather than shows MAR; leave those"
                        + " points out (--range, --exclude)");
            }
        }
        if (channels > 1 && !(lowest < 2)) {
            throw new IllegalArgumentException("no point lies below 2 Delta/e = "
                    + Quantity.format(2 * delta / E_CHARGE, Dimension.VOLTAGE) + ": above it the curve holds little more"
                    + " than G_N and the excess current, which cannot carry " + channels + " channels (fit 1, or widen"
                    + " the bias range)");
        }
        MarTable table = table(v, progress);
        ChannelFitModel[] models = new ChannelFitModel[channels + 1];
        List<Model> comparison = new ArrayList<>();
        FitResult[] best = new FitResult[channels + 1];
        double[][] winningStart = new double[channels + 1][];
        List<List<FitParameter>> params = new ArrayList<>();
        params.add(List.of());
        double total = totalTransmission(v, y);
        double[] previous = null;
        for (int n = 1; n <= channels; n++) {
            models[n] = new ChannelFitModel(table, conductance, n);
            FitResult bestN = null;
            List<FitParameter> bestParams = null;
            for (double[] start : starts(n, total, previous)) {
                List<FitParameter> p = parameters(start, delta);
                FitResult r = engine.fit(models[n], p, data);
                if (bestN == null || better(r, bestN)) {
                    bestN = r;
                    bestParams = p;
                    winningStart[n] = start;
                }
            }
            best[n] = bestN;
            params.add(bestParams);
            double[] tau = sortedTau(bestN, n);
            previous = tau;
            comparison.add(new Model(n, bestN.converged(), bestN.chiSquare(), bestN.reducedChiSquare(), bestN.aic(),
                    bestN.bic(), tau));
        }
        int preferred = 1;
        for (Model m : comparison) {
            Model p = comparison.get(preferred - 1);
            if (m.converged() && (!p.converged() || m.bic() < p.bic())) {
                preferred = m.channels();
            }
        }
        int chosen = exact ? channels : preferred;
        FitResult raw = best[chosen];
        int[] order = order(raw, chosen);
        FitResult sorted = permuted(raw, chosen, order);
        FitReport report = FitReport.of(describe(chosen), new FitReport.Axis("V", Dimension.VOLTAGE),
                conductance ? new FitReport.Axis("dIdV", Dimension.CONDUCTANCE) : new FitReport.Axis("I", Dimension.CURRENT),
                reported(chosen, sorted, winningStart[chosen], order), sorted, List.of(data));
        if (confidenceLevel > 0 && raw.converged()) {
            List<ConfidenceInterval> ci = ProfileLikelihood.intervals(engine, models[chosen], params.get(chosen),
                    List.of(data), raw, confidenceLevel);
            report = report.withIntervals(renamed(ci, order));
        }
        Estimate sum = tauSum(sorted, chosen);
        double[] check = interpolationError(sorted, chosen, v);
        double rms = Math.sqrt(meanSquareResidual(data, sorted));
        report = notes(report, comparison, chosen, preferred, sum, check, sorted, data);
        return new ChannelFitResult(report, chosen, preferred, comparison, sum, check[0], rms);
    }

    /** A converged result beats a failed one; then the lower χ². */
    private static boolean better(FitResult a, FitResult b) {
        if (a.converged() != b.converged()) {
            return a.converged();
        }
        return a.chiSquare() < b.chiSquare();
    }

    /** The table on the distinct |V| of the data, with margins when Δ or the offset is free. */
    private MarTable table(double[] v, Progress progress) {
        TreeSet<Double> set = new TreeSet<>();
        for (double x : v) {
            set.add(Math.abs(x - offset));
        }
        double[] g = set.stream().mapToDouble(Double::doubleValue).toArray();
        if (!free.isEmpty() && g.length > 1) {
            // margins for steps of Δ (±MARGIN) or of the offset: table voltages beyond both ends at the
            // end spacing of the data, up to MARGIN of the end value, at most 50 each side
            List<Double> extra = new ArrayList<>();
            double top = g[g.length - 1];
            double sTop = top - g[g.length - 2];
            for (int k = 1; k <= 50 && k * sTop <= MARGIN * top + sTop; k++) {
                extra.add(top + k * sTop);
            }
            double bottom = g[0];
            double sBottom = g[1] - g[0];
            for (int k = 1; k <= 50 && bottom - k * sBottom > (1 - MARGIN) * bottom - sBottom
                    && bottom - k * sBottom > 0.5 * MIN_REDUCED_BIAS * banks.deltaLeft() / E_CHARGE; k++) {
                extra.add(bottom - k * sBottom);
            }
            set.addAll(extra);
            g = set.stream().mapToDouble(Double::doubleValue).toArray();
        }
        // dI/dV enters the model only for a dI/dV curve and for the Hermite interpolation between table
        // voltages that a free Δ or an offset needs: an I(V) fit of τ alone builds the current alone (5× cheaper)
        boolean withConductance = conductance || free.contains("delta") || free.contains("offset") || offset != 0;
        return cache == null ? MarTable.build(banks, g, nodes, withConductance, progress)
                : MarTable.cached(banks, g, nodes, withConductance, cache, progress);
    }

    /** How far a free Δ may move from its start (relative), and the table's margin for it. */
    static final double MARGIN = 0.05;

    /**
     * Σ τ_i read off the curve: G/G_0 averaged over the points above 2.5Δ/e when there are such
     * (dI/dV, or the slope of I there), else the largest |I|/(G_0|V|) or |G|/G_0 (MAR raises these
     * above Σ τ at low bias, so it is a rough start).
     */
    private double totalTransmission(double[] v, double[] y) {
        double delta = banks.deltaLeft();
        List<Integer> high = new ArrayList<>();
        for (int k = 0; k < v.length; k++) {
            if (Math.abs(v[k] - offset) * E_CHARGE > 2.5 * delta) {
                high.add(k);
            }
        }
        double s;
        if (high.size() >= 2 && !conductance) {
            // least-squares slope of I against V over the high-bias points (both signs)
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (int k : high) {
                double x = v[k] - offset;
                sx += x;
                sy += y[k];
                sxx += x * x;
                sxy += x * y[k];
            }
            int n = high.size();
            double d = n * sxx - sx * sx;
            s = d > 0 ? (n * sxy - sx * sy) / d / G0 : Double.NaN;
            if (!(s > 0)) {
                s = high.stream().mapToDouble(k -> Math.abs(y[k] / (v[k] - offset))).average().orElse(1) / G0;
            }
        } else if (!high.isEmpty()) {
            s = high.stream().mapToDouble(k -> conductance ? Math.abs(y[k]) : Math.abs(y[k] / (v[k] - offset)))
                    .average().orElse(1) / G0;
        } else {
            s = IntStream.range(0, v.length).mapToDouble(k -> conductance ? Math.abs(y[k]) : Math.abs(y[k] / (v[k] - offset)))
                    .max().orElse(1) / G0 * 0.6;
        }
        return Double.isFinite(s) && s > 0 ? s : 1.0;
    }

    /** The start vectors of the τ of an n-channel model. */
    private List<double[]> starts(int n, double total, double[] previous) {
        double t = Math.max(0.05 * n, Math.min(total, 0.95 * n));
        List<double[]> out = new ArrayList<>();
        if (start.length == n) {
            double[] given = start.clone();
            for (int i = 0; i < n; i++) {
                given[i] = Math.min(given[i], 0.995);
            }
            out.add(given);
        }
        double[] equal = new double[n];
        for (int i = 0; i < n; i++) {
            equal[i] = t / n * (1 + 0.3 * (i - 0.5 * (n - 1)) / n);
        }
        out.add(equal);
        double[] geometric = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm += Math.pow(0.5, i);
        }
        for (int i = 0; i < n; i++) {
            geometric[i] = t * Math.pow(0.5, i) / norm;
        }
        out.add(geometric);
        if (n > 1) {
            double[] open = new double[n];
            open[0] = Math.min(0.97, t);
            for (int i = 1; i < n; i++) {
                open[i] = Math.max(0.02, (t - open[0]) / (n - 1)) * (1 + 0.2 * i);
            }
            out.add(open);
        }
        if (previous != null) {
            double[] grown = Arrays.copyOf(previous, n);
            double rest = t - Arrays.stream(previous).sum();
            grown[n - 1] = Math.max(0.03, Math.min(0.5, rest));
            out.add(grown);
        }
        Random rnd = new Random(seed * 31 + n);
        while (out.size() < Math.max(starts, 1)) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = 0.02 + 0.96 * rnd.nextDouble();
            }
            out.add(r);
        }
        // the same start twice (n = 1: the equal and the geometric split) is replaced by a random one
        for (int a = 1; a < out.size(); a++) {
            for (int b = 0; b < a; b++) {
                if (Arrays.equals(out.get(a), out.get(b))) {
                    double[] r = new double[n];
                    for (int i = 0; i < n; i++) {
                        r[i] = 0.02 + 0.96 * rnd.nextDouble();
                    }
                    out.set(a, r);
                }
            }
        }
        List<double[]> clipped = new ArrayList<>();
        for (double[] s : out.subList(0, Math.min(out.size(), starts))) {
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = Math.max(0.005, Math.min(0.995, s[i]));
            }
            // interchangeable channels must not start equal (the Jacobian would be singular)
            for (int i = 1; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (Math.abs(c[i] - c[j]) < 1e-3) {
                        c[i] = Math.max(0.005, Math.min(0.995, c[i] * 0.9 + 0.004 * (i + 1)));
                    }
                }
            }
            clipped.add(c);
        }
        return clipped;
    }

    private List<FitParameter> parameters(double[] tau, double delta) {
        List<FitParameter> p = new ArrayList<>();
        for (int i = 0; i < tau.length; i++) {
            p.add(FitParameter.bounded("tau" + (i + 1), tau[i], 0.0, 1.0));
        }
        if (free.contains("delta")) {
            p.add(FitParameter.positive("delta", delta).withPlausibleRange((1 - MARGIN) * delta, (1 + MARGIN) * delta,
                    "within " + (int) Math.round(100 * MARGIN) + " % of the given gap (the table's margin)"));
        } else {
            p.add(FitParameter.fixed("delta", delta));
        }
        if (free.contains("offset")) {
            // a typical offset is a small fraction of the gap; the scale sets the derivative step
            p.add(FitParameter.of("offset", offset, 0.01 * delta / E_CHARGE));
        } else {
            p.add(FitParameter.fixed("offset", offset));
        }
        return p;
    }

    private static double[] sortedTau(FitResult r, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = r.value("tau" + (i + 1));
        }
        Arrays.sort(t);
        for (int i = 0; i < n / 2; i++) {
            double s = t[i];
            t[i] = t[n - 1 - i];
            t[n - 1 - i] = s;
        }
        return t;
    }

    /** order[new index] = old index, τ descending. */
    private static int[] order(FitResult r, int n) {
        return IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -r.value("tau" + (i + 1))))
                .mapToInt(Integer::intValue).toArray();
    }

    /** {@code r} with τ relabelled so that tau1 ≥ tau2 ≥ …, covariance and correlation permuted. */
    private static FitResult permuted(FitResult r, int n, int[] order) {
        Map<String, String> rename = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            rename.put("tau" + (order[k] + 1), "tau" + (k + 1));
        }
        Map<String, Estimate> est = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            est.put("tau" + (k + 1), r.estimate("tau" + (order[k] + 1)));
        }
        for (Map.Entry<String, Estimate> e : r.estimates().entrySet()) {
            if (!e.getKey().startsWith("tau")) {
                est.put(e.getKey(), e.getValue());
            }
        }
        List<String> oldFree = r.freeNames();
        // free names: the τ in new order, then the others as they were
        List<String> freeSorted = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            freeSorted.add("tau" + (k + 1));
        }
        oldFree.stream().filter(s -> !s.startsWith("tau")).forEach(freeSorted::add);
        int m = freeSorted.size();
        int[] from = new int[m];
        for (int a = 0; a < m; a++) {
            String newName = freeSorted.get(a);
            String oldName = newName;
            for (Map.Entry<String, String> e : rename.entrySet()) {
                if (e.getValue().equals(newName)) {
                    oldName = e.getKey();
                }
            }
            from[a] = oldFree.indexOf(oldName);
        }
        double[][] cov = r.covariance();
        double[][] cor = r.correlation();
        double[][] c2 = new double[m][m];
        double[][] r2 = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                c2[a][b] = cov[from[a]][from[b]];
                r2[a][b] = cor[from[a]][from[b]];
            }
        }
        List<String> atBound = r.atBound().stream().map(s -> rename.getOrDefault(s, s)).toList();
        return new FitResult(est, freeSorted, c2, r2, r.chiSquare(), r.reducedChiSquare(), r.observations(),
                r.sigmaKnown(), r.converged(), r.message(), atBound, r.iterations(), r.evaluations(), r.predictions());
    }

    private static List<ConfidenceInterval> renamed(List<ConfidenceInterval> list, int[] order) {
        Map<String, String> rename = new LinkedHashMap<>();
        for (int k = 0; k < order.length; k++) {
            rename.put("tau" + (order[k] + 1), "tau" + (k + 1));
        }
        return list.stream().map(c -> new ConfidenceInterval(rename.getOrDefault(c.name(), c.name()), c.level(), c.best(),
                c.lower(), c.upper(), c.message())).toList();
    }

    /** Σ τ_i with σ² = Σ_ij C_ij over the τ block of the covariance. */
    static Estimate tauSum(FitResult r, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += r.value("tau" + (i + 1));
        }
        double[][] c = r.covariance();
        double var = 0;
        boolean known = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double cij = c[i][j];
                known &= Double.isFinite(cij);
                var += cij;
            }
        }
        return new Estimate(s, known && var >= 0 ? Math.sqrt(var) : Double.NaN);
    }

    /**
     * The error of the tabulated model at the fitted parameters: its predictions against the direct
     * MAR current (or conductance) of the fitted channels, at the fitted Δ and offset, at up to five
     * data points spread over the curve (the τ interpolation of the table and, with Δ or the offset
     * free, the interpolation between table voltages); {max |error|, rms of those}.
     */
    private double[] interpolationError(FitResult r, int n, double[] v) {
        double delta = r.value("delta");
        double ratio = banks.deltaRight() / banks.deltaLeft();
        MarCurrent mar = new MarCurrent(new MarJunction(delta, delta * ratio, banks.eta(), banks.temperature()));
        double off = r.value("offset");
        double[] model = r.predictions();
        double max = 0;
        double sum2 = 0;
        int picks = Math.min(5, v.length);
        for (int q = 0; q < picks; q++) {
            int k = picks == 1 ? 0 : (int) Math.round(q * (v.length - 1) / (double) (picks - 1));
            double direct = 0;
            for (int i = 0; i < n; i++) {
                double tau = r.value("tau" + (i + 1));
                direct += conductance ? mar.conductance(tau, v[k] - off) : mar.current(tau, v[k] - off);
            }
            double e = Math.abs(direct - model[k]);
            max = Math.max(max, e);
            sum2 += e * e;
        }
        return new double[] {max, Math.sqrt(sum2 / picks)};
    }

    private String describe(int n) {
        String gaps = banks.deltaLeft() == banks.deltaRight() ? "Delta_L = Delta_R = delta"
                : "Delta_L = delta, Delta_R = delta·" + String.format(Locale.ROOT, "%.6g", banks.deltaRight() / banks.deltaLeft());
        return "MAR " + (conductance ? "dI/dV(V)" : "I(V)") + " of " + n + " channel" + (n == 1 ? "" : "s")
                + " tau1…tau" + n + " at V − offset, " + gaps + ", eta, temperature (physics.md B3; CMLY, PRB 54, 7366"
                + " (1996)), from a " + nodes + "-point tau table";
    }

    private Provenance given(String name) {
        return provenance.getOrDefault(name, Provenance.GIVEN);
    }

    private List<FitReport.Parameter> reported(int n, FitResult r, double[] start, int[] order) {
        List<FitReport.Parameter> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // the start of the winning fit, carried with the channel it became
            boolean fromUser = this.start.length == n && Arrays.equals(start, starts(n, 1, null).get(0));
            out.add(new FitReport.Parameter("tau" + (i + 1), Dimension.DIMENSIONLESS, start[order[i]],
                    fromUser ? Provenance.FITTED : Provenance.GUESSED_FITTED,
                    (fromUser ? "from the given start" : "best of " + starts + " starts") + "; sorted, tau1 the largest"));
        }
        if (free.contains("delta")) {
            out.add(new FitReport.Parameter("delta", Dimension.ENERGY, banks.deltaLeft(),
                    given("delta") == Provenance.DEFAULT ? Provenance.DEFAULT_FITTED : Provenance.FITTED, ""));
        }
        if (free.contains("offset")) {
            Provenance p = given("offset");
            out.add(new FitReport.Parameter("offset", Dimension.VOLTAGE, offset,
                    p == Provenance.GIVEN ? Provenance.FITTED : Provenance.DEFAULT_FITTED, ""));
        }
        if (!free.contains("delta")) {
            out.add(new FitReport.Parameter("delta", Dimension.ENERGY, banks.deltaLeft(), given("delta"), ""));
        }
        if (!free.contains("offset")) {
            Provenance p = given("offset");
            out.add(new FitReport.Parameter("offset", Dimension.VOLTAGE, offset, p,
                    p == Provenance.DEFAULT ? "no bias offset" : ""));
        }
        Provenance pe = given("eta");
        out.add(new FitReport.Parameter("eta", Dimension.DIMENSIONLESS, banks.eta(), pe,
                pe == Provenance.DEFAULT ? "Dynes eta/Delta default" : ""));
        Provenance pt = given("temperature");
        out.add(new FitReport.Parameter("temperature", Dimension.TEMPERATURE, banks.temperature(), pt,
                pt == Provenance.DEFAULT ? "zero temperature default" : ""));
        if (banks.deltaRight() != banks.deltaLeft()) {
            out.add(new FitReport.Parameter("delta_right", Dimension.ENERGY, banks.deltaRight(), given("delta_right"),
                    free.contains("delta") ? "scaled with delta" : ""));
        }
        return out;
    }

    private FitReport notes(FitReport report, List<Model> comparison, int chosen, int preferred, Estimate sum,
            double[] check, FitResult r, FitData data) {
        List<String> warnings = new ArrayList<>();
        if (exact && preferred < channels) {
            warnings.add("WARNING: the model comparison (BIC) prefers " + preferred + " channel" + (preferred == 1 ? "" : "s")
                    + " to the " + channels + " asked for with --exact: the data do not carry them all");
        } else if (!exact && chosen < channels) {
            warnings.add("asked for up to " + channels + " channels: the model comparison (BIC) picks " + chosen
                    + "; a model with more does not lower BIC (--exact reports " + channels + ")");
        }
        double[][] cov = r.covariance();
        for (int i = 0; i < chosen; i++) {
            for (int j = i + 1; j < chosen; j++) {
                double d = r.value("tau" + (i + 1)) - r.value("tau" + (j + 1));
                double var = cov[i][i] + cov[j][j] - 2 * cov[i][j];
                if (!(var >= 0) || Math.abs(d) < 2 * Math.sqrt(var)) {
                    warnings.add(String.format(Locale.ROOT, "WARNING: the data cannot tell tau%d and tau%d apart: they"
                            + " differ by %.3g, less than twice the %s of their difference", i + 1, j + 1, d,
                            var >= 0 ? String.format(Locale.ROOT, "σ %.3g", Math.sqrt(var)) : "(undetermined) σ"));
                }
            }
        }
        for (String w : warnings) {
            report = report.withNote(w);
        }
        String unit = conductance ? "S" : "A";
        report = report.withNote(String.format(Locale.ROOT, "sum of tau = %.6g +/- %.2g (G_N = G0·sum = %s +/- %s)",
                sum.value(), sum.sigma(), Quantity.format(G0 * sum.value(), Dimension.CONDUCTANCE),
                Quantity.format(G0 * sum.sigma(), Dimension.CONDUCTANCE)));
        double rms = Math.sqrt(meanSquareResidual(data, r));
        report = report.withNote(String.format(Locale.ROOT, "tau table (%d Chebyshev points): the model differs from the"
                + " direct MAR %s of the fitted channels by %.2g %s at most (%d points checked), against an rms residual"
                + " of %.2g %s%s", nodes, conductance ? "conductance" : "current", check[0], unit, Math.min(5, data.size()),
                rms, unit, check[0] > 0.1 * rms ? ": NOT small compared with the residuals; give more --nodes"
                        + (free.isEmpty() ? "" : " or a denser bias sweep (a free delta or offset interpolates between"
                        + " the measured biases)") : ""));
        StringBuilder c = new StringBuilder("model comparison:");
        for (Model m : comparison) {
            c.append(String.format(Locale.ROOT, " %d ch: chi2red %.4g, AIC %.2f, BIC %.2f%s;", m.channels(),
                    m.reducedChiSquare(), m.aic(), m.bic(), m.converged() ? "" : " (not converged)"));
        }
        c.setLength(c.length() - 1);
        report = report.withNote(c.append(" -> ").append(preferred).append(" (lowest BIC)").toString());
        return report;
    }

    private static double meanSquareResidual(FitData d, FitResult r) {
        double[] p = r.predictions();
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            double e = d.y()[i] - p[i];
            s += e * e;
        }
        return s / d.size();
    }
}
