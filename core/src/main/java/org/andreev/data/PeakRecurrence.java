package org.andreev.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Across repeated sweeps at one field, tells the peaks that come back at the same bias from the
 * ones that wander (seed 000: at 0.25 T the N-S peak is reproduced "without changes nor
 * hysteresis"; for 2H_c &lt; H &lt; 3H_c the phase-slip peaks are "not at the same voltage and
 * their number is also different"; physics.md B7).
 *
 * <p><b>Criterion.</b> The peaks of all sweeps are sorted by position and chained into groups: a
 * peak joins the current group when it lies within the tolerance δV of the group's last peak.
 * A group is <i>reproducible</i> when (a) it holds a peak in at least {@code fraction} of the
 * sweeps (default 0.8), (b) it holds at most one peak per sweep on average (≤ 1.25 × its sweeps),
 * and (c) its peaks span at most 2δV. Every other peak is <i>wandering</i>. δV defaults to twice
 * the median width of all the peaks: a peak that returns within its own width is the same peak.
 * With fewer than three sweeps the criterion cannot tell much; the counts say how many sweeps
 * there were.
 *
 * @param tolerance δV, V (&gt; 0), or 0 for the default
 * @param fraction  the least fraction of sweeps a reproducible group appears in, in (0, 1]
 */
public record PeakRecurrence(double tolerance, double fraction) {

    /**
     * One group of peaks at about one bias.
     *
     * @param position     mean position, V
     * @param spread       largest minus smallest position, V
     * @param sweeps       number of sweeps with a peak in the group
     * @param peaks        number of peaks in the group
     * @param reproducible whether the group passes the criterion (class comment)
     */
    public record Group(double position, double spread, int sweeps, int peaks, boolean reproducible) {}

    /** The default criterion: δV = 2 × median width, 80 % of the sweeps. */
    public static final PeakRecurrence DEFAULT = new PeakRecurrence(0, 0.8);

    /** Validates. */
    public PeakRecurrence {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("peak position tolerance must be >= 0 V and finite (0: automatic), got "
                    + tolerance);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("reproducible fraction of sweeps must be in (0, 1], got " + fraction);
        }
    }

    /** The tolerance δV used for these sweeps, V. */
    public double tolerance(List<List<Peak>> sweeps) {
        if (tolerance > 0) {
            return tolerance;
        }
        double[] widths = sweeps.stream().flatMap(List::stream).mapToDouble(Peak::width).sorted().toArray();
        if (widths.length == 0) {
            return 0;
        }
        int m = widths.length / 2;
        return 2 * ((widths.length & 1) == 1 ? widths[m] : 0.5 * (widths[m - 1] + widths[m]));
    }

    /** The groups of the peaks of {@code sweeps} (one list per sweep), in order of position. */
    public List<Group> groups(List<List<Peak>> sweeps) {
        double tol = tolerance(sweeps);
        int total = sweeps.stream().mapToInt(List::size).sum();
        double[] pos = new double[total];
        int[] sweep = new int[total];
        int k = 0;
        for (int s = 0; s < sweeps.size(); s++) {
            for (Peak p : sweeps.get(s)) {
                pos[k] = p.position();
                sweep[k] = s;
                k++;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pos[a], pos[b]));
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < total) {
            int j = i;
            while (j + 1 < total && pos[order[j + 1]] - pos[order[j]] <= tol) {
                j++;
            }
            BitSet seen = new BitSet(sweeps.size());
            double sum = 0;
            for (int q = i; q <= j; q++) {
                seen.set(sweep[order[q]]);
                sum += pos[order[q]];
            }
            int count = j - i + 1;
            int inSweeps = seen.cardinality();
            double spread = pos[order[j]] - pos[order[i]];
            boolean reproducible = inSweeps >= Math.ceil(fraction * sweeps.size() - 1e-9)
                    && count <= 1.25 * inSweeps && spread <= 2 * tol;
            groups.add(new Group(sum / count, spread, inSweeps, count, reproducible));
            i = j + 1;
        }
        return groups;
    }
}
