package org.andreev.numeric;

import java.util.Arrays;

/**
 * Graded Gauss–Legendre panels for integrands with sharp features and edge singularities: the one
 * panel builder under every fixed-panel kernel (N-I-S, Andreev, MAR).
 *
 * <p><b>Grading.</b> Every feature c of width w (a Fermi edge, a Dynes peak, a gap edge) limits the
 * panels: a panel [a, b] is at most α·(its distance to c + w) long, so panels shrink geometrically
 * towards c down to about α·w and grow geometrically away from it; a panel never straddles a feature
 * (features are breakpoints). A square-root edge may instead be graded in its own variable
 * s = sqrt|x − c| ({@link Grading#ROOT}: panel length in s at most α·(s + sqrt w)): the substitution
 * has removed the singularity, so only the edge's width needs resolving, in about half the panels. Each panel thus sees the nearest complex singularity of a smooth
 * integrand at a distance comparable to its length, where the n-point Gauss–Legendre error decays
 * like ρ^{−2n} (Trefethen, <i>Approximation Theory and Approximation Practice</i>, Thm. 19.3). The
 * domain's last panel absorbs a remainder shorter than ¼ of the allowed length.
 *
 * <p><b>Edges.</b> An inverse-square-root edge is removed by a substitution on every panel of the
 * region it claims (from the edge to the next edge, or to the midpoint between two edges facing
 * each other, or to the end of the domain):
 * <ul>
 *   <li>{@link #sqrtEdge}: x = c ± s², dx = 2s ds, so 1/sqrt|x − c| becomes smooth
 *       (e.g. E = Δ − s² below a gap edge);</li>
 *   <li>{@link #coshEdge}: x = o + (c − o) cosh u on the side of c away from the centre o, so the
 *       BCS density (x − o)/sqrt((x − o)² − (c − o)²) times dx is (x − o) du
 *       (e.g. E = Δ cosh u above the gap).</li>
 * </ul>
 * The singular factor is handed to the integrand accurately ({@link QuadratureNodes#root}).
 *
 * <p><b>Tails.</b> An infinite end is mapped: beyond X = o ± r·D (o the tail origin, D the largest
 * distance of a feature or finite end from o, plus its width, r the tail ratio, default 4) one panel
 * in s ∈ (0, 1] with x = o ± (X − o)/s, on which an algebraic tail C/|x − o|^p (p ≥ 2) becomes the
 * polynomial C|X − o|^{1−p} s^{p−2} times a function analytic in s. For an analytic remainder
 * instead, give a finite end and add ∫_end^∞ yourself ({@link QuadratureNodes#upper()}).
 *
 * <p><b>Use.</b> One builder and one {@link QuadratureNodes} per thread, reused: after the first
 * builds nothing is allocated. The MAR energy integral (edges at ω = ±Δ − j·eV, j = −N..N, both
 * sides inverse-square-root with a Dynes η, a 1/|ω|³ tail on both sides):
 * <pre>{@code
 * PanelBuilder panels = new PanelBuilder(8, 1.0);     // per thread
 * QuadratureNodes nodes = new QuadratureNodes();     // per thread, reused
 * panels.reset(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).tails(0.0, 4.0);
 * for (int j = -n; j <= n; j++) {
 *     panels.sqrtEdge(delta - j * ev, eta, PanelBuilder.Side.BOTH);
 *     panels.sqrtEdge(-delta - j * ev, eta, PanelBuilder.Side.BOTH);
 * }
 * panels.feature(0.0, kT);                           // the Fermi window, at T > 0
 * panels.build(nodes);
 * double current = 0;
 * for (int k = 0; k < nodes.size(); k++) {
 *     current += nodes.weight(k) * spectralCurrent(nodes.x(k));
 * }
 * }</pre>
 * Not thread-safe (it holds the feature list of the build in progress).
 */
public final class PanelBuilder {

    /** Which side of an edge is singular. */
    public enum Side {
        /** x &gt; c. */
        ABOVE,
        /** x &lt; c. */
        BELOW,
        /** both sides. */
        BOTH
    }

    private static final byte NONE = 0;
    private static final byte SQRT = 1;
    private static final byte COSH = 2;

    /** The default ratio of the tail start to the largest feature distance. */
    public static final double DEFAULT_TAIL_RATIO = 4.0;

