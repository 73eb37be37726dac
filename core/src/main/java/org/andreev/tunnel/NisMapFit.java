package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.List;
import java.util.Objects;
import org.andreev.fit.Estimate;
import org.andreev.io.Curve;
import org.andreev.io.CurveMap;
import org.andreev.fit.LeastSquaresFit;
import org.andreev.superconductor.BcsGap;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;

/**
 * Fits a map of N-I-S curves, one per value of a control parameter (the field B, a bath temperature),
 * each with the same {@link NisFit}, in parallel; results come back in the order of the curves.
 *
 * <p><b>Starts.</b> The gapped curves, in the order of the control value, are cut into as many
 * contiguous segments as there are cores ({@link Sweep#workers()}), fitted in parallel, one segment
 * per worker. In each segment the curve with the deepest gap (the best-determined one) is fitted
 * first, from its own automatic guess ({@link NisFit#initialGuess}, overridden by the values set on
 * the {@link NisFit}); from there the fit walks outward in both directions, every curve starting
 * from its neighbour's result (the last curve of the walk that was fitted): neighbouring fields have
 * nearly the same Δ, h and rates, so the start is close, the fit short, and a curve whose own guess
 * would land in another minimum stays on the branch of its neighbours. A rate or normal fraction
 * the neighbour had at 0 starts just above it (at exactly 0 its Jacobian column vanishes). A curve
 * whose fit from the neighbour's result is not {@link NisMapPoint.Status#FITTED} is fitted again
 * from its own automatic guess, and the better of the two kept: one bad fit is not carried on. The
 * message of a warm-started point says where it started from. A curve whose gap is filled to within {@code
 * normalThreshold} (gap depth 1 − G_min R_T below it, see the class comment of {@code
 * NisInitialGuess}) is reported as {@link NisMapPoint.Status#NORMAL} without a fit: a gapped model
 * cannot be fitted to it meaningfully. A fit that does not converge is {@link
 * NisMapPoint.Status#NOT_CONVERGED}, with its message. A converged fit whose γ/Δ exceeds {@code
 * maxDynes} is {@link NisMapPoint.Status#REJECTED}: the broadening, not a gap, then describes the
 * curve (typically a partly normal junction near the critical field, which this model has no term
 * for), and its Δ and h are not meaningful; measured tunnel junctions have γ/Δ of 10⁻⁴ to 10⁻². So is
 * a fit whose superconductor temperature (T_S, = T_N unless set) exceeds the critical temperature of
 * the fitted gap, k_B T_S &gt; Δ/1.764 (weak-coupling BCS, physics.md A1): such a gap cannot exist,
 * the fit traded the gap for thermal smearing (seen on the nearly normal curves of a field map). So
 * is a Usadel fit with h &gt; Δ (only strong spin-orbit scattering, Γ_so ≫ h, keeps a gap
 * there, and the curve cannot separate h from Γ_so), and so is one whose rate Γ_so, Γ_sf or Γ_orb ran beyond {@value #RATE_LIMIT} Δ: on S1
 * run 16 with the rates free per curve, Γ_so runs to 10³–10⁵ meV at +14 to +18 mT, where h ≈ 0 and
 * spin-orbit scattering, which acts only through the splitting, leaves no trace. Holding the
 * rates over the map, as the authors did, avoids both.
 *
 * @param fit             the fit applied to every curve
 * @param normalThreshold the gap depth below which a curve counts as normal (0 &lt; · &lt; 1)
 * @param maxDynes        the largest γ/Δ accepted as a fit of a gap (&gt; 0)
 */
public record NisMapFit(NisFit fit, double normalThreshold, double maxDynes) {

    /**
     * A Usadel rate beyond this many Δ has run off (the curve does not determine it): measured
     * rates are a fraction of Δ (the authors': Γ_sf = 0.16Δ, Γ_so = 0.04Δ).
     */
    static final double RATE_LIMIT = 10;

    public NisMapFit {
        Objects.requireNonNull(fit, "fit");
        if (!(normalThreshold > 0 && normalThreshold < 1)) {
            throw new IllegalArgumentException("normal-state threshold must be in (0, 1), got " + normalThreshold);
        }
        if (!(maxDynes > 0)) {
            throw new IllegalArgumentException("largest accepted dynes ratio must be > 0, got " + maxDynes);
        }
        // the map is parallel over curves already: keep each fit's Jacobian sequential
        fit = fit.withEngine(fit.engine().withParallelJacobian(LeastSquaresFit.Parallelism.NEVER));
    }

