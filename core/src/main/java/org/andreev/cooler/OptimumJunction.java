package org.andreev.cooler;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.andreev.io.Table;
import org.andreev.numeric.Maximiser;
import org.andreev.numeric.RootSolver;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.AndreevJunction;

/**
 * The tunnel resistance that cools best, for a given barrier (Δ, M) and island (Σ, U, K·A, wire):
 * the question seed 004 closes on (§6; physics.md A7). The quasiparticle heat scales as 1/R_T, the
 * Andreev Joule heat as 1/R_T² (exactly so in the plain form, up to the small gap-edge
 * regularisation otherwise), so at a bias V and electron temperature T the net heat drawn from the
 * island,
 *
 * <pre>
 *   h(V, T; R_T) = A(V, T)/R_T − B(V, T; R_T)/R_T² − C(V, T),
 *   A = 2 P_N(V/2; T, T_bath)·R_T,  B = I_A(V/2; T)·V·R_T²,  C = Σ U (T_ph⁵ − T⁵) + V²/R_leak,
 * </pre>
 *
 * is largest where dh/dR_T = 0, i.e. at R_T = 2B/(A + ∂B/∂R_T) (iterated; B depends on R_T only
 * through the gap-edge term G_T G_S of the regularised form, and not at all in the plain form, where
 * this is R_T = 2B/A and h = A²/(4B) − C).
 * Two optima follow, both for the full model (physics.md A5):
 *
 * <ul>
 *   <li><b>lowest reachable T_e</b>: T_e(V) &lt; T wherever h(V, T) &gt; 0, so the lowest T_e any
 *       bias and any R_T reach is the root T* of max_{V,R_T} h(V, T; R_T) = 0, and the R_T that
 *       reaches it is the maximiser there;</li>
 *   <li><b>largest cooling power</b>: the net power drawn from electrons at the bath temperature,
 *       P_max = max_{V,R_T} [2 P_N − I_A V] at T_e = T_bath (C = 0 there, leakage aside), and its
 *       R_T.</li>
 * </ul>
 *
 * <p>How the optima are found (28 evaluations of h per cell on average on the seed-004 map, each one N-I-S
 * pass and one Andreev kernel, where the first session's search took 380 and the second's 265):
 * the maximum of h over V sits just below the gap, at eV/2 = Δ − c·k_BT with c ≈ 0.7–1.2 varying
 * slowly with T, and is about k_BT/e wide. At T_bath it is sought from c = 1 by a local search
 * ({@link Maximiser#bracketAndRefine}, Brent's method) to 0.5e-5 of the bias range [0.5Δ, 1.05Δ]; a
 * grid over the whole range takes over where that search ends on an end of the range. T* is the
 * root of H(T) = max_{V,R_T} h, sought in ln T from a power law through H(T_bath) (a Newton step,
 * then secant steps, then the shared {@link RootSolver}) to half of 1e-4 of T_bath; while it is
 * sought, each H(T) is the vertex of the parabola through three biases 0.1 k_BT/e apart around the
 * bias predicted from the last c (h is stationary there, so H is off by far less than the root's
 * tolerance). At T* the maximum over V is then found by Brent's method to 1e-4 k_BT/e, from the
 * three biases already evaluated there: T* to 1e-4 of T_bath, R_T^Te to about 1e-3 (its slope in T).
 * Thread-safe.
 */
public final class OptimumJunction {

    private final CoolerDevice device;
    private final NisJunction tunnel;
    private final double leakConductance;
    private final CoolerModel phonons;

    /** Bounds of the R_T search, Ω: an optimum outside them is reported at the bound. */
    static final double R_MIN = 1.0;
    static final double R_MAX = 1e12;

    /** Relative tolerance on the lowest reachable T_e: 1e-4 of T_bath (10 µK at 100 mK). */
    static final double TOLERANCE = 1e-4;

    /**
     * The part of {@link #TOLERANCE} the root search takes (the rest is left to the error of the
     * parabolic estimates of H): T* lies within 0.42e-4 of T_bath of the tight search's on the seed-004
     * map.
     */
    static final double ROOT_SHARE = 0.5;

    /** The bias range searched, eV/2 ∈ [LOWEST_BIAS, HIGHEST_BIAS]·Δ: the optimum sits just below the gap. */
    static final double LOWEST_BIAS = 0.5;
    static final double HIGHEST_BIAS = 1.05;