    private final double[] gx;
    private final double[] gw;
    private final double alpha;

    private double lo;
    private double hi;
    private double origin;
    private double tailRatio;

    // features as added: position, width, claim above (kind, centre), claim below (kind, centre)
    private int n;
    private double[] pos = new double[16];
    private double[] width = new double[16];
    private byte[] upKind = new byte[16];
    private double[] upCentre = new double[16];
    private byte[] downKind = new byte[16];
    private double[] downCentre = new double[16];
    private boolean[] rootGraded = new boolean[16];
    // scratch of the build: sorted order, prefix max of c − w, suffix min of c + w, segments
    private int[] order = new int[16];
    private double[] sortedPos = new double[16];
    private double[] behindMax = new double[16];
    private double[] aheadMin = new double[16];
    // square-root edges are graded in s = sqrt|x − c|: the nearest such edge behind / ahead, and sqrt(w)
    private int[] rootBehind = new int[16];
    private int[] rootAhead = new int[16];
    private double[] sortedRootWidth = new double[16];
    private int segments;
    private double[] segStart = new double[32];
    private byte[] segKind = new byte[32];
    private double[] segEdge = new double[32];
    private double[] segCentre = new double[32];

    /**
     * A builder of panels of {@code order} points graded by {@code grading} = α.
     *
     * @param order   Gauss–Legendre points per panel, 1 ≤ order ≤ 200
     * @param grading α: a panel is at most α·(distance to a feature + its width) long (&gt; 0)
     */
    public PanelBuilder(int order, double grading) {
        if (!(grading > 0) || Double.isInfinite(grading)) {
            throw new IllegalArgumentException("panel grading alpha must be > 0 and finite, got " + grading);
        }
        GaussLegendre rule = new GaussLegendre(order);
        gx = new double[order];
        gw = new double[order];
        for (int k = 0; k < order; k++) {
            gx[k] = rule.node(k);
            gw[k] = rule.weight(k);
        }
        alpha = grading;
        reset(0, 1);
    }

    /** Gauss–Legendre points per panel. */
    public int order() {
        return gx.length;
    }

