package org.andreev.neck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.andreev.io.InputException;

/**
 * Reads the shape of a neck from its staircase R(z) (physics.md B2): the plastic stages, the
 * narrowest cross-section A(z), the profile r(x), the opening angle θ and the length.
 *
 * <ol>
 *   <li><b>Area.</b> A_i from R_i by {@link ContactSize} (Sharvin or Wexler), y_i = ln A_i.</li>
 *   <li><b>Noise.</b> σ of y from the median absolute deviation of its first differences (the jumps
 *       are a few outliers among them, which the median ignores), or as given; never below 1e-6.</li>
 *   <li><b>Plateaus and jumps.</b> Binary segmentation (Scott &amp; Knott 1974; Killick, Fearnhead &amp;
 *       Eckley, JASA 107, 1590 (2012) for the penalised form) of y(z) into segments, each a straight
 *       line in z: a segment is split where the drop of the residual sum of squares of the line fits
 *       is largest, as long as that drop exceeds the penalty β = c σ² ln n (c = {@code penalty},
 *       default 6: two more line parameters and a position per split), and no segment is shorter
 *       than {@code minimumPoints}. Fitting lines, not constants, is how <i>elastic slopes</i> are
 *       handled: the slow thinning of a plateau before its yield is a slope of the segment, not a run
 *       of false jumps. Noise below β stays inside the segments; where the steps are smaller than the
 *       noise (wide necks), several slabs make one longer, sloped stage.</li>
 *   <li><b>Non-monotonic steps.</b> In the slab model the narrowest cross-section only shrinks; a
 *       plateau above the one before (an atomic rearrangement, or noise) is pooled with its
 *       neighbours by the pool-adjacent-violators algorithm (the least-squares non-increasing fit of
 *       the plateau levels, each weighted by its number of points), and the number of pooled
 *       reversals is reported.</li>
 *   <li><b>Shape.</b> The profile r(x) = sqrt(A(z_f − 2|x|)/π) from the stages; tan θ = −2 dr_min/dz
 *       with dr_min/dz the least-squares slope of r_i = sqrt(A_i/π) against z_i over all points,
 *       each weighted by its share of z (trapezoid weights); the length z_f − z_0; the deforming
 *       length L = A′Δz/(A − A′) of each stage.</li>
 * </ol>
 * Gaps in z larger than {@code maxGap} median steps are refused ({@link Trace#requireNoGaps}); a trace
 * whose cross-section does not shrink (slope of r_min ≥ 0) has no opening angle and is refused.
 *
 * @param contact       how R gives A
 * @param penalty       c in β = c σ² ln n, &gt; 0
 * @param minimumPoints the fewest points a stage may have, ≥ 2
 * @param maxGap        the largest step of z allowed, in median steps, &gt; 1
 * @param noise         σ of ln A to use (NaN: estimate it from the trace)
 */