    /** The tolerance on the bias at T_bath, as a fraction of the bias range; and the points of the grid over it. */
    static final double RANGE_TOLERANCE = 0.5e-5;
    static final int GRID_POINTS = 12;

    /**
     * The bias search below T_bath, in units of k_BT/e per junction (the maximum in V is about that
     * wide): the spacing of the three points of a parabolic estimate (and the first step of a local
     * search), a local search's tolerance where an estimate cannot be made, and the tolerance at T*.
     */
    static final double SEARCH_STEP = 0.1;
    static final double SEARCH_TOLERANCE = 0.02;
    static final double FINAL_TOLERANCE = 1e-4;

    /** (Δ − eV/2)/k_BT where the maximum over V is first sought, at T_bath. */
    static final double FIRST_OFFSET = 1.0;

    /** The power law F ∝ T^EXPONENT of the heat drawn at the optimum below T_bath, which the T* search starts from. */
    static final double EXPONENT = 3.5;

    /** How far past the root predicted by Newton's or the secant method the T* bracket is sought. */
    static final double OVERSHOOT = 1.15;

    /** The largest step of the T* bracket search, in ln T, and the most steps it takes. */
    static final double LARGEST_STEP = 1.0;
    static final int BRACKET_STEPS = 60;

    /** The lowest T_e sought, as a fraction of T_bath (and at least twice the lowest the N-I-S quadrature resolves). */
    static final double LOWEST_TE = 1e-5;

    /** The optimum for {@code device}'s barrier and island; its own R_T and L_φ are the starting points. */
    public OptimumJunction(CoolerDevice device) {
        this.device = Objects.requireNonNull(device, "device");
        this.tunnel = device.tunnelJunction();
        this.leakConductance = device.leakConductance();
        this.phonons = new CoolerModel(device);
    }

    /**
     * The two optima at one bath temperature and phase-coherence length.
     *
     * @param tBath        bath temperature, K
     * @param lphi         phase-coherence length, m
     * @param rtLowestTe   R_T reaching the lowest electron temperature, Ω
     * @param lowestTe     that temperature T*, K
     * @param biasLowestTe the total bias reaching it, V
     * @param rtMaxPower   R_T drawing the most heat from electrons at the bath temperature, Ω
     * @param maxPower     that heat, W
     * @param biasMaxPower the total bias drawing it, V
     * @param evaluations  the evaluations of the net heat the search took (each one N-I-S pass and one
     *                     Andreev kernel at one bias and temperature)
     */
    public record Optimum(double tBath, double lphi, double rtLowestTe, double lowestTe, double biasLowestTe,
            double rtMaxPower, double maxPower, double biasMaxPower, int evaluations) {}

    /**
     * The optima on a grid, on all cores: cell k is {@link #at}({@code tBath[k % tBath.length]},
     * {@code lphi[k / tBath.length]}) ({@code lphi} outer); {@link #table} writes them as CSV.
     *
     * One task per cell ({@link Sweep#map}): cells of very different cost balance over the cores.
     *
     * @param progress told of the cells done (from any thread)
     */
    public List<Optimum> map(double[] tBath, double[] lphi, Progress progress) {
        return List.copyOf(Sweep.map(tBath.length * lphi.length,
                k -> at(tBath[k % tBath.length], lphi[k / tBath.length]), progress));
    }

    /**
     * The optima as a table with columns Tbath[K], Lphi[m], RT_Te[Ohm], Te_min[K], V_Te[V],
     * RT_Pcool[Ohm], Pcool_max[W], V_Pcool[V], one row per cell in the order of {@link #map}.
     */
    public static Table table(List<Optimum> cells) {
        int n = cells.size();
        double[][] c = new double[8][n];
        for (int k = 0; k < n; k++) {
            Optimum o = cells.get(k);
            double[] row = {o.tBath(), o.lphi(), o.rtLowestTe(), o.lowestTe(), o.biasLowestTe(), o.rtMaxPower(),
                o.maxPower(), o.biasMaxPower()};
            for (int j = 0; j < 8; j++) {
                c[j][k] = row[j];
            }
        }
        List<double[]> columns = new ArrayList<>(List.of(c));
        return new Table(List.of("Tbath[K]", "Lphi[m]", "RT_Te[Ohm]", "Te_min[K]", "V_Te[V]", "RT_Pcool[Ohm]", "Pcool_max[W]",
                "V_Pcool[V]"), columns);
    }

