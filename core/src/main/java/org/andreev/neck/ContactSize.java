package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.G0;

import org.andreev.material.Material;
import org.andreev.numeric.RootSolver;

/**
 * The size of a metallic point contact from its normal-state resistance, and back (physics.md B1).
 *
 * <ul>
 *   <li>{@link Model#SHARVIN} (ballistic): R_S = (h/2e²) λ_F²/(π A) = λ_F²/(G0 π A), A = π a²
 *       (Sharvin, Sov. Phys. JETP 21, 655 (1965); the seed's formula). For Pb's λ_F = 0.399 nm,
 *       R = 5 Ω gives A = 131 nm², a = 6.45 nm.</li>
 *   <li>{@link Model#WEXLER} (any ℓ/a): R = 4ρℓ/(3πa²) + Γ(ℓ/a) ρ/(2a), the Sharvin term plus the
 *       Maxwell spreading term, with Nikolić &amp; Allen's interpolation Γ(K) = (1 + 0.83K)/(1 + 1.33K)
 *       (Wexler, Proc. Phys. Soc. 89, 927 (1966); Nikolić &amp; Allen, Phys. Rev. B 60, 3963 (1999)).
 *       R(a) decreases strictly with a, so R → a is solved with {@link RootSolver}.</li>
 * </ul>
 * The two agree as ℓ → ∞ when ρℓ is the free-electron value 3π²ħ/(e²k_F²), which it is for Pb
 * ({@link Material}): then 4ρℓ/(3πa²) = λ_F²/(G0 π A).
 *
 * @param model           which formula
 * @param fermiWavelength λ_F, m (used by Sharvin; NaN allowed for Wexler)
 * @param resistivity     ρ, Ω m (used by Wexler; NaN allowed for Sharvin)
 * @param meanFreePath    ℓ, m (used by Wexler; NaN allowed for Sharvin)
 */
public record ContactSize(Model model, double fermiWavelength, double resistivity, double meanFreePath) {

    /** The formula relating resistance and size. */
    public enum Model {
        /** Ballistic: the Sharvin resistance. */
        SHARVIN,
        /** Wexler's interpolation between Sharvin (ℓ ≫ a) and Maxwell (ℓ ≪ a). */
        WEXLER
    }

    /** Relative tolerance of the Wexler inversion R → a. */
    private static final RootSolver SOLVER = RootSolver.relative(1e-13);

    /** Validates the constants the model uses (positive, finite). */
    public ContactSize {
        if (model == null) {
            throw new IllegalArgumentException("contact model must be given (sharvin or wexler)");
        }
        if (model == Model.SHARVIN) {
            positive("Fermi wavelength lambda_F", fermiWavelength, "m");
        } else {
            positive("resistivity rho", resistivity, "Ohm m");
            positive("mean free path l", meanFreePath, "m");
        }
    }

    private static void positive(String what, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0 " + unit + " and finite, got " + value);
        }
    }

    /** Sharvin with the Fermi wavelength λ_F (m). */
    public static ContactSize sharvin(double fermiWavelength) {
        return new ContactSize(Model.SHARVIN, fermiWavelength, Double.NaN, Double.NaN);
    }

    /** Sharvin with the material's λ_F. */
    public static ContactSize sharvin(Material material) {
        return sharvin(material.fermiWavelength());
    }

    /** Wexler with resistivity ρ (Ω m) and mean free path ℓ (m). */
    public static ContactSize wexler(double resistivity, double meanFreePath) {
        return new ContactSize(Model.WEXLER, Double.NaN, resistivity, meanFreePath);
    }

    /**
     * Wexler for a material: ℓ = {@code meanFreePath} (NaN: the material's ℓ) and ρ = ρℓ/ℓ, or, when
     * {@code resistivity} is given (not NaN), that ρ. With ρ given and no ℓ anywhere, ℓ = ρℓ/ρ.
     *
     * @throws IllegalArgumentException when ρ or ℓ cannot be had (naming which)
     */
    public static ContactSize wexler(Material material, double meanFreePath, double resistivity) {
        double rhoL = material.resistivityMeanFreePath();
        double l = Double.isNaN(meanFreePath) ? material.meanFreePath() : meanFreePath;
        if (Double.isNaN(l) && !Double.isNaN(resistivity)) {
            l = rhoL / resistivity;
        }
        if (Double.isNaN(l)) {
            throw new IllegalArgumentException("Wexler needs the mean free path l: " + material.name()
                    + " has no default (give --mfp)");
        }
        double rho = Double.isNaN(resistivity) ? rhoL / l : resistivity;
        if (Double.isNaN(rho)) {
            throw new IllegalArgumentException("Wexler needs the resistivity rho: " + material.name()
                    + " has no rho*l (give --rho)");
        }
        return wexler(rho, l);
    }

    /** Nikolić–Allen interpolation Γ(K) = (1 + 0.83K)/(1 + 1.33K), K = ℓ/a; Γ(0) = 1, Γ(∞) = 0.624. */
    public static double gamma(double knudsen) {
        return (1 + 0.83 * knudsen) / (1 + 1.33 * knudsen);
    }

    /** The resistance of a contact of radius {@code radius} (m), Ω. */
    public double resistance(double radius) {
        if (model == Model.SHARVIN) {
            return fermiWavelength * fermiWavelength / (G0 * Math.PI * Math.PI * radius * radius);
        }
        double rhoL = resistivity * meanFreePath;
        return 4 * rhoL / (3 * Math.PI * radius * radius) + gamma(meanFreePath / radius) * resistivity / (2 * radius);
    }

    /**
     * The radius a (m) of a contact of resistance {@code resistance} (Ω, &gt; 0): closed form for
     * Sharvin; for Wexler the root of R(a) − R, bracketed between the Sharvin-term radius and the
     * sum of the Sharvin-term and Maxwell radii (R(a) is the sum of two decreasing terms, each below R
     * at its own radius), to 1e-13 relative.
     *
     * @throws IllegalArgumentException when the resistance is not &gt; 0 and finite
     * @throws ArithmeticException      when the root solver fails (with its reason)
     */
    public double radius(double resistance) {
        positive("resistance R", resistance, "Ohm");
        if (model == Model.SHARVIN) {
            return fermiWavelength / (Math.PI * Math.sqrt(G0 * resistance));
        }
        double sharvinRadius = Math.sqrt(4 * resistivity * meanFreePath / (3 * Math.PI * resistance));
        double maxwellRadius = resistivity / (2 * resistance);
        RootSolver.Root root = SOLVER.solve(a -> resistance(a) - resistance, sharvinRadius,
                sharvinRadius + maxwellRadius);
        if (!root.converged()) {
            throw new ArithmeticException("Wexler radius for R = " + resistance + " Ohm: " + root.reason());
        }
        return root.x();
    }

    /** The cross-section A = π a² (m²) of a contact of resistance {@code resistance} (Ω). */
    public double area(double resistance) {
        double a = radius(resistance);
        return Math.PI * a * a;
    }
}