public record StaircaseAnalysis(ContactSize contact, double penalty, int minimumPoints, double maxGap,
        double noise) {

    /** Segments longer than this are scanned for their best split on a coarse grid first. */
    static final int COARSE = 4096;

    /** The floor of σ: no measurement of R is better than 1e-6 relative. */
    static final double NOISE_FLOOR = 1e-6;

    /** Validates. */
    public StaircaseAnalysis {
        if (contact == null) {
            throw new IllegalArgumentException("staircase analysis needs a contact model (Sharvin or Wexler)");
        }
        if (!(penalty > 0) || Double.isInfinite(penalty)) {
            throw new IllegalArgumentException("segmentation penalty must be > 0 and finite, got " + penalty);
        }
        if (minimumPoints < 2) {
            throw new IllegalArgumentException("a stage needs at least 2 points, got " + minimumPoints);
        }
        if (!(maxGap > 1)) {
            throw new IllegalArgumentException("largest gap must be > 1 median step, got " + maxGap);
        }
        if (!Double.isNaN(noise) && !(noise > 0 && noise < 1)) {
            throw new IllegalArgumentException("noise sigma of ln A must be in (0, 1) (or NaN: estimate it), got "
                    + noise);
        }
    }

    /** The defaults: penalty 6, stages of at least 3 points, gaps up to 20 median steps, σ estimated. */
    public static StaircaseAnalysis of(ContactSize contact) {
        return new StaircaseAnalysis(contact, 6.0, 3, 20.0, Double.NaN);
    }

    /** This analysis with penalty factor {@code c}. */
    public StaircaseAnalysis withPenalty(double c) {
        return new StaircaseAnalysis(contact, c, minimumPoints, maxGap, noise);
    }

    /** This analysis with a given noise σ of ln A (NaN: estimate). */
    public StaircaseAnalysis withNoise(double sigma) {
        return new StaircaseAnalysis(contact, penalty, minimumPoints, maxGap, sigma);
    }

    /** This analysis allowing gaps up to {@code steps} median steps. */
    public StaircaseAnalysis withMaxGap(double steps) {
        return new StaircaseAnalysis(contact, penalty, minimumPoints, steps, noise);
    }

    /**
     * The shape of the neck that made {@code trace} (class comment).
     *
     * @throws InputException when the trace has a gap, too few points for one stage, or does not narrow
     */
    public NeckShape analyse(Trace trace) {
        trace.requireNoGaps(maxGap);
        int n = trace.size();
        if (n < 2 * minimumPoints) {
            throw new InputException(trace.source(), trace.lines()[n - 1], Trace.label(trace.name()),
                    "has " + n + " points; the staircase analysis needs at least " + 2 * minimumPoints);
        }
        double[] z = trace.z();
        double[] y = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double a = contact.radius(trace.resistance()[i]);
            r[i] = a;
            y[i] = Math.log(Math.PI * a * a);
        }
        double sigma = Double.isNaN(noise) ? Math.max(RobustStatistics.noiseFromDifferences(y), NOISE_FLOOR) : noise;
        double beta = penalty * sigma * sigma * Math.log(n);
        double scale = 1 / trace.medianStep();
        int[] cuts = segment(z, y, scale, beta);
        List<Moments> segments = new ArrayList<>(cuts.length - 1);
        for (int s = 0; s + 1 < cuts.length; s++) {
            segments.add(Moments.of(z, y, cuts[s], cuts[s + 1], scale));
        }
        int before = segments.size();
        List<Moments> pooled = poolAdjacentViolators(segments, scale);
        int reversals = before - pooled.size();
        List<PlasticStage> stages = stages(pooled, z, scale);
        double slope = weightedSlope(z, r);
        if (!(slope < 0)) {
            throw new InputException(trace.source(), 0, Trace.label(trace.name()), String.format(java.util.Locale.ROOT,
                    "the contact radius does not shrink with elongation (dr/dz = %.3g): no opening angle;"
                            + " is z the elongation and R the resistance?", slope));
        }
        // r_min: the last plateau's level; where that stage spans several unresolved slabs (its slope is
        // significant, t > 3), its line at z_f instead
        Moments last = pooled.get(pooled.size() - 1);
        boolean sloped = last.czz() > 0 && Math.abs(last.czy()) > 3 * sigma * Math.sqrt(last.czz());
        double lastArea = Math.exp(last.meanY() + (sloped ? last.slope(scale) * (z[n - 1] - last.meanZ()) : 0));
        return new NeckShape(Math.atan(-2 * slope), z[n - 1] - z[0], Math.sqrt(lastArea / Math.PI),
                z[0], z[n - 1], stages, reversals, sigma);
    }

    /**
     * The cut indices 0 = c_0 &lt; c_1 &lt; … &lt; c_m = n of the binary segmentation into line segments
     * (class comment), sorted.
     */
    int[] segment(double[] z, double[] y, double scale, double beta) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        cuts.add(z.length);
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {0, z.length});
        while (!todo.isEmpty()) {
            int[] seg = todo.pop();
            int split = bestSplit(z, y, seg[0], seg[1], scale, beta);
            if (split > 0) {
                cuts.add(split);
                todo.push(new int[] {seg[0], split});
                todo.push(new int[] {split, seg[1]});
            }
        }
        return cuts.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * The split t of [a, b) that lowers the residual sum of squares of the line fits most, if it lowers
     * it by more than β and leaves both parts at least {@code minimumPoints}; else −1. One pass of
     * running sums in coordinates centred on the segment (z in median steps), so that the sums do not
     * cancel.
     */
    private int bestSplit(double[] z, double[] y, int a, int b, double scale, double beta) {
        int m = b - a;
        if (m < 2 * minimumPoints) {
            return -1;
        }
        double z0 = z[(a + b) >>> 1];
        double y0 = y[a];
        double[] total = new double[5];
        accumulate(z, y, a, b, z0, y0, scale, total);
        double whole = rss(m, total[0], total[1], total[2], total[3], total[4]);
        // the running sums cost little, the gains more: a segment of more than COARSE points is scanned
        // at every stride-th point first, then at every point within a stride of the best of those
        int stride = Math.max(1, m / COARSE);
        double[] left = new double[5];
        double[] atCheckpoint = new double[5];
        double[] beforeBest = new double[5];
        int beforeBestIndex = a;
        int checkpoint = a;
        double bestGain = Double.NEGATIVE_INFINITY;
        int best = -1;
        int countdown = stride;
        for (int i = a; i < b - minimumPoints; i++) {
            add(left, (z[i] - z0) * scale, y[i] - y0);
            int n = i + 1 - a;
            if (--countdown > 0 || n < minimumPoints) {
                continue;
            }
            countdown = stride;
            double gain = gain(whole, n, m, left, total);
            if (gain > bestGain) {
                bestGain = gain;
                best = i + 1;
                System.arraycopy(atCheckpoint, 0, beforeBest, 0, 5);
                beforeBestIndex = checkpoint;
            }
            System.arraycopy(left, 0, atCheckpoint, 0, 5);
            checkpoint = i + 1;
        }
        if (stride > 1 && best > 0) {
            // refine between the checkpoint before the coarse best and a stride after it
            int to = Math.min(b - minimumPoints, best + stride);
            System.arraycopy(beforeBest, 0, left, 0, 5);
            for (int i = beforeBestIndex; i < to; i++) {
                add(left, (z[i] - z0) * scale, y[i] - y0);
                int n = i + 1 - a;
                if (n < minimumPoints) {
                    continue;
                }
                double gain = gain(whole, n, m, left, total);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = i + 1;
                }
            }
        }
        return bestGain > beta ? best : -1;
    }

    private static void accumulate(double[] z, double[] y, int a, int b, double z0, double y0, double scale,
            double[] sums) {
        for (int i = a; i < b; i++) {
            add(sums, (z[i] - z0) * scale, y[i] - y0);
        }
    }

    /** Adds a point (u, v) to the running sums {Σu, Σv, Σu², Σuv, Σv²}. */
    private static void add(double[] s, double u, double v) {
        s[0] += u;
        s[1] += v;
        s[2] += u * u;
        s[3] += u * v;
        s[4] += v * v;
    }

    /** The drop of the residual sum of squares when [0, m) is split into [0, n) and [n, m). */
    private static double gain(double whole, int n, int m, double[] left, double[] total) {
        return whole - rss(n, left[0], left[1], left[2], left[3], left[4])
                - rss(m - n, total[0] - left[0], total[1] - left[1], total[2] - left[2], total[3] - left[3],
                        total[4] - left[4]);
    }

    /** The residual sum of squares of the least-squares line through n points with these raw sums. */
    static double rss(int n, double sz, double sy, double szz, double szy, double syy) {
        double czz = szz - sz * sz / n;
        double czy = szy - sz * sy / n;
        double cyy = syy - sy * sy / n;
        double res = czz > 0 ? cyy - czy * czy / czz : cyy;
        return Math.max(res, 0);
    }

    /** Count, centroid and centred second moments of a run of points (z in median steps). */
    record Moments(int from, int to, double meanZ, double meanY, double czz, double czy) {

        static Moments of(double[] z, double[] y, int from, int to, double scale) {
            int n = to - from;
            double mz = 0;
            double my = 0;
            for (int i = from; i < to; i++) {
                mz += z[i];
                my += y[i];
            }
            mz /= n;
            my /= n;
            double czz = 0;
            double czy = 0;
            for (int i = from; i < to; i++) {
                double u = (z[i] - mz) * scale;
                czz += u * u;
                czy += u * (y[i] - my);
            }
            return new Moments(from, to, mz, my, czz, czy);
        }

        int count() {
            return to - from;
        }

        /** The union of two adjacent runs (Chan, Golub &amp; LeVeque's pairwise update of the moments). */
        Moments merge(Moments o, double scale) {
            int na = count();
            int nb = o.count();
            int n = na + nb;
            double dz = (o.meanZ - meanZ) * scale;
            double dy = o.meanY - meanY;
            double f = (double) na * nb / n;
            return new Moments(from, o.to, meanZ + (o.meanZ - meanZ) * nb / n, meanY + dy * nb / n,
                    czz + o.czz + dz * dz * f, czy + o.czy + dz * dy * f);
        }

        /** d ln A / dz, 1/m (z was scaled by {@code scale}). */
        double slope(double scale) {
            return czz > 0 ? czy / czz * scale : 0;
        }
    }

    /** Pool-adjacent-violators: the strictly decreasing least-squares fit of the segment levels. */
    private static List<Moments> poolAdjacentViolators(List<Moments> segments, double scale) {
        Deque<Moments> stack = new ArrayDeque<>();
        for (Moments s : segments) {
            Moments current = s;
            while (!stack.isEmpty() && stack.peek().meanY() <= current.meanY()) {
                current = stack.pop().merge(current, scale);
            }
            stack.push(current);
        }
        List<Moments> out = new ArrayList<>(stack);
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<PlasticStage> stages(List<Moments> runs, double[] z, double scale) {
        int m = runs.size();
        List<PlasticStage> out = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            Moments s = runs.get(k);
            double start = k == 0 ? z[0] : 0.5 * (z[s.from() - 1] + z[s.from()]);
            double end = k == m - 1 ? z[z.length - 1] : 0.5 * (z[s.to() - 1] + z[s.to()]);
            double area = Math.exp(s.meanY());
            double deforming = Double.NaN;
            if (k + 1 < m) {
                double next = Math.exp(runs.get(k + 1).meanY());
                deforming = next * (end - start) / (area - next);
            }
            out.add(new PlasticStage(start, end, area, s.slope(scale), s.count(), deforming));
        }
        return out;
    }

    /** The least-squares slope of r against z with trapezoid weights (each point's share of z). */
    static double weightedSlope(double[] z, double[] r) {
        int n = z.length;
        double sw = 0;
        double swz = 0;
        double swr = 0;
        for (int i = 0; i < n; i++) {
            double w = weight(z, i);
            sw += w;
            swz += w * z[i];
            swr += w * r[i];
        }
        double mz = swz / sw;
        double mr = swr / sw;
        double szz = 0;
        double szr = 0;
        for (int i = 0; i < n; i++) {
            double w = weight(z, i);
            double u = z[i] - mz;
            szz += w * u * u;
            szr += w * u * (r[i] - mr);
        }
        return szr / szz;
    }

    private static double weight(double[] z, int i) {
        double lo = i == 0 ? z[0] : 0.5 * (z[i - 1] + z[i]);
        double hi = i == z.length - 1 ? z[i] : 0.5 * (z[i] + z[i + 1]);
        return hi - lo;
    }
}
