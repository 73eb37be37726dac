package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import org.andreev.numeric.FermiDirac;
import org.andreev.numeric.PanelBuilder;
import org.andreev.numeric.QuadratureNodes;

/**
 * The phase-coherent Andreev current of one N-I-S tunnel junction on a diffusive normal-metal
 * wire, to lowest order in the barrier transparency, with the finite gap (Hekking and Nazarov,
 * PRB 49, 6847 (1994); Pothier et al., PRL 73, 2488 (1994); seed 004 refs. [8,16];
 * physics.md A4):
 *
 * <pre>
 *   I_A(V) = M/(e R_T) ∫_0^Δ dE [f_N(E − eV) − f_N(E + eV)] F_S(E) Re F_N(E)
 *   F_S = Δ/sqrt(Δ² − E²),  G_S = −iE/sqrt(Δ² − E²),  k = sqrt(1/L_φ² − 2iE/(ħD))
 *   F_N = G_T F_S Z(k)/(σ_N A_w + G_T G_S Z(k)),  G_T = 1/R_T,  σ_N = e² ν_N D
 * </pre>
 *
 * with Z(k) = 1/k for a junction at the end of a wire ({@link JunctionGeometry} for the others).
 * The bias V is the voltage across this junction; f_N is the Fermi function at the electron
 * temperature T of the normal metal. I_A is odd in V.
 *
 * <p>With s = sqrt(Δ² − E²) the spectral kernel is, exactly,
 * F_S Re F_N = Δ² G_T σ_N A_w Re Z/[(σ_N A_w s + G_T E Im Z)² + (G_T E Re Z)²], finite at the gap
 * edge. The {@link AndreevForm#PLAIN} form F_S Re F_N = |F_S(E + iγ)|² G_T Re Z/(σ_N A_w) is
 * offered as an option.
 *
 * @param delta                the gap Δ, J (&gt; 0)
 * @param diffusion            the diffusion constant D of the normal metal, m²/s (&gt; 0)
 * @param densityOfStates      ν_N, the normal metal's TOTAL density of states at the Fermi level
 *                             (both spins, σ_N = e² ν_N D; physics.md A4), J⁻¹ m⁻³ (&gt; 0)
 * @param phaseCoherenceLength L_φ, m (&gt; 0; {@code +Infinity} allowed)
 * @param wireArea             A_w, the wire's cross-section, m² (&gt; 0)
 * @param rT                   the tunnel resistance R_T, Ω (&gt; 0)
 * @param multiplier           the seed's multiplying factor M (≥ 0)
 * @param geometry             where the junction sits on the wire
 * @param form                 regularised (default) or plain
 * @param plainDynes           γ/Δ for the plain form (&gt; 0 there; ignored by the regularised form)
 */
