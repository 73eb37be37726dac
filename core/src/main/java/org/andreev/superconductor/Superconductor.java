package org.andreev.superconductor;

/**
 * Spectral parameters of a superconducting electrode, as seen by a tunnel probe, and its
 * normalised quasiparticle density of states (physics.md A1):
 * <ul>
 *   <li>BCS ({@code dynes == 0, exchange == 0}): n(E) = |E|/sqrt(E² − Δ²) for |E| &gt; Δ, else 0;</li>
 *   <li>Dynes (Dynes, Narayanamurti &amp; Garno, PRL 41, 1509 (1978)):
 *       n_D(E) = |Re[(E + iγ)/sqrt((E + iγ)² − Δ²)]| with γ = dynes·Δ;</li>
 *   <li>spin-split (exchange or Zeeman field h; Meservey &amp; Tedrow, Phys. Rep. 238, 173 (1994)):
 *       n(E) = ½[n_D(E + h) + n_D(E − h)], h = exchange.</li>
 * </ul>
 *
 * @param delta    the gap Δ, J (&gt; 0, finite)
 * @param dynes    the Dynes broadening as a ratio γ/Δ, dimensionless (≥ 0, finite)
 * @param exchange the exchange (Zeeman) splitting h, J (≥ 0, finite)
 */
public record Superconductor(double delta, double dynes, double exchange) {

    /** Validates Δ &gt; 0, γ/Δ ≥ 0, h ≥ 0, all finite. */
    public Superconductor {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("gap Delta must be > 0 J and finite, got " + delta);
        }
        if (!(dynes >= 0) || Double.isInfinite(dynes)) {
            throw new IllegalArgumentException("Dynes ratio gamma/Delta must be >= 0 and finite, got " + dynes);
        }
        if (!(exchange >= 0) || Double.isInfinite(exchange)) {
            throw new IllegalArgumentException("exchange field h must be >= 0 J and finite, got " + exchange);
        }
    }

    /** A BCS superconductor of gap {@code delta} (J), no broadening, no splitting. */
    public static Superconductor bcs(double delta) {
        return new Superconductor(delta, 0.0, 0.0);
    }

    /** This superconductor with gap {@code newDelta} (J); γ/Δ and h are kept. */
    public Superconductor withDelta(double newDelta) {
        return new Superconductor(newDelta, dynes, exchange);
    }

    /** This superconductor with Dynes ratio γ/Δ = {@code newDynes}. */
    public Superconductor withDynes(double newDynes) {
        return new Superconductor(delta, newDynes, exchange);
    }

    /** This superconductor with exchange splitting h = {@code newExchange} (J). */
    public Superconductor withExchange(double newExchange) {
        return new Superconductor(delta, dynes, newExchange);
    }

    /** The Dynes broadening γ = dynes·Δ, J. */
    public double gamma() {
        return dynes * delta;
    }

    /**
     * The normalised density of states n_S(E) at energy {@code e} (J) from the Fermi level, as in
     * the class comment (physics.md A1). Even in E. For pure BCS it is +∞ exactly at an edge
     * |E ± h| = Δ (an integrable singularity) and 0 inside the gap.
     */
    public double dos(double e) {
        double x = e / delta;
        double h = exchange / delta;
        if (h == 0) {
            return dynesDos(x, dynes);
        }
        return 0.5 * (dynesDos(x + h, dynes) + dynesDos(x - h, dynes));
    }

    /**
     * n_D(ε) = |Re[z/sqrt(z² − 1)]|, z = ε + ig, in units of Δ (ε = E/Δ, g = γ/Δ); g = 0 gives BCS.
     * The principal square root is the retarded branch for ε ≥ 0 (Im(z² − 1) = 2εg ≥ 0 keeps it
     * off the cut), and n_D is even, so it is evaluated at |ε|.
     */
    public static double dynesDos(double epsilon, double g) {
        double x = Math.abs(epsilon);
        if (x > 1e8 && x > 1e4 * g) {
            return 1.0; // n − 1 = O(1/x²) is below the double resolution (and w² would overflow)
        }
        if (g == 0) {
            if (x <= 1.0) {
                return x == 1.0 ? Double.POSITIVE_INFINITY : 0.0;
            }
            return x / Math.sqrt((x - 1.0) * (x + 1.0));
        }
        // w = z² − 1 = (x − 1)(x + 1) − g² + 2ixg
        double re = (x - 1.0) * (x + 1.0) - g * g;
        double im = 2.0 * x * g;
        double r = Math.sqrt(re * re + im * im);
        double sr;
        double si;
        if (re >= 0) {
            sr = Math.sqrt(0.5 * (r + re));
            si = im / (2.0 * sr);
        } else {
            si = Math.sqrt(0.5 * (r - re));
            sr = im / (2.0 * si);
        }
        // Re[(x + ig)/(sr + i si)] = (x sr + g si)/(sr² + si²) = (x sr + g si)/|w|
        return Math.abs((x * sr + g * si) / r);
    }
}
