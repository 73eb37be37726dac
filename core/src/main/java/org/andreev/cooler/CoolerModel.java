package org.andreev.cooler;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.Locale;
import java.util.Objects;
import org.andreev.numeric.RootSolver;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.AndreevJunction;

/**
 * The heat balance of an S-I-N-I-S cooler and its current (seed 004 Eqs. 5, 6; physics.md A5).
 * Two identical junctions in series, each at half the total bias V; the superconductors and the
 * substrate at T_bath; the island electrons at T_e and phonons at T_ph:
 *
 * <pre>
 *   electrons: 2 P_N(V/2; T_e) = Σ U (T_ph⁵ − T_e⁵) + I_A(V/2; T_e)·V + V²/R_leak
 *   phonons:   Σ U (T_e⁵ − T_ph⁵) + K A (T_bath⁴ − T_ph⁴) = 0
 *   current:   I(V) = I_qp(V/2; T_e) + I_A(V/2; T_e) + V/R_leak
 * </pre>
 *
 * <p>The phonon equation gives T_ph(T_e) (a monotone quintic, bracketed by T_e and T_bath and solved
 * by {@link RootSolver}); the
 * electron balance is then one equation in T_e. Its residual is negative as T_e → 0 (P_N ≤ 0 for
 * T_N = 0, every heat input ≥ 0) and positive as T_e → ∞ (Σ U T_e⁵ wins), so a root is bracketed
 * from a warm start (the neighbouring bias point, extrapolated) by expanding steps, then found by
 * Brent–Dekker to 0.2 µK ({@link RootSolver}, the shared solver). This holds where Andreev heating lifts T_e above the bath, too. A point
 * where no bracket is found or the residual is not finite is reported as not converged, with the
 * reason ({@link OperatingPoint#failure}).
 *
 * <p>Immutable and thread-safe; one model may serve parallel sweeps.
 */
public final class CoolerModel {

    /** Which parts of the Andreev current enter the model. */
    public enum AndreevTerms {
        /** No Andreev current: quasiparticles only (seed 004 Fig. 2 right, dashed). */
        NONE,
        /** The Andreev current adds to the charge current but deposits no heat (seed Fig. 2 right, dotted). */
        CHARGE,
        /** Charge and Joule heat I_A·V in the island (seed Eq. 6, Fig. 6). The default. */
        CHARGE_AND_HEAT
    }

    /** Default bracket-closing tolerance on T_e, K: the root lies within it of the returned value. */
    public static final double DEFAULT_TOLERANCE = 2e-7;

    private final CoolerDevice device;
    private final AndreevTerms terms;
    private final NisJunction tunnel;
    private final AndreevJunction andreev;
    private final double sigmaU;
    private final double kapitza;
    private final double leakConductance;
    private final double tolerance;
    private final RootSolver solver;

    /** The full model (Andreev charge and heat) of {@code device}. */
    public CoolerModel(CoolerDevice device) {
        this(device, AndreevTerms.CHARGE_AND_HEAT);
    }

    /** The model of {@code device} with the chosen Andreev terms. */
    public CoolerModel(CoolerDevice device, AndreevTerms terms) {
        this(device, terms, DEFAULT_TOLERANCE);
    }

    private CoolerModel(CoolerDevice device, AndreevTerms terms, double tolerance) {
        this.tolerance = tolerance;
        this.solver = new RootSolver(tolerance, 0.0, 400);
        this.device = DeviceFile.TABLE.validate(Objects.requireNonNull(device, "device")); // a record built by hand too
        this.terms = Objects.requireNonNull(terms, "terms");
        this.tunnel = device.tunnelJunction();
        this.andreev = device.andreevJunction();
        this.sigmaU = device.sigmaEph() * device.islandVolume();
        this.kapitza = device.kapitza();
        this.leakConductance = device.leakConductance();
    }

