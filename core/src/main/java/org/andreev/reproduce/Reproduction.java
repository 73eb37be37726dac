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

    /**
     * The CPU seconds figure {@code f} took to compute and render (measured on the 2-core machine,
     * JDK 17, 2026-12-01 15:30 UTC, one JVM with the figures in turn: {@code
     * org.andreev.bench.FigureCosts}; a figure not listed counts as 0.3 s): {@code reproduce} starts
     * the most expensive first, so that the long ones overlap the many short ones. Only the order
     * depends on these numbers, never a result.
     */
    public static double cost(FigureMaker f) {
        return COSTS.getOrDefault(f.name(), 0.3);
    }

    private static final java.util.Map<String, Double> COSTS = java.util.Map.of(
            "neck-peak-count-vs-field", 4.7, // the per-peak background of the third session (1.8 before)
            "seed004-optimum-rt", 1.45, // 10.6 before the third session's search (28 kernel evaluations a cell, not 265)
            "seed000-fig1-dVdI", 1.3, // 6.1 before the third session's MAR kernel
            "seed004-fig1-probe-dIdV", 1.3,
            "seed000-fig2-synthetic", 1.2,
            "seed000-fig3-synthetic", 0.6,
            "seed004-fig2-probe-iv", 0.45,
            "mar-textbook-iv", 0.35,
            "seed004-fig2-cooler-iv", 0.35,
            "seed000-fig1-iv", 0.1); // its curves are computed with seed000-fig1-dVdI's

    /** The figure named {@code name}, if there is one. */
    public static java.util.Optional<FigureMaker> byName(String name) {
        return figures().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
