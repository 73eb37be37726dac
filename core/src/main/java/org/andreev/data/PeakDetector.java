package org.andreev.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.andreev.io.Curve;
import org.andreev.sweep.Progress;
import org.andreev.sweep.Sweep;

/**
 * Finds the peaks that sit on top of the smooth background of a measured dV/dI(V): the phase-slip
 * and N-S anomalies of seed 000 (Figs. 2 and 3; physics.md B7).
 *
 * <p><b>Method.</b> Points are taken in order of increasing V (sorted when they are not).
 * <ol>
 *   <li>Background b(V): a first estimate is the running median over w points
 *       ({@link RunningMedian}); the points of the peaks it shows (the runs of r = y − b &gt; 0 that hold a
 *       peak, see below, widened by half their length on each side to take in the tails) are masked, and b becomes the
 *       local least-squares quadratic through the w unmasked points nearest to each point
 *       ({@link LocalQuadratic}); masking and fitting are done twice. The quadratic follows the
 *       smooth heating and MAR structure without bias for a locally quadratic background and
 *       bridges a masked peak however wide; the window should be several peak widths and shorter
 *       than the background's structure. Default w = max(31, n/20) points, made odd, and at least three times the longest peak
 *       run of the first pass (so a wide peak gets a wide window). Narrow peaks on a curved MAR structure want a
 *       narrower start ({@link #withWindowFraction}).</li>
 *   <li>Noise σ: 1.4826 × the median absolute deviation of the residual r = y − b outside the
 *       masked peaks (the standard deviation for Gaussian noise).</li>
 *   <li>Peaks: every maximal run of points with r &gt; 0 that holds at least two points above
 *       σ·threshold/2 and whose maximum exceeds σ·threshold (default threshold 5: about one false
 *       peak per 3·10⁶ points of Gaussian noise). A run ends where the noise first takes r below 0
 *       in the peak's tail, so the tails are included down to about σ. Two peaks whose runs touch are
 *       one peak. Dips (r &lt; 0) are not peaks.</li>
 *   <li>First estimates: position and height from the vertex of the parabola through the highest
 *       sample and its two neighbours; width: the full width at half height.</li>
 *   <li>Voltage step, refined with a background of the peak's own ({@link PeakBaseline}): a peak in
 *       dV/dI(V) is a jump s in V(I) at fixed current (seed 000: "a small voltage step ... is associated
 *       with each peak"), s = ∫ (dV/dI − b) dI = ∫ (1 − b/y) dV with b the background at the same
 *       <i>current</i> (dI = dV/y). The background is refitted for each peak as a least-squares quadratic
 *       in the current u = ∫ dV/y through the points on both sides of [V_½− − W, V_½+ + W] (W the FWHM),
 *       as many on each side as the interval holds (at least 8), not in other peaks; s is integrated over
 *       that interval (trapezoidal rule; a logistic step's peak holds 99.0 % of its area there);
 *       position, height and width are re-read from the new residual, three times. With it come the
 *       step's σ from the noise ({@link Peak#stepError}) and the background's misfit
 *       ({@link Peak#backgroundMisfit}). It needs y &gt; 0 in the interval. Where the local background
 *       cannot be fitted (fewer than 3 points on a side), the first estimates stand, with the step
 *       integrated against the global background over the extended run cut at {@value #STEP_WIDTHS}
 *       FWHM beyond the half-height points.</li>
 *   <li>A run that reaches the first or the last point of the curve is not a peak (it cannot be told
 *       from the edge of the background).</li>
 * </ol>
 *
 * @param backgroundWindow running-median window in points (odd ≥ 5), or 0 for the default
 * @param threshold        detection threshold in units of σ (≥ 2)
 * @param windowFraction   the automatic window is max(31, n/windowFraction) points before its widening
 *                         (≥ 2; default 20)
 */
public record PeakDetector(int backgroundWindow, double threshold, int windowFraction) {

    /** The result for one curve: the peaks in order of V, the noise σ (Ω) and the background (Ω, per point). */
    public record Result(List<Peak> peaks, double noise, double[] voltage, double[] background) {
        /** Copies the peak list. */
        public Result {
            peaks = List.copyOf(peaks);
        }
    }

