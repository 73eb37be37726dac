package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.LORENZ;

import org.andreev.numeric.RootSolver;
import org.andreev.superconductor.BcsGap;

/**
 * Self-heating of a current-carrying neck (physics.md B4): the Wiedemann–Franz estimate of the local
 * temperature
 * <pre>
 *   T_local(V)² = T_bath² + α V²/(4 L_0),     L_0 = π²k_B²/(3e²)
 * </pre>
 * (a diffusive wire whose ends sit at T_bath and which dissipates its Joule heat by electronic heat
 * conduction has this maximum temperature: Tinkham, Introduction to Superconductivity, Sec. 11.6;
 * α ∈ [0, 1] is the fraction of the voltage dropped in the diffusive part), and the gap Δ(T_local)
 * that the MAR current then sees at each bias.
 *
 * @param gap             the banks' BCS gap Δ(T) (Δ(0), T_c)
 * @param bathTemperature T_bath, K (≥ 0)
 * @param alpha           α ∈ [0, 1]
 */
public record SelfHeating(BcsGap gap, double bathTemperature, double alpha) {

    /** Validates T_bath ≥ 0 and α ∈ [0, 1]. */
    public SelfHeating {
        if (gap == null) {
            throw new IllegalArgumentException("self-heating needs the banks' gap");
        }
        if (!(bathTemperature >= 0) || Double.isInfinite(bathTemperature)) {
            throw new IllegalArgumentException("bath temperature must be >= 0 K and finite, got " + bathTemperature);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("heating fraction alpha must be in [0, 1], got " + alpha);
        }
    }

    /** T_local(V), K. */
    public double localTemperature(double voltage) {
        return Math.sqrt(bathTemperature * bathTemperature + alpha * voltage * voltage / (4 * LORENZ));
    }

    /** Δ(T_local(V)), J; 0 at and above T_c. */
    public double localGap(double voltage) {
        return gap.gap(Math.min(localTemperature(voltage), gap.tc()));
    }

    /**
     * The I–V curve of a heated contact: at each bias the MAR current of the channels between banks of
     * gap Δ(T_local(V)) at T_local(V) with Dynes η; where T_local ≥ T_c (or the gap is below 1e-6 of
     * Δ(0)) the banks are normal and I = V/R_N, dI/dV = 1/R_N. The conductance is the derivative of
     * the heated current (the five-point rule of {@link MarCurrent#conductance} applied to I(V)
     * with T_local following V).
     */
    public PointContact.IvCurve iv(ChannelSet channels, double eta, double[] voltages) {
        double rn = channels.normalResistance();
        double[] taus = channels.tau();
        double[] current = new double[voltages.length];
        double[] dIdV = new double[voltages.length];
        int[] order = lowestBiasFirst(voltages);
        org.andreev.sweep.Sweep.run(voltages.length, i -> {
            int k = order[i];
            double v = voltages[k];
            MarCurrent.checkVoltage(v);
            double h = Math.min(Math.max(eta, 1e-3) * gap.delta0() / (4 * E_CHARGE), Math.abs(v) / 4);
            current[k] = heatedCurrent(channels, taus, eta, v, rn);
            dIdV[k] = (heatedCurrent(channels, taus, eta, v - 2 * h, rn) - 8 * heatedCurrent(channels, taus, eta, v - h, rn)
                    + 8 * heatedCurrent(channels, taus, eta, v + h, rn) - heatedCurrent(channels, taus, eta, v + 2 * h, rn))
                    / (12 * h);
        }, org.andreev.sweep.Progress.NONE);
        return new PointContact.IvCurve(voltages.clone(), current, dIdV, new double[voltages.length][0]);
    }

    /**
     * The heated current alone at each bias (on all cores), A: {@link #iv} without the conductance.
     * Each bias computes all the channels' transmissions in one kernel pass ({@link MarCurrent#currents}:
     * they share the energy layout and the sites' Green functions; the same numbers as one call per
     * channel).
     */
    public double[] currentOnly(ChannelSet channels, double eta, double[] voltages) {
        double rn = channels.normalResistance();
        double[] taus = channels.tau();
        double[] current = new double[voltages.length];
        int[] order = lowestBiasFirst(voltages);
        org.andreev.sweep.Sweep.run(voltages.length, i -> {
            int k = order[i];
            current[k] = heatedCurrent(channels, taus, eta, voltages[k], rn);
        }, org.andreev.sweep.Progress.NONE);
        return current;
    }

