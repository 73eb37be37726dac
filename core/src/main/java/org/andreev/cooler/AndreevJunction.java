package org.andreev.cooler;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.Arrays;
import org.andreev.numeric.FermiDirac;
import org.andreev.numeric.GaussLegendre;

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

    /** Breakpoints around E = eV in units of k_BT: GL panels narrow where the Fermi step is. */
    private static final double[] STEP_BREAKS = {-27, -13, -6, -2, 0, 2, 6, 13};

    private static final double[] RULE = rule(DEFAULT_ORDER);

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

    static void positive(String name, double value, String unit) {
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

    /** The factor by which a {@link Sampler}'s temperature may differ from its reference. */
    public static final double SAMPLER_RANGE = 1.5;

    /** I_A at one bias for temperatures near a reference: nodes and kernel computed once. */
    public final class Sampler {
        private final double v;
        private final double ev;
        private final double tMin;
        private final double tMax;
        private final double[] energy;
        private final double[] weight;
        private final int nodes;

        Sampler(double v, double tRef, double range, int order) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("V must be finite, got " + v);
            }
            this.v = v;
            this.ev = E_CHARGE * Math.abs(v);
            this.tMin = tRef / range;
            this.tMax = tRef * range;
            double kt = K_BOLTZMANN * tRef;
            double ktTop = kt * range;
            double top = kt > 0 ? Math.min(delta, ev + WINDOW * ktTop) : Math.min(delta, ev);
            if (v == 0 || multiplier == 0) {
                energy = new double[0];
                weight = energy;
                nodes = 0;
                return;
            }
            double[] breaks = new double[96];
            int n = 0;
            breaks[n++] = 0.0;
            breaks[n++] = tOf(top);
            // The kernel changes on the scale E_phi = ħD/(2L_phi²) (and ħD/ℓ² for an extended junction),
            // the Fermi window on k_BT and eV: grade the panels geometrically down to below the smallest.
            double small = Math.min(top, ev);
            if (kt > 0) {
                small = Math.min(small, kt / range);
            }
            if (Double.isFinite(phaseCoherenceLength)) {
                small = Math.min(small, HBAR * diffusion / (2 * phaseCoherenceLength * phaseCoherenceLength));
            }
            if (geometry.kind() == JunctionGeometry.Kind.EXTENDED) {
                small = Math.min(small, HBAR * diffusion / (geometry.length() * geometry.length()));
            }
            for (double e = top / 4; e > small / 16 && n < 40; e /= 4) {
                breaks[n++] = tOf(e);
            }
            if (kt > 0) {
                for (double b : STEP_BREAKS) {
                    double e = ev + b * (b > 0 ? ktTop : kt);
                    if (e > 0 && e < top) {
                        breaks[n++] = tOf(e);
                    }
                }
            }
            if (top == delta) {
                // Gap edge: the spectral kernel peaks within s ≈ G_T Δ|Z|/(σA) of the edge (regularised)
                // or |Δ − E| ≈ γ (plain); in t, 1 − t ≈ s/(πΔ) or sqrt(2γ/Δ)/π: grade down past it.
                double edge = edgeScale();
                for (double d = 0.25; d > edge / 8 && n < 94; d /= 4) {
                    breaks[n++] = 1.0 - d;
                }
            }
            Arrays.sort(breaks, 0, n);

            double[] rule = order == DEFAULT_ORDER ? RULE : rule(order);
            double[] z = new double[2];
            double sigmaA = conductivity() * wireArea;
            double gT = 1.0 / rT;
            double invL2 = Double.isFinite(phaseCoherenceLength) ? 1.0 / (phaseCoherenceLength * phaseCoherenceLength) : 0.0;
            double twoOverHbarD = 2.0 / (HBAR * diffusion);
            double gamma = plainDynes * delta;
            double[] es = new double[n * order];
            double[] ws = new double[n * order];
            int m = 0;
            for (int p = 0; p + 1 < n; p++) {
                double a = breaks[p];
                double b = breaks[p + 1];
                if (b - a < 1e-15) {
                    continue;
                }
                double half = 0.5 * (b - a);
                double mid = 0.5 * (a + b);
                for (int i = 0; i < order; i++) {
                    double tv = mid + half * rule[i];
                    // E = Δ sin θ, θ = (π/2)t²: sin removes the sqrt(Δ − E) of the gap edge, t² the
                    // 1/sqrt(E) of the L_φ → ∞ kernel at E → 0 (dE = Δ cos θ · π t dt).
                    double theta = 0.5 * Math.PI * tv * tv;
                    double e = delta * Math.sin(theta);
                    if (e >= top) {
                        continue;
                    }
                    double sGap = delta * Math.cos(theta);
                    double jac = sGap * Math.PI * tv;
                    // k = sqrt(1/L² − 2iE/(ħD)), principal root (Re k > 0)
                    double q = -twoOverHbarD * e;
                    double r = Math.sqrt(invL2 * invL2 + q * q); // |k²|; hypot is slow, no overflow here
                    double kr = Math.sqrt(0.5 * (r + invL2));
                    double ki = q / (2.0 * kr);
                    geometry.kernel(kr, ki, z);
                    double kernel;
                    if (form == AndreevForm.REGULARISED) {
                        double dr = sigmaA * sGap + gT * e * z[1];
                        double di = gT * e * z[0];
                        kernel = delta * delta * gT * sigmaA * z[0] / (dr * dr + di * di);
                    } else {
                        double re = (delta - e) * (delta + e) + gamma * gamma;
                        double im = 2.0 * e * gamma;
                        kernel = delta * delta / Math.sqrt(re * re + im * im) * gT * z[0] / sigmaA;
                    }
                    es[m] = e;
                    ws[m] = half * rule[order + i] * kernel * jac;
                    m++;
                }
            }
            energy = es;
            weight = ws;
            nodes = m;
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
                // f(x − u) − f(x + u) = f(x − u) f(−x − u) (1 − e^{−2u}): the last factor once per bias
                double c = -Math.expm1(-2.0 * u);
                for (int i = 0; i < nodes; i++) {
                    double x = energy[i] / kt;
                    sum += weight[i] * FermiDirac.occupation(x - u) * FermiDirac.occupation(-x - u);
                }
                sum *= c;
            } else {
                for (int i = 0; i < nodes; i++) {
                    if (energy[i] < ev) {
                        sum += weight[i];
                    }
                }
            }
            double current = multiplier / (E_CHARGE * rT) * sum;
            return v > 0 ? current : -current;
        }
    }

    /** The t of the integration variable for energy e: e = Δ sin(πt²/2). */
    private double tOf(double e) {
        return Math.sqrt(2.0 / Math.PI * Math.asin(Math.min(1.0, e / delta)));
    }

    /** The distance 1 − t below which the kernel's gap-edge peak lives. */
    private double edgeScale() {
        if (form == AndreevForm.PLAIN) {
            return Math.sqrt(2.0 * plainDynes) / Math.PI;
        }
        double invL2 = Double.isFinite(phaseCoherenceLength) ? 1.0 / (phaseCoherenceLength * phaseCoherenceLength) : 0.0;
        double q = -2.0 * delta / (HBAR * diffusion);
        double r = Math.hypot(invL2, q);
        double kr = Math.sqrt(0.5 * (r + invL2));
        double ki = q / (2.0 * kr);
        double[] z = new double[2];
        geometry.kernel(kr, ki, z);
        double s0 = delta * Math.hypot(z[0], z[1]) / (rT * conductivity() * wireArea);
        return Math.max(s0 / delta, 1e-300) / Math.PI;
    }

    /** Nodes (first {@code order}) and weights (next {@code order}) of the GL rule on [−1, 1]. */
    private static double[] rule(int order) {
        GaussLegendre g = new GaussLegendre(order);
        double[] r = new double[2 * order];
        for (int i = 0; i < order; i++) {
            r[i] = g.node(i);
            r[order + i] = g.weight(i);
        }
        return r;
    }
}
