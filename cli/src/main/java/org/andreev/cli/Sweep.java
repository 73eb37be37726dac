package org.andreev.cli;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.andreev.sweep.Progress;

/**
 * The terminal face of the library's sweeps: adapts {@link Progress} (points done of a total, from
 * any thread) to a progress bar on stderr when a person is watching (a console is attached; never
 * in pipes, files or tests). The parallel work itself is {@link org.andreev.sweep.Sweep}'s.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * Calls {@code body.accept(i)} for every {@code i} in {@code [0, n)}, in parallel, in any order
     * ({@link org.andreev.sweep.Sweep#run}), with a progress bar.
     */
    public static void parallel(String task, int n, IntConsumer body) {
        tracked(task, n, progress -> {
            org.andreev.sweep.Sweep.run(Math.max(n, 0), body, progress);
            return null;
        });
    }

    /**
     * Runs {@code work}, which does {@code total} points of work and reports them to the
     * {@link Progress} it is given; that drives the progress bar.
     */
    public static <T> T tracked(String task, int total, Function<Progress, T> work) {
        if (System.console() == null || total <= 0) {
            return work.apply(Progress.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build()) {
            return work.apply(bar(bar));
        }
    }

    /**
     * The progress contract onto a bar: calls may arrive out of order, so the bar shows the most seen;
     * a total that grows (a fit whose iterations are not known before) raises the bar's maximum.
     */
    static Progress bar(ProgressBar bar) {
        AtomicInteger most = new AtomicInteger();
        AtomicInteger max = new AtomicInteger((int) Math.min(bar.getMax(), Integer.MAX_VALUE));
        return (done, total) -> {
            if (total > max.get() && max.accumulateAndGet(total, Math::max) == total) {
                bar.maxHint(total);
            }
            bar.stepTo(most.accumulateAndGet(done, Math::max));
        };
    }
}