    /** The optima at bath temperature {@code tBath} (K) and phase-coherence length {@code lphi} (m). */
    public Optimum at(double tBath, double lphi) {
        if (!(tBath > 0) || Double.isInfinite(tBath)) {
            throw new IllegalArgumentException("T_bath must be > 0 K, got " + tBath);
        }
        Cell cell = new Cell(device.andreevJunction().withPhaseCoherenceLength(lphi), tBath);
        // largest cooling power at T_e = T_bath
        cell.atBath();
        double vP = cell.bestV;
        double rP = cell.bestR;
        double pMax = cell.bestH;
        double tStar = tBath;
        if (pMax > 0) {
            // lowest reachable T_e: the root of H(T) = max_{V,R} h below T_bath, and the optimum there
            tStar = cell.lowestTemperature(pMax, cell.bestLoad);
            cell.atLowest(tStar);
        }
        return new Optimum(tBath, lphi, cell.bestR, tStar, cell.bestV, rP, pMax, vP, cell.evaluations);
    }

    /**
     * One (T_bath, L_φ) cell: the maximisation over V and R_T of h at a given T, and the root T* of
     * its maximum. Every maximisation leaves its optimum in bestV, bestR, bestH and bestLoad.
     */
    private final class Cell {
        private final AndreevJunction andreev;
        private final double tBath;
        private final double[] nis = new double[3];
        private final double[] ia = new double[2];
        /** The optimum of the last maximisation: bias, R_T, h, and the heat load C there. */
        private double bestV;
        private double bestR;
        private double bestH;
        private double bestLoad;
        /** Σ U (T_ph⁵ − T⁵) at the temperature of the current maximisation, W. */
        private double load;
        /** The R_T iteration's start: the optimum at the last bias evaluated. */
        private double r;
        /** (Δ − eV/2)/k_BT at the last maximum where the junctions cooled: where the next one is sought. */
        private double offset = FIRST_OFFSET;
        /**
         * The last parabolic estimates: their temperatures, and per estimate its three biases and
         * values and the R_T at the middle one (v_a, h_a, v_b, h_b, v_c, h_c, R_b).
         */
        private final double[] estimateT = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        private final double[][] triples = new double[estimateT.length][7];
        private int nextEstimate;
        /** Evaluations of h: each is one N-I-S pass and one Andreev kernel. */
        private int evaluations;

        Cell(AndreevJunction andreev, double tBath) {
            this.andreev = andreev;
            this.tBath = tBath;
            this.r = andreev.rT();
        }

        double lowestBias() {
            return LOWEST_BIAS * 2 * device.delta() / E_CHARGE;
        }

        double highestBias() {
            return HIGHEST_BIAS * 2 * device.delta() / E_CHARGE;
        }

        /**
         * max over V and R_T of h at T_bath, by a local search to RANGE_TOLERANCE of the bias range;
         * where it finds no cooling, by the grid over the whole range (the least heating may then lie at
         * its low end).
         */
        void atBath() {
            double tolerance = RANGE_TOLERANCE * (highestBias() - lowestBias());
            if (local(tBath, tolerance) <= 0) {
                global(tBath, tolerance);
            }
        }

        /**
         * max over V and R_T of h at T*, to FINAL_TOLERANCE·k_BT/e per junction: Brent's method from the
         * three points of the parabolic estimate at T* (an end of the root's final bracket, so one of the
         * last estimates), else a local search.
         */
        void atLowest(double tStar) {
            double tolerance = 2 * FINAL_TOLERANCE * K_BOLTZMANN * tStar / E_CHARGE;
            int k = 0;
            while (k < estimateT.length && estimateT[k] != tStar) {
                k++;
            }
            if (k == estimateT.length) {
                local(tStar, tolerance);
                return;
            }
            double[] triple = triples[k];
            DoubleUnaryOperator f = objective(tStar);
            bestV = triple[2];
            bestH = triple[3];
            bestR = triple[6];
            bestLoad = load + leakConductance * bestV * bestV;
            Maximiser.Maximum m = Maximiser.absolute(tolerance)
                    .refine(f, triple[0], triple[1], triple[2], triple[3], triple[4], triple[5], 0);
            if (!m.converged()) {
                local(tStar, tolerance);
                return;
            }
            record(tStar, m);
        }

