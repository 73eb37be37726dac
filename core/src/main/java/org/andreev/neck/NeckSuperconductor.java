package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.H_PLANCK;
import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.MU_0;

import org.andreev.material.Material;

/**
 * The superconducting constants of a neck's material and the field and length scales they give
 * (physics.md B5): the bulk critical field H_c(T), the penetration depth λ(T) in the clean or dirty
 * limit, the Ginzburg–Landau coherence length ξ(T), the diffusion constant D, the critical field
 * of a thin disk, and the depairing current density. The constants and their sources are those of
 * {@link Material} (for Pb, {@link Material#LEAD}: μ0H_c(0) = 0.080 T, T_c = 7.2 K, Δ(0) = 1.35 meV,
 * λ_L = 37 nm, ξ_0 = 83 nm, ℓ = 10 nm, v_F = 1.83e6 m/s, τ_E-P = 2.5e-11 s; seed 000 and its
 * refs. [7, 8, 17, 18]).
 *
 * <p>Fields are given as μ0H in tesla throughout (the seed's "H = 0.25 T").
 *
 * @param material a superconductor with H_c(0), λ_L, ξ_0, ℓ, v_F and τ_E-P given
 * @param limit    which penetration depth and coherence length (clean or dirty limit)
 */
public record NeckSuperconductor(Material material, Limit limit) {

    /** The electron mean free path against the BCS coherence length. */
    public enum Limit {
        /**
         * ℓ ≫ ξ_0: λ(0) = λ_L, ξ(T) = 0.74 ξ_0/sqrt(1 − t) (Tinkham, <i>Introduction to
         * Superconductivity</i>, 2nd ed. (1996), Eq. 4.24a).
         */
        CLEAN,
        /**
         * ℓ ≪ ξ_0: λ(0) = λ_L sqrt(1 + ξ_0/ℓ) (Tinkham Eq. 3.123), ξ(T) = 0.855 sqrt(ξ_0 ℓ/(1 − t))
         * (Tinkham Eq. 4.24b). Pb with ℓ = 10 nm, ξ_0 = 83 nm is in this limit (physics.md B5):
         * λ(0) = 113 nm.
         */
        DIRTY
    }

    /** Which direction the field has relative to the neck axis, for the critical field of a disk. */
    public enum Orientation {
        /** Along the axis: H_disk = 4λH_c/r (seed 000 and its ref. [7]). */
        AXIAL(4.0),
        /** Across the axis: H_disk = 2√2 λH_c/r (physics.md B5). */
        TRANSVERSE(2.0 * Math.sqrt(2.0));

        private final double factor;

        Orientation(double factor) {
            this.factor = factor;
        }

        /** The prefactor c of H_disk = c λ H_c / r. */
        public double factor() {
            return factor;
        }
    }

    /** The flux quantum Φ0 = h/2e, Wb. */
    public static final double FLUX_QUANTUM = H_PLANCK / (2 * E_CHARGE);

    /** Pb of seed 000 in the dirty limit (ℓ = 10 nm ≪ ξ_0 = 83 nm). */
    public static final NeckSuperconductor LEAD = new NeckSuperconductor(Material.LEAD, Limit.DIRTY);

    /** Validates that the material carries every constant the field model needs. */
    public NeckSuperconductor {
        if (material == null || limit == null) {
            throw new IllegalArgumentException("a neck superconductor needs a material and a limit");
        }
        if (!material.isSuperconductor()) {
            throw new IllegalArgumentException(material.name() + " is not a superconductor (no gap given)");
        }
        require(material, "critical field mu0 H_c(0)", material.criticalField());
        require(material, "London penetration depth lambda_L", material.londonPenetrationDepth());
        require(material, "coherence length xi_0", material.coherenceLength());
        require(material, "mean free path l", material.meanFreePath());
        require(material, "Fermi velocity v_F", material.fermiVelocity());
        require(material, "electron-phonon time tau_E-P", material.electronPhononTime());
    }

