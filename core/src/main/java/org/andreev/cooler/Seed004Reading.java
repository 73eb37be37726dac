package org.andreev.cooler;

/**
 * How two ambiguous values of seed 004 are read (physics.md A6, marked <i>interpretation</i>).
 *
 * <ul>
 *   <li>The seed writes "KA = 144 W K⁻⁴", dimensionally off. The spec reads it as K = 144 W m⁻² K⁻⁴
 *       times the island footprint A = 4 µm × 0.3 µm, K·A = 1.728e-10 W K⁻⁴. Taken literally,
 *       144 W K⁻⁴ pins the phonons at the bath (the seed notes this changes the 90 mK current by
 *       less than 2 %).</li>
 *   <li>The cooler's R_N = 1.9 kΩ is read as the whole S-I-N-I-S, so R_T = 0.95 kΩ per junction;
 *       the alternative is 1.9 kΩ per junction.</li>
 * </ul>
 */
public enum Seed004Reading {
    /** The spec's reading: K·A = 144 W m⁻² K⁻⁴ × 1.2 µm², R_T = 0.95 kΩ per junction. */
    SPEC,
    /** K·A = 144 W K⁻⁴ literally (phonons effectively at the bath); R_T = 0.95 kΩ. */
    LITERAL_KA,
    /** R_T = 1.9 kΩ per junction; K·A as the spec. */
    RT_PER_JUNCTION,
    /** Both alternatives. */
    LITERAL_KA_RT_PER_JUNCTION;

    // the keys as the table spells them (looked up when used: the table is made after this enum)
    private static final java.util.function.Supplier<String> KA = () -> DeviceFile.TABLE.key(CoolerDevice::kapitza);
    private static final java.util.function.Supplier<String> RT = () -> DeviceFile.TABLE.key(CoolerDevice::rT);

    /** The overrides (device-file key → value) this reading applies to the embedded file. */
    java.util.Map<String, String> overrides() {
        return switch (this) {
            case SPEC -> java.util.Map.of();
            case LITERAL_KA -> java.util.Map.of(KA.get(), "144");
            case RT_PER_JUNCTION -> java.util.Map.of(RT.get(), "1.9 kOhm");
            case LITERAL_KA_RT_PER_JUNCTION -> java.util.Map.of(KA.get(), "144", RT.get(), "1.9 kOhm");
        };
    }
}