    /**
     * This model with another tolerance on T_e (K, &gt; 0): a fit takes 1e-9 K so that its
     * finite-difference derivatives do not see the solver's rounding.
     */
    public CoolerModel withTolerance(double kelvin) {
        if (!(kelvin > 0) || kelvin > 1e-3) {
            throw new IllegalArgumentException("T_e tolerance must be in (0, 1 mK], got " + kelvin);
        }
        return new CoolerModel(device, terms, kelvin);
    }

    /** The device modelled. */
    public CoolerDevice device() {
        return device;
    }

    /** The Andreev terms included. */
    public AndreevTerms terms() {
        return terms;
    }

    /**
     * T_ph solving Σ U (T_e⁵ − T_ph⁵) + K A (T_bath⁴ − T_ph⁴) = 0 (physics.md A5), K; T_bath when
     * K A = ∞. The balance h(T_ph) = Σ U T_ph⁵ + K A T_ph⁴ − Σ U T_e⁵ − K A T_bath⁴ increases with
     * T_ph and changes sign between T_e and T_bath, so the shared {@link RootSolver} brackets it from
     * max(T_e, T_bath) downwards (one step to min(T_e, T_bath); more only if rounding put that end on
     * the wrong side) and closes the bracket by Brent–Dekker to 2 ulp.
     *
     * @throws ArithmeticException naming the solver's reason where no root is found (a T_e or T_bath
     *     that is not finite and positive)
     */
    public double phononTemperature(double te, double tBath) {
        if (Double.isInfinite(kapitza)) {
            return tBath;
        }
        if (te == tBath) {
            return te;
        }
        double target = sigmaU * pow5(te) + kapitza * pow4(tBath);
        double hi = Math.max(te, tBath);
        double lo = Math.min(te, tBath);
        if (!(lo > 0) || !(hi < Double.POSITIVE_INFINITY)) {
            throw new ArithmeticException(String.format(Locale.ROOT, "phonon temperature at T_e = %s K, T_bath = %s K:"
                    + " both must be finite and > 0", te, tBath));
        }
        RootSolver.Root root = PHONON.bracketAndSolve(x -> {
            double x4 = pow4(x);
            return sigmaU * x4 * x + kapitza * x4 - target;
        }, hi, hi - lo, 0.0, Double.POSITIVE_INFINITY, true);
        if (!root.converged()) {
            throw new ArithmeticException(String.format(Locale.ROOT, "phonon temperature at T_e = %s K, T_bath = %s K: %s",
                    te, tBath, root.reason()));
        }
        return root.x();
    }

    /** The phonon balance's solver: to 2 ulp (both tolerances 0); 200 evaluations is ample for a monotone quintic. */
    private static final RootSolver PHONON = new RootSolver(0.0, 0.0, 200);

    /**
     * The heat the phonons give the electrons, Σ U (T_ph⁵ − T_e⁵) = K A (T_bath⁴ − T_ph⁴) at
     * T_ph = {@link #phononTemperature} (physics.md A5), W. Both sides are differences of nearly
     * equal powers on the side with the stronger coupling (T_ph ≈ T_e when Σ U ≫ K A, T_ph ≈ T_bath
     * when K A ≫ Σ U), where the rounding of T_ph is multiplied by that large coupling; so the side
     * with the smaller sensitivity, 5 Σ U T_ph⁴ against 4 K A T_ph³, is taken, its difference
     * factored (a⁵ − b⁵ = (a − b)(a⁴ + a³b + a²b² + ab³ + b⁴)) so it is computed from a − b itself.
     */
    public double phononHeat(double te, double tBath) {
        double tph = phononTemperature(te, tBath);
        if (Double.isInfinite(kapitza) || 5 * sigmaU * tph <= 4 * kapitza) {
            return sigmaU * fifthPowerDifference(tph, te);
        }
        return kapitza * (tBath - tph) * (tBath + tph) * (tBath * tBath + tph * tph);
    }

    /** a⁵ − b⁵ from a − b, without the cancellation of a⁵ and b⁵. */
    private static double fifthPowerDifference(double a, double b) {
        double a2 = a * a;
        double b2 = b * b;
        return (a - b) * (a2 * a2 + a2 * a * b + a2 * b2 + a * b2 * b + b2 * b2);
    }