    private static void require(Material m, String what, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(m.name() + ": the neck field model needs the " + what
                    + ", which the material does not give");
        }
    }

    /** This superconductor in the other limit (or the same). */
    public NeckSuperconductor withLimit(Limit newLimit) {
        return new NeckSuperconductor(material, newLimit);
    }

    /** T_c, K. */
    public double criticalTemperature() {
        return material.criticalTemperature();
    }

    /**
     * The bulk thermodynamic critical field μ0H_c(T) = μ0H_c(0)(1 − (T/T_c)²), T (physics.md B5;
     * Tinkham Eq. 1.2); 0 at and above T_c. Pb at 4.2 K: 0.0528 T (the seed's "0.05 T at 4.2 K").
     */
    public double criticalField(double temperature) {
        double t = reduced(temperature);
        return t >= 1 ? 0 : material.criticalField() * (1 - t * t);
    }

    /** The zero-temperature penetration depth λ(0) of this limit (class comment of {@link Limit}), m. */
    public double penetrationDepth0() {
        double lambdaL = material.londonPenetrationDepth();
        return limit == Limit.CLEAN ? lambdaL
                : lambdaL * Math.sqrt(1 + material.coherenceLength() / material.meanFreePath());
    }

    /**
     * λ(T) = λ(0)/sqrt(1 − (T/T_c)⁴), m (the two-fluid form, Tinkham Eq. 2.5; physics.md B5).
     *
     * @throws IllegalArgumentException at or above T_c
     */
    public double penetrationDepth(double temperature) {
        double t = belowTc(temperature);
        return penetrationDepth0() / Math.sqrt(1 - t * t * t * t);
    }

    /**
     * The Ginzburg–Landau coherence length ξ(T) of this limit ({@link Limit}), m.
     *
     * @throws IllegalArgumentException at or above T_c
     */
    public double coherenceLength(double temperature) {
        double t = belowTc(temperature);
        double xi0 = material.coherenceLength();
        return limit == Limit.CLEAN ? 0.74 * xi0 / Math.sqrt(1 - t)
                : 0.855 * Math.sqrt(xi0 * material.meanFreePath() / (1 - t));
    }

    /** The diffusion constant D = v_F ℓ/3, m²/s (physics.md B5). Pb: 6.1e-3 m²/s. */
    public double diffusionConstant() {
        return material.fermiVelocity() * material.meanFreePath() / 3;
    }

    /**
     * The critical field of a thin disk of radius r ≪ λ, ξ: μ0H_disk = c λ(T) μ0H_c(T)/r, T, with
     * c = 4 (axial) or 2√2 (transverse) (physics.md B5; seed 000 and its ref. [7]).
     *
     * @param radius r, m (&gt; 0)
     */
    public double diskCriticalField(double temperature, double radius, Orientation orientation) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("disk radius must be > 0 m and finite, got " + radius);
        }
        return orientation.factor() * penetrationDepth(temperature) * criticalField(temperature) / radius;
    }

    /**
     * The largest radius that is still superconducting at field μ0H: r_c = c λ(T) μ0H_c(T)/(μ0H), m
     * (the inverse of {@link #diskCriticalField}).
     *
     * @param field μ0H, T (&gt; 0)
     */
    public double criticalRadius(double temperature, double field, Orientation orientation) {
        if (!(field > 0) || Double.isInfinite(field)) {
            throw new IllegalArgumentException("field mu0 H must be > 0 T and finite, got " + field);
        }
        return orientation.factor() * penetrationDepth(temperature) * criticalField(temperature) / field;
    }

    /**
     * The Ginzburg–Landau depairing current density at zero field,
     * j_c(T) = Φ0/(3√3 π μ0 λ(T)² ξ(T)), A/m² (Tinkham Eq. 4.36).
     */
    public double depairingCurrentDensity(double temperature) {
        double lambda = penetrationDepth(temperature);
        return FLUX_QUANTUM / (3 * Math.sqrt(3) * Math.PI * MU_0 * lambda * lambda * coherenceLength(temperature));
    }

    /**
     * The depairing current density of a disk of radius r in a field μ0H below its critical field
     * H_disk(r): j_c(T, H) = j_c(T)(1 − (H/H_disk)²)^{3/2}, A/m²; 0 at and above H_disk. The field
     * dependence is the Ginzburg–Landau result for a thin film or wire in a parallel field
     * (Tinkham §4.4 and Problem 4.4; <i>interpretation</i>: physics.md B6 names the depairing value
     * without its field dependence).
     */
    public double depairingCurrentDensity(double temperature, double field, double radius, Orientation orientation) {
        double h = Math.abs(field) / diskCriticalField(temperature, radius, orientation);
        if (h >= 1) {
            return 0;
        }
        double s = 1 - h * h;
        return depairingCurrentDensity(temperature) * s * Math.sqrt(s);
    }

    private double reduced(double temperature) {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0 K and finite, got " + temperature);
        }
        return temperature / criticalTemperature();
    }

    private double belowTc(double temperature) {
        double t = reduced(temperature);
        if (t >= 1) {
            throw new IllegalArgumentException("temperature " + temperature + " K is at or above T_c = "
                    + criticalTemperature() + " K of " + material.name() + ": the neck is not superconducting");
        }
        return t;
    }
}
