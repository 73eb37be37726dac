package org.andreev.superconductor;

/**
 * A thin (0-D) superconductor in an exchange or Zeeman field h with spin-orbit, spin-flip and
 * orbital depairing, and a Dynes rate: its spin-resolved density of states from the 0-D Usadel
 * equations (physics.md A8; Maki, Prog. Theor. Phys. 31, 731 (1964); Meservey &amp; Tedrow,
 * Phys. Rep. 238, 173 (1994), Sec. 2; written in the θ-parametrisation of maiani/pyusadel,
 * {@code docs/Usadel_equations.md}).
 *
 * <p><b>Equations.</b> With every rate written as an energy (Γ_so = ħ/τ_so, Γ_sf = ħ/τ_sf,
 * Γ_orb = ħ/τ_orb), Γ the Dynes rate and ω = Γ − iE, the pairing angles θ_s (s = ±1) solve
 * <pre>
 *   F_s = Δ cos θ_s − (ω + s·ih) sin θ_s + (Γ_so/4) sin(θ_{−s} − θ_s) − Γ_orb sin 2θ_s
 *         − (Γ_sf/8)[sin 2θ_s + 2 sin(θ_s + θ_{−s})] = 0,
 *   n_s(E) = Re cos θ_s,   n_S(E) = ½(n_+ + n_−).
 * </pre>
 * Without the rates, tan θ_s = Δ/(ω + s·ih) and n_S is the spin-split Dynes density of states of
 * {@link Superconductor} exactly (a test). In Maki's notation b = Γ_so/(4Δ) and ζ = 2Γ_orb/Δ;
 * Meservey–Tedrow write b = ħ/(3τ_so Δ) with their own τ_so, so their τ_so is not ours.
 *
 * <p><b>Why θ and continuation.</b> The equivalent Maki u± form, solved with principal square
 * roots, picks the wrong sheet inside the spin-split gap: Newton stalls and the density of states
 * goes negative above ≈ 1.12Δ for Δ = 1, h = 0.3, b = 0.05, Γ = 10⁻³ (physics.md A8). Here the
 * pair (θ_+, θ_−) is found by Newton's method, continued in energy from far above the gap (where
 * θ_s = arctan(Δ/(ω + s·ih)) is exact to O(Γ/E)) down to the energies asked for, with a step
 * that halves whenever Newton does not converge quadratically or a spin density turns negative.
 * Every branch of the solution is thus reached continuously from the physical one at |E| → ∞.
 *
 * <p><b>Symmetry.</b> n_S(−E) = n_S(E): the equations map onto themselves under E → −E, s → −s
 * with complex conjugation, so negative energies are taken at |E|. The solver works in units of Δ.
 *
 * @param delta         the gap Δ, J (&gt; 0)
 * @param exchange      the exchange (Zeeman) splitting h, J (≥ 0)
 * @param dynesRate     the Dynes rate Γ, J (≥ 0; below 10⁻⁹ Δ, and at 0, the solver takes Γ = 10⁻⁹ Δ, the
 *                      retarded limit 0⁺: Γ = 0 exactly puts the solution on its branch cut)
 * @param spinOrbitRate Γ_so = ħ/τ_so, J (≥ 0)
 * @param spinFlipRate  Γ_sf = ħ/τ_sf, J (≥ 0)
 * @param orbitalRate   Γ_orb = ħ/τ_orb, J (≥ 0)
 */
