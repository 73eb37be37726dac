package org.andreev.neck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * A neck profile given at points (x_i, r_i), linear in between: a profile reconstructed from a
 * measured R(z) staircase (physics.md B2), or any r(x) a user has. Outside [x_0, x_{n−1}] it is
 * not defined (the banks).
 *
 * @param x positions, m, strictly increasing, finite, at least two
 * @param r radii, m, &gt; 0 and finite, as many as x
 */
public record SampledProfile(double[] x, double[] r) implements NeckProfile {

    /** Validates and copies the arrays. */
    public SampledProfile {
        if (x == null || r == null || x.length != r.length || x.length < 2) {
            throw new IllegalArgumentException("a sampled neck profile needs at least two points (x, r) of equal count");
        }
        x = x.clone();
        r = r.clone();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("neck profile x must be finite and increasing, point " + (i + 1)
                        + " has x = " + x[i] + " m");
            }
            if (!(r[i] > 0) || Double.isInfinite(r[i])) {
                throw new IllegalArgumentException("neck profile radius must be > 0 m and finite, point " + (i + 1)
                        + " has r = " + r[i] + " m");
            }
        }
    }

    /** The default position column: {@code x}. */
    public static final ColumnSpec X = ColumnSpec.of("x", Dimension.LENGTH);
    /** The default radius column: {@code r}. */
    public static final ColumnSpec R = ColumnSpec.of("r", Dimension.LENGTH);

    /**
     * A profile from a data file with columns {@code x} and {@code r} (units from the header, else SI),
     * such as the output of {@code neck shape} ({@link NeckShape#profile()}). When the file has a
     * {@code trace} column (the output of {@code neck shape} for several traces), the rows of trace
     * {@code trace} are taken; a file of several traces needs {@code trace} to be given.
     *
     * @param trace the trace number, or empty when the file holds one trace
     * @throws InputException naming the file, the line and the value for a missing column, an unknown
     *                        or missing trace, an x that does not increase, or r ≤ 0
     */
    public static SampledProfile read(DataFile data, OptionalLong trace) {
        double[] xs = data.column(X);
        double[] rs = data.column(R);
        List<Integer> rows = new ArrayList<>();
        boolean hasTrace = data.header().stream().anyMatch(h -> h.strip().equalsIgnoreCase(TraceFile.TRACE));
        if (hasTrace) {
            double[] ids = data.column(new ColumnSpec(ColumnRef.byName(TraceFile.TRACE), Dimension.DIMENSIONLESS, ""));
            Set<Double> distinct = new LinkedHashSet<>();
            for (double id : ids) {
                distinct.add(id);
            }
            if (trace.isEmpty() && distinct.size() > 1) {
                throw new InputException(data.source(), 0, "trace", "the file holds " + distinct.size()
                        + " traces (column 'trace'); choose one");
            }
            double want = trace.isPresent() ? trace.getAsLong() : distinct.iterator().next();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == want) {
                    rows.add(i);
                }
            }
            if (rows.isEmpty()) {
                throw new InputException(data.source(), 0, "trace", "no trace " + trace.getAsLong() + " in the file"
                        + " (it has " + distinct.size() + ")");
            }
        } else {
            if (trace.isPresent() && trace.getAsLong() != 1) {
                throw new InputException(data.source(), 0, "trace", "the file holds one trace (no 'trace' column),"
                        + " got trace " + trace.getAsLong());
            }
            for (int i = 0; i < xs.length; i++) {
                rows.add(i);
            }
        }
        double[] x = new double[rows.size()];
        double[] r = new double[rows.size()];
        for (int k = 0; k < x.length; k++) {
            int row = rows.get(k);
            x[k] = xs[row];
            r[k] = rs[row];
            if (k > 0 && !(x[k] > x[k - 1])) {
                throw new InputException(data.source(), data.line(row), "position x",
                        "must increase along the profile, got x = " + Quantity.format(x[k], Dimension.LENGTH) + " after "
                        + Quantity.format(x[k - 1], Dimension.LENGTH) + " (line " + data.line(rows.get(k - 1)) + ")");
            }
            if (!(r[k] > 0) || Double.isInfinite(r[k])) {
                throw new InputException(data.source(), data.line(row), "radius r", "must be > 0 m and finite, got "
                        + (Double.isFinite(r[k]) ? Quantity.format(r[k], Dimension.LENGTH) : r[k] + " m"));
            }
        }
        if (x.length < 2) {
            throw new InputException(data.source(), 0, "profile", "needs at least two points (x, r), got " + x.length);
        }
        return new SampledProfile(x, r);
    }

    /** {@code profile} sampled at {@code n} ≥ 2 evenly spaced points on [from, to] (m). */
    public static SampledProfile of(NeckProfile profile, double from, double to, int n) {
        double[] xs = new double[n];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i == n - 1 ? to : from + i * (to - from) / (n - 1);
            rs[i] = profile.radius(xs[i]);
        }
        return new SampledProfile(xs, rs);
    }

    @Override
    public double radius(double at) {
        if (!(at >= x[0] && at <= x[x.length - 1])) {
            throw new IllegalArgumentException("x = " + at + " m is outside the neck profile [" + x[0] + ", "
                    + x[x.length - 1] + "] m");
        }
        int k = Arrays.binarySearch(x, at);
        if (k >= 0) {
            return r[k];
        }
        int i = -k - 2;
        double f = (at - x[i]) / (x[i + 1] - x[i]);
        return r[i] + f * (r[i + 1] - r[i]);
    }

    @Override
    public double start() {
        return x[0];
    }

    @Override
    public double end() {
        return x[x.length - 1];
    }

    @Override
    public double minimumRadius() {
        return r[narrowestIndex()];
    }

    @Override
    public double narrowest() {
        return x[narrowestIndex()];
    }

    private int narrowestIndex() {
        int best = 0;
        for (int i = 1; i < r.length; i++) {
            if (r[i] < r[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public double[] kinks() {
        return x.clone();
    }

    /** Exact for the piecewise-linear r(x): each segment contributes the part of it below r_c. */
    @Override
    public double lengthNarrowerThan(double criticalRadius) {
        double total = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = r[i] - criticalRadius;
            double b = r[i + 1] - criticalRadius;
            double dx = x[i + 1] - x[i];
            if (a < 0 && b < 0) {
                total += dx;
            } else if (a < 0 || b < 0) {
                total += dx * (a < 0 ? a : b) / (a - b) * (a < 0 ? 1 : -1);
            }
        }
        return total;
    }
}
