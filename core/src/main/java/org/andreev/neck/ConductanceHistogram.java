package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.G0;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The conductance histogram of many traces, the break-junction habit (Krans et al., Nature 375, 767
 * (1995); Agraït, Levy Yeyati &amp; van Ruitenbeek, Phys. Rep. 377, 81 (2003), §4.2): every point of
 * every trace counted in bins of G = 1/R in units of G0 = 2e²/h, so that conductances the contact
 * prefers (for single atoms, near multiples of G0 in monovalent metals) show as peaks.
 *
 * <p>Bins are [i w, (i + 1) w) for i = 0 … ⌈G_max/w⌉ − 1; points at or above the last bin's upper edge
 * are counted in {@link #overflow}. The traces are counted in parallel (one partial histogram per
 * task, summed), so the counts do not depend on the number of cores.
 *
 * @param binWidth the bin width w, G0
 * @param counts   the number of points in each bin
 * @param overflow the number of points at or above the top bin
 * @param traces   the number of traces counted
 */
public record ConductanceHistogram(double binWidth, long[] counts, long overflow, int traces) {

    /** Validates. */
    public ConductanceHistogram {
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("histogram bin width must be > 0 G0 and finite, got " + binWidth);
        }
    }

    /**
     * The histogram of the resistances R (Ω, one array a trace).
     *
     * @param binWidth the bin width, G0 (&gt; 0)
     * @param maximum  the top of the histogram, G0 (&gt; binWidth; at most 1e8 bins)
     * @throws IllegalArgumentException for a resistance that is not &gt; 0 (naming the trace and point)
     */
    public static ConductanceHistogram of(List<double[]> resistances, double binWidth, double maximum) {
        if (!(binWidth > 0) || !(maximum > binWidth) || Double.isInfinite(maximum) || maximum / binWidth > 1e8) {
            throw new IllegalArgumentException("histogram needs 0 < bin width < maximum with at most 1e8 bins, got"
                    + " bin " + binWidth + " G0, maximum " + maximum + " G0");
        }
        int bins = (int) Math.ceil(maximum / binWidth - 1e-9);
        double perBin = 1 / (G0 * binWidth); // G/w = perBin / R
        long[] total = IntStream.range(0, resistances.size()).parallel()
                .mapToObj(t -> count(resistances.get(t), t, perBin, bins))
                .reduce(ConductanceHistogram::sum)
                .orElse(new long[bins + 1]);
        return new ConductanceHistogram(binWidth, Arrays.copyOf(total, bins), total[bins], resistances.size());
    }

    /** The histogram of the traces' resistances. */
    public static ConductanceHistogram ofTraces(List<Trace> traces, double binWidth, double maximum) {
        return of(traces.stream().map(Trace::resistance).toList(), binWidth, maximum);
    }

    private static long[] count(double[] r, int trace, double perBin, int bins) {
        long[] c = new long[bins + 1];
        for (int i = 0; i < r.length; i++) {
            double x = perBin / r[i];
            if (!(r[i] > 0) || Double.isInfinite(r[i])) {
                throw new IllegalArgumentException("resistance must be > 0 Ohm: trace " + (trace + 1) + " point "
                        + (i + 1) + " has " + r[i]);
            }
            c[x >= bins ? bins : (int) x]++;
        }
        return c;
    }

    private static long[] sum(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /** The bin centres (i + ½) w, G0. */
    public double[] centres() {
        double[] c = new double[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (i + 0.5) * binWidth;
        }
        return c;
    }

    /** The counts as doubles, for tables and plots. */
    public double[] countsAsDoubles() {
        return Arrays.stream(counts).asDoubleStream().toArray();
    }

    /** The total number of points counted, overflow included. */
    public long points() {
        return Arrays.stream(counts).sum() + overflow;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConductanceHistogram h && binWidth == h.binWidth && Arrays.equals(counts, h.counts)
                && overflow == h.overflow && traces == h.traces;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Long.hashCode(overflow);
    }

    @Override
    public String toString() {
        return "ConductanceHistogram[" + counts.length + " bins of " + binWidth + " G0, " + points() + " points, "
                + traces + " traces]";
    }
}
