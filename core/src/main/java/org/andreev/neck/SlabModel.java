package org.andreev.neck;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * The slab model of a neck being pulled (physics.md B2; Untiedt, Rubio, Vieira &amp; Agraït,
 * Phys. Rev. B 56, 2154 (1997), the seed's ref. [4]): the neck is a stack of thin slabs symmetric
 * about its centre; on elongation only the narrowest slab deforms, plastically and at constant
 * volume, and becomes a new, thinner slab, while the slabs already made are pushed outward by half
 * of each later elongation. So the slab made during the stage that spans [z_k, z_k+1] of the
 * elongation sits, at the final elongation z_f, at distance (z_f − z)/2 from the centre: this is the
 * inverse of the reconstruction r(x) = sqrt(A(z_f − 2|x|)/π).
 *
 * <p>{@link #elongate} runs it forward: given the final profile r(x) and the half-length X of the
 * neck about its narrowest point x_c, it draws the plastic stages (slab thicknesses d_k, one per
 * stage, log-normal with mean {@code meanThickness} and relative standard deviation
 * {@code thicknessSpread}) from z_0 = 0 to z_f = 2X, gives stage k the narrowest cross-section
 * A_k = π (r(x_c + x_k)² + r(x_c − x_k)²)/2, x_k = (z_f − z̄_k)/2 at the stage's middle z̄_k (the
 * slab model is symmetric; for a symmetric profile this is π r(x_k)²), and
 * writes the staircase R(z) the contact shows through {@link ContactSize}. Three features of
 * measured traces are added, each switchable:
 * <ul>
 *   <li>elastic slope: during a stage the area already falls by the fraction
 *       {@code elasticFraction} of the coming jump, linearly in z (the elastic loading before the
 *       yield; the rest of the step is the plastic jump);</li>
 *   <li>non-monotonic steps: with probability {@code reversalProbability} a stage jumps back up,
 *       by half the step it would have made (an atomic rearrangement that widens the contact); the
 *       next stage returns to the profile;</li>
 *   <li>noise: R is multiplied by exp(σ·N(0, 1)), σ = {@code noise} (relative, log-normal, so R
 *       stays positive).</li>
 * </ul>
 * The random numbers come from one {@link SplittableRandom} of the given seed: a seed gives one trace.
 *
 * @param meanThickness      mean slab thickness d̄, m (Pb (111) layer spacing: 0.286 nm)
 * @param thicknessSpread    relative standard deviation of d, ≥ 0
 * @param elasticFraction    fraction of each step taken elastically along the plateau, in [0, 1)
 * @param reversalProbability probability that a stage is a reversal, in [0, 1)
 */
public record SlabModel(double meanThickness, double thicknessSpread, double elasticFraction,
        double reversalProbability) {

    /** The Pb (111) interlayer spacing a/√3 = 0.4950 nm/√3 (Ashcroft &amp; Mermin table 4.3: a = 4.95 Å), m. */
    public static final double PB_LAYER = 0.4950e-9 / Math.sqrt(3);

    /** Validates the parameters (d̄ &gt; 0, spread ≥ 0, fractions in [0, 1)). */
    public SlabModel {
        if (!(meanThickness > 0) || Double.isInfinite(meanThickness)) {
            throw new IllegalArgumentException("slab thickness must be > 0 m and finite, got " + meanThickness);
        }
        if (!(thicknessSpread >= 0) || thicknessSpread > 10) {
            throw new IllegalArgumentException("slab thickness spread must be in [0, 10], got " + thicknessSpread);
        }
        if (!(elasticFraction >= 0 && elasticFraction < 1)) {
            throw new IllegalArgumentException("elastic fraction must be in [0, 1), got " + elasticFraction);
        }
        if (!(reversalProbability >= 0 && reversalProbability < 1)) {
            throw new IllegalArgumentException("reversal probability must be in [0, 1), got " + reversalProbability);
        }
    }

    /** One Pb layer per slab, 30 % spread, no elastic slope, no reversals. */
    public static SlabModel lead() {
        return new SlabModel(PB_LAYER, 0.3, 0.0, 0.0);
    }

    /** This model with elastic fraction {@code f}. */
    public SlabModel withElasticFraction(double f) {
        return new SlabModel(meanThickness, thicknessSpread, f, reversalProbability);
    }

    /** This model with reversal probability {@code p}. */
    public SlabModel withReversalProbability(double p) {
        return new SlabModel(meanThickness, thicknessSpread, elasticFraction, p);
    }

    /**
     * A simulated staircase and the truth behind it.
     *
     * @param trace      the R(z) a measurement would give
     * @param stageStart z_k at which each plastic stage begins (the first is 0), m
     * @param stageArea  the area A_k = π r(x_k)² of the slab each stage makes, m²
     * @param stageLevel the plateau area each stage shows before noise and elastic slope: A_k, or above
     *                   A_(k−1) for a reversal, m²
     */
    public record Staircase(Trace trace, double[] stageStart, double[] stageArea, double[] stageLevel) {}

    /**
     * The half-length X of the part of {@code profile} narrower than {@code outerRadius} (where the neck
     * meets the banks): half of {@link NeckProfile#lengthNarrowerThan}; for a cone (r_out − r_min)/tan θ.
     *
     * @throws IllegalArgumentException when the narrowest radius is not below r_out (a radius larger
     *     than the neck)
     */
    public static double halfLengthTo(NeckProfile profile, double outerRadius) {
        if (!(profile.minimumRadius() < outerRadius)) {
            throw new IllegalArgumentException("minimum radius " + Quantity.format(profile.minimumRadius(),
                    Dimension.LENGTH) + " is not smaller than the neck's outer radius "
                    + Quantity.format(outerRadius, Dimension.LENGTH));
        }
        return 0.5 * profile.lengthNarrowerThan(outerRadius);
    }

    /**
     * The largest half-length a bounded profile gives about its narrowest point:
     * min(x_c − start, end − x_c).
     *
     * @throws IllegalArgumentException for an unbounded profile (a cone: give X) or a narrowest point at
     *     an end
     */
    public static double halfLengthOf(NeckProfile profile) {
        double c = profile.narrowest();
        double x = Math.min(c - profile.start(), profile.end() - c);
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("the profile gives no finite neck on both sides of its narrowest point"
                    + " (x = " + c + " m in [" + profile.start() + ", " + profile.end() + "] m)");
        }
        return x;
    }

    /**
     * The symmetric profile of points (x, r) given for x ≥ 0 only (mirrored to −x), or as given when
     * some x are negative.
     */
    public static SampledProfile symmetric(double[] x, double[] r) {
        boolean half = java.util.Arrays.stream(x).allMatch(v -> v >= 0);
        if (!half) {
            return new SampledProfile(x, r);
        }
        int n = x.length;
        int skip = n > 0 && x[0] == 0 ? 1 : 0;
        double[] xs = new double[2 * n - skip];
        double[] rs = new double[xs.length];
        for (int i = 0; i < n - skip; i++) {
            xs[i] = -x[n - 1 - i];
            rs[i] = r[n - 1 - i];
        }
        System.arraycopy(x, 0, xs, n - skip, n);
        System.arraycopy(r, 0, rs, n - skip, n);
        return new SampledProfile(xs, rs);
    }

    /**
     * Elongates a neck that ends with profile {@code profile} over the half-length {@code halfLength}
     * about its narrowest point (class comment), sampling z every {@code step} from 0 to z_f = 2X.
     *
     * @param halfLength X, m (&gt; 0; within the profile)
     * @param contact    the resistance of a cross-section (Sharvin or Wexler)
     * @param step       the sampling interval of z, m (&gt; 0, at most X)
     * @param noise      relative noise σ of R, ≥ 0
     * @param seed       the seed of the random numbers
     */
    public Staircase elongate(NeckProfile profile, double halfLength, ContactSize contact, double step, double noise,
            long seed) {
        double centre = profile.narrowest();
        if (!(halfLength > 0) || !(centre - halfLength >= profile.start() && centre + halfLength <= profile.end())) {
            throw new IllegalArgumentException("neck half-length must be > 0 and within the profile, got " + halfLength
                    + " m about x = " + centre + " m in [" + profile.start() + ", " + profile.end() + "] m");
        }
        double zFinal = 2 * halfLength;
        if (!(step > 0) || !(step <= halfLength)) {
            throw new IllegalArgumentException("sampling step must be in (0, X = " + halfLength + " m], got " + step);
        }
        if (!(noise >= 0) || noise > 1) {
            throw new IllegalArgumentException("relative noise must be in [0, 1], got " + noise);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double sigmaLn = Math.sqrt(Math.log1p(thicknessSpread * thicknessSpread));
        double muLn = Math.log(meanThickness) - 0.5 * sigmaLn * sigmaLn;
        List<double[]> stages = new ArrayList<>(); // {z_k, A_k}
        double zk = 0;
        while (zk < zFinal) {
            double d = Math.exp(muLn + sigmaLn * rnd.nextGaussian());
            double end = Math.min(zk + d, zFinal);
            double x = (zFinal - 0.5 * (zk + end)) / 2;
            double plus = profile.radius(centre + x);
            double minus = profile.radius(centre - x);
            stages.add(new double[] {zk, 0.5 * Math.PI * (plus * plus + minus * minus)});
            zk = end;
        }
        int m = stages.size();
        double[] start = new double[m];
        double[] area = new double[m];
        double[] level = new double[m];
        for (int k = 0; k < m; k++) {
            start[k] = stages.get(k)[0];
            area[k] = stages.get(k)[1];
            level[k] = area[k];
            if (k > 0 && rnd.nextDouble() < reversalProbability) {
                level[k] = area[k - 1] + 0.5 * (area[k - 1] - area[k]);
            }
        }
        int n = (int) Math.floor(zFinal / step + 1e-9) + 1;
        double[] z = new double[n];
        double[] resistance = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            z[i] = i * step;
            while (k + 1 < m && z[i] >= start[k + 1]) {
                k++;
            }
            double a = level[k];
            if (elasticFraction > 0) {
                double end = k + 1 < m ? start[k + 1] : zFinal;
                double next = k + 1 < m ? level[k + 1] : Math.PI * square(profile.minimumRadius());
                a -= elasticFraction * (a - next) * (z[i] - start[k]) / (end - start[k]);
            }
            double r = contact.resistance(Math.sqrt(a / Math.PI));
            resistance[i] = noise > 0 ? r * Math.exp(noise * rnd.nextGaussian()) : r;
        }
        return new Staircase(Trace.of("simulated", z, resistance), start, area, level);
    }

    /**
     * {@code count} traces of one profile, the i-th with seed {@code seed + i} (each trace named i + 1),
     * made in parallel.
     */
    public List<Trace> traces(NeckProfile profile, double halfLength, ContactSize contact, double step,
            double noise, long seed, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("number of traces must be >= 1, got " + count);
        }
        return java.util.stream.IntStream.range(0, count).parallel().mapToObj(i -> {
            Trace t = elongate(profile, halfLength, contact, step, noise, seed + i).trace();
            return new Trace("simulated", count == 1 ? "" : Integer.toString(i + 1), t.z(), t.resistance(), t.lines());
        }).toList();
    }

    private static double square(double v) {
        return v * v;
    }
}
