package org.andreev.contact;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.IntStream;
import org.andreev.io.AtomicFile;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;

/**
 * The single-channel MAR current and conductance tabulated on a transmission grid at fixed banks and
 * biases, so that a contact of thousands of channels (physics.md B3) costs one table: I(V_k, τ) for
 * any τ is interpolated from the grid.
 *
 * <p><b>Grid and interpolant.</b> In u = sqrt(1 − τ) ∈ [0, 1] the channel current divided by τ,
 * g(u) = I/τ, is analytic on the closed interval (the excess current and I_c contain sqrt(1 − τ) =
 * u; at small τ, I/τ is a power series in τ = 1 − u²). It is sampled at the n Chebyshev points of
 * the first kind u_j = (1 + cos(π(j + ½)/n))/2 (τ = 0 and 1 themselves are never evaluated) and
 * interpolated by the barycentric formula (Berrut &amp; Trefethen, SIAM Rev. 46, 501 (2004), Eq. 5.3,
 * weights (−1)^j sin(π(j + ½)/n)), which converges geometrically in n. With the default
 * {@value #DEFAULT_NODES} points the interpolation error is 1.8e-7 of the channel's normal current
 * G_0τV at most (MarTableTest: 200 random τ ∈ [1e-4, 1], eV/Δ from 0.3 to 2.5, η = 1e-3).
 *
 * <p><b>Cache.</b> {@link #cached} keeps tables under a directory (by default the user's cache
 * directory, {@link #defaultCacheDirectory()}), in files named by a SHA-256 of everything a table
 * depends on (banks, biases, grid, energy rule, format version); a file that does not read back
 * whole is rebuilt, and files are written atomically.
 */
public final class MarTable {

    /** Chebyshev points of the default grid. */
    public static final int DEFAULT_NODES = 24;

    private static final int FORMAT = 1;

    private final MarJunction junction;
    private final double[] voltages;
    private final int nodes;
    private final double[] u;
    private final double[] weights;
    // [k][j]: I/τ and (dI/dV)/τ at voltage k and node j (conductance null when not built)
    private final double[][] current;
    private final double[][] conductance;

    private MarTable(MarJunction junction, double[] voltages, int nodes, double[][] current, double[][] conductance) {
        this.junction = junction;
        this.voltages = voltages.clone();
        this.nodes = nodes;
        this.u = new double[nodes];
        this.weights = new double[nodes];
        for (int j = 0; j < nodes; j++) {
            double theta = Math.PI * (j + 0.5) / nodes;
            u[j] = 0.5 * (1 + Math.cos(theta));
            weights[j] = ((j & 1) == 0 ? 1 : -1) * Math.sin(theta);
        }
        this.current = current;
        this.conductance = conductance;
    }

    static double nodeTau(int j, int n) {
        double uj = 0.5 * (1 + Math.cos(Math.PI * (j + 0.5) / n));
        return (1 - uj) * (1 + uj);
    }

    /**
     * Builds the table of I and dI/dV on all cores; {@code progress} counts (voltage, node) pairs,
     * {@code voltages.length × nodes} in all ({@link Sweep#run}).
     *
     * @param voltages biases, V (none 0)
     * @param nodes    Chebyshev points in u = sqrt(1 − τ), 4 ≤ nodes ≤ 200
     */
    public static MarTable build(MarJunction junction, double[] voltages, int nodes, Progress progress) {
        return build(junction, voltages, nodes, true, progress);
    }

