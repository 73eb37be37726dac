package org.andreev.reproduce;

import java.util.List;

/**
 * The registry of the figures {@code andreev reproduce} writes: the papers' figures computed from
 * the embedded default devices (physics.md A6), in the order they are written.
 *
 * <p>To add a figure, write a {@link FigureMaker} in this package and list it in {@link #figures()}.
 */
public final class Reproduction {
    private Reproduction() {}

    /** Every reproducible figure, in paper order. */
    public static List<FigureMaker> figures() {
        return List.of(
                new Seed004Fig1Probe(),
                new Seed004Fig2ProbeIv(),
                new Seed004Fig2CoolerIv(),
                new Seed004Fig4Powers(),
                new Seed004Fig6CoolerIv(),
                new Seed004Fig6ElectronTemperature(),
                new Seed004OptimumMap(),
                new Seed000Fig1(),
                Seed000Fig1.iv(),
                new MarTextbook(),
                new Seed000NeckProfiles(),
                new Seed000NeckStaircases(),
                new Seed000Fig3Inset(),
                Seed000SyntheticSweeps.fig2(),
                Seed000SyntheticSweeps.fig3(),
                new NeckPeakCountVsField());
    }

    /** The figure named {@code name}, if there is one. */
    public static java.util.Optional<FigureMaker> byName(String name) {
        return figures().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
