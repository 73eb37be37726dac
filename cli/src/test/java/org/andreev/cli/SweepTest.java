package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.andreev.sweep.Progress;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void everyIndexRunsExactlyOnce() {
        int n = 10_000;
        AtomicIntegerArray hits = new AtomicIntegerArray(n);
        Sweep.parallel("test", n, hits::incrementAndGet);
        for (int i = 0; i < n; i++) {
            assertThat(hits.get(i)).as("index %d", i).isEqualTo(1);
        }
    }

    @Test
    void anEmptySweepDoesNothing() {
        Sweep.parallel("test", 0, i -> {
            throw new AssertionError("called");
        });
    }

    /** Without a console (as in tests) the work runs once with a progress that may be called freely. */
    @Test
    void trackedWorkGetsAProgressAndReturnsItsResult() {
        String result = Sweep.tracked("test", 3, progress -> {
            IntStream.range(0, 3).parallel().forEach(i -> progress.update(i + 1, 3));
            return "done";
        });
        assertThat(result).isEqualTo("done");
    }

    /** The bar adapter shows the most points seen, whatever order the calls arrive in. */
    @Test
    void barShowsTheLargestCountSeen() {
        try (ProgressBar bar = new ProgressBarBuilder().setInitialMax(10).setConsumer(new DelegatingProgressBarConsumer(s -> { }))
                .build()) {
            Progress p = Sweep.bar(bar);
            p.update(3, 10);
            p.update(5, 10);
            p.update(4, 10);
            assertThat(bar.getCurrent()).isEqualTo(5);
        }
    }

    /** A total that grows (a fit: its iterations are not known before) raises the bar's maximum. */
    @Test
    void barFollowsAGrowingTotal() {
        try (ProgressBar bar = new ProgressBarBuilder().setInitialMax(10).setConsumer(new DelegatingProgressBarConsumer(s -> { }))
                .build()) {
            Progress p = Sweep.bar(bar);
            p.update(8, 10);
            p.update(12, 20);
            assertThat(bar.getMax()).isEqualTo(20);
            assertThat(bar.getCurrent()).isEqualTo(12);
        }
    }
}
