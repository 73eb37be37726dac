package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.material.Material;
import org.junit.jupiter.api.Test;

class SlabModelTest {

    static final ContactSize PB = ContactSize.sharvin(Material.LEAD);
    static final Cone CONE = Cone.ofDegrees(6.45e-9, 35);
    static final double X = 50e-9;

    /** A seed gives one trace; another seed another. */
    @Test
    void seeded() {
        SlabModel m = SlabModel.lead();
        assertThat(m.elongate(CONE, X, PB, 0.02e-9, 0.01, 42).trace())
                .isEqualTo(m.elongate(CONE, X, PB, 0.02e-9, 0.01, 42).trace());
        assertThat(m.elongate(CONE, X, PB, 0.02e-9, 0.01, 42).trace().resistance())
                .isNotEqualTo(m.elongate(CONE, X, PB, 0.02e-9, 0.01, 43).trace().resistance());
    }

    /**
     * The forward model inverts the reconstruction formula of physics.md B2: each stage's area is
     * π r((z_f − z̄_k)/2)² at its middle z̄_k; stages tile [0, z_f]; without spread every slab is d̄.
     */
    @Test
    void stagesFollowTheProfile() {
        SlabModel.Staircase s = new SlabModel(0.3e-9, 0.0, 0.0, 0.0).elongate(CONE, X, PB, 0.01e-9, 0.0, 1);
        double zf = 2 * X;
        double[] start = s.stageStart();
        assertThat(start).hasSize((int) Math.ceil(zf / 0.3e-9 - 1e-9));
        for (int k = 0; k < start.length; k++) {
            double end = k + 1 < start.length ? start[k + 1] : zf;
            if (k + 1 < start.length) {
                assertThat(end - start[k]).isCloseTo(0.3e-9, within(1e-18));
            }
            double r = CONE.radius((zf - 0.5 * (start[k] + end)) / 2);
            assertThat(s.stageArea()[k]).isCloseTo(Math.PI * r * r, within(1e-12 * s.stageArea()[k]));
        }
        // noise-free and without elastic slope, R at each point is the Sharvin R of its stage's area
        Trace t = s.trace();
        assertThat(t.resistance()[t.size() - 1])
                .isCloseTo(PB.resistance(Math.sqrt(s.stageArea()[start.length - 1] / Math.PI)), within(1e-9));
        assertThat(t.z()[t.size() - 1]).isCloseTo(zf, within(1e-18));
    }

    /**
     * Slab thicknesses are log-normal with the mean and relative spread asked for (2000 slabs: the mean
     * within 3 %, the spread within 10 %); the noise of ln R has the σ asked for (within 5 %).
     */
    @Test
    void thicknessAndNoiseStatistics() {
        SlabModel.Staircase s = new SlabModel(0.286e-9, 0.4, 0.0, 0.0).elongate(CONE, 300e-9, PB, 0.01e-9, 0.02, 11);
        double[] st = s.stageStart();
        int m = st.length - 1;
        double sum = 0;
        double sq = 0;
        for (int k = 0; k < m; k++) {
            double d = st[k + 1] - st[k];
            sum += d;
            sq += d * d;
        }
        double mean = sum / m;
        double sd = Math.sqrt(sq / m - mean * mean);
        assertThat(mean).isCloseTo(0.286e-9, within(0.03 * 0.286e-9));
        assertThat(sd / mean).isCloseTo(0.4, within(0.04));
        SlabModel.Staircase clean = new SlabModel(0.286e-9, 0.4, 0.0, 0.0).elongate(CONE, 300e-9, PB, 0.01e-9, 0.0, 11);
        double s2 = 0;
        int n = s.trace().size();
        for (int i = 0; i < n; i++) {
            double e = Math.log(s.trace().resistance()[i] / clean.trace().resistance()[i]);
            s2 += e * e;
        }
        // same seed: the thicknesses are drawn first, so the clean trace has the same stages
        assertThat(Math.sqrt(s2 / n)).isCloseTo(0.02, within(0.001));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> SlabModel.halfLengthTo(Cone.ofDegrees(10e-9, 30), 8e-9))
                .hasMessageContaining("minimum radius 10 nm is not smaller than the neck's outer radius 8 nm");
        assertThatThrownBy(() -> SlabModel.lead().elongate(CONE, X, PB, 0, 0.01, 1)).hasMessageContaining("step");
        assertThatThrownBy(() -> SlabModel.lead().elongate(CONE, X, PB, 1e-11, -0.1, 1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> SlabModel.lead().elongate(CONE, -1, PB, 1e-11, 0.1, 1)).hasMessageContaining("half-length");
        assertThatThrownBy(() -> new SlabModel(0, 0, 0, 0)).hasMessageContaining("thickness");
        assertThatThrownBy(() -> SlabModel.halfLengthOf(CONE)).hasMessageContaining("no finite neck");
        SampledProfile tooShort = SlabModel.symmetric(new double[] {0, 5e-9}, new double[] {1e-9, 2e-9});
        assertThat(SlabModel.halfLengthOf(tooShort)).isEqualTo(5e-9);
        assertThatThrownBy(() -> SlabModel.lead().elongate(tooShort, 6e-9, PB, 1e-11, 0.1, 1))
                .hasMessageContaining("within the profile");
    }

    /** An asymmetric profile is made symmetric by averaging the areas at ±x about its narrowest point. */
    @Test
    void asymmetricProfileAveragesAreas() {
        SampledProfile wedge = new SampledProfile(new double[] {-10e-9, 0, 10e-9}, new double[] {11e-9, 1e-9, 21e-9});
        SlabModel.Staircase s = new SlabModel(1e-9, 0.0, 0.0, 0.0).elongate(wedge, 10e-9, PB, 0.1e-9, 0.0, 1);
        // the first slab's middle sits at x = (20 - 0.5)/2 nm = 9.75 nm
        double plus = 1e-9 + 9.75 * 2e-9;
        double minus = 1e-9 + 9.75 * 1e-9;
        assertThat(s.stageArea()[0]).isCloseTo(0.5 * Math.PI * (plus * plus + minus * minus), within(1e-30));
    }

    /** The Pb (111) layer spacing a/√3 with a = 4.95 Å. */
    @Test
    void leadLayer() {
        assertThat(SlabModel.PB_LAYER).isCloseTo(0.2858e-9, within(0.0001e-9));
    }
}