        /** max over V and R_T of h at {@code t}: a grid over the whole bias range, refined to {@code tolerance} (V). */
        private double global(double t, double tolerance) {
            Maximiser.Maximum m = Maximiser.absolute(tolerance).grid(objective(t), lowestBias(), highestBias(), GRID_POINTS);
            if (!m.converged()) {
                // the last resort of every search over V: a failure here is no optimum, said, not a NaN or a guess kept
                throw new ArithmeticException(String.format(java.util.Locale.ROOT,
                        "optimum junction at T_bath = %s K, T_e = %s K: the search over the bias failed: %s", tBath, t,
                        m.reason()));
            }
            return record(t, m);
        }

        /**
         * max over V and R_T of h at {@code t}, sought from the bias where the last maximum sat (at the
         * same (Δ − eV/2)/k_BT), to {@code tolerance} (V); by the grid over the whole range where the
         * search ends on an end of the range or fails.
         */
        private double local(double t, double tolerance) {
            double lo = lowestBias();
            double hi = highestBias();
            double kt = K_BOLTZMANN * t / E_CHARGE;
            double guess = Math.max(lo, Math.min(hi, 2 * (device.delta() / E_CHARGE - offset * kt)));
            Maximiser.Maximum m = Maximiser.absolute(tolerance)
                    .bracketAndRefine(objective(t), guess, 2 * SEARCH_STEP * kt, lo, hi);
            if (!m.converged() || m.x() <= lo || m.x() >= hi) {
                return global(t, tolerance);
            }
            return record(t, m);
        }

        /**
         * max over V and R_T of h at {@code t}, estimated by the parabola through three biases
         * 2·SEARCH_STEP·k_BT/e apart around the predicted optimum (moved uphill until the middle one is
         * the highest): its vertex. h is stationary there, so the estimate is off by O(step³·h‴), far
         * less than the root's tolerance needs. A local search where the three points leave the range.
         */
        private double estimate(double t) {
            double kt = K_BOLTZMANN * t / E_CHARGE;
            double step = 2 * SEARCH_STEP * kt;
            double lo = lowestBias();
            double hi = highestBias();
            double vb = 2 * (device.delta() / E_CHARGE - offset * kt);
            if (vb - step < lo || vb + step > hi) {
                return local(t, 2 * SEARCH_TOLERANCE * kt);
            }
            DoubleUnaryOperator f = objective(t);
            double va = vb - step;
            double vc = vb + step;
            double fa = f.applyAsDouble(va);
            double fb = f.applyAsDouble(vb);
            double fc = f.applyAsDouble(vc);
            while (fa > fb || fc > fb) {
                if (fa > fc) {
                    vc = vb;
                    fc = fb;
                    vb = va;
                    fb = fa;
                    va = vb - step;
                    if (va < lo) {
                        return local(t, 2 * SEARCH_TOLERANCE * kt);
                    }
                    fa = f.applyAsDouble(va);
                } else {
                    va = vb;
                    fa = fb;
                    vb = vc;
                    fb = fc;
                    vc = vb + step;
                    if (vc > hi) {
                        return local(t, 2 * SEARCH_TOLERANCE * kt);
                    }
                    fc = f.applyAsDouble(vc);
                }
            }
            double rb = bestR; // the middle point is the best evaluated
            double[] triple = triples[nextEstimate];
            estimateT[nextEstimate] = t;
            nextEstimate = (nextEstimate + 1) % estimateT.length;
            triple[0] = va;
            triple[1] = fa;
            triple[2] = vb;
            triple[3] = fb;
            triple[4] = vc;
            triple[5] = fc;
            triple[6] = rb;
            double curvature = fa - 2 * fb + fc; // ≤ 0: fb is the highest
            double v = curvature < 0 ? vb + 0.5 * step * (fa - fc) / curvature : vb;
            double h = curvature < 0 ? fb - (fc - fa) * (fc - fa) / (8 * curvature) : fb;
            bestLoad = load + leakConductance * v * v;
            bestV = v;
            bestH = h;
            r = rb;
            if (h + bestLoad > 0) {
                offset = (device.delta() - 0.5 * E_CHARGE * v) / (K_BOLTZMANN * t);
            }
            return h;
        }

