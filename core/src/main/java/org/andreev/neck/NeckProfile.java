package org.andreev.neck;

/**
 * The radius r(x) of a neck along its axis x (m), symmetric or not, narrowest somewhere inside: a
 * cone ({@link Cone}) or a reconstructed profile ({@link SampledProfile}, e.g. the r(x) that the
 * slab model of physics.md B2 makes from a measured R(z) staircase).
 */
public interface NeckProfile {

    /** r(x), m (&gt; 0) for x in [{@link #start()}, {@link #end()}]. */
    double radius(double x);

    /** The first x of the profile, m (may be −∞). */
    double start();

    /** The last x of the profile, m (may be +∞). */
    double end();

    /** The smallest radius, m. */
    double minimumRadius();

    /** Where the profile has its smallest radius, m. */
    double narrowest();

    /** The positions where r(x) has a kink (panel breakpoints for integrals along the neck), m. */
    double[] kinks();

    /**
     * The total length of the part of the neck narrower than {@code criticalRadius}: the measure
     * of {x : r(x) &lt; r_c}, m (physics.md B5: the superconducting length L_S when r_c is the
     * radius whose disk critical field is the applied field).
     */
    double lengthNarrowerThan(double criticalRadius);
}
