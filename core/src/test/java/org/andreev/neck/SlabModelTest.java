package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.material.Material;
import org.junit.jupiter.api.Test;

class SlabModelTest {

    static final ContactSize PB = ContactSize.sharvin(Material.LEAD);
    static final NeckProfile.Cone CONE = new NeckProfile.Cone(Math.toRadians(35), 6.45e-9, 50e-9);

    /** A seed gives one trace; another seed another. */
    @Test
    void seeded() {
        SlabModel m = SlabModel.lead();
        assertThat(m.elongate(CONE, PB, 0.02e-9, 0.01, 42).trace())
                .isEqualTo(m.elongate(CONE, PB, 0.02e-9, 0.01, 42).trace());
        assertThat(m.elongate(CONE, PB, 0.02e-9, 0.01, 42).trace().resistance())
                .isNotEqualTo(m.elongate(CONE, PB, 0.02e-9, 0.01, 43).trace().resistance());
    }

    /**
     * The forward model inverts the reconstruction formula of physics.md B2: each stage's area is
     * π r((z_f − z̄_k)/2)² at its middle z̄_k; stages tile [0, z_f]; without spread every slab is d̄.
     */
    @Test
    void stagesFollowTheProfile() {
        SlabModel.Staircase s = new SlabModel(0.3e-9, 0.0, 0.0, 0.0).elongate(CONE, PB, 0.01e-9, 0.0, 1);
        double zf = 2 * CONE.halfLength();
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
        NeckProfile.Cone longCone = new NeckProfile.Cone(Math.toRadians(35), 6.45e-9, 300e-9);
        SlabModel.Staircase s = new SlabModel(0.286e-9, 0.4, 0.0, 0.0).elongate(longCone, PB, 0.01e-9, 0.02, 11);
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
        SlabModel.Staircase clean = new SlabModel(0.286e-9, 0.4, 0.0, 0.0).elongate(longCone, PB, 0.01e-9, 0.0, 11);
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
        assertThatThrownBy(() -> new NeckProfile.Cone(Math.toRadians(90), 1e-9, 1e-8)).hasMessageContaining("(0deg, 90deg)");
        assertThatThrownBy(() -> new NeckProfile.Cone(0, 1e-9, 1e-8)).hasMessageContaining("theta");
        assertThatThrownBy(() -> NeckProfile.Cone.toOuterRadius(0.5, 10e-9, 8e-9))
                .hasMessageContaining("not smaller than the neck's outer radius");
        assertThatThrownBy(() -> SlabModel.lead().elongate(CONE, PB, 0, 0.01, 1)).hasMessageContaining("step");
        assertThatThrownBy(() -> SlabModel.lead().elongate(CONE, PB, 1e-11, -0.1, 1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> new SlabModel(0, 0, 0, 0)).hasMessageContaining("thickness");
        assertThatThrownBy(() -> new NeckProfile.Tabulated(new double[] {0, 0}, new double[] {1, 1}))
                .hasMessageContaining("increase");
    }

    /** The Pb (111) layer spacing a/√3 with a = 4.95 Å. */
    @Test
    void leadLayer() {
        assertThat(SlabModel.PB_LAYER).isCloseTo(0.2858e-9, within(0.0001e-9));
    }
}
