package org.andreev.cooler;

import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.AndreevForm;
import org.andreev.tunnel.AndreevJunction;
import org.andreev.tunnel.JunctionGeometry;

/**
 * An S-I-N-I-S electronic cooler: a normal-metal island joined to two superconducting reservoirs by
 * two identical tunnel junctions in series, its electrons coupled to its phonons (Σ), its phonons to
 * the substrate (Kapitza, K·A), with an optional leakage resistance across the device (seed 004
 * §4–5; physics.md A5, A6). All values SI; the names in the comments are the device-file keys
 * ({@link DeviceFile#TABLE}, where each parameter is declared once).
 *
 * @param delta                 {@code delta}: the superconducting gap Δ, J (&gt; 0)
 * @param dynes                 {@code dynes}: Dynes broadening γ/Δ of the quasiparticle DOS (≥ 0)
 * @param diffusion             {@code diffusion}: diffusion constant D of the island metal, m²/s
 * @param densityOfStates       {@code dos_total}: ν_N, the TOTAL density of states at E_F (both spins;
 *                              Cu 1.56e47), J⁻¹ m⁻³; σ_N = e² ν_N D
 * @param phaseCoherenceLength  {@code lphi}: L_φ, m (+∞ allowed)
 * @param sigmaEph              {@code sigma_eph}: electron–phonon constant Σ, W m⁻³ K⁻⁵
 * @param islandLength          {@code island_length}, m
 * @param islandWidth           {@code island_width}, m
 * @param islandThickness       {@code island_thickness}, m; U = length·width·thickness
 * @param wireWidth             {@code wire_width}: width of the wire the Cooperon diffuses in, m
 * @param wireThickness         {@code wire_thickness}, m; A_w = width·thickness
 * @param kapitza               {@code ka}: K·A, the island's phonon–substrate coupling, W K⁻⁴ (+∞:
 *                              phonons held at the bath)
 * @param rT                    {@code rt}: tunnel resistance of ONE junction, Ω
 * @param multiplier            {@code m}: the Andreev multiplying factor M (≥ 0)
 * @param geometry              {@code geometry}, {@code junction_length}: junction placement on the wire
 * @param andreevForm           {@code andreev_form}: regularised (default) or plain
 * @param andreevDynes          {@code andreev_dynes}: γ/Δ of the plain Andreev form
 * @param rLeak                 {@code rleak}: leakage resistance across the whole device, Ω (+∞: none)
 * @param probe                 {@code probe_rt}, {@code probe_m}, {@code probe_te}: the probe, or null
 */
public record CoolerDevice(double delta, double dynes, double diffusion, double densityOfStates,
        double phaseCoherenceLength, double sigmaEph, double islandLength, double islandWidth,
        double islandThickness, double wireWidth, double wireThickness, double kapitza, double rT,
        double multiplier, JunctionGeometry geometry, AndreevForm andreevForm, double andreevDynes,
        double rLeak, ProbeJunction probe) {

    /** Validates every value, naming its device-file key. */
    public CoolerDevice {
        AndreevJunction.positive("delta", delta, "J");
        nonNegative("dynes", dynes);
        AndreevJunction.positive("diffusion", diffusion, "m^2/s");
        AndreevJunction.positive("dos_total", densityOfStates, "J^-1 m^-3");
        if (!(phaseCoherenceLength > 0)) {
            throw new IllegalArgumentException("lphi must be > 0 m (or inf), got " + phaseCoherenceLength);
        }
        AndreevJunction.positive("sigma_eph", sigmaEph, "W m^-3 K^-5");
        AndreevJunction.positive("island_length", islandLength, "m");
        AndreevJunction.positive("island_width", islandWidth, "m");
        AndreevJunction.positive("island_thickness", islandThickness, "m");
        AndreevJunction.positive("wire_width", wireWidth, "m");
        AndreevJunction.positive("wire_thickness", wireThickness, "m");
        if (!(kapitza > 0)) {
            throw new IllegalArgumentException("ka must be > 0 W/K^4 (or inf), got " + kapitza);
        }
        AndreevJunction.positive("rt", rT, "Ohm");
        nonNegative("m", multiplier);
        if (geometry == null) {
            throw new IllegalArgumentException("geometry must be end, middle or extended");
        }
        if (andreevForm == null) {
            throw new IllegalArgumentException("andreev_form must be regularised or plain");
        }
        nonNegative("andreev_dynes", andreevDynes);
        if (andreevForm == AndreevForm.PLAIN && !(andreevDynes > 0 && andreevDynes < 1)) {
            throw new IllegalArgumentException("andreev_dynes must be in (0, 1) for the plain form, got " + andreevDynes);
        }
        if (!(rLeak > 0)) {
            throw new IllegalArgumentException("rleak must be > 0 Ohm (or inf), got " + rLeak);
        }
    }

    private static void nonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be >= 0, got " + value);
        }
    }

    /** The island volume U = length × width × thickness, m³ (seed 004: 0.06 µm³). */
    public double islandVolume() {
        return islandLength * islandWidth * islandThickness;
    }

    /** The leakage conductance 1/R_leak across the device, S; 0 when there is none (R_leak = ∞). */
    public double leakConductance() {
        return 1.0 / rLeak;
    }

    /** The wire cross-section A_w = width × thickness, m² (physics.md A6). */
    public double wireArea() {
        return wireWidth * wireThickness;
    }

    /** The superconducting electrodes (same gap on both sides). */
    public Superconductor superconductor() {
        return new Superconductor(delta, dynes, 0.0);
    }

    /** One cooler junction's quasiparticle tunnelling (physics.md A2). */
    public NisJunction tunnelJunction() {
        return new NisJunction(superconductor(), rT);
    }

    /** One cooler junction's Andreev current (physics.md A4). */
    public AndreevJunction andreevJunction() {
        return andreev(rT, multiplier);
    }

    /** The probe's Andreev current: the cooler's wire and coherence, the probe's R_T and M. */
    public AndreevJunction probeAndreevJunction() {
        requireProbe();
        return andreev(probe.rT(), probe.multiplier());
    }

    /** The probe's quasiparticle tunnelling. */
    public NisJunction probeTunnelJunction() {
        requireProbe();
        return new NisJunction(superconductor(), probe.rT());
    }

    private void requireProbe() {
        if (probe == null) {
            throw new IllegalStateException("this device has no probe junction (probe_rt, probe_m, probe_te)");
        }
    }

    private AndreevJunction andreev(double r, double m) {
        return new AndreevJunction(delta, diffusion, densityOfStates, phaseCoherenceLength, wireArea(), r, m,
                geometry, andreevForm, andreevDynes);
    }

    /**
     * This device with the fittable parameter {@code key} (one of {@link #FITTABLE}) set to
     * {@code value} (SI), validated again; see {@link DeviceFile#TABLE}.
     */
    public CoolerDevice with(String key, double value) {
        return DeviceFile.TABLE.with(this, key, value);
    }

    /** The names {@link #with} and {@link #value} accept: the parameters a fit may free ({@link DeviceFile#TABLE}). */
    public static final java.util.List<String> FITTABLE = DeviceFile.TABLE.fittable();

    /** The value (SI) of the named parameter, one of {@link #FITTABLE}. */
    public double value(String key) {
        return DeviceFile.TABLE.value(this, key);
    }
}
