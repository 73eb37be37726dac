package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Starting values of an N-I-S fit read off the measured curve (SI units throughout):
 * <ul>
 *   <li>R_T from the high-bias conductance (the mean of dI/dV, or the slope of I, over the outer
 *       fifth of the bias range on each side the sweep covers: R_T and T_N need one sign only);</li>
 *   <li>dI/dV: Δ and V_off from the conductance peaks (the largest on each side sit at ±Δ + V_off);
 *       with a spin splitting, the two highest peaks on a side sit at Δ ∓ h (physics.md A1), so
 *       Δ is their mean and h half their distance;</li>
 *   <li>I(V): Δ and V_off from the current onset: at T = 0, I R_T = sqrt(V² − Δ²) (physics.md A2),
 *       so the biases V_± where I = ±I* give V_off = (V_+ + V_−)/2 and
 *       Δ = e sqrt(((V_+ − V_−)/2)² − (I* R_T)²), with I* a fifth of the largest current;</li>
 *   <li>T_N from the sub-gap exponential: both I and dI/dV grow like exp(eV/k_BT) below the gap
 *       (physics.md A2, sub-gap current), so the slope of ln y against eV is 1/k_BT, read where
 *       y is between 10⁻⁴ and 10⁻¹ of its normal-state value and above ten times the noise (the
 *       scatter about the high-bias line); Δ/(15 k_B) when fewer than three points qualify;
 *       kept within [Δ/(100 k_B), Δ/(2 k_B)];</li>
 *   <li>γ/Δ from the zero-bias conductance (n_S(0) = γ/Δ for Dynes, physics.md A1), within
 *       [10⁻⁵, 0.3]; 10⁻³ for a current.</li>
 * </ul>
 * These are starting points for Levenberg–Marquardt, not estimates.
 */
final class NisInitialGuess {

    private final double[] v;
    private final double[] y;
    private final NisFitMode mode;

    private double rt;
    private double noise;
    private double offset;
    private double delta;
    private double h;
    private boolean twoPeaks;
    private final boolean split;
    private boolean edgesRead;
    private boolean noiseRead;

