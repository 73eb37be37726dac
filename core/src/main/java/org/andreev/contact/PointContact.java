package org.andreev.contact;

import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;
import org.andreev.numeric.RootSolver;

/**
 * A superconducting point contact: a {@link ChannelSet} between the banks of a {@link MarJunction}
 * (physics.md B3). Its dc current is the channel sum I(V) = Σ_i n_i I_MAR(τ_i, V), its zero-voltage
 * branch the sum of the channels' supercurrents. Immutable and thread-safe.
 *
 * @param channels the channels
 * @param junction the banks (gaps, Dynes η, temperature)
 */
public record PointContact(ChannelSet channels, MarJunction junction) {

    /** Number of phase points of the grid on which the maximum of I(φ) is bracketed. */
    static final int PHASE_GRID = 256;

    /** Validates that both parts are given. */
    public PointContact {
        if (channels == null || junction == null) {
            throw new IllegalArgumentException("a point contact needs channels and a junction");
        }
    }

    private MarCurrent mar() {
        return new MarCurrent(junction);
    }

    /** The dc current I(V), A (V ≠ 0; see {@link MarCurrent#current}). */
    public double current(double voltage) {
        MarCurrent mar = mar();
        double s = 0;
        for (int i = 0; i < channels.size(); i++) {
            s += channels.count(i) * mar.current(channels.tau(i), voltage);
        }
        return s;
    }

    /**
     * The I–V curve on all cores: I and (when {@code conductance}) dI/dV at each voltage, and the
     * current of one channel of each distinct transmission. {@code progress} is told of each
     * finished voltage ({@link Sweep#run}).
     */
    public IvCurve iv(double[] voltages, boolean conductance, Progress progress) {
        return iv(voltages, conductance, progress, null);
    }

    /**
     * As {@link #iv(double[], boolean, Progress)}, but a contact of more than
     * {@value MarTable#DEFAULT_NODES} distinct transmissions (an ensemble) is computed from a
     * {@link MarTable} (interpolation error stated there), kept under {@code cache} when that is not
     * null; {@code progress} then counts (voltage, grid node) pairs, {@code voltages.length ×
     * MarTable.DEFAULT_NODES} in all.
     */
    public IvCurve iv(double[] voltages, boolean conductance, Progress progress, java.nio.file.Path cache) {
        if (channels.size() > MarTable.DEFAULT_NODES) {
            MarTable table = cache == null
                    ? MarTable.build(junction, voltages, MarTable.DEFAULT_NODES, conductance, progress)
                    : MarTable.cached(junction, voltages, MarTable.DEFAULT_NODES, conductance, cache, progress);
            double[][] sum = table.contact(channels);
            double[][] per = new double[voltages.length][channels.size()];
            for (int k = 0; k < voltages.length; k++) {
                for (int i = 0; i < channels.size(); i++) {
                    per[k][i] = table.current(k, channels.tau(i));
                }
            }
            return new IvCurve(voltages.clone(), sum[0], conductance ? sum[1] : new double[voltages.length], per);
        }
        for (double v : voltages) {
            MarCurrent.checkVoltage(v);
        }
        int n = voltages.length;
        int m = channels.size();
        double[][] per = new double[n][m];
        double[][] perG = new double[n][m];
        MarCurrent mar = mar();
        Sweep.run(n, k -> {
            for (int i = 0; i < m; i++) {
                per[k][i] = mar.current(channels.tau(i), voltages[k]);
                perG[k][i] = conductance ? mar.conductance(channels.tau(i), voltages[k]) : Double.NaN;
            }
        }, progress);
        double[] current = new double[n];
        double[] dIdV = new double[n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < m; i++) {
                current[k] += channels.count(i) * per[k][i];
                dIdV[k] += channels.count(i) * perG[k][i];
            }
        }
        return new IvCurve(voltages.clone(), current, dIdV, per);
    }

    /**
     * An I–V curve of a contact.
     *
     * @param voltage    the biases, V
     * @param current    I, A
     * @param dIdV       dI/dV, S (NaN when not asked for)
     * @param perChannel [k][i] the current of one channel of the i-th transmission at voltage k, A
     */
    public record IvCurve(double[] voltage, double[] current, double[] dIdV, double[][] perChannel) {}

    /** The gap of the Josephson branch; it needs equal gaps. */
    private double josephsonGap() {
        if (junction.deltaLeft() != junction.deltaRight()) {
            throw new IllegalArgumentException("the Josephson branch is implemented for equal gaps only, got Delta_L = "
                    + junction.deltaLeft() + " J and Delta_R = " + junction.deltaRight() + " J");
        }
        return junction.deltaLeft();
    }

    /** The current–phase relation I(φ) = Σ n_i I_i(φ) of the zero-voltage branch, A. */
    public double supercurrent(double phi) {
        double delta = josephsonGap();
        double s = 0;
        for (int i = 0; i < channels.size(); i++) {
            s += channels.count(i) * JosephsonChannel.current(delta, junction.temperature(), channels.tau(i), phi);
        }
        return s;
    }

    private double supercurrentSlope(double phi) {
        double delta = josephsonGap();
        double s = 0;
        for (int i = 0; i < channels.size(); i++) {
            s += channels.count(i) * JosephsonChannel.currentSlope(delta, junction.temperature(), channels.tau(i), phi);
        }
        return s;
    }

    /**
     * The critical current I_c = max_φ I(φ), A, and the phase where it is reached: the maximum is
     * bracketed on a grid of {@value #PHASE_GRID} phases in (0, π] and refined by the root of
     * dI/dφ ({@link RootSolver}); a maximum at φ = π (ballistic channels at T = 0) is the one-sided
     * limit there.
     */
    public CriticalCurrent criticalCurrent() {
        josephsonGap();
        double best = Double.NEGATIVE_INFINITY;
        int kBest = 0;
        for (int k = 1; k <= PHASE_GRID; k++) {
            double i = supercurrent(Math.PI * k / PHASE_GRID);
            if (i > best) {
                best = i;
                kBest = k;
            }
        }
        if (kBest == PHASE_GRID) {
            double phi = Math.PI * (1 - 1e-12);
            return new CriticalCurrent(Math.max(best, supercurrent(phi)), Math.PI);
        }
        double a = Math.PI * (kBest - 1) / PHASE_GRID;
        double b = Math.PI * (kBest + 1) / PHASE_GRID;
        RootSolver.Root root = RootSolver.relative(1e-13).solve(this::supercurrentSlope, a, b);
        if (!root.converged()) {
            return new CriticalCurrent(best, Math.PI * kBest / PHASE_GRID);
        }
        return new CriticalCurrent(Math.max(best, supercurrent(root.x())), root.x());
    }

    /**
     * The critical current and where it is reached.
     *
     * @param current I_c, A
     * @param phase   φ at the maximum, rad
     */
    public record CriticalCurrent(double current, double phase) {}
}