    /**
     * As {@link #build(MarJunction, double[], int, Progress)}, the conductance only when
     * {@code withConductance} (it costs four more currents per bias: {@link MarCurrent#conductance};
     * without it {@link #conductance} refuses). One task per bias, the lowest biases (the most
     * harmonics and edges, hence the dearest) first so that the cores finish together; each task
     * computes all transmissions of its bias in one pass (they share the energy layout and the
     * sites' Green functions).
     */
    public static MarTable build(MarJunction junction, double[] voltages, int nodes, boolean withConductance,
            Progress progress) {
        if (nodes < 4 || nodes > 200) {
            throw new IllegalArgumentException("MAR table nodes must be in [4, 200], got " + nodes);
        }
        for (double v : voltages) {
            MarCurrent.checkVoltage(v);
        }
        MarCurrent mar = new MarCurrent(junction);
        int nv = voltages.length;
        double[] taus = new double[nodes];
        for (int j = 0; j < nodes; j++) {
            taus[j] = nodeTau(j, nodes);
        }
        double[][] cur = new double[nv][nodes];
        double[][] cond = new double[nv][nodes];
        int[] order = IntStream.range(0, nv).boxed()
                .sorted(Comparator.comparingDouble(k -> Math.abs(voltages[k]))).mapToInt(Integer::intValue).toArray();
        Sweep.run(nv, i -> {
            int k = order[i];
            double[] out = new double[nodes];
            mar.currents(taus, voltages[k], out);
            for (int j = 0; j < nodes; j++) {
                cur[k][j] = out[j] / taus[j];
            }
            if (withConductance) {
                // MarCurrent.conductance's five-point difference, all transmissions at once
                double a = Math.abs(voltages[k]);
                double h = mar.conductanceStep(a);
                double[] w = {1, -8, 8, -1};
                double[] at = {a - 2 * h, a - h, a + h, a + 2 * h};
                for (int s = 0; s < 4; s++) {
                    mar.currents(taus, at[s], out);
                    for (int j = 0; j < nodes; j++) {
                        cond[k][j] += w[s] * out[j] / (12 * h * taus[j]);
                    }
                }
            }
        }, (done, total) -> progress.update(done * nodes, total * nodes));
        return new MarTable(junction, voltages, nodes, cur, withConductance ? cond : null);
    }

    /**
     * The table from {@code directory} if one was built for exactly these inputs, else built (see
     * {@link #build}) and stored there. A cache that cannot be written is not an error (the table
     * is returned all the same).
     */
    public static MarTable cached(MarJunction junction, double[] voltages, int nodes, Path directory,
            Progress progress) {
        return cached(junction, voltages, nodes, true, directory, progress);
    }

    /**
     * As {@link #cached(MarJunction, double[], int, Path, Progress)}, the conductance only when
     * {@code withConductance}; a current-only request is also served by a stored full table.
     */
    public static MarTable cached(MarJunction junction, double[] voltages, int nodes, boolean withConductance,
            Path directory, Progress progress) {
        Path full = directory.resolve("mar-" + key(junction, voltages, nodes, true) + ".bin");
        Path file = withConductance ? full : directory.resolve("mar-" + key(junction, voltages, nodes, false) + ".bin");
        for (Path f : withConductance ? new Path[] {full} : new Path[] {file, full}) {
            if (Files.isRegularFile(f)) {
                MarTable t = read(f, junction, voltages, nodes, f == full);
                if (t != null) {
                    progress.update(voltages.length * nodes, voltages.length * nodes);
                    return t;
                }
            }
        }
        MarTable t = build(junction, voltages, nodes, withConductance, progress);
        try {
            AtomicFile.write(file, out -> t.write(new DataOutputStream(out)));
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation: a read-only or full disk only costs the rebuild next time
        }
        return t;
    }

    /** $XDG_CACHE_HOME/andreev, or ~/.cache/andreev. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("andreev");
    }

    /** SHA-256 (hex) of everything the table depends on. */
    static String key(MarJunction j, double[] voltages, int nodes) {
        return key(j, voltages, nodes, true);
    }

    /** SHA-256 (hex) of everything the table depends on, and whether it holds the conductance. */
    static String key(MarJunction j, double[] voltages, int nodes, boolean withConductance) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder("mar-table/").append(FORMAT).append('/').append(MarCurrent.ORDER)
                    .append('/').append(MarCurrent.GRADING).append('/').append(MarKernel.CHAIN_EPSILON).append('/')
                    .append(MarKernel.EDGE_EPSILON).append('/').append(MarKernel.FAR_WEIGHT).append('/').append(MarKernel.FAR_WIDTH)
                    .append('/').append(nodes).append(withConductance ? "" : "/current-only");
            for (double x : new double[] {j.deltaLeft(), j.deltaRight(), j.eta(), j.temperature()}) {
                s.append('/').append(Double.toHexString(x));
            }
            for (double v : voltages) {
                s.append('/').append(Double.toHexString(v));
            }
            return HexFormat.of().formatHex(md.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(voltages.length);
        out.writeInt(nodes);
        for (int k = 0; k < voltages.length; k++) {
            for (int j = 0; j < nodes; j++) {
                out.writeDouble(current[k][j]);
                out.writeDouble(conductance == null ? 0.0 : conductance[k][j]);
            }
        }
        out.flush();
    }

