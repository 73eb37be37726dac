package org.andreev.tunnel;

/**
 * Where a tunnel junction sits on the diffusive normal-metal wire, which fixes how the Cooperon
 * spreads away from it in the Hekking–Nazarov Andreev current (physics.md A4; Hekking and
 * Nazarov, PRB 49, 6847 (1994)).
 *
 * <p>The geometry enters through the kernel Z(k) that replaces 1/k in F_N = G_T F_S Z/(σ_N A_w +
 * G_T G_S Z): a junction at the end of a semi-infinite wire has Z = 1/k; one in the middle of an
 * infinite wire sees two such wires in parallel, Z = 1/(2k); a junction extended over a length ℓ
 * of the wire has Z = (1/(k²ℓ))[1 − (1 − e^{−kℓ})/(kℓ)], which tends to 1/(2k) as ℓ → 0.
 *
 * @param kind   end, middle or extended
 * @param length the junction length ℓ along the wire, m (&gt; 0 for {@link Kind#EXTENDED}, else 0)
 */
public record JunctionGeometry(Kind kind, double length) {

    /** The three placements of physics.md A4. */
    public enum Kind {
        /** At the end of a semi-infinite wire: Z = 1/k. */
        END,
        /** In the middle of an infinite wire: Z = 1/(2k). */
        MIDDLE,
        /** Spread over a length ℓ of an infinite wire. */
        EXTENDED
    }

    /** Validates the length against the kind. */
    public JunctionGeometry {
        if (kind == null) {
            throw new IllegalArgumentException("junction geometry must be end, middle or extended");
        }
        if (kind == Kind.EXTENDED && !(length > 0 && Double.isFinite(length))) {
            throw new IllegalArgumentException("junction length must be > 0 m for an extended junction, got " + length);
        }
        if (kind != Kind.EXTENDED && length != 0) {
            throw new IllegalArgumentException("junction length is only used by an extended junction, got " + length);
        }
    }

    /** A junction at the end of a semi-infinite wire. */
    public static JunctionGeometry end() {
        return new JunctionGeometry(Kind.END, 0);
    }

    /** A junction in the middle of an infinite wire. */
    public static JunctionGeometry middle() {
        return new JunctionGeometry(Kind.MIDDLE, 0);
    }

    /** A junction extended over {@code length} (m) of the wire. */
    public static JunctionGeometry extended(double length) {
        return new JunctionGeometry(Kind.EXTENDED, length);
    }

    /**
     * Writes Re Z and Im Z of the kernel for the complex wave number k = kr + i·ki (m⁻¹) into
     * {@code out[0]}, {@code out[1]} (m).
     */
    void kernel(double kr, double ki, double[] out) {
        double k2 = kr * kr + ki * ki;
        switch (kind) {
            case END -> {
                out[0] = kr / k2;
                out[1] = -ki / k2;
            }
            case MIDDLE -> {
                out[0] = 0.5 * kr / k2;
                out[1] = -0.5 * ki / k2;
            }
            case EXTENDED -> extendedKernel(kr * length, ki * length, out);
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** ℓ·φ(x) with φ(x) = (x − 1 + e^{−x})/x³, x = kℓ; the series avoids the cancellation at small |x|. */
    private void extendedKernel(double xr, double xi, double[] out) {
        double pr;
        double pi;
        if (xr * xr + xi * xi < 0.25) {
            // φ(x) = Σ_{n≥2} (−1)^n x^{n−3}/n! = 1/(2x) − 1/6 + x/24 − …: the first term apart.
            double x2 = xr * xr + xi * xi;
            pr = 0.5 * xr / x2;
            pi = -0.5 * xi / x2;
            double tr = 1.0;
            double ti = 0.0;
            double factorial = 2.0;
            for (int n = 3; n <= 22; n++) {
                factorial *= n;
                double sign = (n % 2 == 0) ? 1.0 : -1.0;
                pr += sign * tr / factorial;
                pi += sign * ti / factorial;
                double nr = tr * xr - ti * xi;
                ti = tr * xi + ti * xr;
                tr = nr;
            }
        } else {
            double ex = Math.exp(-xr);
            double nr = xr - 1.0 + ex * Math.cos(xi);
            double ni = xi - ex * Math.sin(xi);
            // x³
            double x2r = xr * xr - xi * xi;
            double x2i = 2.0 * xr * xi;
            double x3r = x2r * xr - x2i * xi;
            double x3i = x2r * xi + x2i * xr;
            double d = x3r * x3r + x3i * x3i;
            pr = (nr * x3r + ni * x3i) / d;
            pi = (ni * x3r - nr * x3i) / d;
        }
        out[0] = length * pr;
        out[1] = length * pi;
    }
}
