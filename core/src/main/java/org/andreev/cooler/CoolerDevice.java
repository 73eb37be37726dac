package org.andreev.cooler;

import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;

/**
 * An S-I-N-I-S electronic cooler: a normal-metal island joined to two superconducting reservoirs by
 * two identical tunnel junctions in series, its electrons coupled to its phonons (Σ), its phonons to
 * the substrate (Kapitza, K·A), with an optional leakage resistance across the device (seed 004
 * §4–5; physics.md A5, A6). All values SI. {@link DeviceFile#TABLE} declares each component once:
 * its device-file key, unit, default, allowed values and option; it builds and checks the record
 * ({@link org.andreev.io.device.DeviceTable#validate}), so adding a parameter is one component here and one line there.
 *
 * @param delta                 the superconducting gap Δ, J (&gt; 0)
 * @param dynes                 Dynes broadening γ/Δ of the quasiparticle DOS (≥ 0)
 * @param diffusion             diffusion constant D of the island metal, m²/s
 * @param densityOfStates       ν_N, the TOTAL density of states at E_F (both spins;
 *                              Cu 1.56e47), J⁻¹ m⁻³; σ_N = e² ν_N D
 * @param phaseCoherenceLength  L_φ, m (+∞ allowed)
 * @param sigmaEph              electron–phonon constant Σ, W m⁻³ K⁻⁵
 * @param islandLength          island length, m
 * @param islandWidth           island width, m
 * @param islandThickness       island thickness, m; U = length·width·thickness
 * @param wireWidth             width of the wire the Cooperon diffuses in, m
 * @param wireThickness         its thickness, m; A_w = width·thickness
 * @param kapitza               K·A, the island's phonon–substrate coupling, W K⁻⁴ (+∞:
 *                              phonons held at the bath)
 * @param rT                    tunnel resistance of ONE junction, Ω
 * @param multiplier            the Andreev multiplying factor M (≥ 0)
 * @param geometry              junction placement on the wire
 * @param andreevForm           regularised (default) or plain
 * @param andreevDynes          γ/Δ of the plain Andreev form
 * @param rLeak                 leakage resistance across the whole device, Ω (+∞: none)
 * @param probe                 the probe junction (all three of its keys, or none), or null
 */
public record CoolerDevice(double delta, double dynes, double diffusion, double densityOfStates,
        double phaseCoherenceLength, double sigmaEph, double islandLength, double islandWidth,
        double islandThickness, double wireWidth, double wireThickness, double kapitza, double rT,
        double multiplier, JunctionGeometry geometry, AndreevForm andreevForm, double andreevDynes,
        double rLeak, ProbeJunction probe) {

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
            throw new IllegalStateException("this device has no probe junction ("
                    + String.join(", ", DeviceFile.TABLE.components().get("probe")) + ")");
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