        /** h(·, t) as a function of the bias, keeping the R_T and the load at the best point seen. */
        private DoubleUnaryOperator objective(double t) {
            load = phonons.phononHeat(t, tBath);
            double heatLoad = load;
            bestH = Double.NEGATIVE_INFINITY;
            return v -> {
                double h = h(v, t, heatLoad);
                if (h >= bestH) {
                    bestH = h;
                    bestV = v;
                    bestR = r;
                    bestLoad = heatLoad + leakConductance * v * v;
                }
                return h;
            };
        }

        /** Takes the maximum {@code m} at {@code t} found through {@link #objective} as the cell's optimum. */
        private double record(double t, Maximiser.Maximum m) {
            bestV = m.x();
            bestH = m.fx();
            r = bestR;
            if (bestH + bestLoad > 0) {
                offset = (device.delta() - 0.5 * E_CHARGE * bestV) / (K_BOLTZMANN * t);
            }
            return bestH;
        }

        /**
         * The root T* of H(T) = max_{V,R_T} h(V, T; R_T) below T_bath, to ROOT_SHARE·TOLERANCE·T_bath:
         * the upper end of the final bracket, where H &gt; 0 (a temperature that is reached). With
         * F = H + C the heat the junctions draw at the optimum and C the load there, the root is
         * sought in x = ln T on φ = H/(|F| + C), which is tanh(½ ln(F/C)) for F &gt; 0 and so nearly
         * linear in x near the root (F grows like T^3–T^5, C hardly changes below T_bath), starting
         * from that power law through F(T_bath) = {@code pMax} + {@code loadAtBath}. Each H is a
         * parabolic {@link #estimate}.
         */
        double lowestTemperature(double pMax, double loadAtBath) {
            double powerAtBath = pMax + loadAtBath;
            DoubleUnaryOperator phi = x -> {
                double h = estimate(Math.exp(x));
                return h / (Math.abs(h + bestLoad) + bestLoad);
            };
            // not below what the N-I-S quadrature resolves at the highest bias searched
            double xMin = Math.log(Math.max(LOWEST_TE * tBath,
                    2 * NisJunction.MIN_THERMAL_RATIO * HIGHEST_BIAS * device.delta() / K_BOLTZMANN));
            double xMax = Math.log(tBath);
            double biasAtBath = bestV;
            // the guess: F(T_bath)·(T/T_bath)^EXPONENT = C(T), C nearly constant well below T_bath
            double t0 = 0.1 * tBath;
            for (int i = 0; i < 3; i++) {
                double heatLoad = phonons.phononHeat(t0, tBath) + leakConductance * biasAtBath * biasAtBath;
                t0 = tBath * Math.pow(heatLoad / powerAtBath, 1 / EXPONENT);
                t0 = Math.max(2 * Math.exp(xMin), Math.min(0.9 * tBath, t0));
            }
            // bracket: a step of Newton's method on φ ≈ tanh(½ EXPONENT (x − x*)), then secant steps, each
            // overshooting a little, until φ changes sign (φ(ln T_bath) > 0 is known)
            double xa = Math.log(t0);
            double fa = phi.applyAsDouble(xa);
            double dx = -OVERSHOOT * fa / (0.5 * EXPONENT * Math.max(0.1, 1 - fa * fa));
            double xb = xMax;
            double fb = pMax / (powerAtBath + loadAtBath); // φ(ln T_bath), known: the end of the bracket if none closes
            for (int k = 0; k < BRACKET_STEPS; k++) {
                dx = Math.copySign(Math.max(4 * TOLERANCE, Math.min(LARGEST_STEP, Math.abs(dx))), dx);
                xb = xa + dx;
                if (xb >= xMax) {
                    xb = 0.5 * (xa + xMax); // short of T_bath, where φ > 0 is known but far from the root
                }
                if (xb <= xMin) {
                    xb = xMin;
                    fb = phi.applyAsDouble(xb);
                    if (fb > 0) {
                        return Math.exp(xMin); // reached even at the lowest temperature searched
                    }
                    break;
                }
                fb = phi.applyAsDouble(xb);
                if (fa * fb <= 0) {
                    break;
                }
                double secant = (fb - fa) / (xb - xa);
                dx = secant > 0 ? -OVERSHOOT * fb / secant : 2 * dx;
                xa = xb;
                fa = fb;
                if (k == BRACKET_STEPS - 1) {
                    xb = xMax; // H < 0 up to just below T_bath, where it is > 0 (estimates of an H near 0)
                    fb = pMax / (powerAtBath + loadAtBath);
                }
            }
            double lo = Math.min(xa, xb);
            double hi = Math.max(xa, xb);
            double fLo = xa < xb ? fa : fb;
            double fHi = xa < xb ? fb : fa;
            // x within δ·T_bath/T of the root is T within δ·T_bath
            RootSolver.Root root = new RootSolver(ROOT_SHARE * TOLERANCE * tBath / Math.exp(hi), 0.0, 100)
                    .solve(phi, lo, fLo, hi, fHi);
            if (!root.converged()) {
                // the bracket above holds a sign change by construction: a solve that ends without the
                // root is reported, not replaced by an end of the bracket
                throw new ArithmeticException(String.format(java.util.Locale.ROOT,
                        "lowest T_e at T_bath = %s K: %s", tBath, root.reason()));
            }
            return Math.exp(root.upper()); // the end of the last bracket where T* is reached, within the tolerance
        }