    /**
     * Starts a new layout on [lower, upper] (either end may be infinite), with no features, tail
     * origin 0 and tail ratio {@value #DEFAULT_TAIL_RATIO}.
     */
    public PanelBuilder reset(double lower, double upper) {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(upper > lower) || lower == Double.POSITIVE_INFINITY
                || upper == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("integration range needs lower < upper, got [" + lower + ", " + upper + "]");
        }
        lo = lower;
        hi = upper;
        origin = 0;
        tailRatio = DEFAULT_TAIL_RATIO;
        n = 0;
        return this;
    }

    /**
     * The origin o of the algebraic tails and the ratio r: an infinite end is mapped beyond
     * o ± r·D (class comment).
     *
     * @param tailOrigin o, finite
     * @param ratio      r ≥ 1
     */
    public PanelBuilder tails(double tailOrigin, double ratio) {
        if (!Double.isFinite(tailOrigin)) {
            throw new IllegalArgumentException("tail origin must be finite, got " + tailOrigin);
        }
        if (!(ratio >= 1) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("tail ratio must be >= 1 and finite, got " + ratio);
        }
        origin = tailOrigin;
        tailRatio = ratio;
        return this;
    }

    /** A feature at {@code c} of width {@code w} &gt; 0: panels are graded towards it and stop at it. */
    public PanelBuilder feature(double c, double w) {
        add(c, w, NONE, 0, NONE, 0);
        return this;
    }

    /**
     * An inverse-square-root edge 1/sqrt|x − c| on {@code side}: a feature of width {@code w}, and
     * x = c ± s² on the panels of the region it claims (class comment);
     * {@link QuadratureNodes#root} = s = sqrt|x − c| there. Graded in x like every feature.
     */
    public PanelBuilder sqrtEdge(double c, double w, Side side) {
        return sqrtEdge(c, w, side, Grading.X);
    }

    /** How panels are graded towards a square-root edge. */
    public enum Grading {
        /** In x, like every feature: panel length ≤ α·(|x − c| + w). */
        X,
        /**
         * In the edge's own variable s = sqrt|x − c|: panel length in s ≤ α·(s + sqrt w). About half
         * the panels of {@link #X} for the same width, enough when the substituted integrand has no
         * other singularity near the edge (declare any as features).
         */
        ROOT
    }

    /** {@link #sqrtEdge(double, double, Side)} with the grading chosen. */
    public PanelBuilder sqrtEdge(double c, double w, Side side, Grading grading) {
        boolean up = side != Side.BELOW;
        boolean down = side != Side.ABOVE;
        add(c, w, up ? SQRT : NONE, 0, down ? SQRT : NONE, 0);
        rootGraded[n - 1] = grading == Grading.ROOT;
        return this;
    }

    /**
     * A BCS-type edge at c of a density (x − o)/sqrt((x − o)² − (c − o)²), singular on the side of
     * c away from the centre o: a feature of width {@code w}, and x = o + (c − o) cosh u on the
     * panels of that side's region; {@link QuadratureNodes#root} = |c − o| sinh u there.
     *
     * @param centre o ≠ c
     */
    public PanelBuilder coshEdge(double c, double w, double centre) {
        if (!Double.isFinite(centre) || centre == c) {
            throw new IllegalArgumentException("the centre of a cosh edge must be finite and differ from the edge "
                    + c + ", got " + centre);
        }
        if (c > centre) {
            add(c, w, COSH, centre, NONE, 0);
        } else {
            add(c, w, NONE, 0, COSH, centre);
        }
        return this;
    }

    private void add(double c, double w, byte up, double upC, byte down, double downC) {
        if (!Double.isFinite(c)) {
            throw new IllegalArgumentException("feature position must be finite, got " + c);
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("feature width must be > 0 and finite, got " + w + " at " + c);
        }
        if (n == pos.length) {
            int m = 2 * n;
            pos = Arrays.copyOf(pos, m);
            width = Arrays.copyOf(width, m);
            upKind = Arrays.copyOf(upKind, m);
            upCentre = Arrays.copyOf(upCentre, m);
            downKind = Arrays.copyOf(downKind, m);
            downCentre = Arrays.copyOf(downCentre, m);
            rootGraded = Arrays.copyOf(rootGraded, m);
            order = new int[m];
            sortedPos = new double[m];
            behindMax = new double[m];
            aheadMin = new double[m];
            rootBehind = new int[m];
            rootAhead = new int[m];
            sortedRootWidth = new double[m];
        }
        pos[n] = c;
        width[n] = w;
        rootGraded[n] = false;
        upKind[n] = up;
        upCentre[n] = upC;
        downKind[n] = down;
        downCentre[n] = downC;
        n++;
    }

    /**
     * Fills {@code out} with the nodes and weights of the layout (class comment) and returns it.
     *
     * @throws IllegalArgumentException if two edges at one position claim the same side, or an
     *         infinite end has no length scale (no feature and no finite end)
     */
    public QuadratureNodes build(QuadratureNodes out) {
        sortFeatures();
        buildSegments();
        double a0 = lo;
        double b0 = hi;
        if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
            double d = 0;
            for (int i = 0; i < n; i++) {
                d = Math.max(d, Math.abs(pos[i] - origin) + width[i]);
            }
            if (Double.isFinite(lo)) {
                d = Math.max(d, Math.abs(lo - origin));
            }
            if (Double.isFinite(hi)) {
                d = Math.max(d, Math.abs(hi - origin));
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("an infinite integration range needs a feature or a finite end"
                        + " away from the tail origin " + origin);
            }
            if (Double.isInfinite(hi)) {
                b0 = Math.max(origin + tailRatio * d, Double.isFinite(lo) ? lo : Double.NEGATIVE_INFINITY);
            }
            if (Double.isInfinite(lo)) {
                a0 = Math.min(origin - tailRatio * d, Double.isFinite(hi) ? hi : Double.POSITIVE_INFINITY);
            }
        }
        out.clear(lo, hi);
        if (Double.isInfinite(lo)) {
            tail(a0, out);
        }
        march(a0, b0, out);
        if (Double.isInfinite(hi)) {
            tail(b0, out);
        }
        return out;
    }

    /** Sorts the features by position (insertion sort: no allocation) and fills the grading bounds. */
    private void sortFeatures() {
        for (int i = 0; i < n; i++) {
            double c = pos[i];
            int j = i - 1;
            while (j >= 0 && pos[order[j]] > c) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = i;
        }
        for (int i = 0; i < n; i++) {
            int f = order[i];
            boolean root = isRootGraded(f);
            sortedPos[i] = pos[f];
            sortedRootWidth[i] = root ? Math.sqrt(width[f]) : Double.NaN;
            double b = root ? Double.NEGATIVE_INFINITY : pos[f] - width[f];
            behindMax[i] = i == 0 ? b : Math.max(behindMax[i - 1], b);
            rootBehind[i] = root ? i : i == 0 ? -1 : rootBehind[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            int f = order[i];
            boolean root = isRootGraded(f);
            double b = root ? Double.POSITIVE_INFINITY : pos[f] + width[f];
            aheadMin[i] = i == n - 1 ? b : Math.min(aheadMin[i + 1], b);
            rootAhead[i] = root ? i : i == n - 1 ? n : rootAhead[i + 1];
        }
    }

    /** Whether feature f is a square-root edge graded in s, not in x. */
    private boolean isRootGraded(int f) {
        return rootGraded[f];
    }

    /** The regions the edges claim, as segments [segStart[j], segStart[j + 1]) with their maps. */
    private void buildSegments() {
        segments = 0;
        addSegment(Double.NEGATIVE_INFINITY, NONE, Double.NaN, 0);
        int i = 0;
        double prevPos = Double.NaN;
        byte prevUp = NONE;
        while (i < n) {
            // merge the claims of all features at one position
            double c = sortedPos[i];
            byte up = NONE;
            byte down = NONE;
            double upC = 0;
            double downC = 0;
            for (; i < n && sortedPos[i] == c; i++) {
                int f = order[i];
                if (upKind[f] != NONE) {
                    if (up != NONE) {
                        throw new IllegalArgumentException("two edges at " + c + " claim the side above it");
                    }
                    up = upKind[f];
                    upC = upCentre[f];
                }
                if (downKind[f] != NONE) {
                    if (down != NONE) {
                        throw new IllegalArgumentException("two edges at " + c + " claim the side below it");
                    }
                    down = downKind[f];
                    downC = downCentre[f];
                }
            }
            if (up == NONE && down == NONE) {
                continue; // a plain feature does not end a region
            }
            if (down != NONE) {
                if (prevUp != NONE) {
                    // two edges facing each other share the gap at its midpoint
                    addSegment(0.5 * (prevPos + c), down, c, downC);
                } else {
                    // the unclaimed stretch since the previous edge (or from −∞) is this edge's region
                    segKind[segments - 1] = down;
                    segEdge[segments - 1] = c;
                    segCentre[segments - 1] = downC;
                }
            }
            addSegment(c, up, up == NONE ? Double.NaN : c, upC);
            prevPos = c;
            prevUp = up;
        }
    }

    private void addSegment(double start, byte kind, double edge, double centre) {
        if (segments == segStart.length) {
            int m = 2 * segments;
            segStart = Arrays.copyOf(segStart, m);
            segKind = Arrays.copyOf(segKind, m);
            segEdge = Arrays.copyOf(segEdge, m);
            segCentre = Arrays.copyOf(segCentre, m);
        }
        segStart[segments] = start;
        segKind[segments] = kind;
        segEdge[segments] = edge;
        segCentre[segments] = centre;
        segments++;
    }

    /** Graded panels on the finite range [a, end]. */
    private void march(double a, double end, QuadratureNodes out) {
        if (!(end > a)) {
            return;
        }
        int p = 0; // first feature with position > a
        while (p < n && sortedPos[p] <= a) {
            p++;
        }
        int s = 0; // the segment containing a
        while (s + 1 < segments && segStart[s + 1] <= a) {
            s++;
        }
        while (a < end) {
            double len = Double.POSITIVE_INFINITY;
            if (p > 0) {
                len = alpha * (a - behindMax[p - 1]);
                int e = rootBehind[p - 1];
                if (e >= 0) {
                    // panel length in s = sqrt(x − c) at most α·(s + sqrt w)
                    double r = Math.sqrt(a - sortedPos[e]);
                    double dr = alpha * (r + sortedRootWidth[e]);
                    len = Math.min(len, dr * (2 * r + dr));
                }
            }
            if (p < n) {
                len = Math.min(len, alpha * (aheadMin[p] - a) / (1.0 + alpha));
                int e = rootAhead[p];
                if (e < n) {
                    // the panel ends at s_b = sqrt(c − b) with s_a − s_b at most α·(s_b + sqrt w)
                    double d = sortedPos[e] - a;
                    double ra = Math.sqrt(d);
                    double rb = (ra - alpha * sortedRootWidth[e]) / (1.0 + alpha);
                    len = Math.min(len, rb > 0 ? (ra - rb) * (ra + rb) : d);
                }
            }
            double b = len < Double.POSITIVE_INFINITY ? a + Math.max(len, 4.0 * Math.ulp(a)) : end;
            double stop = Math.min(p < n ? sortedPos[p] : Double.POSITIVE_INFINITY,
                    s + 1 < segments ? segStart[s + 1] : Double.POSITIVE_INFINITY);
            if (stop < b) {
                b = stop;
            }
            // a remainder shorter than ¼ of the allowed length joins this panel, unless a feature sits
            // at or before the end (there the grading, not the remainder, sets the last panels)
            if (b >= end || end - b < 0.25 * len && nextStop(b, p, s) > end) {
                b = end;
            }
            panel(a, b, s, out);
            a = b;
            while (p < n && sortedPos[p] <= a) {
                p++;
            }
            while (s + 1 < segments && segStart[s + 1] <= a) {
                s++;
            }
        }
    }

    /** The first feature or segment start above x (searching from the pointers p, s). */
    private double nextStop(double x, int p, int s) {
        while (p < n && sortedPos[p] <= x) {
            p++;
        }
        while (s + 1 < segments && segStart[s + 1] <= x) {
            s++;
        }
        return Math.min(p < n ? sortedPos[p] : Double.POSITIVE_INFINITY,
                s + 1 < segments ? segStart[s + 1] : Double.POSITIVE_INFINITY);
    }

    /** One panel [a, b] inside segment s, in that segment's substitution variable. */
    private void panel(double a, double b, int s, QuadratureNodes out) {
        int m = gx.length;
        out.ensure(m);
        byte kind = segKind[s];
        double c = segEdge[s];
        if (kind == SQRT) {
            double sign = a >= c ? 1.0 : -1.0;
            double sa = Math.sqrt(Math.max(0.0, sign * (a - c)));
            double sb = Math.sqrt(Math.max(0.0, sign * (b - c)));
            double half = 0.5 * Math.abs(sb - sa);
            double mid = 0.5 * (sa + sb);
            for (int k = 0; k < m; k++) {
                double r = mid + half * gx[k];
                out.add(c + sign * r * r, half * gw[k] * 2.0 * r, r, c);
            }
        } else if (kind == COSH) {
            double lambda = c - segCentre[s];
            double scale = Math.abs(lambda);
            double ua = acosh1p((a - c) / lambda);
            double ub = acosh1p((b - c) / lambda);
            double half = 0.5 * Math.abs(ub - ua);
            double mid = 0.5 * (ua + ub);
            for (int k = 0; k < m; k++) {
                double u = mid + half * gx[k];
                double em1 = Math.expm1(u);
                double e = 1.0 + em1;
                double coshM1 = 0.5 * em1 * em1 / e; // cosh u − 1
                double sinh = 0.5 * em1 * (em1 + 2.0) / e;
                out.add(c + lambda * coshM1, half * gw[k] * scale * sinh, scale * sinh, c);
            }
        } else {
            double half = 0.5 * (b - a);
            double mid = 0.5 * (a + b);
            for (int k = 0; k < m; k++) {
                out.add(mid + half * gx[k], half * gw[k], 0.0, Double.NaN);
            }
        }
        out.panelDone();
    }

    /** The tail beyond x0 (away from the origin o): x = o + (x0 − o)/s, s ∈ (0, 1]. */
    private void tail(double x0, QuadratureNodes out) {
        int m = gx.length;
        out.ensure(m);
        double l = x0 - origin;
        for (int k = 0; k < m; k++) {
            double s = 0.5 + 0.5 * gx[k];
            out.add(origin + l / s, 0.5 * gw[k] * Math.abs(l) / (s * s), 0.0, Double.NaN);
        }
        out.panelDone();
    }

    /** acosh(1 + d) for d ≥ 0, accurate for small d: log1p(d + sqrt(d(2 + d))). */
    private static double acosh1p(double d) {
        double x = Math.max(0.0, d);
        return Math.log1p(x + Math.sqrt(x * (2.0 + x)));
    }
}
