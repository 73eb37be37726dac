package org.andreev.material;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import java.util.List;
import java.util.stream.Collectors;
import org.andreev.superconductor.BcsGap;
import org.andreev.superconductor.Superconductor;

/**
 * Material constants in SI units; {@link Double#NaN} marks a constant that is not given (not
 * relevant, or not in the sources). The predefined materials are the values of the two source
 * papers as collected in physics.md (A6: the seed-004 Al/Cu cooler device; B5: seed-000 Pb),
 * each constant's source is named at the constant.
 *
 * <p>Normal-state constants of the point-contact formulas (physics.md B1: Sharvin and Wexler):
 * the free-electron λ_F = 2π/k_F with k_F = (3π²n)^{1/3} from the conduction-electron density n
 * of Ashcroft &amp; Mermin, <i>Solid State Physics</i> (1976), table 2.1; v_F from their table 2.2;
 * ρℓ, the product of resistivity and mean free path, which does not depend on the purity of the
 * sample (ρ ∝ 1/ℓ). For the simple and noble metals the free-electron (Drude–Sommerfeld) value
 * ρℓ = ħk_F/(ne²) (Ashcroft &amp; Mermin Eqs. 1.6, 2.21) is used; it agrees with the measured
 * products these metals are usually quoted with (Al ≈ 4e-16, Cu ≈ 6.6e-16, Au ≈ 8.4e-16 Ω m²).
 * For the transition metal Nb it does not (8.7e-16 Ω m²): the measured thin-film value is used.
 * The mean free path is a property of the sample, not the element: it is given only where a
 * source paper gives one (Pb: seed 000; Cu: from the seed-004 film's D), else NaN.
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
 * @param meanFreePath          elastic mean free path ℓ, m (a property of the sample)
 * @param resistivityMeanFreePath the product ρℓ of residual resistivity and mean free path, Ω m²
 * @param londonPenetrationDepth λ_L, m
 * @param coherenceLength       BCS coherence length ξ_0, m
 * @param electronPhononTime    inelastic electron–phonon time τ_E-P, s
 */
