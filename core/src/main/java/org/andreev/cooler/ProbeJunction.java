package org.andreev.cooler;

/**
 * A tunnel probe on the superconducting electrode of a cooler, used as a thermometer and to fix the
 * Andreev parameters (seed 004 §3, Fig. 2 left; physics.md A6). Its normal electrode is large and
 * assumed thermalised, at the electron temperature {@code electronTemperature}.
 *
 * <p>Like {@link CoolerDevice}, the record holds values and checks none itself: its device-file keys
 * and bounds are declared once, on the probe's lines of {@link DeviceFile#TABLE}, which refuses a
 * value read from a file or an option naming its key and where it came from, and a device built by
 * hand when a {@link CoolerModel} is made ({@link org.andreev.io.device.DeviceTable#validate}).
 *
 * @param rT                  its tunnel resistance R_T, Ω (&gt; 0)
 * @param multiplier          its Andreev multiplying factor M (≥ 0; seed: 1.37)
 * @param electronTemperature its electron temperature, K (&gt; 0; seed: 105 mK fitted at a 90 mK bath)
 */
public record ProbeJunction(double rT, double multiplier, double electronTemperature) {}