    /** A map fit calling curves with less than a 10 % dip normal and rejecting γ/Δ &gt; 0.3. */
    public static NisMapFit of(NisFit fit) {
        return new NisMapFit(fit, 0.1, 0.3);
    }

    /** Fits every curve of {@code map} (x: bias, V; y: A or S), keyed by the control value. */
    public NisMapResult fit(CurveMap map) {
        return fit(map, Progress.NONE);
    }

    /**
     * Fits every curve of {@code map}, as {@link #fit(CurveMap)}, reporting the curves done to
     * {@code onCurveDone} (see {@link #fit(double[], List, List, Progress)}).
     */
    public NisMapResult fit(CurveMap map, Progress onCurveDone) {
        return fit(map.keys(), map.curves().stream().map(Curve::x).toList(), map.curves().stream().map(Curve::y).toList(),
                onCurveDone);
    }

    /**
     * Fits curve k, {@code y.get(k)} against {@code v.get(k)} (V; A or S), taken at control value
     * {@code field[k]}, for every k.
     */
    public NisMapResult fit(double[] field, List<double[]> v, List<double[]> y) {
        return fit(field, v, y, Progress.NONE);
    }

    /**
     * Fits every curve as {@link #fit(double[], List, List)}, telling {@code onCurveDone} each time a
     * curve's result (fitted, normal, rejected or not converged) is known: a progress hook for a
     * long map ({@link Progress}: thread-safe, calls in any order; an exception it throws ends the
     * whole map fit). One task per segment of gapped curves (class comment).
     */
    public NisMapResult fit(double[] field, List<double[]> v, List<double[]> y, Progress onCurveDone) {
        Objects.requireNonNull(onCurveDone, "onCurveDone");
        if (field.length != v.size() || field.length != y.size()) {
            throw new IllegalArgumentException("a map needs one bias and one data array per field value, got "
                    + field.length + " fields, " + v.size() + " bias and " + y.size() + " data arrays");
        }
        int total = field.length;
        NisMapPoint[] points = new NisMapPoint[total];
        double[] depth = new double[total];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Runnable tick = () -> onCurveDone.update(done.incrementAndGet(), total);
        // normal curves first (cheap), then the gapped ones in order of the control value
        List<Integer> gapped = new java.util.ArrayList<>();
        for (int k = 0; k < total; k++) {
            try {
                NisInitialGuess guess = new NisInitialGuess(fit.mode(), v.get(k), y.get(k), false);
                depth[k] = guess.gapDepth();
                if (depth[k] < normalThreshold) {
                    double[] g = guess.ohmicConductance();
                    points[k] = new NisMapPoint(field[k], NisMapPoint.Status.NORMAL, null,
                            String.format("normal: the gap is filled (depth %.3f < %.3f)", depth[k], normalThreshold),
                            new Estimate(g[0], g[1]));
                    tick.run();
                } else {
                    gapped.add(k);
                }
            } catch (IllegalArgumentException e) {
                points[k] = new NisMapPoint(field[k], NisMapPoint.Status.NOT_CONVERGED, null, e.getMessage(), null);
                tick.run();
            }
        }
        gapped.sort(java.util.Comparator.comparingDouble(k -> field[k]));
        int segments = Math.min(Sweep.workers(), gapped.size());
        Sweep.run(segments, c -> {
            List<Integer> seg = gapped.subList(gapped.size() * c / segments, gapped.size() * (c + 1) / segments);
            int seed = 0;
            for (int i = 1; i < seg.size(); i++) {
                if (depth[seg.get(i)] > depth[seg.get(seed)]) {
                    seed = i;
                }
            }
            int k0 = seg.get(seed);
            points[k0] = fitOne(field[k0], v.get(k0), y.get(k0), null, Double.NaN);
            tick.run();
            for (int dir : new int[] {1, -1}) {
                NisMapPoint last = points[k0];
                for (int i = seed + dir; i >= 0 && i < seg.size(); i += dir) {
                    int k = seg.get(i);
                    NisMapPoint from = last.status() == NisMapPoint.Status.FITTED ? last : null;
                    points[k] = fitOne(field[k], v.get(k), y.get(k), from == null ? null : from.result(),
                            from == null ? Double.NaN : from.field());
                    if (points[k].status() == NisMapPoint.Status.FITTED) {
                        last = points[k];
                    }
                    tick.run();
                }
            }
        }, Progress.NONE);
        return new NisMapResult(java.util.Arrays.asList(points));
    }