    /** The default detector: automatic window, threshold 5σ. */
    public static final PeakDetector DEFAULT = new PeakDetector(0, 5);

    /** A detector with the default automatic window fraction n/20. */
    public PeakDetector(int backgroundWindow, double threshold) {
        this(backgroundWindow, threshold, 20);
    }

    /** Validates. */
    public PeakDetector {
        if (backgroundWindow != 0 && (backgroundWindow < 5 || backgroundWindow % 2 == 0)) {
            throw new IllegalArgumentException("background window must be an odd number of points >= 5 (or 0 for"
                    + " the default), got " + backgroundWindow);
        }
        if (windowFraction < 2) {
            throw new IllegalArgumentException("window fraction must be >= 2, got " + windowFraction);
        }
        if (!(threshold >= 2) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("peak threshold must be >= 2 (in units of the noise), got " + threshold);
        }
    }

    /** This detector with another window (points, odd ≥ 5, or 0 for the default). */
    public PeakDetector withBackgroundWindow(int points) {
        return new PeakDetector(points, threshold, windowFraction);
    }

    /** This detector with the automatic window starting from n/{@code fraction} points. */
    public PeakDetector withWindowFraction(int fraction) {
        return new PeakDetector(backgroundWindow, threshold, fraction);
    }

    /** This detector with another threshold (in σ). */
    public PeakDetector withThreshold(double sigmas) {
        return new PeakDetector(backgroundWindow, sigmas, windowFraction);
    }

    /** How far beyond the half-height points (in FWHM) the voltage step is integrated. */
    static final double STEP_WIDTHS = 2;

    /** With the automatic window, w is at least this many times the longest peak run of the first pass. */
    static final int WIDTHS_PER_WINDOW = 3;

    private static int odd(int k) {
        return k % 2 == 1 ? k : k - 1;
    }

    /** The window used for a curve of {@code n} points. */
    public int window(int n) {
        int w = backgroundWindow > 0 ? backgroundWindow : Math.max(31, n / windowFraction);
        w = Math.min(w, n % 2 == 1 ? n : n - 1);
        return w % 2 == 1 ? w : w - 1;
    }

