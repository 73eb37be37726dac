package org.andreev.superconductor;

/**
 * Spectral parameters of a superconducting electrode, as seen by a tunnel probe.
 *
 * <p>API CONTRACT (stub, to be implemented): the normalised density of states is
 * <ul>
 *   <li>BCS ({@code dynes == 0, exchange == 0}): n(E) = |E|/sqrt(E² − Δ²) for |E| &gt; Δ, else 0;</li>
 *   <li>Dynes: n(E) = |Re[(E + iγ)/sqrt((E + iγ)² − Δ²)]| with γ = dynes·Δ;</li>
 *   <li>spin-split: n(E) = ½[n_D(E + h) + n_D(E − h)], h = exchange.</li>
 * </ul>
 *
 * @param delta    the gap Δ, J (&gt; 0)
 * @param dynes    the Dynes broadening as a ratio γ/Δ, dimensionless (≥ 0)
 * @param exchange the exchange (Zeeman) splitting h, J (≥ 0)
 */
public record Superconductor(double delta, double dynes, double exchange) {

    /** A BCS superconductor of gap {@code delta} (J), no broadening, no splitting. */
    public static Superconductor bcs(double delta) {
        return new Superconductor(delta, 0.0, 0.0);
    }

    /** The normalised density of states n_S(E) at energy {@code e} (J) from the Fermi level. */
    public double dos(double e) {
        throw new UnsupportedOperationException("stub");
    }
}