    /**
     * The indices of {@code voltages} by rising |V|: one task per bias, the lowest biases (the most
     * harmonics, hence the dearest) handed out first, so that no expensive point is left to run alone
     * at the end.
     */
    private static int[] lowestBiasFirst(double[] voltages) {
        return java.util.stream.IntStream.range(0, voltages.length).boxed()
                .sorted(java.util.Comparator.comparingDouble(k -> Math.abs(voltages[k])))
                .mapToInt(Integer::intValue).toArray();
    }

    private double heatedCurrent(ChannelSet channels, double[] taus, double eta, double v, double rn) {
        double d = localGap(v);
        if (!(d > 1e-6 * gap.delta0())) {
            return v / rn;
        }
        MarCurrent mar = new MarCurrent(MarJunction.symmetric(d, eta, localTemperature(v)));
        double[] per = new double[taus.length];
        mar.currents(taus, v, per);
        double s = 0;
        for (int i = 0; i < per.length; i++) {
            s += channels.count(i) * per[i];
        }
        return s;
    }

    /**
     * The inverse (the seed's reading of Fig. 1): from the measured biases V_1, V_2 of the n = 1 and
     * n = 2 sub-harmonic structures, eV_n = 2Δ(T_local(V_n))/n, find Δ(0), α and T_local(V_1).
     * Fixed point: start from Δ(0) = eV_2 (the n = 2 structure nearly cold); Δ(T_local(V_1)) = eV_1/2
     * gives T_local(V_1) by inverting Δ(T)/Δ(0) ({@link BcsGap#reducedGap}, {@link RootSolver}) and
     * hence α; that α heats V_2 a little, which corrects Δ(0) = eV_2/δ(T_local(V_2)/T_c); repeat to
     * 1e-12.
     *
     * @param v1              bias of the n = 1 structure, V (&gt; 0)
     * @param v2              bias of the n = 2 structure, V (&gt; 0, with V_1 ≤ 2V_2: heating only lowers V_1)
     * @param tc              T_c of the banks, K
     * @param bathTemperature T_bath, K (≥ 0)
     */
    public static Estimate fromPeaks(double v1, double v2, double tc, double bathTemperature) {
        if (!(v1 > 0) || !(v2 > 0) || !Double.isFinite(v1) || !Double.isFinite(v2)) {
            throw new IllegalArgumentException("peak biases V1, V2 must be > 0 V and finite, got " + v1 + ", " + v2);
        }
        if (v1 > 2 * v2) {
            throw new IllegalArgumentException("V1 = " + v1 + " V is above 2 V2 = " + 2 * v2
                    + " V: heating lowers the n = 1 structure, so V1 <= 2 V2 (are the peaks swapped?)");
        }
        double delta0 = E_CHARGE * v2;
        double tLocal = bathTemperature;
        double alpha = 0;
        for (int it = 0; it < 200; it++) {
            double ratio = E_CHARGE * v1 / (2 * delta0);
            tLocal = tc * inverseReducedGap(ratio);
            if (tLocal < bathTemperature) {
                throw new IllegalArgumentException("the peaks give T_local = " + tLocal + " K below the bath "
                        + bathTemperature + " K: with this T_c the n = 1 structure is not lowered by heating");
            }
            alpha = 4 * LORENZ * (tLocal * tLocal - bathTemperature * bathTemperature) / (v1 * v1);
            double t2 = Math.sqrt(bathTemperature * bathTemperature + alpha * v2 * v2 / (4 * LORENZ));
            double next = E_CHARGE * v2 / BcsGap.reducedGap(Math.min(t2 / tc, 1 - 1e-12));
            if (Math.abs(next - delta0) <= 1e-12 * delta0) {
                delta0 = next;
                break;
            }
            delta0 = next;
        }
        return new Estimate(delta0, E_CHARGE * v1 / 2, tLocal, alpha);
    }

    /** τ = T/T_c with δ(τ) = ratio (δ decreasing from 1 at τ = 0 to 0 at τ = 1). */
    private static double inverseReducedGap(double ratio) {
        if (ratio >= 1) {
            return 0;
        }
        RootSolver.Root r = RootSolver.absolute(1e-13).solve(t -> BcsGap.reducedGap(t) - ratio, 0, 1);
        if (!r.converged()) {
            throw new IllegalArgumentException("cannot invert Delta(T)/Delta(0) = " + ratio + ": " + r.reason());
        }
        return r.x();
    }

    /**
     * What the peak positions say.
     *
     * @param delta0           Δ(0), J
     * @param localGap         Δ(T_local(V_1)) = eV_1/2, J
     * @param localTemperature T_local(V_1), K
     * @param alpha            α of the heating model
     */
    public record Estimate(double delta0, double localGap, double localTemperature, double alpha) {}
}