    /**
     * The net heat drawn out of the island electrons at total bias {@code v} (V) if they were at
     * {@code te} (K): 2 P_N(V/2; T_e) − Σ U (T_ph⁵ − T_e⁵) − I_A(V/2; T_e)·V − V²/R_leak, W, with
     * T_ph = {@link #phononTemperature}. Zero at the steady state; positive means T_e would fall.
     */
    public double netCooling(double v, double te, double tBath) {
        checkBath(tBath);
        if (!(te > 0)) {
            throw new IllegalArgumentException("T_e must be > 0 K, got " + te);
        }
        return new Solver(v, tBath).residual(te);
    }

    /** The steady state at total bias {@code v} (V) and bath temperature {@code tBath} (K). */
    public OperatingPoint solve(double v, double tBath) {
        checkBath(tBath);
        return new Solver(v, tBath).solve(tBath, 0.05 * tBath);
    }

    /** The curve at every bias of {@code v} (V), warm-starting each point from its neighbours; one thread. */
    public CoolerCurve curve(double[] v, double tBath) {
        checkBath(tBath);
        CoolerCurve curve = CoolerCurve.empty(v, tBath);
        solveRange(curve, 0, v.length);
        return curve;
    }

    /**
     * The curve at every bias of {@code v}, on all cores: the biases are cut into contiguous blocks,
     * each solved with warm starts by one worker, the blocks handed out dynamically ({@link Sweep#chunks}).
     */
    public CoolerCurve curveParallel(double[] v, double tBath) {
        return curveParallel(v, tBath, Progress.NONE);
    }

    /** {@link #curveParallel(double[], double)}, reporting the points done to {@code progress}. */
    public CoolerCurve curveParallel(double[] v, double tBath, Progress progress) {
        checkBath(tBath);
        Objects.requireNonNull(progress, "progress");
        CoolerCurve curve = CoolerCurve.empty(v, tBath);
        Sweep.chunks(v.length, 4 * Sweep.workers(), (from, to) -> solveRange(curve, from, to), progress);
        return curve;
    }

    /** Solves points [from, to) of {@code curve} in order, each warm-started from the previous ones. */
    private void solveRange(CoolerCurve curve, int from, int to) {
        double tBath = curve.tBath();
        double prev = Double.NaN;
        double prev2 = Double.NaN;
        for (int i = from; i < to; i++) {
            double guess = tBath;
            double step = 0.05 * tBath;
            if (!Double.isNaN(prev)) {
                guess = prev;
                step = 1e-4 * tBath;
                if (!Double.isNaN(prev2)) {
                    double slope = prev - prev2;
                    guess = prev + slope;
                    step = Math.max(Math.abs(slope), 1e-5 * tBath);
                    if (guess <= 0) {
                        guess = prev;
                    }
                }
            }
            OperatingPoint p = new Solver(curve.v()[i], tBath).solve(guess, step);
            curve.set(i, p);
            if (p.converged()) {
                prev2 = prev;
                prev = p.te();
            } else {
                prev = Double.NaN;
                prev2 = Double.NaN;
            }
        }
    }

    private static void checkBath(double tBath) {
        if (!(tBath > 0) || Double.isInfinite(tBath)) {
            throw new IllegalArgumentException("T_bath must be > 0 K, got " + tBath);
        }
    }

    private static double pow4(double x) {
        double x2 = x * x;
        return x2 * x2;
    }

    private static double pow5(double x) {
        return pow4(x) * x;
    }

    /** The electron balance at one bias; holds the scratch array for the tunnel integrals. */
    private final class Solver {
        private final double v;
        private final double vj;
        private final double tBath;
        private final double[] nis = new double[3];
        private AndreevJunction.Sampler sampler;

