package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.andreev.units.PhysicalConstants.MU_0;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.andreev.data.PeakDetector;
import org.andreev.io.Curve;
import org.andreev.numeric.GaussLegendre;
import org.andreev.numeric.RootSolver;

/**
 * Synthetic dV/dI(V) sweeps of a neck under field with phase-slip and N-S peaks (physics.md B6;
 * seed 000, Figs. 2 and 3), to test the peak detector on physics-shaped data and to draw what the
 * model predicts. Everything random is drawn from the {@link Random} given (seeded: reproducible).
 *
 * <p><b>Background.</b> The dV/dI of the neck without anomalies, as a function of the current
 * ({@link Background}): by default the MAR engine's heated point contact ({@link MarBackground#seed000()}:
 * the sub-harmonic gap structure at 2Δ(T_local)/n and the heating distortion of seed Fig. 1), or the
 * smooth stated stand-in of the first version, {@link Smooth}: R_bg(I) = R_N [1 + 0.25 exp(−((I R_N −
 * 3Δ/e)/(2 mV))²)], the heating bump above 2Δ alone.
 *
 * <p><b>Where and when the neck switches.</b> At field H and temperature T the part narrower than
 * r_c(T, H) is superconducting ({@link NeckUnderField}); a disk of radius r there carries at most
 * I_c(x) = j_c(T, H, r(x)) π r(x)² ({@link NeckSuperconductor#depairingCurrentDensity(double, double,
 * double, NeckSuperconductor.Orientation)}). In the current sweep:
 * <ul>
 *   <li><b>PS regime</b> (L_S ≥ Λ_Q*): phase-slip centres nucleate at {@value #ATTEMPTS} positions
 *       drawn uniformly in the superconducting part per sweep, each kept if it is at least Λ_Q* from
 *       the ones kept before (a centre's charge-imbalance region holds no second one): so their number
 *       (1 … min(4, L_S/Λ_Q* + 1)) and positions change from sweep to sweep. Each switches at a
 *       thermally activated current drawn from the Kurkijärvi distribution, escape rate
 *       Γ(I) = Ω exp(−U(I)/k_BT), U(I) = U_0 (1 − I/I_c)^{3/2}, sweep rate dI/dt, with the
 *       Langer–Ambegaokar barrier of a wire segment of one coherence length,
 *       U_0 = (8√2/3) (B_c(T)²/2μ0)(1 − (H/H_disk)²)² A ξ(T) (Tinkham Eq. 8.30 with the field-reduced
 *       condensation energy; <i>interpretation</i>), Ω = {@value #ATTEMPT_RATE} s⁻¹,
 *       dI/dt = {@value #SWEEP_RATE} A/s.</li>
 *   <li><b>NS regime</b> (0 &lt; L_S &lt; Λ_Q*): no phase-slip centre fits; the N-S interfaces move
 *       inward continuously as the current grows and the last superconducting piece goes normal at
 *       I_NS = max_x I_c(x), a deterministic threshold: one peak, at the same bias in every sweep.</li>
 *   <li><b>N</b>: nothing superconducting, no peaks.</li>
 * </ul>
 *
 * <p><b>Where the N-S peak sits.</b> At V_bg(I_NS): for a cone, I_c(r) = j_c(T) π r² (1 − (r/r_c)²)^{3/2}
 * is largest at r = 0.632 r_c, so I_NS = 0.186 j_c(T) π r_c(T, H)², falling like 1/H². The N-S regime
 * begins where L_S = Λ_Q*, i.e. at r_c ≈ r_0 + Λ_Q* tan θ/2, so the highest N-S current is set by Λ_Q*
 * and the geometry, not by the orientation: with the spec's Λ_Q* (formula at the bath temperature,
 * 157 nm at the crossover) I_NS ≤ 0.41 mA (axial, 0.41 T) or 0.47 mA (transverse, 0.27 T). On the MAR
 * background the excess current (0.25 mA at 8 mV) lowers the bias at a given current by about
 * I_exc R_N = 1.2 mV: 0.41 mA sits at 1.22 mV on it and 2.16 mV on the smooth stand-in; at 0.45 T
 * (0.34 mA) at 0.96 mV and 1.77 mV. The seed shows its N-S peak at 0.23–0.29 T on a 2–6 mV axis, above
 * 2Δ on the heating rise, i.e. at 0.65–1.45 mA through the MAR contact. The excess current is
 * physics (the total current flows through the contact and the neck in series); what puts the
 * model's N-S peak below that is its Λ_Q*: with the seed's own estimate (240 nm,
 * {@link #seed000SeedEstimate()}) the regime turns NS at 0.28 T and the peak sits at 3.07 mV there and
 * 2.81 mV at 0.29 T. {@link #seed000()} keeps the spec's reading (N-S peak at 0.96 mV at 0.45 T).
 *
 * <p><b>The peak of a switch.</b> At a switching current I_k the voltage V(I) gains a step s_k
 * smoothed over δI_k: V(I) = ∫R_bg dI + Σ s_k L((I − I_k)/δI_k), L the logistic function, so dV/dI
 * has a peak of height s_k/(4δI_k). The step is a fraction {@code stepFraction} of the voltage
 * (seed: 10–100 µV, 0.2–2 % of V; default 0.5 %) and δI_k = {@code switchWidth}·I_k (default 0.5 %).
 * The B6 resistance of a phase-slip centre with the bulk resistivity ({@link PhaseSlipResistance})
 * is of the order of R_N itself for this neck, far above the measured steps; the seed leaves the
 * voltage distribution over the neck out of scope, so the step is stated, not derived.
 *
 * @param neck          the neck under field
 * @param background    dV/dI and V of the neck without anomalies, against the current
 * @param temperature   T, K
 * @param minVoltage    the sweep's lowest bias, V
 * @param maxVoltage    its highest bias, V
 * @param points        bias points
 * @param noise         Gaussian noise on dV/dI, Ω (≥ 0)
 * @param stepFraction  s_k/V_k
 * @param switchWidth   δI_k/I_k
 */
