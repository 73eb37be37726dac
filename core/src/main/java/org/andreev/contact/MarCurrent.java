package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.H_PLANCK;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

/**
 * The dc current of one conduction channel of transmission τ between two superconductors at a
 * bias V, by multiple Andreev reflection (physics.md B3): the Hamiltonian/Green-function method of
 * Cuevas, Martín-Rodero and Levy Yeyati, PRB 54, 7366 (1996), implemented in {@link MarKernel}.
 * Immutable and thread-safe (each thread keeps its own allocation-free kernel).
 *
 * <p>I(−V) = −I(V) (particle–hole symmetry); at V = 0 there is no dc quasiparticle current: the
 * zero-voltage branch is the Josephson current ({@link JosephsonChannel}), and V = 0 is refused here.
 *
 * <p><b>Accuracy.</b> The energy integral is split at every gap edge and Fermi edge and its tail is
 * mapped onto a finite panel (no cut-off); with the default rule the relative error is below 1e-6
 * for eV/Δ ≥ 0.05, τ ≤ 0.99, η ≥ 1e-3 (MarCurrentConvergenceTest).
 */
public final class MarCurrent {

    /** Gauss–Legendre points per panel and grading of the default rule (MarCurrentConvergenceTest). */
    static final int ORDER = 12;
    static final double GRADING = 3.0;

    private final MarJunction junction;
    private final ThreadLocal<MarKernel> kernel;

    /** The current of channels between the banks of {@code junction}. */
    public MarCurrent(MarJunction junction) {
        this(junction, ORDER, GRADING);
    }

    MarCurrent(MarJunction junction, int order, double grading) {
        this.junction = junction;
        this.kernel = order == ORDER && grading == GRADING ? DEFAULT_KERNEL
                : ThreadLocal.withInitial(() -> new MarKernel(order, grading));
    }

    /**
     * The default rule's kernels, one per thread, shared by every MarCurrent of that thread (a kernel
     * keeps its layout keyed by everything it depends on, so banks that differ only rebuild it;
     * engines made per bias, as the self-heated curves do, then reuse the grown arrays).
     */
    private static final ThreadLocal<MarKernel> DEFAULT_KERNEL =
            ThreadLocal.withInitial(() -> new MarKernel(ORDER, GRADING));

    /** The banks. */
    public MarJunction junction() {
        return junction;
    }

    /**
     * The dc current I(V) of one channel, A.
     *
     * @param tau     transmission τ ∈ (0, 1]
     * @param voltage bias V ≠ 0, V
     */
    public double current(double tau, double voltage) {
        checkTau(tau);
        checkVoltage(voltage);
        double unit = E_CHARGE * junction.deltaLeft() / H_PLANCK;
        return Math.copySign(unit * reduced(tau, Math.abs(voltage) * E_CHARGE / junction.deltaLeft()), voltage);
    }

    /**
     * The reduced current i = I·h/(eΔ_L) at the reduced bias v = eV/Δ_L &gt; 0 (for τ = 1 and v → 0,
     * i → 4 when Δ_L = Δ_R).
     */
    public double reduced(double tau, double v) {
        checkTau(tau);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("reduced bias eV/Delta must be > 0 and finite, got " + v);
        }
        double dl = junction.deltaLeft();
        return kernel.get().current(tau, v, junction.deltaRight() / dl, junction.eta(),
                K_BOLTZMANN * junction.temperature() / dl);
    }

    /**
     * The reduced currents i_j = I·h/(eΔ_L) of several transmissions at one reduced bias v = eV/Δ_L
     * &gt; 0, computed together (they share the energy layout and every site's Green function; each
     * value is the same number as {@link #reduced(double, double)} gives for that τ alone).
     */
    public double[] reduced(double[] taus, double v) {
        for (double tau : taus) {
            checkTau(tau);
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("reduced bias eV/Delta must be > 0 and finite, got " + v);
        }
        double dl = junction.deltaLeft();
        double[] out = new double[taus.length];
        kernel.get().currents(taus, v, junction.deltaRight() / dl, junction.eta(), K_BOLTZMANN * junction.temperature() / dl,
                out);
        return out;
    }

    /**
     * The energy-resolved current density j(x) whose integral over the reduced energy x = E/Δ_L is
     * {@link #reduced}: i = ∫ j(x) dx (the integrand of MarKernel; for checks against other
     * quadratures and for benchmarks against a straightforward rule).
     *
     * @param tau transmission τ ∈ (0, 1]
     * @param v   eV/Δ_L &gt; 0
     * @param x   E/Δ_L
     */
    public double spectralCurrent(double tau, double v, double x) {
        checkTau(tau);
        double dl = junction.deltaLeft();
        MarKernel k = kernel.get();
        k.layout(v, junction.deltaRight() / dl, junction.eta(), K_BOLTZMANN * junction.temperature() / dl);
        k.setHopping(tau);
        return k.integrand(x);
    }

    /**
     * The differential conductance dI/dV, S, by the five-point central difference
     * [I(V − 2h) − 8I(V − h) + 8I(V + h) − I(V + 2h)]/(12h) with h = max(η, 10⁻³)·Δ_L/(4e) (and at
     * most |V|/4): truncation error h⁴ I⁽⁵⁾/30, i.e. of order (h/w)⁴ of the conductance for a
     * structure of width w ≥ ηΔ/e, plus the current's relative error 1e-6 amplified by I/(Vh)·V ≈
     * 1e-6·V/h (about 4e-3 G_N·eV/Δ_L at η = 1e-3).
     */
    public double conductance(double tau, double voltage) {
        checkTau(tau);
        checkVoltage(voltage);
        double h = conductanceStep(voltage);
        double a = Math.abs(voltage);
        return (current(tau, a - 2 * h) - 8 * current(tau, a - h) + 8 * current(tau, a + h)
                - current(tau, a + 2 * h)) / (12 * h);
    }

    /** The step h of {@link #conductance}'s difference at bias V, V. */
    double conductanceStep(double voltage) {
        return Math.min(Math.max(junction.eta(), 1e-3) * junction.deltaLeft() / (4 * E_CHARGE), Math.abs(voltage) / 4);
    }

    /**
     * The currents I(V) of several transmissions at one bias, A, computed together (they share the
     * energy layout and every site's Green function: {@code MarKernel.currents}); {@code out[j]} is
     * the current of {@code taus[j]}.
     */
    void currents(double[] taus, double voltage, double[] out) {
        for (double tau : taus) {
            checkTau(tau);
        }
        checkVoltage(voltage);
        double dl = junction.deltaLeft();
        kernel.get().currents(taus, Math.abs(voltage) * E_CHARGE / dl, junction.deltaRight() / dl, junction.eta(),
                K_BOLTZMANN * junction.temperature() / dl, out);
        double unit = Math.copySign(E_CHARGE * dl / H_PLANCK, voltage);
        for (int j = 0; j < taus.length; j++) {
            out[j] *= unit;
        }
    }

    static void checkTau(double tau) {
        if (!(tau > 0 && tau <= 1)) {
            throw new IllegalArgumentException("transmission tau must be in (0, 1], got " + tau);
        }
    }

    static void checkVoltage(double voltage) {
        if (voltage == 0) {
            throw new IllegalArgumentException("bias V = 0 has no dc MAR current: the zero-voltage branch is the"
                    + " Josephson current (mar ic)");
        }
        if (!Double.isFinite(voltage)) {
            throw new IllegalArgumentException("bias V must be finite, got " + voltage);
        }
    }
}
