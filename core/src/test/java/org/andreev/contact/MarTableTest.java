package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.G0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The τ-grid table against the direct MAR current, and its disk cache. */
class MarTableTest {

    private static final double DELTA = 1.35e-3 * E_CHARGE;
    private static final MarJunction BANKS = MarJunction.symmetric(DELTA, 1e-3, 0);

    /**
     * Interpolation error of the default 24-point grid at 200 seeded random τ ∈ [1e-4, 1] and biases
     * eV/Δ ∈ {0.3, 0.7, 1.3, 2.5}, relative to the normal current G_0 τ V of the channel (the scale
     * of the current at every τ); asserted ≤ 1e-5, max and RMS printed.
     */
    @Test
    void interpolationErrorOfTheDefaultGrid() {
        double[] v = {0.3, 0.7, 1.3, 2.5};
        double[] volts = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            volts[k] = v[k] * DELTA / E_CHARGE;
        }
        MarTable table = MarTable.build(BANKS, volts, MarTable.DEFAULT_NODES, org.andreev.sweep.Progress.NONE);
        MarCurrent mar = new MarCurrent(BANKS);
        Random rnd = new Random(7);
        double max = 0;
        double sum2 = 0;
        int n = 0;
        for (int s = 0; s < 50; s++) {
            double tau = Math.pow(10, -4 * rnd.nextDouble());
            for (int k = 0; k < v.length; k++) {
                double direct = mar.current(tau, volts[k]);
                double err = Math.abs(table.current(k, tau) - direct) / (G0 * tau * volts[k]);
                max = Math.max(max, err);
                sum2 += err * err;
                n++;
            }
        }
        System.out.printf("MarTable (%d nodes) interpolation error / (G0 tau V): max %.2e rms %.2e over %d points%n",
                MarTable.DEFAULT_NODES, max, Math.sqrt(sum2 / n), n);
        assertThat(max).isLessThan(1e-5);
    }

    /**
     * The table's nodes hold the direct single-channel current and conductance (the build computes
     * all transmissions of a bias in one pass: the same arithmetic per transmission), at a positive
     * and a negative bias; relative 1e-12.
     */
    @Test
    void nodesHoldTheDirectCurrentAndConductance() {
        double[] volts = {0.45 * DELTA / E_CHARGE, -1.7 * DELTA / E_CHARGE};
        int nodes = 6;
        MarTable table = MarTable.build(BANKS, volts, nodes, org.andreev.sweep.Progress.NONE);
        MarCurrent mar = new MarCurrent(BANKS);
        for (int k = 0; k < volts.length; k++) {
            for (int j = 0; j < nodes; j++) {
                double tau = MarTable.nodeTau(j, nodes);
                double i = mar.current(tau, volts[k]);
                double g = mar.conductance(tau, volts[k]);
                assertThat(table.current(k, tau)).as("I k=%d tau=%s", k, tau).isCloseTo(i, within(1e-12 * Math.abs(i)));
                assertThat(table.conductance(k, tau)).as("G k=%d tau=%s", k, tau)
                        .isCloseTo(g, within(1e-10 * Math.abs(g)));
            }
        }
    }

    /** A current-only table: the same currents, no conductance (refused), served by a cached full table. */
    @Test
    void currentOnlyTable(@TempDir Path dir) {
        double[] volts = {0.8 * DELTA / E_CHARGE, 2.2 * DELTA / E_CHARGE};
        MarTable full = MarTable.cached(BANKS, volts, 8, dir, org.andreev.sweep.Progress.NONE);
        MarTable bare = MarTable.build(BANKS, volts, 8, false, org.andreev.sweep.Progress.NONE);
        assertThat(full.hasConductance()).isTrue();
        assertThat(bare.hasConductance()).isFalse();
        assertThat(bare.current(1, 0.42)).isEqualTo(full.current(1, 0.42));
        assertThatThrownBy(() -> bare.conductance(0, 0.5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without dI/dV");
        assertThat(bare.contact(ChannelSet.dorokhov(5.0))[1]).containsOnly(0.0);
        int[] reported = new int[2];
        MarTable fromFull = MarTable.cached(BANKS, volts, 8, false, dir, (d, t) -> {
            reported[0] = d;
            reported[1] = t;
        });
        assertThat(reported).containsExactly(16, 16);
        assertThat(fromFull.current(0, 0.3)).isEqualTo(full.current(0, 0.3));
        assertThat(MarTable.key(BANKS, volts, 8, false)).isNotEqualTo(MarTable.key(BANKS, volts, 8, true));
    }

    @Test
    void cacheReturnsTheSameTableAndSurvivesACorruptFile(@TempDir Path dir) throws Exception {
        double[] volts = {1e-3, 2e-3};
        MarTable a = MarTable.cached(BANKS, volts, 8, dir, org.andreev.sweep.Progress.NONE);
        MarTable b = MarTable.cached(BANKS, volts, 8, dir, org.andreev.sweep.Progress.NONE);
        assertThat(b.current(1, 0.37)).isEqualTo(a.current(1, 0.37));
        try (var files = Files.list(dir)) {
            Path f = files.findFirst().orElseThrow();
            Files.write(f, new byte[] {1, 2, 3});
        }
        MarTable c = MarTable.cached(BANKS, volts, 8, dir, org.andreev.sweep.Progress.NONE);
        assertThat(c.current(0, 0.5)).isEqualTo(a.current(0, 0.5));
        // a different bank is a different key
        assertThat(MarTable.key(MarJunction.symmetric(DELTA, 2e-3, 0), volts, 8)).isNotEqualTo(MarTable.key(BANKS, volts, 8));
    }

    /**
     * Dorokhov ensemble, T = 0: excess current I_exc R_N → (π²/4 − 1)Δ/e = 1.4674 (Artemenko,
     * Volkov, Zaitsev 1979) from the channel sum at v = 100 and 200 (Richardson, as for one
     * channel). The Dynes η = 1e-4 lowers it by ≈ 2η; tolerance 1e-3 relative.
     */
    @Test
    void dorokhovExcessCurrent() {
        MarJunction banks = MarJunction.symmetric(DELTA, 1e-4, 0);
        PointContact pc = new PointContact(ChannelSet.dorokhov(5.0), banks);
        double v1 = 100 * DELTA / E_CHARGE;
        double v2 = 200 * DELTA / E_CHARGE;
        double e1 = pc.current(v1) - v1 / 5.0;
        double e2 = pc.current(v2) - v2 / 5.0;
        double excess = (2 * e2 - e1) * 5.0 / (DELTA / E_CHARGE);
        System.out.printf("Dorokhov excess current I_exc R_N = %.6f Delta/e (pi^2/4 - 1 = %.6f)%n", excess,
                Math.PI * Math.PI / 4 - 1);
        assertThat(excess / (Math.PI * Math.PI / 4 - 1) - 1).isCloseTo(0.0, within(1e-3));
    }
}
