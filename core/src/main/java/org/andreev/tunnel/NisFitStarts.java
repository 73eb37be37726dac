package org.andreev.tunnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * <p>The starts are the fit's own automatic start and, for the rates and the normal fraction that
 * are fitted but not given, the corners of a small grid in units of the automatic Δ: (Γ_sf, Γ_so) ∈
 * {(0.02, 0.4), (0.3, 0.02), (0.15, 0.15)}·Δ, each with x_N = 0.002 (the automatic start is (0.05,
 * 0.05)·Δ, x_N = 0.01). Every start is an independent fit, run in parallel ({@link Sweep}), with
 * its Jacobian sequential; the one of lowest χ² among those that converged is returned, the others
 * in {@link #ends()} of the outcome, so that a caller (or a test) can see whether they agree.
 *
 * @param fit the fit to start from several points (its values, where given, are kept in every start)
 */
public record NisFitStarts(NisFit fit) {

    /** The grid of (Γ_sf, Γ_so) starts beside the automatic one, in units of Δ (class comment). */
    private static final double[][] RATE_STARTS = {{0.02, 0.4}, {0.3, 0.02}, {0.15, 0.15}};

    public NisFitStarts {
        Objects.requireNonNull(fit, "fit");
    }

    /** The best end and every end, in the order of the starts (the automatic start first). */
    public record Outcome(NisFitResult best, List<NisFitResult> ends) {
        public Outcome {
            ends = List.copyOf(ends);
        }
    }

    /** The starting values of every start (the automatic one first), by name, for curve (v, y). */
    public List<Map<String, Double>> starts(double[] v, double[] y) {
        Map<String, Double> auto = fit.initialGuess(v, y);
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(auto);
        List<String> fitted = fit.fittedNames();
        boolean sf = fitted.contains("sf") && !fit.values().containsKey("sf");
        boolean so = fitted.contains("so") && !fit.values().containsKey("so");
        if (fit.dos() != NisDos.USADEL || !(sf || so)) {
            return out;
        }
        double delta = auto.get("delta");
        for (double[] r : RATE_STARTS) {
            Map<String, Double> s = new LinkedHashMap<>(auto);
            if (sf) {
                s.put("sf", r[0] * delta);
            }
            if (so) {
                s.put("so", r[1] * delta);
            }
            if (fitted.contains("xn") && !fit.values().containsKey("xn")) {
                s.put("xn", 0.002);
            }
            out.add(s);
        }
        return out;
    }

    /** Fits curve (v, y) (V; A or S) from every start, without σ. */
    public Outcome fit(double[] v, double[] y) {
        List<Map<String, Double>> starts = starts(v, y);
        List<String> fitted = fit.fittedNames();
        NisFit sequential = fit.withEngine(fit.engine().withParallelJacobian(LeastSquaresFit.Parallelism.NEVER));
        List<NisFitResult> ends = Sweep.map(starts.size(), k -> {
            if (k == 0) {
                return sequential.fit(v, y);
            }
            NisFit f = sequential.withFree(new LinkedHashSet<>(fitted));
            for (String name : fitted) {
                f = f.withValue(name, starts.get(k).get(name));
            }
            return f.fit(v, y);
        }, Progress.NONE);
        NisFitResult best = ends.stream().filter(NisFitResult::converged)
                .min(Comparator.comparingDouble(r -> r.fit().chiSquare())).orElse(ends.get(0));
        return new Outcome(best, ends);
    }
}
