package org.andreev.contact;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Several transmissions computed together ({@link MarCurrent#reduced(double[], double)}, the path of
 * {@link MarTable}, the self-heated curves and the textbook figure) give the same numbers as one
 * call per transmission: the batch shares the sites of the chain, not the arithmetic of any one
 * channel, so the two agree to the last bit (asserted to 1e-15 relative).
 */
class MarCurrentBatchTest {

    @Test
    void batchEqualsOneChannelAtATime() {
        double[] taus = {1e-6, 0.1, 0.4, 0.7, 0.9, 0.99, 1.0};
        int checked = 0;
        for (MarJunction j : new MarJunction[] {MarJunction.symmetric(1e-3 * E_CHARGE, 1e-3, 0),
                new MarJunction(1e-3 * E_CHARGE, 0.8e-3 * E_CHARGE, 1e-3, 1.2), MarJunction.symmetric(1e-3 * E_CHARGE, 0, 0)}) {
            MarCurrent batch = new MarCurrent(j);
            MarCurrent single = new MarCurrent(j);
            for (double v : new double[] {0.07, 0.5, 1.3, 2.0, 4.5}) {
                double[] together = batch.reduced(taus, v);
                for (int k = 0; k < taus.length; k++) {
                    double alone = single.reduced(taus[k], v);
                    assertThat(together[k]).as("tau=%s v=%s %s", taus[k], v, j)
                            .isCloseTo(alone, org.assertj.core.data.Offset.offset(1e-15 * Math.abs(alone) + 1e-300));
                    checked++;
                }
            }
        }
        System.out.printf("MAR batch vs one channel at a time: %d currents identical%n", checked);
    }
}
