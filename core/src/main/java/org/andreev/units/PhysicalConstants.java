package org.andreev.units;

/**
 * Physical constants in SI units.
 *
 * <p>The elementary charge, Planck and Boltzmann constants are exact in the SI since 2019
 * (CODATA 2018, <a href="https://physics.nist.gov/cuu/Constants/">NIST</a>); the vacuum
 * permeability is the CODATA 2018 recommended value.
 */
public final class PhysicalConstants {

    /** Elementary charge e, C (exact, CODATA 2018). */
    public static final double E_CHARGE = 1.602176634e-19;

    /** Planck constant h, J s (exact, CODATA 2018). */
    public static final double H_PLANCK = 6.62607015e-34;

    /** Reduced Planck constant ħ = h / 2π, J s. */
    public static final double HBAR = H_PLANCK / (2.0 * Math.PI);

    /** Boltzmann constant k_B, J/K (exact, CODATA 2018). */
    public static final double K_BOLTZMANN = 1.380649e-23;

    /** Vacuum magnetic permeability μ0, N/A² (CODATA 2018: 1.25663706212e-6). */
    public static final double MU_0 = 1.25663706212e-6;

    /** Conductance quantum G0 = 2e²/h, S. */
    public static final double G0 = 2.0 * E_CHARGE * E_CHARGE / H_PLANCK;

    /** Lorenz number of the Wiedemann–Franz law L0 = (π²/3)(k_B/e)², W Ω / K². */
    public static final double LORENZ =
            Math.PI * Math.PI / 3.0 * (K_BOLTZMANN / E_CHARGE) * (K_BOLTZMANN / E_CHARGE);

    private PhysicalConstants() {}
}
