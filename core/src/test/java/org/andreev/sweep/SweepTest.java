package org.andreev.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void everyPointRunsOnceAndEveryCountIsReportedOnce() {
        int n = 5000;
        AtomicIntegerArray hits = new AtomicIntegerArray(n);
        AtomicIntegerArray counts = new AtomicIntegerArray(n + 1);
        Sweep.run(n, hits::incrementAndGet, (done, total) -> {
            assertThat(total).isEqualTo(n);
            counts.incrementAndGet(done);
        });
        for (int i = 0; i < n; i++) {
            assertThat(hits.get(i)).as("point %d", i).isEqualTo(1);
            assertThat(counts.get(i + 1)).as("count %d", i + 1).isEqualTo(1);
        }
    }

    @Test
    void mapKeepsIndexOrder() {
        List<Integer> squares = Sweep.map(1000, i -> i * i, Progress.NONE);
        for (int i = 0; i < 1000; i++) {
            assertThat(squares.get(i)).isEqualTo(i * i);
        }
        assertThat(Sweep.map(0, i -> i, Progress.NONE)).isEmpty();
    }

    @Test
    void chunksAreContiguousInOrderAndCoverEverything() {
        int n = 1003;
        AtomicIntegerArray hits = new AtomicIntegerArray(n);
        AtomicInteger reported = new AtomicInteger();
        Sweep.chunks(n, 17, (from, to) -> {
            for (int i = from; i < to; i++) {
                hits.incrementAndGet(i);
            }
        }, (done, total) -> reported.accumulateAndGet(done, Math::max));
        for (int i = 0; i < n; i++) {
            assertThat(hits.get(i)).isEqualTo(1);
        }
        assertThat(reported.get()).isEqualTo(n);
    }

    /**
     * Expensive points in a contiguous run (the map-fit case of issue #11) still spread over every
     * worker: with dynamic hand-out each worker takes some of them. (CPU/wall is measured in bench/.)
     */
    @Test
    void aContiguousRunOfExpensivePointsIsShared() throws Exception {
        if (Sweep.workers() < 2) {
            return;
        }
        ConcurrentHashMap<String, AtomicInteger> byThread = new ConcurrentHashMap<>();
        Sweep.run(40, i -> {
            if (i >= 30) {
                byThread.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
                long end = System.nanoTime() + 20_000_000;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
        }, Progress.NONE);
        assertThat(byThread.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theFirstFailureIsRethrownAndStopsTheHandOut() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Sweep.run(100_000, i -> {
            ran.incrementAndGet();
            if (i == 10) {
                throw new IllegalStateException("point 10");
            }
        }, Progress.NONE)).isInstanceOf(IllegalStateException.class).hasMessage("point 10");
        assertThat(ran.get()).isLessThan(100_000);
        assertThatThrownBy(() -> Sweep.run(-1, i -> { }, Progress.NONE)).hasMessageContaining("n >= 0");
    }
}