        /**
         * max over R_T of the net heat drawn at total bias v and electron temperature t, W: at the
         * stationary point of h(R) = A/R − B(R)/R² − C, dh/dR = 0, i.e. R = 2B/(A + ∂B/∂R)
         * (physics.md A7, corrected: B depends on R_T through the gap-edge term G_T G_S; the fixed
         * point R = 2B(R)/A, which ignores ∂B/∂R, is 2.4–4.7 % high). B and ∂B/∂R come from one
         * Andreev sampler per (V, T), re-evaluated at each R_T without rebuilding its kernel.
         */
        double h(double v, double t, double load) {
            evaluations++;
            tunnel.evaluate(0.5 * v, t, tBath, nis);
            double aCoef = 2 * nis[2] * tunnel.rT();
            double leak = leakConductance * v * v;
            if (aCoef <= 0) {
                // This bias heats whatever R_T; the best is R_T → ∞ and −C. Return A/R_T − C at the
                // current R_T instead (below −C): the same sign, but with a slope towards the gap that
                // keeps the search over V from stalling on a plateau.
                return aCoef / r - load - leak;
            }
            // one kernel per (V, T), re-evaluated at each R_T: I_A and ∂I_A/∂R_T in one pass of a few flops a node
            double rr = r;
            AndreevJunction.Sampler.AtTemperature kernel = andreev.withRT(rr).kernel(0.5 * v, t);
            double built = rr;
            double bCoef = 0;
            for (int i = 0; ; i++) {
                kernel.evaluate(rr, ia);
                bCoef = ia[0] * v * rr * rr;
                double dB = v * (2 * rr * ia[0] + rr * rr * ia[1]);
                double next = Math.min(R_MAX, Math.max(R_MIN, 2 * bCoef / (aCoef + dB)));
                if (Math.abs(next - rr) < 1e-5 * rr) {
                    break; // h is stationary in R_T: B at rr is B at the optimum to O(1e-10)
                }
                if (i == 99 || !Double.isFinite(next)) {
                    throw new ArithmeticException(String.format(java.util.Locale.ROOT,
                            "optimum R_T at V = %s V, T_e = %s K, T_bath = %s K: the fixed point R_T = 2B/(A + dB/dR_T)"
                                    + " did not settle in 100 steps (last %s Ohm, next %s Ohm)", v, t, tBath, rr, next));
                }
                rr = next;
                if (rr > 2 * built || rr < 0.5 * built) {
                    // the gap-edge peak width (∝ 1/R_T²) moved far from the one the nodes were graded for
                    kernel = andreev.withRT(rr).kernel(0.5 * v, t);
                    built = rr;
                }
            }
            r = rr;
            return aCoef / rr - bCoef / (rr * rr) - load - leak;
        }
    }
}
