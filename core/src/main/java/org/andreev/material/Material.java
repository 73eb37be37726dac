package org.andreev.material;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import org.andreev.superconductor.BcsGap;
import org.andreev.superconductor.Superconductor;

/**
 * Material constants in SI units; {@link Double#NaN} marks a constant that is not given (not
 * relevant, or not in the sources). The predefined materials are the values of the two source
 * papers as collected in physics.md (A6: the seed-004 Al/Cu cooler device; B5: seed-000 Pb),
 * each constant's source is named at the constant.
 *
 * @param name                  a short label
 * @param gap                   zero-temperature gap Δ(0), J (NaN for a normal metal)
 * @param criticalTemperature   T_c, K
 * @param criticalField         thermodynamic critical field μ0 H_c(0), T
 * @param densityOfStates       N-electron density of states at the Fermi level ν, J⁻¹ m⁻³
 * @param diffusionConstant     electron diffusion constant D, m²/s
 * @param electronPhononCoupling Σ of the e-ph heat flow Σ U (T_e⁵ − T_ph⁵), W m⁻³ K⁻⁵
 * @param fermiVelocity         v_F, m/s
 * @param fermiWavelength       λ_F, m
 * @param meanFreePath          elastic mean free path ℓ, m
 * @param londonPenetrationDepth λ_L, m
 * @param coherenceLength       BCS coherence length ξ_0, m
 * @param electronPhononTime    inelastic electron–phonon time τ_E-P, s
 */
public record Material(String name, double gap, double criticalTemperature, double criticalField,
        double densityOfStates, double diffusionConstant, double electronPhononCoupling, double fermiVelocity,
        double fermiWavelength, double meanFreePath, double londonPenetrationDepth, double coherenceLength,
        double electronPhononTime) {

    private static final double MEV = 1e-3 * E_CHARGE;
    private static final double NAN = Double.NaN;

    /**
     * Aluminium of the seed-004 cooler (physics.md A6): Δ = 0.228 meV (the seed's fit parameter for
     * the probe junction; its Fig. 1 caption quotes 2Δ = 0.43 meV for the cooler). T_c is not in the sources:
     * it is the weak-coupling value Δ/(1.764 k_B) = 1.50 K (physics.md A1), a derived number.
     */
    public static final Material ALUMINIUM = new Material("Al", 0.228 * MEV,
            0.228 * MEV / (BcsGap.WEAK_COUPLING_RATIO * K_BOLTZMANN), NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN,
            NAN);

    /**
     * Copper of the seed-004 cooler island and wires (physics.md A6): D = 80 cm²/s,
     * ν_N = 1.56e47 J⁻¹m⁻³, Σ = 2 nW µm⁻³ K⁻⁵ = 2e9 W m⁻³ K⁻⁵.
     */
    public static final Material COPPER = new Material("Cu", NAN, NAN, NAN, 1.56e47, 80e-4, 2e9, NAN, NAN, NAN,
            NAN, NAN, NAN);

    /**
     * Lead of the seed-000 necks (physics.md B5 defaults): Δ(0) = 1.35 meV, T_c = 7.2 K,
     * μ0H_c(0) = 0.080 T, λ_L = 37 nm, ξ_0 = 83 nm, v_F = 1.83e6 m/s, λ_F = 0.399 nm, ℓ = 10 nm,
     * τ_E-P = 2.5e-11 s.
     */
    public static final Material LEAD = new Material("Pb", 1.35 * MEV, 7.2, 0.080, NAN, NAN, NAN, 1.83e6,
            0.399e-9, 10e-9, 37e-9, 83e-9, 2.5e-11);

    /** Every constant is either NaN (not given) or positive and finite; the name is not blank. */
    public Material {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("material name must not be blank");
        }
        check("gap Delta(0)", gap);
        check("critical temperature T_c", criticalTemperature);
        check("critical field mu0 H_c(0)", criticalField);
        check("density of states nu", densityOfStates);
        check("diffusion constant D", diffusionConstant);
        check("electron-phonon coupling Sigma", electronPhononCoupling);
        check("Fermi velocity v_F", fermiVelocity);
        check("Fermi wavelength lambda_F", fermiWavelength);
        check("mean free path l", meanFreePath);
        check("London penetration depth lambda_L", londonPenetrationDepth);
        check("coherence length xi_0", coherenceLength);
        check("electron-phonon time tau_E-P", electronPhononTime);
        if (Double.isNaN(gap) != Double.isNaN(criticalTemperature)) {
            throw new IllegalArgumentException(name + ": gap Delta(0) and critical temperature T_c go together");
        }
    }

    private static void check(String what, double value) {
        if (!Double.isNaN(value) && !(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(what + " must be > 0 and finite (or NaN if unknown), got " + value);
        }
    }

    /** Whether the material has a gap and a T_c. */
    public boolean isSuperconductor() {
        return !Double.isNaN(gap);
    }

    /** Δ(T) from the BCS curve scaled to this Δ(0) and T_c ({@link BcsGap}), J. */
    public double gap(double temperature) {
        return gapCurve().gap(temperature);
    }

    /** The BCS gap curve of this superconductor. */
    public BcsGap gapCurve() {
        requireSuperconductor();
        return new BcsGap(gap, criticalTemperature);
    }

    /** A BCS superconducting electrode with this material's zero-temperature gap. */
    public Superconductor superconductor() {
        requireSuperconductor();
        return Superconductor.bcs(gap);
    }

    private void requireSuperconductor() {
        if (!isSuperconductor()) {
            throw new IllegalStateException(name + " is not a superconductor (no gap given)");
        }
    }
}
