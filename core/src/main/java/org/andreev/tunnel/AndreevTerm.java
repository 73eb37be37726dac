package org.andreev.tunnel;

/**
 * The phase-coherent Andreev term of an N-I-S junction on a diffusive normal-metal wire (physics.md
 * A4; seed 004 §3, Fig. 2 left): everything {@link AndreevJunction} needs besides the gap Δ and the
 * tunnel resistance R_T, which it shares with the quasiparticle current of the same junction. The
 * names in the comments are the device-file keys ({@link NisDeviceFile#TABLE}, the same as the
 * cooler's).
 *
 * @param diffusion            {@code diffusion}: D of the normal metal, m²/s (&gt; 0)
 * @param densityOfStates      {@code dos_total}: ν_N, the TOTAL density of states at E_F (both spins;
 *                             σ_N = e² ν_N D), J⁻¹ m⁻³ (&gt; 0)
 * @param phaseCoherenceLength {@code lphi}: L_φ, m (&gt; 0, +∞ allowed)
 * @param wireWidth            {@code wire_width}: width of the wire the Cooperon diffuses in, m (&gt; 0)
 * @param wireThickness        {@code wire_thickness}: its thickness, m (&gt; 0); A_w = width × thickness
 * @param multiplier           {@code m}: the seed's multiplying factor M (≥ 0; probe 1.37)
 * @param geometry             {@code geometry}, {@code junction_length}: where the junction sits on the wire
 * @param form                 {@code andreev_form}: regularised (default) or plain
 * @param plainDynes           {@code andreev_dynes}: γ/Δ of the plain form (in (0, 1) there, else ignored)
 */
public record AndreevTerm(double diffusion, double densityOfStates, double phaseCoherenceLength, double wireWidth,
        double wireThickness, double multiplier, JunctionGeometry geometry, AndreevForm form, double plainDynes) {

    /** Validates every value, naming its device-file key first (the device reader's convention). */
    public AndreevTerm {
        AndreevJunction.positive("diffusion", diffusion, "m^2/s");
        AndreevJunction.positive("dos_total", densityOfStates, "J^-1 m^-3");
        if (!(phaseCoherenceLength > 0)) {
            throw new IllegalArgumentException("lphi must be > 0 m (or inf), got " + phaseCoherenceLength);
        }
        AndreevJunction.positive("wire_width", wireWidth, "m");
        AndreevJunction.positive("wire_thickness", wireThickness, "m");
        if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("m must be >= 0 and finite, got " + multiplier);
        }
        if (geometry == null) {
            throw new IllegalArgumentException("geometry must be end, middle or extended");
        }
        if (form == null) {
            throw new IllegalArgumentException("andreev_form must be regularised or plain");
        }
        if (!(plainDynes >= 0) || Double.isInfinite(plainDynes)) {
            throw new IllegalArgumentException("andreev_dynes must be >= 0, got " + plainDynes);
        }
        if (form == AndreevForm.PLAIN && !(plainDynes > 0 && plainDynes < 1)) {
            throw new IllegalArgumentException("andreev_dynes must be in (0, 1) for the plain form, got " + plainDynes);
        }
    }

    /** The seed-004 form: a junction at the end of the wire, regularised (physics.md A4, A6). */
    public static AndreevTerm of(double diffusion, double densityOfStates, double phaseCoherenceLength,
            double wireWidth, double wireThickness, double multiplier) {
        return new AndreevTerm(diffusion, densityOfStates, phaseCoherenceLength, wireWidth, wireThickness, multiplier,
                JunctionGeometry.end(), AndreevForm.REGULARISED, 0);
    }

    /** The wire cross-section A_w = width × thickness, m². */
    public double wireArea() {
        return wireWidth * wireThickness;
    }

    /** The Andreev current of the junction of gap {@code delta} (J) and tunnel resistance {@code rT} (Ω). */
    public AndreevJunction junction(double delta, double rT) {
        return new AndreevJunction(delta, diffusion, densityOfStates, phaseCoherenceLength, wireArea(), rT, multiplier,
                geometry, form, plainDynes);
    }

    /** This term with another phase-coherence length L_φ (m). */
    public AndreevTerm withPhaseCoherenceLength(double lphi) {
        return new AndreevTerm(diffusion, densityOfStates, lphi, wireWidth, wireThickness, multiplier, geometry, form,
                plainDynes);
    }

    /** This term with another multiplier M. */
    public AndreevTerm withMultiplier(double m) {
        return new AndreevTerm(diffusion, densityOfStates, phaseCoherenceLength, wireWidth, wireThickness, m, geometry,
                form, plainDynes);
    }

    /** This term with another diffusion constant D (m²/s). */
    public AndreevTerm withDiffusion(double d) {
        return new AndreevTerm(d, densityOfStates, phaseCoherenceLength, wireWidth, wireThickness, multiplier, geometry,
                form, plainDynes);
    }
}