    /** Neighbour's values below these start just above 0 (a q² parameter at 0 has no slope). */
    private static double warmStart(String name, double value, double delta) {
        return switch (name) {
            case "so", "sf", "orb" -> Math.max(value, 0.005 * delta);
            case "xn" -> Math.max(value, 0.002);
            case "dynes" -> Math.min(Math.max(value, 1e-4), 0.5);
            default -> value;
        };
    }

    /**
     * Fits one curve, from the neighbour's result {@code from} (at control value {@code fromField})
     * when given, falling back to the automatic guess when that fit is not FITTED.
     */
    private NisMapPoint fitOne(double field, double[] v, double[] y, NisFitResult from, double fromField) {
        if (from != null) {
            NisFit warm = fit.withFree(new java.util.LinkedHashSet<>(fit.fittedNames()));
            double delta = from.estimate("delta").value();
            for (String name : fit.fittedNames()) {
                warm = warm.withValue(name, warmStart(name, from.estimate(name).value(), delta));
            }
            NisMapPoint p;
            try {
                p = fitOne(warm, field, v, y);
            } catch (IllegalArgumentException e) {
                p = new NisMapPoint(field, NisMapPoint.Status.NOT_CONVERGED, null, e.getMessage(), null);
            }
            if (p.status() == NisMapPoint.Status.FITTED) {
                return new NisMapPoint(field, p.status(), p.result(),
                        p.message() + " (started from the fit at " + fromField + ")", p.normalConductance());
            }
            NisMapPoint own = fitOne(field, v, y, null, Double.NaN);
            if (own.status() == NisMapPoint.Status.FITTED) {
                return own;
            }
            return new NisMapPoint(field, own.status(), own.result(), own.message()
                    + " (from the neighbour's result at " + fromField + " too: " + p.message() + ")",
                    own.normalConductance());
        }
        try {
            return fitOne(fit, field, v, y);
        } catch (IllegalArgumentException e) {
            return new NisMapPoint(field, NisMapPoint.Status.NOT_CONVERGED, null, e.getMessage(), null);
        }
    }

    private NisMapPoint fitOne(NisFit fit, double field, double[] v, double[] y) {
        {
            NisFitResult r = fit.fit(v, y);
            if (!r.converged()) {
                return new NisMapPoint(field, NisMapPoint.Status.NOT_CONVERGED, r, r.message(), null);
            }
            double dynes = r.estimate("dynes").value();
            if (dynes > maxDynes) {
                return new NisMapPoint(field, NisMapPoint.Status.REJECTED, r, String.format(
                        "rejected: γ/Δ = %.3g > %.3g, broadening rather than a gap describes the curve", dynes, maxDynes),
                        null);
            }
            double tS = r.estimates().containsKey("ts") ? r.estimate("ts").value() : r.estimate("te").value();
            double delta = r.estimate("delta").value();
            if (K_BOLTZMANN * tS > delta / BcsGap.WEAK_COUPLING_RATIO) {
                return new NisMapPoint(field, NisMapPoint.Status.REJECTED, r, String.format(
                        "rejected: T_S = %.3g K is above the critical temperature %.3g K of the fitted gap",
                        tS, delta / (BcsGap.WEAK_COUPLING_RATIO * K_BOLTZMANN)), null);
            }
            if (r.dos() == NisDos.USADEL) {
                double h = r.estimate("h").value();
                for (String rate : List.of("so", "sf", "orb")) {
                    double g = r.estimate(rate).value();
                    if (g > RATE_LIMIT * delta) {
                        return new NisMapPoint(field, NisMapPoint.Status.REJECTED, r, String.format(
                                "rejected: %s = %.3g J ran off (> %.0f Δ; h = %.3g J): the curve does not determine it"
                                        + "%s; hold the rates (--sf, --so) over the map", rate, g, RATE_LIMIT, h,
                                rate.equals("so") ? " (spin-orbit scattering acts only through the splitting)" : ""),
                                null);
                    }
                }
                if (h > delta) {
                    return new NisMapPoint(field, NisMapPoint.Status.REJECTED, r, String.format(
                            "rejected: h = %.3g J > Δ (Γ_so = %.3g J): only strong spin-orbit scattering keeps a gap there,"
                                    + " and the curve does not separate h from Γ_so; hold the rates (--sf, --so) over the map",
                            h, r.estimate("so").value()), null);
                }
            }
            Estimate rt = r.estimate("rt");
            return new NisMapPoint(field, NisMapPoint.Status.FITTED, r, r.message(),
                    new Estimate(1 / rt.value(), rt.sigma() / (rt.value() * rt.value())));
        }
    }
}