public record Material(String name, double gap, double criticalTemperature, double criticalField,
        double densityOfStates, double diffusionConstant, double electronPhononCoupling, double fermiVelocity,
        double fermiWavelength, double meanFreePath, double resistivityMeanFreePath, double londonPenetrationDepth,
        double coherenceLength, double electronPhononTime) {

    private static final double MEV = 1e-3 * E_CHARGE;
    private static final double NAN = Double.NaN;

    /**
     * Aluminium of the seed-004 cooler (physics.md A6): Δ = 0.228 meV (the seed's fit parameter for
     * the probe junction; its Fig. 1 caption quotes 2Δ = 0.43 meV for the cooler). T_c is not in the sources:
     * it is the weak-coupling value Δ/(1.764 k_B) = 1.50 K (physics.md A1), a derived number.
     * Normal state (see the class comment): n = 18.1e28 m⁻³ gives λ_F = 0.359 nm; v_F = 2.03e6 m/s;
     * ρℓ = ħk_F/(ne²) = 3.97e-16 Ω m²; ℓ not given.
     */
    public static final Material ALUMINIUM = new Material("Al", 0.228 * MEV,
            0.228 * MEV / (BcsGap.WEAK_COUPLING_RATIO * K_BOLTZMANN), NAN, NAN, NAN, NAN, 2.03e6, 0.359e-9, NAN,
            3.97e-16, NAN, NAN, NAN);

    /**
     * Copper of the seed-004 cooler island and wires (physics.md A6): D = 80 cm²/s,
     * ν_N = 1.56e47 J⁻¹m⁻³, Σ = 2 nW µm⁻³ K⁻⁵ = 2e9 W m⁻³ K⁻⁵. Normal state (class comment):
     * n = 8.47e28 m⁻³ gives λ_F = 0.462 nm; v_F = 1.57e6 m/s; ρℓ = ħk_F/(ne²) = 6.59e-16 Ω m²;
     * ℓ = 3D/v_F = 15.3 nm, the mean free path of the seed-004 film (derived from its D).
     */
    public static final Material COPPER = new Material("Cu", NAN, NAN, NAN, 1.56e47, 80e-4, 2e9, 1.57e6, 0.462e-9,
            3 * 80e-4 / 1.57e6, 6.59e-16, NAN, NAN, NAN);

    /**
     * Gold, a normal metal (class comment): n = 5.90e28 m⁻³ gives λ_F = 0.522 nm; v_F = 1.40e6 m/s;
     * ρℓ = ħk_F/(ne²) = 8.39e-16 Ω m²; ℓ not given.
     */
    public static final Material GOLD = new Material("Au", NAN, NAN, NAN, NAN, NAN, NAN, 1.40e6, 0.522e-9, NAN,
            8.39e-16, NAN, NAN, NAN);

    /**
     * Niobium. Normal state (class comment): n = 5.56e28 m⁻³ (one conduction electron per atom, as
     * Ashcroft &amp; Mermin count it) gives λ_F = 0.532 nm; v_F = 1.37e6 m/s (their table 2.2; the
     * free-electron model is crude for this d-band metal). ρℓ = 3.72e-16 Ω m², the measured thin-film
     * value of Mayadas, Laibowitz &amp; Cuomo, J. Appl. Phys. 43, 1287 (1972) (the free-electron
     * formula would give 8.7e-16); ℓ not given. T_c = 9.25 K (Finnemore, Stromberg &amp; Swenson,
     * Phys. Rev. 149, 231 (1966)); Δ(0) is not in the sources: the weak-coupling value
     * 1.764 k_B T_c = 1.41 meV, a derived number (Nb is moderately strong-coupling: give the measured gap
     * for gap-sensitive work). The field parameters (H_c, λ_L, ξ_0, τ_E-P) are not given here.
     */
    public static final Material NIOBIUM = new Material("Nb", BcsGap.WEAK_COUPLING_RATIO * K_BOLTZMANN * 9.25, 9.25,
            NAN, NAN, NAN, NAN, 1.37e6, 0.532e-9, NAN, 3.72e-16, NAN, NAN, NAN);

    /**
     * Lead of the seed-000 necks (physics.md B5 defaults): Δ(0) = 1.35 meV, T_c = 7.2 K,
     * μ0H_c(0) = 0.080 T, λ_L = 37 nm, ξ_0 = 83 nm, v_F = 1.83e6 m/s, λ_F = 0.399 nm, ℓ = 10 nm,
     * τ_E-P = 2.5e-11 s. λ_F is the free-electron value of n = 13.2e28 m⁻³ (four electrons per atom,
     * Ashcroft &amp; Mermin table 2.1) and v_F theirs (table 2.2); ρℓ = ħk_F/(ne²) = 4.90e-16 Ω m²
     * (class comment), so ρ = ρℓ/ℓ = 4.9e-8 Ω m at ℓ = 10 nm.
     */
    public static final Material LEAD = new Material("Pb", 1.35 * MEV, 7.2, 0.080, NAN, NAN, NAN, 1.83e6,
            0.399e-9, 10e-9, 4.90e-16, 37e-9, 83e-9, 2.5e-11);

    /** The predefined materials, in the order Pb, Al, Nb, Au, Cu. */
    public static final List<Material> PREDEFINED = List.of(LEAD, ALUMINIUM, NIOBIUM, GOLD, COPPER);

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
        check("resistivity times mean free path rho*l", resistivityMeanFreePath);
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

    /**
     * A predefined material by its chemical symbol (case-insensitive: Pb, Al, Nb, Au, Cu).
     *
     * @throws IllegalArgumentException naming the known symbols when there is no such material
     */
    public static Material named(String symbol) {
        for (Material m : PREDEFINED) {
            if (m.name.equalsIgnoreCase(symbol.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown material '" + symbol + "' (known: "
                + PREDEFINED.stream().map(Material::name).collect(Collectors.joining(", ")) + ")");
    }

    /** This material with mean free path ℓ = {@code value} (m, &gt; 0, or NaN for not given). */
    public Material withMeanFreePath(double value) {
        return new Material(name, gap, criticalTemperature, criticalField, densityOfStates, diffusionConstant,
                electronPhononCoupling, fermiVelocity, fermiWavelength, value, resistivityMeanFreePath,
                londonPenetrationDepth, coherenceLength, electronPhononTime);
    }

    /** The residual resistivity ρ = ρℓ/ℓ, Ω m (NaN when ρℓ or ℓ is not given). */
    public double resistivity() {
        return resistivityMeanFreePath / meanFreePath;
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
