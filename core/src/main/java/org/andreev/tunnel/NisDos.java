package org.andreev.tunnel;

import java.util.List;

/**
 * The density of states an N-I-S fit or curve uses for the superconductor, with the fit
 * parameters that belong to it.
 */
public enum NisDos {
    /**
     * The spin-split Dynes DOS of {@link org.andreev.superconductor.Superconductor} (physics.md A1):
     * parameters te, delta, rt, dynes (γ/Δ), h, offset. The closed-form kernel of {@link NisJunction}.
     */
    DYNES(List.of("te", "delta", "rt", "dynes", "h", "offset")),
    /**
     * The 0-D Usadel DOS with spin-orbit, spin-flip and orbital scattering and a normal fraction
     * (physics.md A8; {@link org.andreev.superconductor.UsadelSuperconductor}, {@link
     * UsadelNisJunction}): the Dynes parameters (dynes = Γ/Δ) and so (Γ_so, J), sf (Γ_sf, J),
     * orb (Γ_orb, J), xn (x_N).
     */
    USADEL(List.of("te", "delta", "rt", "dynes", "h", "offset", "so", "sf", "orb", "xn"));

    private final List<String> parameters;

    NisDos(List<String> parameters) {
        this.parameters = parameters;
    }

    /** The fit parameters of this model in the order of the fit's parameter vector (ts, when untied, follows). */
    public List<String> parameters() {
        return parameters;
    }
}
