package org.andreev.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.andreev.io.Curve;

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
 *       run of the first pass (so a wide peak gets a wide window).</li>
 *   <li>Noise σ: 1.4826 × the median absolute deviation of the residual r = y − b outside the
 *       masked peaks (the standard deviation for Gaussian noise).</li>
 *   <li>Peaks: every maximal run of points with r &gt; 0 that holds at least two points above
 *       σ·threshold/2 and whose maximum exceeds σ·threshold (default threshold 5: about one false
 *       peak per 3·10⁶ points of Gaussian noise). A run ends where the noise first takes r below 0
 *       in the peak's tail, so the tails are included down to about σ. Two peaks whose runs touch are
 *       one peak. Dips (r &lt; 0) are not peaks.</li>
 *   <li>Position and height: the vertex of the parabola through the highest sample and its two
 *       neighbours; width: the full width at half height.</li>
 *   <li>Voltage step: a peak in dV/dI(V) is a jump s in V(I) (seed 000: "a small voltage step ...
 *       is associated with each peak"). Since dI = dV/y, the voltage in excess of the background
 *       at the same current gained across the peak is s = ∫ (y − b) dI = ∫ (1 − b/y) dV over the
 *       extended run (trapezoidal rule); it needs y &gt; 0 there.</li>
 * </ol>
 *
 * @param backgroundWindow running-median window in points (odd ≥ 5), or 0 for the default
 * @param threshold        detection threshold in units of σ (≥ 2)
 */
public record PeakDetector(int backgroundWindow, double threshold) {

    /** The result for one curve: the peaks in order of V, the noise σ (Ω) and the background (Ω, per point). */
    public record Result(List<Peak> peaks, double noise, double[] voltage, double[] background) {
        /** Copies the peak list. */
        public Result {
            peaks = List.copyOf(peaks);
        }
    }

    /** The default detector: automatic window, threshold 5σ. */
    public static final PeakDetector DEFAULT = new PeakDetector(0, 5);

    /** Validates. */
    public PeakDetector {
        if (backgroundWindow != 0 && (backgroundWindow < 5 || backgroundWindow % 2 == 0)) {
            throw new IllegalArgumentException("background window must be an odd number of points >= 5 (or 0 for"
                    + " the default), got " + backgroundWindow);
        }
        if (!(threshold >= 2) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("peak threshold must be >= 2 (in units of the noise), got " + threshold);
        }
    }

    /** This detector with another window (points, odd ≥ 5, or 0 for the default). */
    public PeakDetector withBackgroundWindow(int points) {
        return new PeakDetector(points, threshold);
    }

    /** This detector with another threshold (in σ). */
    public PeakDetector withThreshold(double sigmas) {
        return new PeakDetector(backgroundWindow, sigmas);
    }

    /** With the automatic window, w is at least this many times the longest peak run of the first pass. */
    static final int WIDTHS_PER_WINDOW = 3;

    private static int odd(int k) {
        return k % 2 == 1 ? k : k - 1;
    }

    /** The window used for a curve of {@code n} points. */
    public int window(int n) {
        int w = backgroundWindow > 0 ? backgroundWindow : Math.max(31, n / 20);
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
     * {@link #find} on many curves, in parallel (one task per curve, handed out dynamically by
     * {@link org.andreev.sweep.Sweep}); results in input order.
     */
    public List<Result> findAll(List<Curve> curves) {
        return List.copyOf(org.andreev.sweep.Sweep.map(curves.size(), i -> find(curves.get(i)),
                org.andreev.sweep.Progress.NONE));
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
        double sigma = 0;
        for (int pass = 0; pass < 3; pass++) {
            residual(y, b, r);
            sigma = noise(r, y, masked);
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
        sigma = noise(r, y, masked);
        List<Peak> peaks = new ArrayList<>();
        for (int[] run : peakRuns(r, sigma)) {
            int grow = Math.max(2, (run[1] - run[0]) / 2);
            peaks.add(peak(x, y, b, r, Math.max(0, run[0] - grow), Math.min(n - 1, run[1] + grow), run[2]));
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

    /** 1.4826 MAD of the unmasked residual, floored at 1e-12 of the typical |y| (noiseless curves). */
    private static double noise(double[] r, double[] y, boolean[] masked) {
        int m = 0;
        double[] a = new double[r.length];
        for (int k = 0; k < r.length; k++) {
            if (!masked[k]) {
                a[m++] = r[k];
            }
        }
        a = m >= 8 ? java.util.Arrays.copyOf(a, m) : r.clone();
        double med = median(a);
        for (int k = 0; k < a.length; k++) {
            a[k] = Math.abs(a[k] - med);
        }
        double mad = 1.4826 * median(a);
        double[] ay = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            ay[k] = Math.abs(y[k]);
        }
        double floor = 1e-12 * median(ay);
        return Math.max(mad, floor > 0 ? floor : Double.MIN_NORMAL);
    }

    private static double median(double[] a) {
        Arrays.sort(a);
        int m = a.length / 2;
        return (a.length & 1) == 1 ? a[m] : 0.5 * (a[m - 1] + a[m]);
    }

    private static Peak peak(double[] x, double[] y, double[] b, double[] r, int start, int end, int top) {
        int n = x.length;
        int lo = start;
        int hi = end;
        double position = x[top];
        double height = r[top];
        if (top > 0 && top < n - 1) {
            // vertex of the parabola through (x_{t-1}, r_{t-1}), (x_t, r_t), (x_{t+1}, r_{t+1})
            double x0 = x[top - 1] - x[top];
            double x2 = x[top + 1] - x[top];
            double d0 = r[top - 1] - r[top];
            double d2 = r[top + 1] - r[top];
            double a = (d0 * x2 - d2 * x0) / (x0 * x2 * (x0 - x2));
            double c = (d0 * x2 * x2 - d2 * x0 * x0) / (x0 * x2 * (x2 - x0));
            if (a < 0) {
                double v = -c / (2 * a);
                if (v > x0 && v < x2) {
                    position = x[top] + v;
                    height = r[top] + c * v + a * v * v;
                }
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

    private static double cross(double xa, double ra, double xb, double rb, double level) {
        return ra == rb ? xa : xa + (level - ra) * (xb - xa) / (rb - ra);
    }
}