    private static MarTable read(Path file, MarJunction junction, double[] voltages, int nodes,
            boolean withConductance) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != 12 + 16L * voltages.length * nodes) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != FORMAT || in.readInt() != voltages.length || in.readInt() != nodes) {
                return null;
            }
            double[][] cur = new double[voltages.length][nodes];
            double[][] cond = new double[voltages.length][nodes];
            for (int k = 0; k < voltages.length; k++) {
                for (int j = 0; j < nodes; j++) {
                    cur[k][j] = in.readDouble();
                    cond[k][j] = in.readDouble();
                    if (!Double.isFinite(cur[k][j]) || !Double.isFinite(cond[k][j])) {
                        return null;
                    }
                }
            }
            return new MarTable(junction, voltages, nodes, cur, withConductance ? cond : null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The banks. */
    public MarJunction junction() {
        return junction;
    }

    /** The biases, V. */
    public double[] voltages() {
        return voltages.clone();
    }

    /** I of one channel of transmission τ at the k-th bias, A (interpolated). */
    public double current(int k, double tau) {
        return tau * interpolate(current[k], tau);
    }

    /** Whether the table holds dI/dV ({@link #build(MarJunction, double[], int, boolean, Progress)}). */
    public boolean hasConductance() {
        return conductance != null;
    }

    /**
     * dI/dV of one channel at the k-th bias, S (interpolated).
     *
     * @throws IllegalStateException if the table was built without the conductance
     */
    public double conductance(int k, double tau) {
        requireConductance();
        return tau * interpolate(conductance[k], tau);
    }

    /**
     * I(V_k, τ) of one channel at every bias k, A (interpolated as {@link #current(int, double)}, the
     * barycentric weights of τ computed once for all biases: for fits, which need every bias at
     * each trial τ).
     */
    public double[] currents(double tau) {
        return column(current, tau);
    }

    /**
     * dI/dV(V_k, τ) of one channel at every bias k, S (as {@link #currents}).
     *
     * @throws IllegalStateException if the table was built without the conductance
     */
    public double[] conductances(double tau) {
        requireConductance();
        return column(conductance, tau);
    }

    private void requireConductance() {
        if (conductance == null) {
            throw new IllegalStateException("this MAR table was built without dI/dV (build it with the conductance)");
        }
    }

    private double[] column(double[][] f, double tau) {
        MarCurrent.checkTau(tau);
        double x = Math.sqrt(1 - tau);
        double[] c = new double[nodes];
        int exact = -1;
        double den = 0;
        for (int j = 0; j < nodes; j++) {
            double d = x - u[j];
            if (d == 0) {
                exact = j;
                break;
            }
            c[j] = weights[j] / d;
            den += c[j];
        }
        double[] out = new double[voltages.length];
        for (int k = 0; k < voltages.length; k++) {
            double[] row = f[k];
            if (exact >= 0) {
                out[k] = tau * row[exact];
                continue;
            }
            double num = 0;
            for (int j = 0; j < nodes; j++) {
                num += c[j] * row[j];
            }
            out[k] = tau * (num / den);
        }
        return out;
    }

    /**
     * Σ_i n_i I(V_k, τ_i) for every bias: out[0] the current (A), out[1] the conductance (S; zero
     * when the table holds none, {@link #hasConductance}).
     */
    public double[][] contact(ChannelSet channels) {
        double[][] out = new double[2][voltages.length];
        for (int k = 0; k < voltages.length; k++) {
            for (int i = 0; i < channels.size(); i++) {
                out[0][k] += channels.count(i) * current(k, channels.tau(i));
                if (conductance != null) {
                    out[1][k] += channels.count(i) * conductance(k, channels.tau(i));
                }
            }
        }
        return out;
    }

    private double interpolate(double[] f, double tau) {
        MarCurrent.checkTau(tau);
        double x = Math.sqrt(1 - tau);
        double num = 0;
        double den = 0;
        for (int j = 0; j < nodes; j++) {
            double d = x - u[j];
            if (d == 0) {
                return f[j];
            }
            double w = weights[j] / d;
            num += w * f[j];
            den += w;
        }
        return num / den;
    }
}
