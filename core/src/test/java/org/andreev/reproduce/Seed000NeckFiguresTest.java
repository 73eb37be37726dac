package org.andreev.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.andreev.plot.Figure;
import org.junit.jupiter.api.Test;

/** The seed-000 Fig. 1 neck figures show what the paper describes, and are registered. */
class Seed000NeckFiguresTest {

    /** θ = 35° and 70° read back within 2° (issue #8); r_min is the 5 Ω radius, 6.45 nm, within 5 %. */
    @Test
    void bothNecksAreReadBack() {
        for (Seed000NeckShapes.Neck neck : Seed000NeckShapes.necks()) {
            assertThat(neck.shape().halfAngleDegrees()).isCloseTo(neck.thetaDeg(), within(2.0));
            assertThat(neck.shape().minimumRadius()).isCloseTo(6.45e-9, within(0.05 * 6.45e-9));
            assertThat(neck.shape().length()).isCloseTo(2 * neck.halfLength(), within(0.1 * 2 * neck.halfLength()));
            assertThat(neck.trace().resistance()[neck.trace().size() - 1]).isCloseTo(5.0, within(0.5));
        }
        // the long neck is the seed's 200 nm
        assertThat(Seed000NeckShapes.necks().get(0).shape().length()).isCloseTo(200e-9, within(1e-12));
    }

    @Test
    void figuresAreRegisteredWithTheirData() {
        Figure profiles = Reproduction.byName("seed000-fig1-neck-profiles").orElseThrow().make();
        assertThat(profiles.data().header()).containsExactly("theta[deg]", "x[m]", "r[m]", "r_true[m]");
        double[] r = profiles.data().column("r[m]");
        double[] truth = profiles.data().column("r_true[m]");
        for (int i = 0; i < r.length; i++) {
            assertThat(r[i]).isCloseTo(truth[i], within(0.05 * truth[i]));
        }
        Figure staircases = Reproduction.byName("seed000-fig1-neck-staircases").orElseThrow().make();
        assertThat(staircases.data().header()).containsExactly("theta[deg]", "z[m]", "R[Ohm]", "R_stage[Ohm]");
        assertThat(staircases.plot().series()).hasSize(4);
    }
}
