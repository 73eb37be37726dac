package org.andreev.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.andreev.plot.Figure;
import org.andreev.plot.PlotWriter;
import org.andreev.reproduce.FigureMaker;
import org.andreev.reproduce.Reproduction;

/**
 * The CPU seconds each figure of {@code andreev reproduce} takes to compute and to render (PNG, SVG,
 * PDF), one after another in one JVM with full tiering, as {@code reproduce} runs them (there in
 * parallel): the figures behind {@link Reproduction#cost}. Process CPU (all threads: the figure's own
 * parallel map, JIT and GC included), so that a run at load still measures the work, not the wait.
 * Not a JMH benchmark: the first run of each figure in a JVM is what {@code reproduce} pays.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp bench/target/benchmarks.jar org.andreev.bench.FigureCosts [NAME...]
 * </pre>
 *
 * With names, only those figures (in the registry's order). Against another build: put its jar first,
 * {@code -cp OTHER/cli/target/andreev.jar:bench/target/benchmarks.jar}.
 */
public final class FigureCosts {
    private FigureCosts() {}

    public static void main(String[] args) {
        java.util.Set<String> only = java.util.Set.of(args);
        double totalCompute = 0;
        double totalRender = 0;
        for (FigureMaker maker : Reproduction.figures()) {
            if (!only.isEmpty() && !only.contains(maker.name())) {
                continue;
            }
            double c0 = cpu();
            long w0 = System.nanoTime();
            Figure figure = maker.make();
            double c1 = cpu();
            for (PlotWriter.Format format : PlotWriter.Format.values()) {
                PlotWriter.render(figure.layout(), format);
            }
            double c2 = cpu();
            totalCompute += c1 - c0;
            totalRender += c2 - c1;
            System.out.printf(Locale.ROOT, "%-34s compute %6.2f s CPU  render %5.2f s CPU  wall %6.2f s%n",
                    maker.name(), c1 - c0, c2 - c1, (System.nanoTime() - w0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-34s compute %6.2f s CPU  render %5.2f s CPU%n", "all", totalCompute,
                totalRender);
    }

    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