public record AndreevJunction(double delta, double diffusion, double densityOfStates,
        double phaseCoherenceLength, double wireArea, double rT, double multiplier,
        JunctionGeometry geometry, AndreevForm form, double plainDynes) {

    /** Gauss–Legendre order on every panel (8 points: error ≲ 1e-10 relative on these panels). */
    static final int DEFAULT_ORDER = 8;

    /** Width of the thermal window above eV, in k_BT: the tail beyond is e^{−27} ≈ 2e-12 of the step. */
    private static final double WINDOW = 27.0;

    /** Panel grading α (PanelBuilder): a panel is at most α·(distance to a feature + its width). */
    private static final double GRADING = 1.0;

    /** The width of the Fermi step at E = eV for the panels, in k_BT at the lowest temperature sampled. */
    private static final double STEP_WIDTH = 2.0;

    /**
     * The gap-edge panels are graded (in s = sqrt(Δ − E)) down to sqrt of this fraction of the
     * kernel's peak width: s ≈ 1/8 of the peak's own width in s.
     */
    private static final double EDGE_FRACTION = 1.0;

    /** Validates every parameter, naming it. */
    public AndreevJunction {
        positive("Delta (gap)", delta, "J");
        positive("D (diffusion constant)", diffusion, "m^2/s");
        positive("nu_N (density of states)", densityOfStates, "J^-1 m^-3");
        if (!(phaseCoherenceLength > 0)) {
            throw new IllegalArgumentException("L_phi must be > 0 m (or infinite), got " + phaseCoherenceLength);
        }
        positive("A_w (wire cross-section)", wireArea, "m^2");
        positive("R_T", rT, "Ohm");
        if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("M (Andreev multiplier) must be >= 0, got " + multiplier);
        }
        if (geometry == null || form == null) {
            throw new IllegalArgumentException("Andreev junction needs a geometry and a form");
        }
        if (form == AndreevForm.PLAIN && !(plainDynes > 0 && plainDynes < 1)) {
            throw new IllegalArgumentException(
                    "gamma/Delta must be in (0, 1) for the plain Andreev form, got " + plainDynes);
        }
        if (!(plainDynes >= 0) || Double.isInfinite(plainDynes)) {
            throw new IllegalArgumentException("gamma/Delta must be >= 0, got " + plainDynes);
        }
    }

    public static void positive(String name, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0 " + unit + ", got " + value);
        }
    }

    /** The normal-state conductivity σ_N = e² ν_N D, S/m (physics.md A4). */
    public double conductivity() {
        return E_CHARGE * E_CHARGE * densityOfStates * diffusion;
    }

    /** The resistance of one phase-coherence length of wire, R_{Lφ} = L_φ/(σ_N A_w), Ω (physics.md A4). */
    public double phaseCoherentResistance() {
        return phaseCoherenceLength / (conductivity() * wireArea);
    }

    /**
     * The thermal coherence length L_T = sqrt(ħD/(2π k_B T)) (seed 004 Eq. 2), m: the mean length
     * over which the Andreev pairs stay coherent at temperature {@code t} (K).
     */
    public double thermalLength(double t) {
        positive("T", t, "K");
        return Math.sqrt(HBAR * diffusion / (2 * Math.PI * K_BOLTZMANN * t));
    }

    /** A copy with another tunnel resistance (Ω). */
    public AndreevJunction withRT(double newRT) {
        return new AndreevJunction(delta, diffusion, densityOfStates, phaseCoherenceLength, wireArea, newRT,
                multiplier, geometry, form, plainDynes);
    }

    /** A copy with another multiplier M. */
    public AndreevJunction withMultiplier(double m) {
        return new AndreevJunction(delta, diffusion, densityOfStates, phaseCoherenceLength, wireArea, rT, m,
                geometry, form, plainDynes);
    }

    /** A copy with another phase-coherence length (m). */
    public AndreevJunction withPhaseCoherenceLength(double lphi) {
        return new AndreevJunction(delta, diffusion, densityOfStates, lphi, wireArea, rT, multiplier,
                geometry, form, plainDynes);
    }

    /**
     * The Andreev current I_A(V) of physics.md A4 (formula in the class comment), A.
     *
     * @param v the bias across this junction, V
     * @param t the electron temperature of the normal metal, K (≥ 0; 0 is the T = 0 limit)
     */
    public double current(double v, double t) {
        return current(v, t, DEFAULT_ORDER);
    }

    /** The Joule heat of the Andreev current in this junction, P_A = I_A·V, W (seed 004 §5). */
    public double jouleHeat(double v, double t) {
        return current(v, t) * v;
    }

    /**
     * The differential conductance dI_A/dV of physics.md A4, S, from the derivative under the integral
     * ({@link Sampler#conductance}); even in V.
     *
     * @param v the bias across this junction, V
     * @param t the electron temperature of the normal metal, K (≥ 0; 0 is the T = 0 limit)
     */
    public double conductance(double v, double t) {
        return conductance(v, t, DEFAULT_ORDER);
    }

    double conductance(double v, double t, int order) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("T_N must be >= 0 K, got " + t);
        }
        return new Sampler(v, t, 1.0, order).conductance(t);
    }

    /**
     * I_A (A) and dI_A/dV (S) at every bias of {@code v} (V) at electron temperature {@code t} (K),
     * one set of nodes per bias; either output may be null.
     */
    public void curve(double[] v, double t, double[] current, double[] conductance) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("T_N must be >= 0 K, got " + t);
        }
        for (int k = 0; k < v.length; k++) {
            Sampler s = new Sampler(v[k], t, 1.0, DEFAULT_ORDER);
            if (current != null) {
                current[k] = s.current(t);
            }
            if (conductance != null) {
                conductance[k] = s.conductance(t);
            }
        }
    }

    double current(double v, double t, int order) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("T_N must be >= 0 K, got " + t);
        }
        return new Sampler(v, t, 1.0, order).current(t);
    }

    /**
     * The Andreev current at bias {@code v} (V) as a function of the electron temperature alone, for
     * temperatures within a factor 1.5 of {@code tRef} (K, &gt; 0): the quadrature nodes and the
     * spectral kernel are computed once, and each {@link Sampler#current} only re-weighs them with the
     * thermal window. This is what a heat-balance solver iterating on T_e at a fixed bias wants.
     */
    public Sampler sampler(double v, double tRef) {
        AndreevJunction.positive("T_ref", tRef, "K");
        return new Sampler(v, tRef, SAMPLER_RANGE, DEFAULT_ORDER);
    }

    /** The Andreev kernel at bias {@code v} (V) and exactly temperature {@code t} (K), as a function of R_T. */
    public Sampler.AtTemperature kernel(double v, double t) {
        return new Sampler(v, t, 1.0, DEFAULT_ORDER).atTemperature(t);
    }

    /** The factor by which a {@link Sampler}'s temperature may differ from its reference. */
    public static final double SAMPLER_RANGE = 1.5;

    /**
     * I_A at one bias for temperatures near a reference: nodes and spectral kernel computed once.
     * The kernel's dependence on R_T is kept in closed form at every node (class comment:
     * F_S Re F_N = Δ² G σ_N A_w Re Z/[(σ_N A_w s + G E Im Z)² + (G E Re Z)²] with G = 1/R_T), so
     * the same sampler also gives I_A and ∂I_A/∂R_T at any nearby R_T ({@link #current(double,
     * double)}, {@link #resistanceDerivative}) without rebuilding: what the optimum R_T search needs.
     */
    public final class Sampler {
        private final double v;
        private final double ev;
        private final double tMin;
        private final double tMax;
        private final int nodes;
        private final double[] energy;
        /** w_k·kernel_k at this junction's R_T: the fast path. */
        private final double[] weight;
        /** kernel_k(G) = num_k·G/((p_k + G q_k)² + (G r_k)²) (plain form: p = 1, q = r = 0). */
        private final double[] num;
        private final double[] p;
        private final double[] q;
        private final double[] r;

        Sampler(double v, double tRef, double range, int order) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("V must be finite, got " + v);
            }
            this.v = v;
            this.ev = E_CHARGE * Math.abs(v);
            this.tMin = tRef / range;
            this.tMax = tRef * range;
            double kt = K_BOLTZMANN * tRef;
            double top = kt > 0 ? Math.min(delta, ev + WINDOW * kt * range) : Math.min(delta, ev);
            // at V = 0 the current vanishes, but the conductance (T > 0) needs the nodes
            if (multiplier == 0 || (v == 0 && !(kt > 0))) {
                nodes = 0;
                energy = weight = num = p = q = r = new double[0];
                return;
            }
            // The kernel changes on the scale E_phi = ħD/(2L_phi²) (and ħD/ℓ² for an extended junction) near
            // E = 0, where it goes like 1/sqrt(E) when L_phi → ∞ (sqrt edge), the Fermi window on k_BT at eV,
            // and F_S has its inverse square root at Δ (sqrt edge, graded down to the kernel's peak width).
            double small = ev > 0 ? Math.min(top, ev) : top;
            if (kt > 0) {
                small = Math.min(small, kt / range);
            }
            if (Double.isFinite(phaseCoherenceLength)) {
                small = Math.min(small, HBAR * diffusion / (2 * phaseCoherenceLength * phaseCoherenceLength));
            }
            if (geometry.kind() == JunctionGeometry.Kind.EXTENDED) {
                small = Math.min(small, HBAR * diffusion / (geometry.length() * geometry.length()));
            }
            Scratch sc = order == DEFAULT_ORDER ? SCRATCH.get() : new Scratch(new PanelBuilder(order, GRADING),
                    new QuadratureNodes());
            PanelBuilder panels = sc.panels().reset(0.0, top)
                    .sqrtEdge(0.0, small, PanelBuilder.Side.ABOVE, PanelBuilder.Grading.ROOT)
                    .sqrtEdge(delta, edgeWidth(), PanelBuilder.Side.BELOW, PanelBuilder.Grading.ROOT);
            if (kt > 0 && ev > 0 && ev < top) {
                panels.feature(ev, STEP_WIDTH * kt / range);
            }
            QuadratureNodes grid = panels.build(sc.nodes());

            int m = grid.size();
            energy = new double[m];
            weight = new double[m];
            num = new double[m];
            p = new double[m];
            q = new double[m];
            r = new double[m];
            double[] c = new double[4];
            double[] z = new double[2];
            for (int i = 0; i < m; i++) {
                double e = grid.x(i);
                // Δ − E from the substitution E = Δ − r² where the panel was mapped for the gap edge
                double dm = grid.edge(i) == delta ? grid.root(i) * grid.root(i) : delta - e;
                coefficients(e, dm, c, z);
                energy[i] = e;
                num[i] = grid.weight(i) * c[0];
                p[i] = c[1];
                q[i] = c[2];
                r[i] = c[3];
                weight[i] = kernel(i, 1.0 / rT);
            }
            nodes = m;
        }

        private double kernel(int i, double g) {
            double dr = p[i] + g * q[i];
            double di = g * r[i];
            return num[i] * g / (dr * dr + di * di);
        }

        /**
         * f(x − u)·f(−x − u) for x, u ≥ 0 with one exponential: with a = e^{−x}, b = e^{−u},
         * f(x − u) = a/(a + b) and f(−x − u) = 1/(1 + ab); {@link FermiDirac} where both underflow.
         */
        private double window(double x, double u, double eu) {
            double a = Math.exp(-x);
            double d = a + eu;
            if (d == 0) {
                return FermiDirac.occupation(x - u) * FermiDirac.occupation(-x - u);
            }
            return a / (d * (1.0 + a * eu));
        }

        /** Whether {@code t} (K) lies in this sampler's range. */
        public boolean covers(double t) {
            return t >= tMin && t <= tMax;
        }

        /**
         * I_A at this bias and electron temperature {@code t} (K), A.
         *
         * @throws IllegalArgumentException if {@code t} is outside the sampler's range
         */
        public double current(double t) {
            if (nodes == 0) {
                return 0.0;
            }
            if (!covers(t) && !(t == 0 && tMin == 0)) {
                throw new IllegalArgumentException("T = " + t + " K is outside this sampler's range ["
                        + tMin + ", " + tMax + "] K");
            }
            double sum = 0.0;
            if (t > 0) {
                double kt = K_BOLTZMANN * t;
                double u = ev / kt;
                double eu = Math.exp(-u);
                for (int i = 0; i < nodes; i++) {
                    sum += weight[i] * window(energy[i] / kt, u, eu);
                }
                // f(x − u) − f(x + u) = f(x − u) f(−x − u) (1 − e^{−2u}): the last factor once per bias
                sum *= -Math.expm1(-2.0 * u);
            } else {
                for (int i = 0; i < nodes; i++) {
                    if (energy[i] < ev) {
                        sum += weight[i];
                    }
                }
            }
            double current = multiplier / (E_CHARGE * rT) * sum;
            return v >= 0 ? current : -current;
        }

        /**
         * The differential conductance dI_A/dV at this bias and electron temperature {@code t} (K), S,
         * from the derivative under the integral (even in V):
         * dI_A/dV = M/(R_T k_BT) ∫_0^Δ dE [φ((E − eV)/k_BT) + φ((E + eV)/k_BT)] F_S Re F_N, with
         * φ(x) = f(x)(1 − f(x)) = −k_BT ∂f/∂E; at T = 0, M F_S Re F_N(eV)/R_T for e|V| &lt; Δ, else 0.
         *
         * @throws IllegalArgumentException if {@code t} is outside the sampler's range
         */
        public double conductance(double t) {
            if (multiplier == 0) {
                return 0.0;
            }
            if (!covers(t) && !(t == 0 && tMin == 0)) {
                throw new IllegalArgumentException("T = " + t + " K is outside this sampler's range ["
                        + tMin + ", " + tMax + "] K");
            }
            if (t > 0) {
                double kt = K_BOLTZMANN * t;
                double sum = 0.0;
                for (int i = 0; i < nodes; i++) {
                    // φ(x) = f(x)(1 − f(x)) = −f′(x)
                    sum -= weight[i] * (FermiDirac.derivative((energy[i] - ev) / kt)
                            + FermiDirac.derivative((energy[i] + ev) / kt));
                }
                return multiplier / (rT * kt) * sum;
            }
            return ev < delta ? multiplier / rT * spectralKernel(ev) : 0.0;
        }

        /**
         * I_A at this bias and temperature {@code t} (K) for a junction of tunnel resistance
         * {@code resistance} (Ω) instead of R_T, A: exact in the plain form, and accurate to the
         * sampler's tolerance in the regularised one while the gap-edge peak width (∝ 1/R²) stays
         * within a factor of a few of the one the nodes were graded for.
         */
        public double current(double t, double resistance) {
            return atTemperature(t).current(resistance);
        }

        /** ∂I_A/∂R_T at this bias, temperature {@code t} (K) and tunnel resistance {@code resistance} (Ω), A/Ω. */
        public double resistanceDerivative(double t, double resistance) {
            return atTemperature(t).resistanceDerivative(resistance);
        }

        /**
         * This sampler at one temperature {@code t} (K): the thermal window applied once, so that
         * I_A and ∂I_A/∂R_T at many R_T cost a few flops per node (the optimum R_T iteration).
         */
        public AtTemperature atTemperature(double t) {
            if (!covers(t) && !(t == 0 && tMin == 0)) {
                throw new IllegalArgumentException("T = " + t + " K is outside this sampler's range ["
                        + tMin + ", " + tMax + "] K");
            }
            double[] windowed = new double[nodes];
            double kt = K_BOLTZMANN * t;
            double u = t > 0 ? ev / kt : 0;
            double eu = Math.exp(-u);
            for (int i = 0; i < nodes; i++) {
                windowed[i] = t > 0 ? num[i] * window(energy[i] / kt, u, eu) : energy[i] < ev ? num[i] : 0.0;
            }
            // f(x − u) − f(x + u) = f(x − u) f(−x − u) (1 − e^{−2u}): the last factor once per bias
            double c = t > 0 ? -Math.expm1(-2.0 * u) : 1.0;
            return new AtTemperature(windowed, multiplier / E_CHARGE * c * (v > 0 ? 1 : -1));
        }

        /** A {@link Sampler} at one temperature, as a function of R_T. */
        public final class AtTemperature {
            private final double[] windowed;
            private final double scale;

            private AtTemperature(double[] windowed, double scale) {
                this.windowed = windowed;
                this.scale = scale;
            }

            /** I_A at tunnel resistance {@code resistance} (Ω), A. */
            public double current(double resistance) {
                if (nodes == 0) {
                    return 0.0;
                }
                positive("R_T", resistance, "Ohm");
                double g = 1.0 / resistance;
                double sum = 0.0;
                for (int i = 0; i < nodes; i++) {
                    double dr = p[i] + g * q[i];
                    double di = g * r[i];
                    sum += windowed[i] / (dr * dr + di * di);
                }
                // I = M/(e R) Σ window·kernel(G), kernel = num·G/D(G)
                return scale * g * g * sum;
            }

            /** ∂I_A/∂R_T at tunnel resistance {@code resistance} (Ω), A/Ω. */
            public double resistanceDerivative(double resistance) {
                double[] out = new double[2];
                evaluate(resistance, out);
                return out[1];
            }

            /**
             * I_A (A) and ∂I_A/∂R_T (A/Ω) at tunnel resistance {@code resistance} (Ω), in one pass,
             * into out[0] and out[1].
             */
            public void evaluate(double resistance, double[] out) {
                positive("R_T", resistance, "Ohm");
                double g = 1.0 / resistance;
                // I = s G² S(G), S = Σ w/D(G), D = (p + G q)² + (G r)²: dI/dG = s G (2S + G S′),
                // S′ = −Σ w D′/D², D′ = 2 (p + G q) q + 2 G r²; and dG/dR = −G²
                double sum = 0.0;
                double slope = 0.0;
                for (int i = 0; i < nodes; i++) {
                    double dr = p[i] + g * q[i];
                    double di = g * r[i];
                    double inv = 1.0 / (dr * dr + di * di);
                    double wi = windowed[i] * inv;
                    sum += wi;
                    slope -= wi * inv * (2 * dr * q[i] + 2 * g * r[i] * r[i]);
                }
                out[0] = scale * g * g * sum;
                out[1] = -g * g * g * scale * (2 * sum + g * slope);
            }
        }
    }

    /**
     * The spectral kernel at energy {@code e} (J, 0 ≤ e &lt; Δ) written as kernel(G) = c0·G/((c1 + G c2)² +
     * (G c3)²) with G = 1/R_T (class comment; plain form: c1 = 1, c2 = c3 = 0), into {@code c};
     * {@code dm} = Δ − e, given accurately near the gap edge.
     */
    private void coefficients(double e, double dm, double[] c, double[] z) {
        double sGap = Math.sqrt(dm * (delta + e));
        // k = sqrt(1/L² − 2iE/(ħD)), principal root (Re k > 0)
        double invL2 = Double.isFinite(phaseCoherenceLength) ? 1.0 / (phaseCoherenceLength * phaseCoherenceLength) : 0.0;
        double qk = -2.0 / (HBAR * diffusion) * e;
        double rk = Math.sqrt(invL2 * invL2 + qk * qk); // |k²|; hypot is slow, no overflow here
        double kr = Math.sqrt(0.5 * (rk + invL2));
        double ki = qk / (2.0 * kr);
        geometry.kernel(kr, ki, z);
        double sigmaA = conductivity() * wireArea;
        if (form == AndreevForm.REGULARISED) {
            c[0] = delta * delta * sigmaA * z[0];
            c[1] = sigmaA * sGap;
            c[2] = e * z[1];
            c[3] = e * z[0];
        } else {
            double gamma = plainDynes * delta;
            double re = dm * (delta + e) + gamma * gamma;
            double im = 2.0 * e * gamma;
            c[0] = delta * delta / Math.sqrt(re * re + im * im) * z[0] / sigmaA;
            c[1] = 1.0;
            c[2] = 0.0;
            c[3] = 0.0;
        }
    }

    /** The spectral kernel F_S Re F_N at energy {@code e} (J, 0 ≤ e &lt; Δ) for this junction's R_T (class comment). */
    double spectralKernel(double e) {
        double[] c = new double[4];
        coefficients(e, delta - e, c, new double[2]);
        double g = 1.0 / rT;
        double dr = c[1] + g * c[2];
        double di = g * c[3];
        return c[0] * g / (dr * dr + di * di);
    }

    /** One panel builder and node buffer per thread for the default order: building allocates only the sampler. */
    private record Scratch(PanelBuilder panels, QuadratureNodes nodes) {}

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(
            () -> new Scratch(new PanelBuilder(DEFAULT_ORDER, GRADING), new QuadratureNodes()));

    /**
     * The width in energy of the kernel's gap-edge peak: |Δ − E| ≈ γ (plain form), or
     * Δ − E ≈ s_0²/(2Δ) with s_0 = G_T Δ|Z|/(σ_N A_w) where σ_N A_w s ≈ G_T E|Z| (regularised).
     */
    private double edgeWidth() {
        if (form == AndreevForm.PLAIN) {
            return EDGE_FRACTION * plainDynes * delta;
        }
        double invL2 = Double.isFinite(phaseCoherenceLength) ? 1.0 / (phaseCoherenceLength * phaseCoherenceLength) : 0.0;
        double q = -2.0 * delta / (HBAR * diffusion);
        double r = Math.hypot(invL2, q);
        double kr = Math.sqrt(0.5 * (r + invL2));
        double ki = q / (2.0 * kr);
        double[] z = new double[2];
        geometry.kernel(kr, ki, z);
        double s0 = delta * Math.hypot(z[0], z[1]) / (rT * conductivity() * wireArea);
        return Math.max(EDGE_FRACTION * s0 * s0 / (2 * delta), 1e-300 * delta);
    }
}
