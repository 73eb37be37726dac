package org.andreev.cooler;

import org.andreev.tunnel.AndreevJunction;

/**
 * A tunnel probe on the superconducting electrode of a cooler, used as a thermometer and to fix the
 * Andreev parameters (seed 004 §3, Fig. 2 left; physics.md A6). Its normal electrode is large and
 * assumed thermalised, at the electron temperature {@code electronTemperature}.
 *
 * @param rT                  its tunnel resistance R_T, Ω (&gt; 0)
 * @param multiplier          its Andreev multiplying factor M (≥ 0; seed: 1.37)
 * @param electronTemperature its electron temperature, K (&gt; 0; seed: 105 mK fitted at a 90 mK bath)
 */
public record ProbeJunction(double rT, double multiplier, double electronTemperature) {

    /** Validates, naming the device-file keys. */
    public ProbeJunction {
        AndreevJunction.positive("probe_rt", rT, "Ohm");
        if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("probe_m must be >= 0, got " + multiplier);
        }
        AndreevJunction.positive("probe_te", electronTemperature, "K");
    }
}