public record PhaseSlipSweeps(NeckUnderField neck, Background background, double temperature, double minVoltage,
        double maxVoltage, int points, double noise, double stepFraction, double switchWidth) {

    /**
     * The neck's V(I) and dV/dI(I) without anomalies, on [minCurrent, maxCurrent]: V rising with I,
     * dV/dI &gt; 0.
     */
    public interface Background {
        /** R_N, Ω. */
        double normalResistance();

        /** The lowest current it is defined at, A. */
        double minCurrent();

        /** The highest, A. */
        double maxCurrent();

        /** V_bg(I), V. */
        double voltage(double current);

        /** dV/dI at I, Ω. */
        double resistance(double current);
    }

    /**
     * The smooth stated stand-in: R_bg(I) = R_N [1 + 0.25 exp(−((I R_N − 3Δ/e)/(2 mV))²)] (the heating
     * bump of seed Fig. 1 above 2Δ, no gap structure), V_bg(I) = ∫_0^I R_bg dI (Gauss–Legendre), on
     * [0, 20 mV/R_N].
     *
     * @param normalResistance R_N, Ω
     * @param gapVolts         Δ/e, V
     */
    public record Smooth(double normalResistance, double gapVolts) implements Background {
        @Override
        public double minCurrent() {
            return 0;
        }

        @Override
        public double maxCurrent() {
            return 20e-3 / normalResistance;
        }

        @Override
        public double resistance(double current) {
            double u = (current * normalResistance - 3 * gapVolts) / 2e-3;
            return normalResistance * (1 + 0.25 * Math.exp(-u * u));
        }

        @Override
        public double voltage(double current) {
            double mid = 3 * gapVolts / normalResistance;
            return current <= mid ? RULE.integrate(this::resistance, 0, current)
                    : RULE.integrate(this::resistance, 0, mid) + RULE.integrate(this::resistance, mid, current);
        }
    }

    /**
     * The peak detector for these sweeps: {@link PeakDetector#DEFAULT} with its automatic window starting
     * from n/40 = 100 points (0.21 mV of the 4000-point, 0.6–9 mV sweep) instead of n/20, widened as usual
     * to three peak widths: the default is too wide for the curved sub-gap MAR structure under the
     * narrow phase-slip peaks.
     */
    public static final PeakDetector DETECTOR = PeakDetector.DEFAULT.withWindowFraction(40);

    /** Nucleation attempts per sweep in the PS regime. */
    public static final int ATTEMPTS = 4;
    /** Attempt frequency Ω of the thermal activation, s⁻¹. */
    public static final double ATTEMPT_RATE = 1e11;
    /** Current sweep rate dI/dt, A/s. */
    public static final double SWEEP_RATE = 1e-5;

    /** One switch: the bias at its middle (V), its step (V), its peak height (Ω), and whether it is the N-S one. */
    public record Switch(double position, double step, double height, boolean interface_) {}

    /** One synthetic sweep and the switches in it. */
    public record Sweep(Curve dvdi, List<Switch> switches, Regime regime) {}

    /** Validates. */
    public PhaseSlipSweeps {
        if (neck == null || background == null) {
            throw new IllegalArgumentException("synthetic sweeps need a neck and a background");
        }
        if ( !(maxVoltage > minVoltage) || !(minVoltage > 0) || points < 16
                || !(noise >= 0) || !(stepFraction > 0 && stepFraction < 0.5) || !(switchWidth > 0 && switchWidth < 0.5)) {
            throw new IllegalArgumentException("synthetic sweep settings: need 0 < Vmin < Vmax, >= 16 points,"
                    + " noise >= 0, 0 < step fraction < 0.5, 0 < switch width < 0.5");
        }
    }

    /**
     * The seed-000 neck (θ = 35°, r_0 = 6.45 nm, Pb) at 4.2 K, R_N = 5 Ω, 0.6–9 mV, 4000 points, σ = 0.5 % R_N,
     * on the MAR background {@link MarBackground#seed000()}.
     */
    public static PhaseSlipSweeps seed000() {
        return new PhaseSlipSweeps(NeckUnderField.of(NeckSuperconductor.LEAD, Cone.ofDegrees(6.45e-9, 35)),
                MarBackground.seed000(), 4.2, 0.6e-3, 9e-3, 4000, 0.025, 0.005, 0.005);
    }

    /**
     * The seed-000 sweeps of {@link #seed000()} with the seed's own estimate of Λ_Q*
     * ({@link NeckUnderField#withSeedChargeImbalanceEstimate()}, 240 nm at every field): the reading in
     * which the N-S regime begins where the seed sees its N-S peak (crossover 0.28 T; seed Fig. 3 at
     * 0.23–0.29 T) and the peak sits where the seed shows it (2.8 mV at 0.29 T, on the seed's 2–6 mV axis;
     * class comment).
     */
    public static PhaseSlipSweeps seed000SeedEstimate() {
        PhaseSlipSweeps d = seed000();
        return d.withNeck(d.neck().withSeedChargeImbalanceEstimate());
    }

    /** These settings for another neck. */
    public PhaseSlipSweeps withNeck(NeckUnderField n) {
        return new PhaseSlipSweeps(n, background, temperature, minVoltage, maxVoltage, points, noise, stepFraction,
                switchWidth);
    }

    /** These settings with noise σ (Ω). */
    public PhaseSlipSweeps withNoise(double sigma) {
        return new PhaseSlipSweeps(neck, background, temperature, minVoltage, maxVoltage, points, sigma,
                stepFraction, switchWidth);
    }

    /** These settings on another background. */
    public PhaseSlipSweeps withBackground(Background b) {
        return new PhaseSlipSweeps(neck, b, temperature, minVoltage, maxVoltage, points, noise, stepFraction,
                switchWidth);
    }

    /** The smooth stand-in background of this neck at its temperature ({@link Smooth}). */
    public Smooth smoothBackground() {
        return new Smooth(background.normalResistance(),
                neck.superconductor().material().gap(temperature) / org.andreev.units.PhysicalConstants.E_CHARGE);
    }

    /** R_N of the background, Ω. */
    public double normalResistance() {
        return background.normalResistance();
    }

    /** I_c(x) = j_c(T, H, r(x)) π r(x)² of the disk at x, A (0 outside the superconducting part). */
    public double diskCriticalCurrent(double field, double x) {
        NeckSuperconductor sc = neck.superconductor();
        double r = neck.profile().radius(x);
        return sc.depairingCurrentDensity(temperature, field, r, neck.orientation()) * Math.PI * r * r;
    }

    /** One sweep at field μ0H (T). */
    public Sweep sweep(double field, Random random) {
        NeckUnderField.Point p = neck.point(temperature, field);
        List<double[]> switches = new ArrayList<>(); // {I_k, interface?}
        double[] range = superconductingRange(field);
        if (p.regime() == Regime.NS) {
            switches.add(new double[] {maxCriticalCurrent(field, range), 1});
        } else if (p.regime() == Regime.PS) {
            List<Double> sites = new ArrayList<>();
            for (int a = 0; a < ATTEMPTS; a++) {
                double x = range[0] + (range[1] - range[0]) * random.nextDouble();
                boolean free = sites.stream().allMatch(s -> Math.abs(s - x) >= p.chargeImbalanceLength());
                if (free) {
                    sites.add(x);
                }
            }
            for (double x : sites) {
                double ic = diskCriticalCurrent(field, x);
                if (ic > 0) {
                    switches.add(new double[] {ic * switchingFraction(field, x, random), 0});
                }
            }
        }
        return make(switches, random, p.regime());
    }

    private double[] superconductingRange(double field) {
        double rc = neck.criticalRadius(temperature, field);
        NeckProfile profile = neck.profile();
        double centre = profile.narrowest();
        double ls = profile.lengthNarrowerThan(rc);
        // the superconducting part around the narrowest point (for a symmetric neck, exactly)
        return new double[] {Math.max(profile.start(), centre - ls / 2), Math.min(profile.end(), centre + ls / 2)};
    }

    private double maxCriticalCurrent(double field, double[] range) {
        double best = 0;
        for (int i = 0; i <= 400; i++) {
            best = Math.max(best, diskCriticalCurrent(field, range[0] + (range[1] - range[0]) * i / 400));
        }
        return best;
    }

    /** I_sw/I_c drawn from the Kurkijärvi distribution of the disk at x (class comment). */
    double switchingFraction(double field, double x, Random random) {
        NeckSuperconductor sc = neck.superconductor();
        double r = neck.profile().radius(x);
        double h = field / sc.diskCriticalField(temperature, r, neck.orientation());
        double bc = sc.criticalField(temperature);
        double u0 = 8 * Math.sqrt(2) / 3 * bc * bc / (2 * MU_0) * Math.pow(1 - h * h, 2) * Math.PI * r * r
                * sc.coherenceLength(temperature) / (K_BOLTZMANN * temperature);
        double ic = diskCriticalCurrent(field, x);
        double target = -Math.log(1 - random.nextDouble()); // ∫ Γ dI / İ at the switch
        double prefactor = ATTEMPT_RATE * ic / SWEEP_RATE;
        RootSolver.Root root = RootSolver.absolute(1e-9).solve(f -> prefactor * escapeIntegral(u0, f) - target, 0, 1);
        return root.converged() ? root.x() : 1.0;
    }

    private static final GaussLegendre RULE = new GaussLegendre(48);

    /** ∫_0^f exp(−u0 (1 − f′)^{3/2}) df′ = ∫_{1−f}^{1} exp(−u0 t^{3/2}) dt, over where it is above e^{−40} of its start. */
    private static double escapeIntegral(double u0, double f) {
        double t0 = 1 - f;
        double t1 = Math.min(1, Math.pow((u0 * Math.pow(t0, 1.5) + 40) / u0, 2.0 / 3));
        if (!(t1 > t0)) {
            return 0;
        }
        return RULE.integrate(t -> Math.exp(-u0 * Math.pow(t, 1.5)), t0, t1);
    }

    /** The background's current at bias V (bisection on the rising V_bg(I)), A. */
    private double currentAt(double voltage) {
        double lo = background.minCurrent();
        double hi = background.maxCurrent();
        if (!(background.voltage(hi) >= voltage)) {
            throw new IllegalArgumentException("the sweep's highest bias " + voltage + " V is beyond the background's"
                    + " range (up to " + background.voltage(hi) + " V)");
        }
        if (background.voltage(lo) >= voltage) {
            return lo;
        }
        for (int it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (background.voltage(mid) < voltage) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private Sweep make(List<double[]> all, Random random, Regime regime) {
        int m = 100_000;
        // the sweep's current range: from where the background is at 0.7 Vmin (or its lowest current) to where it
        // reaches Vmax (the steps only add voltage, so V(I) covers [Vmin, Vmax])
        double i0 = Math.max(background.minCurrent(), currentAt(0.7 * minVoltage));
        double i1 = currentAt(maxVoltage);
        // a switch below the sweep's lowest current happened before it started (a barrier ~ k_B T: at ~0 current)
        List<double[]> switches = all.stream().filter(sw -> sw[0] > i0).toList();
        double[] ii = new double[m];
        double[] vv = new double[m];
        double[] yy = new double[m];
        int k = switches.size();
        double[] ik = new double[k];
        double[] sk = new double[k];
        double[] dk = new double[k];
        double[] bgV = new double[m];
        double[] bgR = new double[m];
        for (int q = 0; q < m; q++) {
            ii[q] = q == m - 1 ? i1 : i0 + (i1 - i0) * q / (m - 1);
            bgV[q] = background.voltage(ii[q]);
            bgR[q] = background.resistance(ii[q]);
        }
        for (int s = 0; s < k; s++) {
            ik[s] = switches.get(s)[0];
            double vAt = ik[s] <= i0 ? bgV[0] : ik[s] >= i1 ? bgV[m - 1] : bgV[(int) ((ik[s] - i0) / (i1 - i0) * (m - 1))];
            sk[s] = stepFraction * vAt;
            dk[s] = switchWidth * ik[s];
        }
        for (int q = 0; q < m; q++) {
            double v = bgV[q];
            double y = bgR[q];
            for (int s = 0; s < k; s++) {
                double l = 1 / (1 + Math.exp(-(ii[q] - ik[s]) / dk[s]));
                v += sk[s] * l;
                y += sk[s] / dk[s] * l * (1 - l);
            }
            vv[q] = v;
            yy[q] = y;
        }
        double[] x = new double[points];
        double[] y = new double[points];
        int q = 0;
        for (int p = 0; p < points; p++) {
            x[p] = minVoltage + (maxVoltage - minVoltage) * p / (points - 1);
            while (q < m - 2 && vv[q + 1] < x[p]) {
                q++;
            }
            double f = Math.max(0, Math.min(1, (x[p] - vv[q]) / (vv[q + 1] - vv[q])));
            y[p] = yy[q] + f * (yy[q + 1] - yy[q]) + noise * random.nextGaussian();
        }
        List<Switch> out = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            if (ik[s] > i0 && ik[s] < i1) {
                int at = (int) Math.round((ik[s] - i0) / (i1 - i0) * (m - 1));
                if (vv[at] > minVoltage && vv[at] < maxVoltage) {
                    out.add(new Switch(vv[at], sk[s], sk[s] / (4 * dk[s]), switches.get(s)[1] > 0));
                }
            }
        }
        out.sort((a, b) -> Double.compare(a.position(), b.position()));
        return new Sweep(new Curve(x, y), out, regime);
    }
}
