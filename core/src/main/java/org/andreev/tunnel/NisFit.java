package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.andreev.fit.FitData;
import org.andreev.fit.FitParameter;
import org.andreev.fit.FitReport;
import org.andreev.fit.FitResult;
import org.andreev.fit.LeastSquaresFit;
import org.andreev.fit.ProfileLikelihood;
import org.andreev.fit.Provenance;
import org.andreev.superconductor.BcsGap;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;

/**
 * N-I-S thermometry and spectroscopy (physics.md A3): fits any subset of the parameters of a {@link
 * NisJunction} to a measured I(V) or dI/dV(V).
 *
 * <p>The model is y(V) = I(V − V_off) or dI/dV(V − V_off) of {@code NisJunction(Superconductor(Δ,
 * γ/Δ, h), R_T)} at T_N, T_S (seed 004 Eq. 3; physics.md A1, A2). Parameters, SI units, by name:
 * <table>
 *   <caption>fit parameters</caption>
 *   <tr><th>name</th><th>quantity</th><th>unit</th><th>transform</th><th>if not free and not given</th></tr>
 *   <tr><td>te</td><td>T_N, electron temperature of N</td><td>K</td><td>log</td><td>guessed</td></tr>
 *   <tr><td>delta</td><td>Δ</td><td>J</td><td>log</td><td>guessed</td></tr>
 *   <tr><td>rt</td><td>R_T</td><td>Ω</td><td>log</td><td>guessed</td></tr>
 *   <tr><td>dynes</td><td>γ/Δ</td><td>1</td><td>box (0, 1)</td><td>0 (BCS)</td></tr>
 *   <tr><td>h</td><td>exchange splitting h</td><td>J</td><td>|q| (may be 0)</td><td>0</td></tr>
 *   <tr><td>offset</td><td>bias offset V_off</td><td>V</td><td>none</td><td>0</td></tr>
 *   <tr><td>ts</td><td>T_S</td><td>K</td><td>log</td><td>tied to te</td></tr>
 * </table>
 * Free parameters start from the value given with {@link #withValue}, else from an automatic guess
 * read off the curve (R_T from the high-bias conductance, Δ and h from the conductance peaks or the
 * current onset, T_N from the sub-gap exponential; see {@link #initialGuess}). <b>A value is never
 * held at a guess</b>: te, delta and rt, when neither given nor free, are fitted too ({@link
 * #fittedNames()}; the report marks them {@link Provenance#ADDED}), because a guess held fixed
 * biases every other estimate without a trace (a noiseless 105 mK curve fitted for T_e alone with
 * Δ and R_T held at their guesses gave 259 ± 60 mK). γ/Δ, h and V_off are held at 0 (BCS, no
 * splitting, no offset: the model's defaults, reported as such) unless free or given. Positive quantities are
 * fitted in logarithm so they stay positive; γ/Δ is confined to (0, 1) by the sin/arcsin map, because
 * a γ/Δ too small to affect the curve has a near-zero Jacobian column that lets the trust region run it
 * off to 10⁴⁰ in logarithm, and γ ≥ Δ leaves no gap anyway. A free γ/Δ that the data want to be
 * zero therefore ends "at the edge of its domain", which the result's message says. The model
 * depends on h evenly, so h is fitted as p = |q| ({@link FitParameter#nonNegative}): a splitting
 * the data want at zero (a field map through h = 0) is fitted there instead of ending the fit at
 * the edge of a logarithm; a free h starts at 0.01Δ or more, where its slope is not zero. The
 * Usadel rates and x_N are not even (the model at a negative rate is not the model at a positive
 * one), so |q| would put a kink into χ² at 0 that Levenberg–Marquardt circles without converging;
 * they are fitted as p = q² ({@link FitParameter#nonNegativeSmooth}), smooth at 0, and reported
 * "at the edge of the domain" when they end there (their linearised σ is then meaningless: use
 * {@link #confidenceInterval}). In this model I and dI/dV do not
 * depend on T_S (the S occupation cancels, see {@link NisJunction}), so a free {@code ts} makes the fit
 * fail (it runs off its plausible range, or the Jacobian is singular): it is offered for models where
 * it matters. A free positive parameter that runs beyond start × 10^±6, or a temperature above the
 * T_c = Δ/(1.764 k_B) of the starting gap, ends the fit as not converged, naming it: an ohmic curve
 * fitted for T_e runs there, onto the plateau where thermal smearing has filled the gap.
 *
 * <p>Without σ the noise is estimated from the residuals and the covariance scaled by χ²_red (see
 * {@link org.andreev.fit.FitResult}).
 *
 * @param mode   whether the curve is I(V) or dI/dV(V)
 * @param free   the names of the free parameters (te, delta, rt are added when neither free nor
 *               given: {@link #fittedNames()})
 * @param values initial values of free parameters and values of fixed ones, SI, by name
 * @param engine the least-squares driver
 * @param confidenceLevel the level of the profile-likelihood intervals to compute ({@link
 *               ProfileLikelihood}), or 0 for none
 * @param dos    the density of states of the model: {@link NisDos#DYNES} (the table above) or
 *               {@link NisDos#USADEL} (physics.md A8: the same parameters with dynes = Γ/Δ, and so,
 *               sf, orb, the spin-orbit, spin-flip and orbital rates Γ = ħ/τ in J, held at 0 unless
 *               free or given, and xn, the normal fraction x_N, held at 0 unless free or given; ts
 *               does not enter it)
 * @param andreev the phase-coherent Andreev term added to the quasiparticle current (physics.md A4;
 *               {@link #withAndreev}), or null for none: its geometry and form; its quantities m, lphi,
 *               diffusion, dos_total, wire_width, wire_thickness are values of the fit like any other
 *               (m, lphi, diffusion may be free: {@link NisAndreevFit})
 */
