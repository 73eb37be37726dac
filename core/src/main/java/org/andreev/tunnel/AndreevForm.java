package org.andreev.tunnel;

/**
 * Which form of the Hekking–Nazarov anomalous Green function of the normal metal is used
 * (physics.md A4).
 */
public enum AndreevForm {
    /**
     * F_N = G_T F_S Z/(σ_N A_w + G_T G_S Z): the G_T G_S term keeps the spectral current finite
     * at the gap edge. The default.
     */
    REGULARISED,
    /**
     * F_N = G_T F_S Z/(σ_N A_w), the lowest-order form of Hekking and Nazarov; F_S² diverges at
     * |E| → Δ, so F_S² is replaced by |F_S(E + iγ)|² = Δ²/|Δ² − (E + iγ)²| with a Dynes γ &gt; 0.
     */
    PLAIN
}