    /**
     * Keeps the curve {@code y(v)} (any bias order); every value is read off it only when first asked
     * for, so that a fit that is given R_T, Δ and V_off can be started from a one-sided bias sweep
     * (only V_off, Δ, h and the gap depth need both signs).
     */
    NisInitialGuess(NisFitMode mode, double[] v, double[] y, boolean split) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        this.v = Arrays.stream(order).mapToDouble(i -> v[i]).toArray();
        this.y = Arrays.stream(order).mapToDouble(i -> y[i]).toArray();
        this.mode = mode;
        this.split = split;
    }

    /** R_T and the noise from the high-bias conductance, once. */
    private void readHighBias() {
        if (!(rt > 0)) {
            rt = 1.0 / highBiasConductance();
        }
    }

    private void requireBothSigns(String what, String remedy) {
        if (!(v[0] < 0 && v[v.length - 1] > 0)) {
            throw new IllegalArgumentException("cannot guess " + what + ": the bias must cover both signs; " + remedy);
        }
    }

    /** Δ, V_off (and h) from the peaks or the onset, once. */
    private void readEdges() {
        if (!edgesRead) {
            requireBothSigns("delta, h or offset", "give them (and keep offset fixed)");
            readHighBias();
            if (mode == NisFitMode.CONDUCTANCE) {
                peaks(split);
            } else {
                onset();
            }
            edgesRead = true;
        }
    }

    double rt() {
        readHighBias();
        return rt;
    }

    double offset() {
        readEdges();
        return offset;
    }

    double delta() {
        readEdges();
        return delta;
    }

    /** The exchange splitting, from two resolved peaks (when asked for), else 0.1 Δ. */
    double h() {
        readEdges();
        return twoPeaks ? h : 0.1 * delta;
    }

    /** γ/Δ from the conductance at the bias offset {@code offset} (V) and R_T = {@code rt} (Ω). */
    double dynes(double offset, double rt) {
        if (mode == NisFitMode.CURRENT) {
            return 1e-3;
        }
        double g0 = y[nearest(offset)] * rt;
        return Math.min(0.3, Math.max(1e-5, g0));
    }

    /**
     * T_N from the sub-gap exponential slope, for a gap {@code gap} (J), splitting {@code split} (J),
     * tunnel resistance {@code rt} (Ω) and bias offset {@code offset} (V), given or guessed; works on
     * a one-sided bias sweep.
     */
    double te(double gap, double split, double rt, double offset) {
        readNoise();
        double normal = mode == NisFitMode.CONDUCTANCE ? 1.0 / rt : gap / (E_CHARGE * rt);
        double edge = (gap - split) / E_CHARGE;
        Line line = Line.fit(v.length, i -> E_CHARGE * Math.abs(v[i] - offset), i -> Math.log(Math.abs(y[i]) / normal),
                i -> {
                    double r = Math.abs(y[i]) / normal;
                    return Math.abs(v[i] - offset) < edge && r > 1e-4 && r < 0.1 && Math.abs(y[i]) > 10 * noise;
                });
        double fallback = gap / (15 * K_BOLTZMANN);
        double t = line.n() >= 3 && line.slope() > 0 ? 1.0 / (K_BOLTZMANN * line.slope()) : fallback;
        return Math.min(gap / (2 * K_BOLTZMANN), Math.max(gap / (100 * K_BOLTZMANN), t));
    }

    /**
     * How much of the gap is left: 1 − G_min R_T, with G_min the lowest (smoothed) conductance, or
     * the slope of I over the central tenth of the bias range. About 1 for a clean gap, 0 for a
     * normal-state curve.
     */
    double gapDepth() {
        requireBothSigns("the gap depth", "sweep through zero bias");
        readHighBias();
        if (mode == NisFitMode.CONDUCTANCE) {
            return 1 - Arrays.stream(smoothed()).min().orElseThrow() * rt;
        }
        double vMax = Math.min(-v[0], v[v.length - 1]);
        Line centre = Line.fit(v.length, i -> v[i], i -> y[i], i -> Math.abs(v[i]) <= 0.1 * vMax);
        return centre.n() < 2 ? 1 : 1 - centre.slope() * rt;
    }

    /**
     * The conductance of a normal-state (gapless) curve over its whole bias range: the mean of dI/dV
     * and its standard error, or the least-squares slope of I and its standard error; {value, σ}, S.
     */
    double[] ohmicConductance() {
        int n = v.length;
        if (mode == NisFitMode.CONDUCTANCE) {
            double mean = Arrays.stream(y).average().orElseThrow();
            double ss = Arrays.stream(y).map(g -> (g - mean) * (g - mean)).sum();
            return new double[] {mean, Math.sqrt(ss / (n - 1) / n)};
        }
        Line line = Line.fit(n, i -> v[i], i -> y[i], i -> true);
        return new double[] {line.slope(), Math.sqrt(line.rss() / (n - 2) / line.sxx())};
    }

    /**
     * The noise: the rms scatter of y about a straight line over the outer fifth of the bias range
     * on each side present, once (10⁻³ of the largest |y| if too few points lie there, which
     * only loosens the selection of sub-gap points for T_N).
     */
    private void readNoise() {
        if (!noiseRead) {
            try {
                highBiasLines();
            } catch (IllegalArgumentException e) {
                noise = 1e-3 * Arrays.stream(y).map(Math::abs).max().orElse(0);
            }
            noiseRead = true;
        }
    }

    /**
     * Mean dI/dV (or slope of I) over the outer fifth of the bias range on each side present (both
     * sides up to the smaller extent when the bias covers both signs); sets the noise.
     */
    private double highBiasConductance() {
        double g = highBiasLines();
        if (!(g > 0)) {
            throw new IllegalArgumentException(
                    "cannot guess R_T: the high-bias conductance is not positive (" + g + " S); give rt");
        }
        return g;
    }

    /** The mean high-bias conductance of {@link #highBiasConductance}, setting the noise. */
    private double highBiasLines() {
        boolean both = v[0] < 0 && v[v.length - 1] > 0;
        double vMax = both ? Math.min(-v[0], v[v.length - 1]) : Math.max(-v[0], v[v.length - 1]);
        double g = 0;
        double scatter = 0;
        int points = 0;
        int sides = 0;
        for (int side = -1; side <= 1; side += 2) {
            int sign = side;
            if (!both && sign * (v[0] + v[v.length - 1]) < 0) {
                continue; // a one-sided sweep: only the side it covers
            }
            Line line = Line.fit(v.length, i -> v[i], i -> y[i], i -> sign * v[i] >= 0.8 * vMax);
            if (line.n() < 3) {
                throw new IllegalArgumentException("cannot guess R_T: too few points at high bias; give rt");
            }
            scatter += line.rss();
            points += line.n();
            sides++;
            g += mode == NisFitMode.CONDUCTANCE ? line.meanY() : line.slope();
        }
        noise = Math.sqrt(scatter / points);
        noiseRead = true;
        return g / sides;
    }

    /**
     * A least-squares straight line through the points i &lt; n selected by {@code use}.
     *
     * @param n      the number of points used
     * @param slope  the slope
     * @param meanY  the mean ordinate
     * @param sxx    Σ (x − x̄)²
     * @param rss    the residual sum of squares about the line
     */
    private record Line(int n, double slope, double meanY, double sxx, double rss) {
        static Line fit(int size, IntToDoubleFunction x, IntToDoubleFunction y, IntPredicate use) {
            int[] idx = IntStream.range(0, size).filter(use).toArray();
            int n = idx.length;
            double mx = IntStream.of(idx).mapToDouble(x).average().orElse(Double.NaN);
            double my = IntStream.of(idx).mapToDouble(y).average().orElse(Double.NaN);
            double sxx = 0, sxy = 0;
            for (int i : idx) {
                sxx += (x.applyAsDouble(i) - mx) * (x.applyAsDouble(i) - mx);
                sxy += (x.applyAsDouble(i) - mx) * (y.applyAsDouble(i) - my);
            }
            double slope = sxy / sxx;
            double rss = 0;
            for (int i : idx) {
                double r = y.applyAsDouble(i) - my - slope * (x.applyAsDouble(i) - mx);
                rss += r * r;
            }
            return new Line(n, slope, my, sxx, rss);
        }
    }

    /** Δ, V_off and, if {@code split}, h from the conductance maxima. */
    private void peaks(boolean split) {
        double[] s = smoothed();
        int window = Math.max(2, v.length / 100);
        double[] pos = new double[2];
        double[] neg = new double[2];
        int foundPos = twoHighestMaxima(s, window, 1, pos);
        int foundNeg = twoHighestMaxima(s, window, -1, neg);
        if (foundPos == 0 || foundNeg == 0) {
            throw new IllegalArgumentException("cannot guess the gap: no conductance peak on "
                    + (foundPos == 0 ? "the positive" : "the negative") + " side; give delta");
        }
        offset = (pos[0] + neg[0]) / 2;
        delta = E_CHARGE * (pos[0] - neg[0]) / 2;
        if (split && foundPos == 2 && foundNeg == 2) {
            double outer = (Math.max(pos[0], pos[1]) - Math.min(neg[0], neg[1])) / 2;
            double inner = (Math.min(pos[0], pos[1]) - Math.max(neg[0], neg[1])) / 2;
            if (inner > 0) {
                twoPeaks = true;
                delta = E_CHARGE * (outer + inner) / 2;
                h = E_CHARGE * (outer - inner) / 2;
            }
        }
    }

    /**
     * The biases of the (up to) two highest local maxima of {@code s} on the side {@code side} of
     * zero bias that rise above the normal conductance by three times the noise, highest first;
     * returns how many were found.
     */
    private int twoHighestMaxima(double[] s, int window, int side, double[] out) {
        int first = -1;
        int second = -1;
        double floor = 1 / rt + 3 * noise;
        for (int i = window; i < s.length - window; i++) {
            if (side * v[i] <= 0 || s[i] < floor || !isLocalMax(s, i, window)) {
                continue;
            }
            if (first < 0 || s[i] > s[first]) {
                second = first;
                first = i;
            } else if (second < 0 || s[i] > s[second]) {
                second = i;
            }
        }
        if (first >= 0) {
            out[0] = v[first];
        }
        if (second >= 0) {
            out[1] = v[second];
        }
        return first < 0 ? 0 : second < 0 ? 1 : 2;
    }

    private static boolean isLocalMax(double[] s, int i, int window) {
        for (int j = i - window; j <= i + window; j++) {
            if (s[j] > s[i]) {
                return false;
            }
        }
        return true;
    }

    /** A running mean over 1 % of the points, against noise in the peak search. */
    private double[] smoothed() {
        int half = Math.max(0, v.length / 200);
        double[] s = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int lo = Math.max(0, i - half);
            int hi = Math.min(y.length - 1, i + half);
            double sum = 0;
            for (int j = lo; j <= hi; j++) {
                sum += y[j];
            }
            s[i] = sum / (hi - lo + 1);
        }
        return s;
    }

    /** Δ and V_off from the biases where the current crosses ±I*. */
    private void onset() {
        double iMax = Math.min(Math.abs(y[0]), Math.abs(y[y.length - 1]));
        double level = 0.2 * iMax;
        double vPlus = crossing(level, 1);
        double vMinus = crossing(-level, -1);
        offset = (vPlus + vMinus) / 2;
        double half = (vPlus - vMinus) / 2;
        double ir = level * rt;
        double gapVolts = half > ir ? Math.sqrt(half * half - ir * ir) : 0.5 * half;
        delta = E_CHARGE * gapVolts;
        if (!(delta > 0)) {
            throw new IllegalArgumentException("cannot guess the gap from the current onset; give delta");
        }
    }

    /** The bias nearest zero on the given side where y crosses {@code level}, interpolated linearly. */
    private double crossing(double level, int side) {
        int start = nearest(0);
        for (int i = start; i + side >= 0 && i + side < v.length; i += side) {
            double a = y[i] - level;
            double b = y[i + side] - level;
            if (a == 0) {
                return v[i];
            }
            if (a * b <= 0) {
                return v[i] + (v[i + side] - v[i]) * a / (a - b);
            }
        }
        throw new IllegalArgumentException("cannot guess the gap: the current never reaches "
                + level + " A on the " + (side > 0 ? "positive" : "negative") + " side; give delta");
    }

    private int nearest(double bias) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i] - bias) < Math.abs(v[best] - bias)) {
                best = i;
            }
        }
        return best;
    }
}