    /**
     * The peaks of one dV/dI(V) curve (Ω against V).
     *
     * @throws IllegalArgumentException for fewer than 16 points, a repeated V, or y ≤ 0 inside a peak
     */
    public Result find(Curve dvdi) {
        int n = dvdi.size();
        if (n < 16) {
            throw new IllegalArgumentException("peak search needs at least 16 points, got " + n);
        }
        double[] x = dvdi.x();
        double[] y = dvdi.y();
        if (!increasing(x)) {
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = x[order[k]];
                ys[k] = y[order[k]];
            }
            return findSorted(xs, ys);
        }
        return findSorted(x, y);
    }

    /**
     * {@link #find} on many curves on all cores ({@link Sweep#map}: one task per curve, handed out as
     * workers free up, so long and short curves balance); results in input order.
     */
    public List<Result> findAll(List<Curve> curves) {
        return findAll(curves, Progress.NONE);
    }

    /** {@link #findAll(List)} telling {@code progress} of each finished curve. */
    public List<Result> findAll(List<Curve> curves, Progress progress) {
        return Sweep.map(curves.size(), i -> find(curves.get(i)), progress);
    }

    private static boolean increasing(double[] x) {
        for (int k = 1; k < x.length; k++) {
            if (!(x[k] > x[k - 1])) {
                return false;
            }
        }
        return true;
    }

    private Result findSorted(double[] x, double[] y) {
        int n = x.length;
        for (int k = 1; k < n; k++) {
            if (x[k] == x[k - 1]) {
                throw new IllegalArgumentException("V = " + x[k] + " V occurs twice (points " + k + " and " + (k + 1)
                        + " in order of V); average repeated sweeps before the peak search");
            }
        }
        int w = window(n);
        double[] median = RunningMedian.of(y, w, new double[n]);
        double[] b = median.clone();
        double[] r = new double[n];
        boolean[] masked = new boolean[n];
        double[] scratch = new double[n];
        double floor = noiseFloor(y, scratch);
        double sigma = 0;
        for (int pass = 0; pass < 3; pass++) {
            residual(y, b, r);
            sigma = noise(r, masked, floor, scratch);
            List<int[]> runs = peakRuns(r, sigma);
            if (pass == 0 && backgroundWindow == 0) {
                int longest = runs.stream().mapToInt(run -> run[1] - run[0] + 1).max().orElse(0);
                int wider = odd(Math.min(WIDTHS_PER_WINDOW * longest + 1, n));
                w = Math.max(w, wider);
            }
            java.util.Arrays.fill(masked, false);
            for (int[] run : runs) {
                int grow = Math.max(2, (run[1] - run[0]) / 2);
                for (int q = Math.max(0, run[0] - grow); q <= Math.min(n - 1, run[1] + grow); q++) {
                    masked[q] = true;
                }
            }
            LocalQuadratic.fit(x, y, masked, w, median, b);
        }
        residual(y, b, r);
        sigma = noise(r, masked, floor, scratch);
        List<int[]> kept = new ArrayList<>();
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        for (int[] run : peakRuns(r, sigma)) {
            if (run[0] == 0 || run[1] == n - 1) {
                continue; // a run that reaches an end of the curve cannot be told from the background's edge
            }
            int grow = Math.max(2, (run[1] - run[0]) / 2);
            int[] extended = {Math.max(0, run[0] - grow), Math.min(n - 1, run[1] + grow), run[2]};
            for (int q = extended[0]; q <= extended[1]; q++) {
                owner[q] = kept.size();
            }
            kept.add(extended);
        }
        List<Peak> peaks = new ArrayList<>();
        for (int id = 0; id < kept.size(); id++) {
            int[] run = kept.get(id);
            Peak first = peak(x, y, b, r, run[0], run[1], run[2]);
            PeakBaseline.Fit fit = PeakBaseline.refine(x, y, owner, id, first.position(), first.width(), sigma);
            peaks.add(fit == null ? first
                    : new Peak(fit.position(), fit.height(), fit.width(), fit.step(), fit.background(),
                            fit.stepError(), fit.misfit()));
        }
        return new Result(peaks, sigma, x, b);
    }

    private static void residual(double[] y, double[] b, double[] r) {
        for (int k = 0; k < y.length; k++) {
            r[k] = y[k] - b[k];
        }
    }

    /**
     * The peaks' runs {first, last, top}: maximal runs of r &gt; 0 with at least two points above
     * σ·threshold/2 and a maximum above σ·threshold.
     */
    private List<int[]> peakRuns(double[] r, double sigma) {
        double high = threshold * sigma;
        double low = 0.5 * high;
        List<int[]> runs = new ArrayList<>();
        int n = r.length;
        int k = 0;
        while (k < n) {
            if (!(r[k] > 0)) {
                k++;
                continue;
            }
            int start = k;
            int top = k;
            int above = 0;
            while (k < n && r[k] > 0) {
                if (r[k] > r[top]) {
                    top = k;
                }
                if (r[k] > low) {
                    above++;
                }
                k++;
            }
            if (above >= 2 && r[top] > high) {
                runs.add(new int[] {start, k - 1, top});
            }
        }
        return runs;
    }

    /**
     * 1.4826 MAD of the unmasked residual (all of it when fewer than 8 points are unmasked), floored
     * at {@code floor}; {@code scratch} (length n) is overwritten. Medians by selection, O(n).
     */
    private static double noise(double[] r, boolean[] masked, double floor, double[] scratch) {
        int m = 0;
        for (int k = 0; k < r.length; k++) {
            if (!masked[k]) {
                scratch[m++] = r[k];
            }
        }
        if (m < 8) {
            System.arraycopy(r, 0, scratch, 0, r.length);
            m = r.length;
        }
        double med = RunningMedian.medianInPlace(scratch, m);
        for (int k = 0; k < m; k++) {
            scratch[k] = Math.abs(scratch[k] - med);
        }
        double mad = 1.4826 * RunningMedian.medianInPlace(scratch, m);
        return Math.max(mad, floor);
    }

    /** The noise floor of a noiseless curve: 1e-12 of the median |y| (or the smallest normal double). */
    private static double noiseFloor(double[] y, double[] scratch) {
        for (int k = 0; k < y.length; k++) {
            scratch[k] = Math.abs(y[k]);
        }
        double floor = 1e-12 * RunningMedian.medianInPlace(scratch, y.length);
        return floor > 0 ? floor : Double.MIN_NORMAL;
    }

    private static Peak peak(double[] x, double[] y, double[] b, double[] r, int start, int end, int top) {
        int n = x.length;
        int lo = start;
        int hi = end;
        double position = x[top];
        double height = r[top];
        if (top > 0 && top < n - 1) {
            double[] vertex = vertexOfThree(x, r, top, 0);
            if (vertex != null) {
                position = vertex[0];
                height = vertex[1];
            }
        }
        double half = 0.5 * height;
        int i = top;
        while (i > lo && r[i - 1] > half) {
            i--;
        }
        double left = i > 0 ? cross(x[i - 1], r[i - 1], x[i], r[i], half) : x[i];
        int j = top;
        while (j < hi && r[j + 1] > half) {
            j++;
        }
        double right = j < n - 1 ? cross(x[j], r[j], x[j + 1], r[j + 1], half) : x[j];
        // the step is integrated over the extended run, but no further than STEP_WIDTHS full widths at half height
        // from the half-height points: a logistic step's peak holds 99.8 % of its area within 2 FWHM of them, and a
        // background misfit that keeps the residual positive far into the tails adds nothing beyond
        double fwhm = right - left;
        while (lo < top && x[lo] < left - STEP_WIDTHS * fwhm) {
            lo++;
        }
        while (hi > top && x[hi] > right + STEP_WIDTHS * fwhm) {
            hi--;
        }
        int from = Math.max(lo - 1, 0);
        int to = Math.min(hi + 1, n - 1);
        double step = 0;
        for (int k = from; k <= to; k++) {
            if (!(y[k] > 0)) {
                throw new IllegalArgumentException("dV/dI is " + y[k] + " Ohm <= 0 at V = " + x[k]
                        + " V inside a peak; the voltage step needs dV/dI > 0");
            }
        }
        for (int k = from; k < to; k++) {
            double f0 = k < lo || k > hi ? 0 : 1 - b[k] / y[k];
            double f1 = k + 1 < lo || k + 1 > hi ? 0 : 1 - b[k + 1] / y[k + 1];
            step += 0.5 * (f0 + f1) * (x[k + 1] - x[k]);
        }
        double bg = b[top];
        return new Peak(position, height, right - left, step, bg);
    }

    /** Where the line through (xa, ra), (xb, rb) crosses {@code level} (xa where ra = rb). */
    static double cross(double xa, double ra, double xb, double rb, double level) {
        return ra == rb ? xa : xa + (level - ra) * (xb - xa) / (rb - ra);
    }

    /**
     * {position, height} of the vertex of the parabola through (x_{t−1}, r_{t−1}), (x_t, r_t),
     * (x_{t+1}, r_{t+1}), t = {@code top}, with r indexed from {@code offset} (r[q − offset] belongs to
     * x[q]); null unless it is a maximum strictly between x_{t−1} and x_{t+1}.
     */
    static double[] vertexOfThree(double[] x, double[] r, int top, int offset) {
        double x0 = x[top - 1] - x[top];
        double x2 = x[top + 1] - x[top];
        double d0 = r[top - 1 - offset] - r[top - offset];
        double d2 = r[top + 1 - offset] - r[top - offset];
        double a = (d0 * x2 - d2 * x0) / (x0 * x2 * (x0 - x2));
        double c = (d0 * x2 * x2 - d2 * x0 * x0) / (x0 * x2 * (x2 - x0));
        if (a < 0) {
            double v = -c / (2 * a);
            if (v > x0 && v < x2) {
                return new double[] {x[top] + v, r[top - offset] + c * v + a * v * v};
            }
        }
        return null;
    }
}