        Solver(double v, double tBath) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("V must be finite, got " + v);
            }
            this.v = v;
            this.vj = 0.5 * v;
            this.tBath = tBath;
        }

        /**
         * The last few temperatures the balance was evaluated at, with I_qp, P_N and I_A there: the
         * root the solver returns is one of them, so {@link #point} takes its terms from here instead
         * of evaluating both kernels once more (a sixth of a point's cost). Bit for bit the same numbers.
         */
        private final double[] seenTe = {Double.NaN, Double.NaN, Double.NaN};
        private final double[][] seen = new double[3][3];
        private int nextSeen;

        /** Heat out of the electrons minus heat into them, W: zero at the steady state. */
        double residual(double te) {
            tunnel.evaluate(vj, te, tBath, nis);
            double heat = phononHeat(te, tBath) + leakConductance * v * v;
            double ia = Double.NaN;
            if (terms == AndreevTerms.CHARGE_AND_HEAT) {
                if (sampler == null || !sampler.covers(te)) {
                    sampler = andreev.sampler(vj, te);
                }
                ia = sampler.current(te);
                heat += ia * v;
            }
            seenTe[nextSeen] = te;
            seen[nextSeen][0] = nis[0];
            seen[nextSeen][1] = nis[2];
            seen[nextSeen][2] = ia;
            nextSeen = (nextSeen + 1) % seenTe.length;
            return 2 * nis[2] - heat;
        }

        OperatingPoint solve(double guess, double step) {
            // the balance is only defined where the tunnel integrals resolve T_e (NisJunction#MIN_THERMAL_RATIO)
            double floor = NisJunction.MIN_THERMAL_RATIO * Math.max(tunnel.superconductor().delta(),
                    E_CHARGE * Math.abs(vj) + tunnel.superconductor().exchange()) / K_BOLTZMANN;
            double upper = 1e3 * tBath + 100;
            double start = Math.min(Math.max(guess, 2 * floor), 0.5 * upper);
            RootSolver.Root root;
            try {
                root = solver.bracketAndSolve(this::residual, start, step, floor, upper, true);
            } catch (ArithmeticException e) { // the phonon balance's solver, with its reason
                return failed(start, e.getMessage());
            }
            if (root.converged()) {
                return point(root.x(), null);
            }
            String why = switch (root.status()) {
                case NO_SIGN_CHANGE -> root.fx() < 0
                        ? String.format(Locale.ROOT, "the heat into the electrons exceeds the cooling at every T_e"
                                + " up to %.4g K (no steady state below)", root.x())
                        : String.format(Locale.ROOT, "the net cooling stays positive down to T_e = %.4g K (no steady"
                                + " state above)", root.x());
                case NOT_FINITE -> notFinite(root.x(), root.fx());
                default -> "T_e: " + root.reason();
            };
            return failed(root.x(), why);
        }

        private String notFinite(double te, double residual) {
            return String.format(Locale.ROOT, "the heat balance is %s at T_e = %.4g K", residual, te);
        }

        private OperatingPoint failed(double te, String why) {
            return point(te > 0 && Double.isFinite(te) ? te : tBath, why);
        }

        private OperatingPoint point(double te, String failure) {
            double iqp;
            double pn;
            double ia = Double.NaN;
            int k = 0;
            while (k < seenTe.length && seenTe[k] != te) {
                k++;
            }
            if (k < seenTe.length) {
                iqp = seen[k][0];
                pn = seen[k][1];
                ia = seen[k][2];
            } else {
                tunnel.evaluate(vj, te, tBath, nis);
                iqp = nis[0];
                pn = nis[2];
            }
            if (terms == AndreevTerms.NONE) {
                ia = 0.0;
            } else if (Double.isNaN(ia)) {
                // the balance's own sampler where it covers T_e: the Andreev kernel is built once per point
                ia = sampler != null && sampler.covers(te) ? sampler.current(te) : andreev.current(vj, te);
            }
            double pa = terms == AndreevTerms.CHARGE_AND_HEAT ? ia * v : 0.0;
            double current = iqp + ia + leakConductance * v;
            return new OperatingPoint(v, current, te, phononTemperature(te, tBath), iqp, ia, 2 * pn, pa,
                    failure);
        }
    }
}
