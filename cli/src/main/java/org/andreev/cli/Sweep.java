package org.andreev.cli;

import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs the points of a long sweep (bias points, temperatures, map cells) on all cores, with a
 * progress bar on stderr when a person is watching (a console is attached; never in pipes, files
 * or tests). The body writes its result into arrays the caller owns, at index {@code i}.
 */
public final class Sweep {
    private Sweep() {}

    /** Calls {@code body.accept(i)} for every {@code i} in {@code [0, n)}, in parallel, in any order. */
    public static void parallel(String task, int n, IntConsumer body) {
        if (n <= 0) {
            return;
        }
        tracked(task, n, step -> {
            IntStream.range(0, n).parallel().forEach(i -> {
                body.accept(i);
                step.accept(1);
            });
            return null;
        });
    }

    /**
     * Runs {@code work}, which does {@code total} units of work (on any threads) and reports each
     * finished batch's size to the callback it is given; that drives the progress bar.
     */
    public static <T> T tracked(String task, int total, Function<IntConsumer, T> work) {
        if (System.console() == null || total <= 0) {
            return work.apply(units -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build()) {
            return work.apply(bar::stepBy);
        }
    }
}
