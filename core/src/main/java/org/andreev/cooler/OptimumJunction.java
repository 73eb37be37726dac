package org.andreev.cooler;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.andreev.io.Table;
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
 * The maximum over V is sought by a coarse grid over eV/2 ∈ [0.5Δ, 1.05Δ] refined by Brent's method
 * (the optimum sits just below the gap), then re-used as a narrow window while T* is found by the
 * shared {@link RootSolver} to 1e-4 of T_bath. Thread-safe.
 */
public final class OptimumJunction {

    private final CoolerDevice device;
    private final NisJunction tunnel;
    private final double leakConductance;
    private final CoolerModel phonons;

    /** Bounds of the R_T search, Ω: an optimum outside them is reported at the bound. */
    static final double R_MIN = 1.0;
    static final double R_MAX = 1e12;

    /** Brent's golden-section step, (3 − √5)/2. */
    private static final double GOLDEN_STEP = 0.3819660112501051;

    /** Relative tolerance on the lowest reachable T_e: 1e-4 of T_bath (10 µK at 100 mK). */
    static final double TOLERANCE = 1e-4;

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
     */
    public record Optimum(double tBath, double lphi, double rtLowestTe, double lowestTe, double biasLowestTe,
            double rtMaxPower, double maxPower, double biasMaxPower) {}

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
        cell.maximise(tBath, cell.fullRange(), 12, 1e-5);
        double vP = cell.bestV;
        double rP = cell.bestR;
        double pMax = cell.bestH;
        // lowest reachable T_e: root of H(T) = max_{V,R} h, with H(T_bath) = pMax > 0 and H(0+) < 0
        double hi = tBath;
        double fHi = pMax;
        double lo = 0.02 * tBath;
        double fLo = cell.maximise(lo, cell.fullRange(), 12, 1e-5);
        while (fLo > 0 && lo > 1e-5 * tBath) {
            hi = lo;
            fHi = fLo;
            lo *= 0.2;
            fLo = cell.maximise(lo, cell.fullRange(), 12, 1e-5);
        }
        cell.maximise(hi, cell.fullRange(), 12, 1e-5);
        // the root of H on [lo, hi] to TOLERANCE·T_bath ({@link RootSolver}); the maximum over V is then
        // sought in a narrow window around the previous one. T* is the upper end of the final bracket,
        // where H > 0: a temperature that is reached.
        RootSolver.Root root = new RootSolver(TOLERANCE * tBath, 0.0, 200)
                .solve(t -> cell.maximise(t, cell.narrowRange(t), 5, 1e-3), lo, fLo, hi, fHi);
        double tStar = root.converged() || root.status() == RootSolver.Status.TOO_MANY_EVALUATIONS ? root.upper() : hi;
        cell.maximise(tStar, cell.narrowRange(tStar), 5, 1e-3);
        return new Optimum(tBath, lphi, cell.bestR, tStar, cell.bestV, rP, pMax, vP);
    }

    /** One (T_bath, L_φ) cell: the maximisation over V and R_T of h at a given T. */
    private final class Cell {
        private final AndreevJunction andreev;
        private final double tBath;
        private final double[] nis = new double[3];
        private final double[] ia = new double[2];
        private double bestV;
        private double bestR;
        private double bestH;
        private double r;
        private double positiveV = Double.NaN;
        private double positiveT;

        Cell(AndreevJunction andreev, double tBath) {
            this.andreev = andreev;
            this.tBath = tBath;
            this.r = andreev.rT();
        }

        double[] fullRange() {
            double v0 = 2 * device.delta() / E_CHARGE;
            return new double[] {0.5 * v0, 1.05 * v0};
        }

        /** A window of ±8 k_B T/e around the last bias where h was positive, else the full range. */
        double[] narrowRange(double t) {
            if (Double.isNaN(positiveV)) {
                return fullRange();
            }
            double w = 8 * K_BOLTZMANN * Math.max(t, positiveT) / E_CHARGE;
            return new double[] {Math.max(0.05 * positiveV, positiveV - w), positiveV + w};
        }

        /**
         * max over V in range (and over R_T) of h(V, t), by a grid of {@code n} points refined by
         * Brent's method (parabolic steps, golden-section fallback) to {@code tol} of the range; sets bestV, bestR, bestH; returns bestH.
         */
        double maximise(double t, double[] range, int n, double tol) {
            double load = phonons.phononHeat(t, tBath);
            double a = range[0];
            double b = range[1];
            double best = Double.NEGATIVE_INFINITY;
            int ib = 0;
            double[] grid = new double[n];
            double[] values = new double[n];
            double[] optimalR = new double[n];
            for (int i = 0; i < n; i++) {
                grid[i] = a + (b - a) * i / (n - 1);
                double h = h(grid[i], t, load);
                values[i] = h;
                optimalR[i] = r;
                if (h > best) {
                    best = h;
                    ib = i;
                }
            }
            // Brent's minimiser of −h on the grid cell around the best point, started from the three
            // grid values already known: parabolic steps where h is smooth (about 6 evaluations to the
            // tolerance instead of golden section's 13–20), golden-section steps where it is not
            int lower = Math.max(0, ib - 1);
            int upper = Math.min(n - 1, ib + 1);
            double lo = grid[lower];
            double hi = grid[upper];
            double x = grid[ib];
            double fx = -best;
            double rx = optimalR[ib];
            double w = grid[lower];
            double fw = -values[lower];
            double u0 = grid[upper];
            double fv = -values[upper];
            double xv = u0;
            double tol1 = 0.25 * tol * (range[1] - range[0]);
            double d = 0;
            double e = hi - lo; // allows a parabolic first step through the three grid values
            for (int i = 0; i < 60; i++) {
                double xm = 0.5 * (lo + hi);
                if (Math.abs(x - xm) <= 2 * tol1 - 0.5 * (hi - lo)) {
                    break;
                }
                boolean golden = true;
                if (Math.abs(e) > tol1) {
                    double rr = (x - w) * (fx - fv);
                    double qq = (x - xv) * (fx - fw);
                    double pp = (x - xv) * qq - (x - w) * rr;
                    qq = 2 * (qq - rr);
                    if (qq > 0) {
                        pp = -pp;
                    }
                    qq = Math.abs(qq);
                    double previous = e;
                    if (qq > 0 && Math.abs(pp) < Math.abs(0.5 * qq * previous) && pp > qq * (lo - x) && pp < qq * (hi - x)) {
                        e = d;
                        d = pp / qq;
                        double step = x + d;
                        if (step - lo < 2 * tol1 || hi - step < 2 * tol1) {
                            d = Math.copySign(tol1, xm - x);
                        }
                        golden = false;
                    }
                }
                if (golden) {
                    e = x >= xm ? lo - x : hi - x;
                    d = GOLDEN_STEP * e;
                }
                double xu = Math.abs(d) >= tol1 ? x + d : x + Math.copySign(tol1, d);
                double fu = -h(xu, t, load);
                if (fu <= fx) {
                    if (xu >= x) {
                        lo = x;
                    } else {
                        hi = x;
                    }
                    xv = w;
                    fv = fw;
                    w = x;
                    fw = fx;
                    x = xu;
                    fx = fu;
                    rx = r;
                } else {
                    if (xu < x) {
                        lo = xu;
                    } else {
                        hi = xu;
                    }
                    if (fu <= fw || w == x) {
                        xv = w;
                        fv = fw;
                        w = xu;
                        fw = fu;
                    } else if (fu <= fv || xv == x || xv == w) {
                        xv = xu;
                        fv = fu;
                    }
                }
            }
            double v = x; // the best point seen: Brent keeps it, grid values included
            double hv = -fx;
            double[] full = fullRange();
            boolean narrow = range[1] - range[0] < 0.5 * (full[1] - full[0]);
            double edge = 0.02 * (range[1] - range[0]);
            if (narrow && (v < range[0] + edge || v > range[1] - edge)) {
                return maximise(t, full, 12, 1e-5); // the maximum left the window: search the whole range
            }
            bestH = hv;
            bestV = v;
            bestR = rx; // the optimal R_T at v, found when h(v) was evaluated
            r = rx;
            if (bestH > 0) {
                positiveV = v;
                positiveT = t;
            }
            return bestH;
        }

        /**
         * max over R_T of the net heat drawn at total bias v and electron temperature t, W: at the
         * stationary point of h(R) = A/R − B(R)/R² − C, dh/dR = 0, i.e. R = 2B/(A + ∂B/∂R)
         * (physics.md A7, corrected: B depends on R_T through the gap-edge term G_T G_S; the fixed
         * point R = 2B(R)/A, which ignores ∂B/∂R, is 2.4–4.7 % high). B and ∂B/∂R come from one
         * Andreev sampler per (V, T), re-evaluated at each R_T without rebuilding its kernel.
         */
        double h(double v, double t, double load) {
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
            for (int i = 0; i < 100; i++) {
                kernel.evaluate(rr, ia);
                bCoef = ia[0] * v * rr * rr;
                double dB = v * (2 * rr * ia[0] + rr * rr * ia[1]);
                double next = Math.min(R_MAX, Math.max(R_MIN, 2 * bCoef / (aCoef + dB)));
                if (Math.abs(next - rr) < 1e-5 * rr) {
                    break; // h is stationary in R_T: B at rr is B at the optimum to O(1e-10)
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
