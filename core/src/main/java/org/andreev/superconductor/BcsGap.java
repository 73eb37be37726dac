package org.andreev.superconductor;

import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import org.andreev.numeric.AdaptiveGaussKronrod;
import org.andreev.numeric.FermiDirac;
import org.andreev.numeric.RootSolver;

/**
 * The temperature dependence of the BCS gap (physics.md A1) for a superconductor with zero-
 * temperature gap Δ(0) and critical temperature T_c.
 *
 * <p>In weak coupling with the Debye cutoff sent to infinity, the BCS gap equation
 * 1/(N(0)V) = ∫_0^{ħω_D} tanh(E/2k_BT)/E dξ, E = sqrt(ξ² + Δ²) (Bardeen, Cooper &amp; Schrieffer,
 * Phys. Rev. 108, 1175 (1957), Eq. 3.27), minus its T = 0 form, reads
 * <pre>
 *   ln(Δ(0)/Δ) = 2 ∫_0^∞ f(Δ cosh θ/k_BT) dθ          (ξ = Δ sinh θ),
 * </pre>
 * and Δ(0) = π e^{−γ_E} k_B T_c = 1.764 k_B T_c. Its solution δ(τ) = Δ(T)/Δ(0) is a universal
 * function of τ = T/T_c ({@link #reducedGap(double)}).
 *
 * <p><b>Reading for a measured Δ(0) with its own T_c</b> (e.g. Pb: 1.35 meV, 7.2 K, where
 * Δ(0)/k_BT_c = 2.18 is strong coupling): Δ(T) = Δ(0)·δ(T/T_c), i.e. the universal weak-coupling
 * shape scaled to the measured end points. This keeps Δ(0) and T_c exact and is a good
 * approximation of Pb's measured Δ(T) shape; it is not a strong-coupling (Eliashberg) solution.
 *
 * @param delta0 the zero-temperature gap Δ(0), J (&gt; 0)
 * @param tc     the critical temperature T_c, K (&gt; 0)
 */
public record BcsGap(double delta0, double tc) {

    /** Euler–Mascheroni constant γ_E. */
    private static final double EULER_GAMMA = 0.57721566490153286;

    /** The weak-coupling ratio Δ(0)/(k_B T_c) = π e^{−γ_E} = 1.7639 (BCS 1957, Eq. 3.30). */
    public static final double WEAK_COUPLING_RATIO = Math.PI * Math.exp(-EULER_GAMMA);

    /** Below this reduced gap the solver reports Δ = 0 (T is within ~1e-26 of T_c). */
    private static final double SMALLEST_REDUCED_GAP = 1e-13;

    private static final RootSolver GAP_SOLVER = new RootSolver(1e-16, 1e-15, 200);

    private static final AdaptiveGaussKronrod QUADRATURE = new AdaptiveGaussKronrod(1e-14, 1e-300, 10_000);

    /** Validates Δ(0) &gt; 0 and T_c &gt; 0, both finite. */
    public BcsGap {
        if (!(delta0 > 0) || Double.isInfinite(delta0)) {
            throw new IllegalArgumentException("zero-temperature gap Delta(0) must be > 0 J and finite, got " + delta0);
        }
        if (!(tc > 0) || Double.isInfinite(tc)) {
            throw new IllegalArgumentException("critical temperature T_c must be > 0 K and finite, got " + tc);
        }
    }

    /** The weak-coupling BCS superconductor of critical temperature {@code tc}: Δ(0) = 1.764 k_B T_c. */
    public static BcsGap weakCoupling(double tc) {
        return new BcsGap(WEAK_COUPLING_RATIO * K_BOLTZMANN * tc, tc);
    }

    /**
     * Δ(T) = Δ(0)·δ(T/T_c), J (class comment); 0 at and above T_c.
     *
     * @param t temperature, K (≥ 0)
     */
    public double gap(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("temperature T must be >= 0 K and finite, got " + t);
        }
        return delta0 * reducedGap(t / tc);
    }

    /**
     * The universal weak-coupling BCS gap δ = Δ(T)/Δ(0) at τ = T/T_c: the root of
     * ln(1/δ) = 2∫_0^∞ f(δ π e^{−γ_E} cosh θ/τ) dθ (class comment). δ(0) = 1, δ(τ ≥ 1) = 0, and
     * δ ≈ e^{γ_E} sqrt(8/(7ζ(3))) sqrt(1 − τ) = 1.7367 sqrt(1 − τ) near T_c, i.e.
     * Δ ≈ 3.063 k_B T_c sqrt(1 − T/T_c) (BCS 1957, Eq. 3.31).
     *
     * @param tau reduced temperature T/T_c (≥ 0)
     */
    public static double reducedGap(double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("reduced temperature T/T_c must be >= 0 and finite, got " + tau);
        }
        if (tau >= 1) {
            return 0.0;
        }
        // f(π e^{−γ} δ/τ) < e^{−600} at δ = 1: then δ = 1 to double precision
        if (WEAK_COUPLING_RATIO / tau > 600) {
            return 1.0;
        }
        if (residual(SMALLEST_REDUCED_GAP, tau) <= 0) {
            return 0.0;
        }
        RootSolver.Root root = GAP_SOLVER.solve(d -> residual(d, tau), SMALLEST_REDUCED_GAP, 1.0);
        if (!root.converged()) {
            // residual is continuous and changes sign on the bracket (checked above): cannot happen
            throw new ArithmeticException("BCS gap equation at T/T_c = " + tau + ": " + root.reason());
        }
        return root.x();
    }

    /** ln(1/δ) − 2∫_0^∞ f(a cosh θ) dθ, a = π e^{−γ} δ/τ: decreasing in δ, zero at the gap. */
    private static double residual(double delta, double tau) {
        double a = WEAK_COUPLING_RATIO * delta / tau;
        // beyond cosh θ = (a + 745)/a the occupation is below the double range
        double thetaMax = Math.log(2 * (745 + a) / a);
        double[] breaks = new double[18];
        for (int i = 0; i < breaks.length; i++) {
            breaks[i] = thetaMax * i / (breaks.length - 1);
        }
        double integral = QUADRATURE.integrate(th -> FermiDirac.occupation(a * Math.cosh(th)), breaks).value();
        return -Math.log(delta) - 2 * integral;
    }
}