public record NisFit(NisFitMode mode, Set<String> free, Map<String, Double> values, LeastSquaresFit engine,
        double confidenceLevel, NisDos dos, AndreevTerm andreev) {

    /**
     * A free positive parameter run beyond start × 10^±6, or a temperature above the T_c of the
     * starting gap, ends the fit as not converged ({@link FitParameter#withPlausibleRange}).
     */
    static final double RUNAWAY = 1e6;

    /** The parameter names, in the order of the fit's parameter vector. */
    public static final List<String> NAMES = List.of("te", "delta", "rt", "dynes", "h", "offset", "so", "sf", "orb",
            "xn", "ts");

    /** Parameters that may be held, or fitted, at exactly 0 (p = |q|, {@link FitParameter#nonNegative}). */
    private static final Set<String> MAGNITUDES = Set.of("h", "so", "sf", "orb", "xn");

    /** The parameters read off the curve when not given: never held there, fitted instead. */
    private static final List<String> GUESSED = List.of("te", "delta", "rt");

    /** The quantity each parameter is (class comment table). */
    private static final Map<String, Dimension> DIMENSIONS = Map.ofEntries(Map.entry("te", Dimension.TEMPERATURE),
            Map.entry("delta", Dimension.ENERGY), Map.entry("rt", Dimension.RESISTANCE),
            Map.entry("dynes", Dimension.DIMENSIONLESS), Map.entry("h", Dimension.ENERGY),
            Map.entry("offset", Dimension.VOLTAGE), Map.entry("ts", Dimension.TEMPERATURE),
            Map.entry("so", Dimension.ENERGY), Map.entry("sf", Dimension.ENERGY), Map.entry("orb", Dimension.ENERGY),
            Map.entry("xn", Dimension.DIMENSIONLESS));

    /** A fit without the Andreev term. */
    public NisFit(NisFitMode mode, Set<String> free, Map<String, Double> values, LeastSquaresFit engine,
            double confidenceLevel, NisDos dos) {
        this(mode, free, values, engine, confidenceLevel, dos, null);
    }

    /** A fit of the spin-split Dynes model ({@link NisDos#DYNES}). */
    public NisFit(NisFitMode mode, Set<String> free, Map<String, Double> values, LeastSquaresFit engine,
            double confidenceLevel) {
        this(mode, free, values, engine, confidenceLevel, NisDos.DYNES);
    }

    public NisFit {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(dos, "dos");
        free = Collections.unmodifiableSet(new LinkedHashSet<>(free));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (andreev != null && dos != NisDos.DYNES) {
            throw new IllegalArgumentException("the Andreev term (physics.md A4) goes with the dynes model, not "
                    + dos.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String name : free) {
            if (andreev != null && NisAndreevFit.NAMES.contains(name)) {
                continue;
            }
            checkName(name, dos);
        }
        if (andreev != null && (free.contains("h") || (values.containsKey("h") && values.get("h") != 0))) {
            throw new IllegalArgumentException("h must be held at 0 with the Andreev term (physics.md A4 is written for"
                    + " an unsplit gap)");
        }
        if (free.isEmpty()) {
            throw new IllegalArgumentException("an N-I-S fit needs at least one free parameter of " + NAMES);
        }
        if (confidenceLevel != 0 && !(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1) (or 0 for none), got " + confidenceLevel);
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String name = e.getKey();
            if (andreev != null && NisAndreevFit.NAMES.contains(name)) {
                NisAndreevFit.check(name, e.getValue(), free.contains(name));
                continue;
            }
            checkName(name, dos);
            double value = e.getValue();
            // a free positive parameter is fitted in logarithm; γ/Δ may be held at 0, h and the rates
            // may be held or fitted at 0 (p = |q|)
            boolean zeroAllowed = (name.equals("dynes") && !free.contains(name)) || MAGNITUDES.contains(name);
            boolean ok = Double.isFinite(value)
                    && (name.equals("offset") || value > 0 || (zeroAllowed && value == 0))
                    && !(name.equals("dynes") && free.contains(name) && value >= 1);
            if (!ok) {
                throw new IllegalArgumentException(name + " must be finite"
                        + (name.equals("offset") ? "" : zeroAllowed ? " and >= 0" : " and > 0")
                        + (name.equals("dynes") && free.contains(name) ? " and < 1 when fitted" : "") + ", got " + value);
            }
            if (name.equals("xn") && value > 1) {
                throw new IllegalArgumentException("normal fraction xn must be in [0, 1], got " + value);
            }
        }
    }

    /** A fit without profile-likelihood intervals. */
    public NisFit(NisFitMode mode, Set<String> free, Map<String, Double> values, LeastSquaresFit engine) {
        this(mode, free, values, engine, 0);
    }

    /** A thermometry fit of te, delta and rt to the curve of the given kind. */
    public static NisFit of(NisFitMode mode) {
        return new NisFit(mode, Set.of("te", "delta", "rt"), Map.of(), LeastSquaresFit.create(), 0);
    }

    /** This fit with the given free parameters (names of {@link #NAMES}). */
    public NisFit withFree(Set<String> names) {
        return new NisFit(mode, names, values, engine, confidenceLevel, dos, andreev);
    }

    /** This fit with the given free parameters (names of {@link #NAMES}). */
    public NisFit withFree(String... names) {
        return withFree(new LinkedHashSet<>(List.of(names)));
    }

    /**
     * This fit with parameter {@code name} starting at (if free) or held at (if fixed) {@code value},
     * SI units (K, J, Ω, 1, J, V, K).
     */
    public NisFit withValue(String name, double value) {
        Map<String, Double> v = new LinkedHashMap<>(values);
        v.put(name, value);
        return new NisFit(mode, free, v, engine, confidenceLevel, dos, andreev);
    }

    /**
     * This fit with the density of states {@code model} ({@link NisDos}); free parameters and values
     * must belong to it.
     */
    public NisFit withDos(NisDos model) {
        return new NisFit(mode, free, values, engine, confidenceLevel, model, andreev);
    }

    /** This fit driven by another least-squares engine (iterations, parallelism, steps). */
    public NisFit withEngine(LeastSquaresFit other) {
        return new NisFit(mode, free, values, other, confidenceLevel, dos, andreev);
    }

    /**
     * This fit computing profile-likelihood intervals of every free parameter at {@code level}
     * (e.g. {@link ProfileLikelihood#ONE_SIGMA}) into its report; 0 for none.
     */
    public NisFit withConfidenceIntervals(double level) {
        return new NisFit(mode, free, values, engine, level, dos, andreev);
    }

    /**
     * This fit with the phase-coherent Andreev current of {@code term} added to the model (physics.md
     * A4; null: none): its values (m, lphi, diffusion, dos_total, wire_width, wire_thickness) become
     * given values (held, or the start of a free one), except those already given with {@link #withValue}.
     */
    public NisFit withAndreev(AndreevTerm term) {
        Map<String, Double> v = new LinkedHashMap<>(values);
        if (term == null) {
            NisAndreevFit.NAMES.forEach(v::remove);
        } else {
            NisAndreevFit.values(term).forEach(v::putIfAbsent);
        }
        return new NisFit(mode, free, v, engine, confidenceLevel, dos, term);
    }

    /**
     * The parameters the fit moves: the free ones in the order given, then te, delta and rt when
     * neither given nor free (they would otherwise be held at a guess read off the curve).
     */
    public List<String> fittedNames() {
        List<String> names = new ArrayList<>(free);
        for (String g : GUESSED) {
            if (!free.contains(g) && !values.containsKey(g)) {
                names.add(g);
            }
        }
        return names;
    }

    /**
     * The values the fit starts from (free) or holds (fixed), in {@link #NAMES} order without
     * {@code ts} when T_S is tied to T_N: given values, else automatic guesses (class comment).
     *
     * @throws IllegalArgumentException if a needed guess cannot be read off the curve (the message
     *                                  says which value to give)
     */
    public Map<String, Double> initialGuess(double[] v, double[] y) {
        // read the curve only if some value is neither given nor a fixed default
        NisInitialGuess[] read = new NisInitialGuess[1];
        Set<String> fitted = new LinkedHashSet<>(fittedNames());
        Supplier<NisInitialGuess> curve = () -> read[0] != null ? read[0]
                : (read[0] = new NisInitialGuess(mode, v, y, fitted.contains("h") && !values.containsKey("h")));
        Map<String, Double> start = new LinkedHashMap<>();
        // only what is neither given nor a fixed default is read off the curve: a fit given R_T, Δ
        // (and a fixed V_off) starts from a one-sided bias sweep
        double delta = valueOr("delta", () -> curve.get().delta());
        double h = valueOr("h", () -> fitted.contains("h") ? curve.get().h() : 0.0);
        double rt = valueOr("rt", () -> curve.get().rt());
        double offset = valueOr("offset", () -> fitted.contains("offset") ? curve.get().offset() : 0.0);
        start.put("te", valueOr("te", () -> curve.get().te(delta, h, rt, offset)));
        start.put("delta", delta);
        start.put("rt", rt);
        start.put("dynes", valueOr("dynes", () -> fitted.contains("dynes") ? curve.get().dynes(offset, rt) : 0.0));
        start.put("h", h);
        start.put("offset", offset);
        if (dos == NisDos.USADEL) {
            // a free rate or fraction starts off zero: at exactly 0 an even parameter has no slope
            double d = delta;
            start.put("so", valueOr("so", () -> fitted.contains("so") ? 0.05 * d : 0.0));
            start.put("sf", valueOr("sf", () -> fitted.contains("sf") ? 0.05 * d : 0.0));
            start.put("orb", valueOr("orb", () -> fitted.contains("orb") ? 0.01 * d : 0.0));
            start.put("xn", valueOr("xn", () -> fitted.contains("xn") ? 0.01 : 0.0));
        }
        if (fitted.contains("h") && start.get("h") == 0) {
            start.put("h", 0.01 * delta);
        }
        if (!tsTied()) {
            start.put("ts", valueOr("ts", () -> start.get("te")));
        }
        if (andreev != null) {
            for (String name : NisAndreevFit.vectorNames(values, free)) {
                start.put(name, values.get(name)); // given by the term (withAndreev), never guessed
            }
        }
        return start;
    }

    private double valueOr(String name, DoubleSupplier guess) {
        Double given = values.get(name);
        return given != null ? given : guess.getAsDouble();
    }

    /** Fits a curve without known uncertainties (σ estimated from the residuals). */
    public NisFitResult fit(double[] v, double[] y) {
        return fit(v, y, null);
    }

    /**
     * Fits the curve {@code y(v)}: biases in V, y in A (current) or S (conductance), with standard
     * uncertainties {@code sigma} in the unit of y, or {@code null} if unknown.
     */
    public NisFitResult fit(double[] v, double[] y, double[] sigma) {
        return fitFrom(initialGuess(v, y), v, y, sigma);
    }

    /**
     * As {@link #fit(double[], double[], double[])}, from {@code start} instead of the automatic
     * guess: {@link #initialGuess}'s values with some of the fitted ones that are not given moved
     * elsewhere (the other starts of {@link NisFitStarts}). The report's init values are {@code
     * start}, and each parameter's provenance is what it is for the automatic start (a moved start
     * is still a guess, not a given value).
     *
     * @throws IllegalArgumentException if {@code start} moves a given value
     */
    public NisFitResult fitFrom(Map<String, Double> start, double[] v, double[] y, double[] sigma) {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (start.containsKey(e.getKey()) && !start.get(e.getKey()).equals(e.getValue())) {
                throw new IllegalArgumentException("a start may not move the given " + e.getKey());
            }
        }
        FitData data = new FitData(v, y, sigma);
        List<String> fitted = fittedNames();
        List<FitParameter> parameters = parameters(start);
        NisFitModel model = model();
        boolean preFitted = andreev != null && NisAndreevFit.preFit(engine, model, parameters, data, fitted);
        FitResult result = engine.fit(model, parameters, data);
        FitReport report = FitReport.of(describe(), new FitReport.Axis("V", Dimension.VOLTAGE),
                mode == NisFitMode.CURRENT ? new FitReport.Axis("I", Dimension.CURRENT)
                        : new FitReport.Axis("dIdV", Dimension.CONDUCTANCE),
                reported(start, fitted), result, List.of(data));
        if (preFitted) {
            report = report.withNote("the full fit started from a pre-fit of the quasiparticle parameters with the"
                    + " Andreev ones held at their starts (the init values are those of the pre-fit's start)");
        }
        if (confidenceLevel > 0 && result.converged()) {
            report = report.withIntervals(ProfileLikelihood.intervals(engine, model, parameters, List.of(data), result,
                    confidenceLevel));
        }
        return new NisFitResult(mode, result, start, report, andreev == null ? null
                : andreev.withPhaseCoherenceLength(values.get("lphi")));
    }

    /** The model of this fit: the density of states, T_S tied or not, the Andreev term's configuration. */
    private NisFitModel model() {
        return new NisFitModel(mode, dos, tsTied(), andreev == null ? null
                : andreev.withPhaseCoherenceLength(values.get("lphi")), NisAndreevFit.vectorNames(values, free));
    }

    /** The fit's parameters starting at (or held at) {@code start}. */
    private List<FitParameter> parameters(Map<String, Double> start) {
        List<String> fitted = fittedNames();
        List<FitParameter> parameters = new ArrayList<>();
        for (Map.Entry<String, Double> e : start.entrySet()) {
            parameters.add(parameter(e.getKey(), e.getValue(), start.get("delta"), fitted.contains(e.getKey())));
        }
        return parameters;
    }

    /**
     * The profile-likelihood interval of the fitted parameter {@code name} at {@code level} ({@link
     * ProfileLikelihood}) around {@code best}, a converged result of this fit on (v, y) without σ:
     * for one parameter when {@link #withConfidenceIntervals} (every free one) costs too much.
     */
    public org.andreev.fit.ConfidenceInterval confidenceInterval(double[] v, double[] y, NisFitResult best,
            String name, double level) {
        return ProfileLikelihood.interval(engine, model(), parameters(best.start()),
                List.of(new FitData(v, y, null)), best.fit(), name, level);
    }

    /** The model in one line, for the report. */
    private String describe() {
        String kind = "N-I-S " + (mode == NisFitMode.CURRENT ? "I(V)" : "dI/dV(V)");
        if (dos == NisDos.USADEL) {
            return kind + " of UsadelNisJunction(UsadelSuperconductor(delta, h, dynes·delta, so, sf, orb), rt, xn)"
                    + " at V − offset, T_N = te (physics.md A8)";
        }
        return kind + " of NisJunction(Superconductor(delta, dynes·delta, h), rt) at V − offset, T_N = te, "
                + (tsTied() ? "T_S = T_N" : "T_S = ts") + " (physics.md A1–A3)"
                + (andreev == null ? "" : NisAndreevFit.describe(andreev));
    }

    /** Every parameter with its provenance: the free ones as listed, then the added ones, then the held ones. */
    private List<FitReport.Parameter> reported(Map<String, Double> start, List<String> fitted) {
        List<String> order = new ArrayList<>(fitted);
        start.keySet().stream().filter(n -> !order.contains(n)).forEach(order::add);
        List<FitReport.Parameter> out = new ArrayList<>();
        for (String name : order) {
            boolean given = values.containsKey(name);
            Provenance p = free.contains(name) ? (given ? Provenance.FITTED : Provenance.GUESSED_FITTED)
                    : fitted.contains(name) ? Provenance.ADDED
                    : given ? Provenance.GIVEN : Provenance.DEFAULT;
            String source = p != Provenance.DEFAULT ? "" : switch (name) {
                case "dynes" -> "BCS";
                case "h" -> "no spin splitting";
                case "so", "sf", "orb" -> "no such scattering";
                case "xn" -> "no normal fraction";
                default -> "no bias offset";
            };
            out.add(new FitReport.Parameter(name, dimension(name), start.get(name), p, source));
        }
        if (andreev != null && !start.containsKey("lphi")) { // held at +∞, outside the parameter vector
            out.add(new FitReport.Parameter("lphi", dimension("lphi"), values.get("lphi"), Provenance.GIVEN, ""));
        }
        return out;
    }

    private FitParameter parameter(String name, double value, double delta, boolean isFree) {
        if (!isFree) {
            return FitParameter.fixed(name, value);
        }
        if (name.equals("offset")) {
            // a typical bias offset is a fraction of the gap; the scale sets the derivative step
            return FitParameter.of(name, value, 0.05 * delta / E_CHARGE);
        }
        if (name.equals("dynes")) {
            return FitParameter.bounded(name, value, 0.0, 1.0);
        }
        if (NisAndreevFit.NAMES.contains(name)) {
            return FitParameter.positive(name, value).withinFactorOfStart(RUNAWAY);
        }
        if (name.equals("h")) {
            // the model is even in h (h → −h exchanges the spins): p = |q| is smooth at 0
            return FitParameter.nonNegative(name, value, 0.05 * delta);
        }
        if (MAGNITUDES.contains(name)) {
            // the rates and x_N may be fitted at exactly 0, but the model is not even in them: p = q²
            // keeps χ² smooth at 0 (with |q| a minimum at 0 is a kink the fit circles without converging)
            return FitParameter.nonNegativeSmooth(name, value, name.equals("xn") ? 0.01 : 0.05 * delta);
        }
        FitParameter p = FitParameter.positive(name, value).withinFactorOfStart(RUNAWAY);
        if (name.equals("te") || name.equals("ts")) {
            // above T_c = Δ/(1.764 k_B) (weak-coupling BCS, physics.md A1) no gap survives: a fit
            // that runs there is on the ohmic plateau, not measuring a temperature
            double tc = delta / (BcsGap.WEAK_COUPLING_RATIO * K_BOLTZMANN);
            p = p.withPlausibleRange(value / RUNAWAY, Math.min(value * RUNAWAY, tc),
                    "below T_c = Δ/(1.764 k_B) = " + tc + " K of the starting gap, and within a factor "
                            + RUNAWAY + " of its start");
        }
        return p;
    }

    private boolean tsTied() {
        return dos == NisDos.USADEL || (!free.contains("ts") && !values.containsKey("ts"));
    }

    /** The quantity parameter {@code name} of {@link #NAMES} is (temperature, energy, …). */
    public static Dimension dimension(String name) {
        if (NisAndreevFit.DIMENSIONS.containsKey(name)) {
            return NisAndreevFit.DIMENSIONS.get(name);
        }
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown N-I-S fit parameter '" + name + "'; known: " + NAMES);
        }
        return DIMENSIONS.get(name);
    }

    /** The SI unit of parameter {@code name} as CSV headers write it: K, J, Ohm, 1 (γ/Δ) or V. */
    public static String unit(String name) {
        Dimension d = dimension(name);
        return d == Dimension.DIMENSIONLESS ? "1" : Unit.si(d).symbol();
    }

    private static void checkName(String name, NisDos dos) {
        if (!dos.parameters().contains(name) && !(name.equals("ts") && dos == NisDos.DYNES)) {
            List<String> known = new ArrayList<>(dos.parameters());
            if (dos == NisDos.DYNES) {
                known.add("ts");
            }
            String hint = NAMES.contains(name) ? " (it belongs to the " + (dos == NisDos.DYNES ? "usadel" : "dynes")
                    + " model: --dos " + (dos == NisDos.DYNES ? "usadel" : "dynes") + ")"
                    : NisAndreevFit.NAMES.contains(name) ? " (it belongs to the Andreev term: give all of "
                            + String.join(", ", NisAndreevFit.NAMES) + ")" : "";
            throw new IllegalArgumentException("unknown N-I-S fit parameter '" + name + "' for the " + dos.name().toLowerCase(java.util.Locale.ROOT)
                    + " model" + hint + "; known: " + known);
        }
    }
}
