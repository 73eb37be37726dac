package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
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

    /** Without a console (as in tests) the work runs once with a step that may be called freely. */
    @Test
    void trackedWorkGetsAStepAndReturnsItsResult() {
        String result = Sweep.tracked("test", 3, step -> {
            IntStream.range(0, 3).parallel().forEach(i -> step.accept(1));
            return "done";
        });
        assertThat(result).isEqualTo("done");
    }
}