public record UsadelSuperconductor(
        double delta, double exchange, double dynesRate, double spinOrbitRate, double spinFlipRate,
        double orbitalRate) {

    /** Validates every energy: Δ &gt; 0, the others ≥ 0, all finite and at most 10⁶ Δ. */
    public UsadelSuperconductor {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("gap Delta must be > 0 J and finite, got " + delta);
        }
        check("exchange field h", exchange, delta);
        check("Dynes rate", dynesRate, delta);
        check("spin-orbit rate", spinOrbitRate, delta);
        check("spin-flip rate", spinFlipRate, delta);
        check("orbital depairing rate", orbitalRate, delta);
    }

    private static void check(String name, double value, double delta) {
        if (!(value >= 0) || !(value <= 1e6 * delta)) {
            throw new IllegalArgumentException(name + " must be >= 0 J and at most 1e6 Delta, got " + value);
        }
    }

    /** The spin-split Dynes superconductor of {@link Superconductor} with the same Δ, h and Γ. */
    public static UsadelSuperconductor of(Superconductor s) {
        return new UsadelSuperconductor(s.delta(), s.exchange(), s.gamma(), 0, 0, 0);
    }

    /**
     * The normalised density of states n_S(E) at one energy {@code e} (J). Each call continues the
     * solution from far above the gap; for many energies {@link #dos(double[], double[])} is
     * much cheaper.
     */
    public double dos(double e) {
        double[] out = new double[1];
        dos(new double[] {e}, out);
        return out[0];
    }

    /**
     * Fills {@code out[k]} with n_S(energies[k]) (J in, dimensionless out), in one continuation
     * pass over the energies sorted by |E| from the top. The energies may come in any order.
     *
     * @throws IllegalStateException if the continuation cannot follow the solution (the step fell
     *     below 10⁻¹² Δ), naming the energy
     */
    public void dos(double[] energies, double[] out) {
        spinDos(energies, out, null);
    }

    /**
     * Fills {@code up[k]} and {@code down[k]} with the spin densities n_+ and n_− at
     * {@code energies[k]}, so that n_S = ½(n_+ + n_−); with {@code down == null}, {@code up} receives
     * n_S itself. n_+ belongs to the spin whose spectrum is shifted up by h (its gap edge at Δ + h
     * without scattering).
     */
    public void spinDos(double[] energies, double[] up, double[] down) {
        if (up.length < energies.length || (down != null && down.length < energies.length)) {
            throw new IllegalArgumentException("output arrays are shorter than the energies");
        }
        Integer[] order = new Integer[energies.length];
        for (int k = 0; k < order.length; k++) {
            if (!Double.isFinite(energies[k])) {
                throw new IllegalArgumentException("energy must be finite, got " + energies[k]);
            }
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(energies[b]), Math.abs(energies[a])));
        Solver solver = new Solver(this);
        for (Integer k : order) {
            double eps = Math.abs(energies[k]) / delta;
            solver.continueTo(eps, energies[k]);
            // n_S(−E) = n_S(E) with the spins exchanged (class comment)
            double np = solver.spinDensity(0);
            double nm = solver.spinDensity(1);
            if (energies[k] < 0) {
                double t = np;
                np = nm;
                nm = t;
            }
            if (down == null) {
                up[k] = 0.5 * (np + nm);
            } else {
                up[k] = np;
                down[k] = nm;
            }
        }
    }

    /**
     * The density of states tabulated for 0 ≤ E ≤ {@code eMax} on nodes chosen so that linear
     * interpolation between them is within {@code tolerance}·max(1, n_S) of the solution: the
     * continuation walks down from eMax and halves its step wherever the midpoint of a step
     * departs from the chord by more than that (and grows it by 1.5 where it departs by less than
     * a quarter of it). A gap-edge peak of width w gets nodes ~w·sqrt(tolerance) apart; far from
     * the gap the step reaches 0.05 Δ (0.05 E/4 above 4Δ).
     *
     * @param eMax      the highest energy, J (&gt; 0)
     * @param tolerance the interpolation tolerance (relative to max(1, n)), in [1e-10, 1e-2]
     */
    public DosTable table(double eMax, double tolerance) {
        if (!(eMax > 0) || Double.isInfinite(eMax)) {
            throw new IllegalArgumentException("table range must be > 0 J and finite, got " + eMax);
        }
        if (!(tolerance >= 1e-10 && tolerance <= 1e-2)) {
            throw new IllegalArgumentException("table tolerance must be in [1e-10, 1e-2], got " + tolerance);
        }
        Solver solver = new Solver(this);
        double top = eMax / delta;
        try {
            solver.continueTo(top, eMax);
        } catch (IllegalStateException stalled) {
            throw new IllegalStateException(stalled.getMessage() + " while tabulating " + this, stalled);
        }
        double[] e = new double[1024];
        double[] n = new double[1024];
        int count = 0;
        e[count] = top;
        n[count++] = solver.density();
        double step = Math.min(Solver.MAX_STEP, top);
        double[] saved = new double[4];
        while (e[count - 1] > 0) {
            double from = e[count - 1];
            double to = Math.max(0.0, from - step);
            double mid = 0.5 * (from + to);
            solver.save(saved);
            double nMid;
            double nTo;
            try {
                solver.continueTo(mid, mid * delta);
                nMid = solver.density();
                solver.continueTo(to, to * delta);
                nTo = solver.density();
            } catch (IllegalStateException stalled) {
                throw new IllegalStateException(stalled.getMessage() + " while tabulating " + this, stalled);
            }
            double err = Math.abs(nMid - 0.5 * (n[count - 1] + nTo)) / Math.max(1.0, Math.abs(nMid));
            if (err > tolerance && step > 1e-9) {
                solver.restore(from, saved);
                step *= 0.5;
                continue;
            }
            if (count + 2 > e.length) {
                e = java.util.Arrays.copyOf(e, 2 * e.length);
                n = java.util.Arrays.copyOf(n, 2 * n.length);
            }
            e[count] = mid;
            n[count++] = nMid;
            e[count] = to;
            n[count++] = nTo;
            double cap = Solver.MAX_STEP * Math.max(1.0, to / 4.0);
            step = Math.min(cap, err < 0.25 * tolerance ? 1.5 * step : step);
        }
        // ascending order, energies in J
        double[] energies = new double[count];
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            energies[k] = e[count - 1 - k] * delta;
            values[k] = n[count - 1 - k];
        }
        return new DosTable(energies, values);
    }

    /**
     * Newton's method on (θ_+, θ_−) with continuation in ε = E/Δ, all in units of Δ. State:
     * the current solution at {@code eps}; complex numbers as (re, im) pairs of doubles so that
     * the inner loop allocates nothing.
     */
    private static final class Solver {
        private static final double START = 20.0;
        /** The smallest Dynes ratio Γ/Δ the solver uses (a smaller one, or 0, is taken as this). */
        static final double MIN_DYNES_RATIO = 1e-9;
        static final double MAX_STEP = 0.05;
        private static final double MIN_STEP = 1e-12;
        private static final int MAX_ITERATIONS = 30;

        private final double h;
        private final double g;
        private final double so;
        private final double sf;
        private final double orb;
        private final double top;

        private double eps = Double.NaN;
        /** θ_+ and θ_− at eps: re0, im0, re1, im1. */
        private final double[] theta = new double[4];
        private final double[] trial = new double[4];
        private double step = MAX_STEP;

        Solver(UsadelSuperconductor s) {
            this.h = s.exchange / s.delta;
            // the retarded limit Γ → 0⁺: at Γ = 0 exactly, ω = −iE puts the solution on the branch cut
            this.g = Math.max(s.dynesRate / s.delta, MIN_DYNES_RATIO);
            this.so = s.spinOrbitRate / s.delta;
            this.sf = s.spinFlipRate / s.delta;
            this.orb = s.orbitalRate / s.delta;
            this.top = START * Math.max(1.0, Math.max(h, g + so + sf + orb));
        }

        /** n_S = ½(n_+ + n_−) at the current energy. */
        double density() {
            return 0.5 * (spinDensity(0) + spinDensity(1));
        }

        void save(double[] into) {
            System.arraycopy(theta, 0, into, 0, 4);
        }

        /** Back to a solution saved at energy {@code at} (a rejected step of the table walk). */
        void restore(double at, double[] from) {
            System.arraycopy(from, 0, theta, 0, 4);
            eps = at;
        }

        double spinDensity(int spin) {
            // Re cos(a + ib) = cos a cosh b
            return Math.cos(theta[2 * spin]) * Math.cosh(theta[2 * spin + 1]);
        }

        /** Moves the solution to ε = target (continuing down from the last one, or from the top). */
        void continueTo(double target, double energyForMessage) {
            if (Double.isNaN(eps) || target > eps) {
                double start = Math.max(top, 2.0 * target);
                eps = start;
                initialGuess(start, theta);
                if (!newton(start, theta)) {
                    throw new IllegalStateException("Usadel solver: no solution far above the gap at E/Delta = " + start);
                }
                step = MAX_STEP * Math.max(1.0, start / 4.0);
            }
            while (eps > target) {
                double next = Math.max(target, eps - step);
                System.arraycopy(theta, 0, trial, 0, 4);
                if (newton(next, trial) && acceptable(trial)) {
                    System.arraycopy(trial, 0, theta, 0, 4);
                    eps = next;
                    double cap = MAX_STEP * Math.max(1.0, eps / 4.0);
                    step = Math.min(cap, 1.5 * step);
                } else {
                    step *= 0.5;
                    if (step < MIN_STEP) {
                        throw new IllegalStateException(
                                "Usadel solver: continuation stalled at E = " + energyForMessage + " J (E/Delta = " + next + ")");
                    }
                }
            }
        }

        /** Both spin densities non-negative, and the angles moved continuously. */
        private boolean acceptable(double[] t) {
            for (int s = 0; s < 2; s++) {
                if (Math.cos(t[2 * s]) * Math.cosh(t[2 * s + 1]) < -1e-12) {
                    return false;
                }
                double dre = t[2 * s] - theta[2 * s];
                double dim = t[2 * s + 1] - theta[2 * s + 1];
                if (dre * dre + dim * dim > 0.01) {
                    return false;
                }
            }
            return true;
        }

        /** θ_s = arctan(1/z_s), z_s = g + i(s·h − ε): exact without the rates. */
        private void initialGuess(double e, double[] t) {
            for (int s = 0; s < 2; s++) {
                double sign = s == 0 ? 1.0 : -1.0;
                double zr = g;
                double zi = sign * h - e;
                // w = z² + 1; r = sqrt(w) (principal: Re z > 0 keeps z/sqrt(z² + 1) analytic)
                double wr = zr * zr - zi * zi + 1.0;
                double wi = 2.0 * zr * zi;
                double m = Math.hypot(wr, wi);
                double rr = Math.sqrt(0.5 * (m + wr));
                double ri = rr == 0 ? Math.sqrt(0.5 * (m - wr)) : wi / (2.0 * rr);
                if (rr == 0 && wi < 0) {
                    ri = -ri;
                }
                // cos θ = z/r, sin θ = 1/r; θ = −i Log(cos θ + i sin θ) = −i Log((z + i)/r)
                double nr = zr;
                double ni = zi + 1.0;
                double d = rr * rr + ri * ri;
                double qr = (nr * rr + ni * ri) / d;
                double qi = (ni * rr - nr * ri) / d;
                // −i (ln|q| + i arg q) = arg q − i ln|q|
                t[2 * s] = Math.atan2(qi, qr);
                t[2 * s + 1] = -Math.log(Math.hypot(qr, qi));
            }
        }

        /**
         * Newton on F(θ_+, θ_−) = 0 at ε = e from the start in {@code t}, in place. True when the
         * update fell to 10⁻¹⁴ (relative) or to the round-off floor below 10⁻⁸ within the iteration limit.
         */
        private boolean newton(double e, double[] t) {
            double lastUpdate = Double.POSITIVE_INFINITY;
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                double a0 = t[0], b0 = t[1], a1 = t[2], b1 = t[3];
                // sin, cos of θ_± ; of 2θ_± ; of θ_+ − θ_− and θ_+ + θ_−
                double c0a = Math.cos(a0), s0a = Math.sin(a0), ch0 = Math.cosh(b0), sh0 = Math.sinh(b0);
                double c1a = Math.cos(a1), s1a = Math.sin(a1), ch1 = Math.cosh(b1), sh1 = Math.sinh(b1);
                double sin0r = s0a * ch0, sin0i = c0a * sh0, cos0r = c0a * ch0, cos0i = -s0a * sh0;
                double sin1r = s1a * ch1, sin1i = c1a * sh1, cos1r = c1a * ch1, cos1i = -s1a * sh1;
                double sin20r = 2 * (sin0r * cos0r - sin0i * cos0i), sin20i = 2 * (sin0r * cos0i + sin0i * cos0r);
                double cos20r = cos0r * cos0r - cos0i * cos0i - sin0r * sin0r + sin0i * sin0i;
                double cos20i = 2 * (cos0r * cos0i - sin0r * sin0i);
                double sin21r = 2 * (sin1r * cos1r - sin1i * cos1i), sin21i = 2 * (sin1r * cos1i + sin1i * cos1r);
                double cos21r = cos1r * cos1r - cos1i * cos1i - sin1r * sin1r + sin1i * sin1i;
                double cos21i = 2 * (cos1r * cos1i - sin1r * sin1i);
                // θ_− − θ_+ (for s = +): sin(x − y) = sin x cos y − cos x sin y with x = θ_−, y = θ_+
                double sdr = sin1r * cos0r - sin1i * cos0i - (cos1r * sin0r - cos1i * sin0i);
                double sdi = sin1r * cos0i + sin1i * cos0r - (cos1r * sin0i + cos1i * sin0r);
                double cdr = cos1r * cos0r - cos1i * cos0i + (sin1r * sin0r - sin1i * sin0i);
                double cdi = cos1r * cos0i + cos1i * cos0r + (sin1r * sin0i + sin1i * sin0r);
                double ssr = sin0r * cos1r - sin0i * cos1i + (cos0r * sin1r - cos0i * sin1i);
                double ssi = sin0r * cos1i + sin0i * cos1r + (cos0r * sin1i + cos0i * sin1r);
                double csr = cos0r * cos1r - cos0i * cos1i - (sin0r * sin1r - sin0i * sin1i);
                double csi = cos0r * cos1i + cos0i * cos1r - (sin0r * sin1i + sin0i * sin1r);
                // z_± = g + i(±h − e)
                double z0r = g, z0i = h - e, z1r = g, z1i = -h - e;
                // F_+ = cos θ+ − z+ sin θ+ + (so/4) sin(θ− − θ+) − orb sin 2θ+ − (sf/8)[sin 2θ+ + 2 sin(θ+ + θ−)]
                double f0r = cos0r - (z0r * sin0r - z0i * sin0i) + 0.25 * so * sdr - orb * sin20r
                        - 0.125 * sf * (sin20r + 2 * ssr);
                double f0i = cos0i - (z0r * sin0i + z0i * sin0r) + 0.25 * so * sdi - orb * sin20i
                        - 0.125 * sf * (sin20i + 2 * ssi);
                // F_− = cos θ− − z− sin θ− + (so/4) sin(θ+ − θ−) − orb sin 2θ− − (sf/8)[sin 2θ− + 2 sin(θ+ + θ−)]
                double f1r = cos1r - (z1r * sin1r - z1i * sin1i) - 0.25 * so * sdr - orb * sin21r
                        - 0.125 * sf * (sin21r + 2 * ssr);
                double f1i = cos1i - (z1r * sin1i + z1i * sin1r) - 0.25 * so * sdi - orb * sin21i
                        - 0.125 * sf * (sin21i + 2 * ssi);
                // Jacobian: J00 = ∂F+/∂θ+, J01 = ∂F+/∂θ−, J10 = ∂F−/∂θ+, J11 = ∂F−/∂θ−
                double j00r = -sin0r - (z0r * cos0r - z0i * cos0i) - 0.25 * so * cdr - 2 * orb * cos20r
                        - 0.25 * sf * (cos20r + csr);
                double j00i = -sin0i - (z0r * cos0i + z0i * cos0r) - 0.25 * so * cdi - 2 * orb * cos20i
                        - 0.25 * sf * (cos20i + csi);
                double j11r = -sin1r - (z1r * cos1r - z1i * cos1i) - 0.25 * so * cdr - 2 * orb * cos21r
                        - 0.25 * sf * (cos21r + csr);
                double j11i = -sin1i - (z1r * cos1i + z1i * cos1r) - 0.25 * so * cdi - 2 * orb * cos21i
                        - 0.25 * sf * (cos21i + csi);
                double offr = 0.25 * so * cdr - 0.25 * sf * csr;
                double offi = 0.25 * so * cdi - 0.25 * sf * csi;
                // det = J00 J11 − off²
                double detr = j00r * j11r - j00i * j11i - (offr * offr - offi * offi);
                double deti = j00r * j11i + j00i * j11r - 2 * offr * offi;
                // δ+ = −(J11 F+ − off F−)/det, δ− = −(J00 F− − off F+)/det
                double n0r = j11r * f0r - j11i * f0i - (offr * f1r - offi * f1i);
                double n0i = j11r * f0i + j11i * f0r - (offr * f1i + offi * f1r);
                double n1r = j00r * f1r - j00i * f1i - (offr * f0r - offi * f0i);
                double n1i = j00r * f1i + j00i * f1r - (offr * f0i + offi * f0r);
                double dd = detr * detr + deti * deti;
                if (!(dd > 0) || !Double.isFinite(dd)) {
                    return false;
                }
                double d0r = -(n0r * detr + n0i * deti) / dd;
                double d0i = -(n0i * detr - n0r * deti) / dd;
                double d1r = -(n1r * detr + n1i * deti) / dd;
                double d1i = -(n1i * detr - n1r * deti) / dd;
                t[0] += d0r;
                t[1] += d0i;
                t[2] += d1r;
                t[3] += d1i;
                double update = Math.max(Math.hypot(d0r, d0i), Math.hypot(d1r, d1i));
                if (!Double.isFinite(update)) {
                    return false;
                }
                double size = 1.0 + Math.max(Math.hypot(t[0], t[1]), Math.hypot(t[2], t[3]));
                if (update < 1e-14 * size) {
                    return true;
                }
                // Newton close to a root converges quadratically: an update that stops shrinking is
                // either the round-off floor (near a gap edge the Jacobian is O(Γ) and the floor is
                // ~1e-16/Γ: accept it when already below 1e-8) or a start outside the basin (reject)
                if (it > 2 && update > 0.25 * lastUpdate) {
                    return lastUpdate < 1e-8 * size;
                }
                lastUpdate = update;
            }
            return false;
        }
    }
}
