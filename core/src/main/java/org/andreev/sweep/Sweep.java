package org.andreev.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The one parallel sweep of the library: runs the points of a map, a curve or a set of fits on all
 * cores, with one {@link Progress} contract.
 *
 * <p><b>Scheduling.</b> One task per point, handed out dynamically: every worker takes the next
 * unstarted point when it finishes one, so cheap and expensive points balance by themselves
 * whatever their order (a parallel stream instead cuts the index range into a few contiguous
 * chunks up front, and a run of expensive points in one chunk leaves the other cores idle: the
 * map fit of 201 curves with 62 expensive ones in a row ran on 1.1–1.3 of 2 cores). The workers are
 * the calling thread and {@code parallelism − 1} tasks of the common fork-join pool. Points that
 * must run in order, each warm-started from the previous one (a cooler curve), go through
 * {@link #chunks}: the same dynamic hand-out, of contiguous blocks.
 *
 * <p>Results are written by the body into arrays the caller owns (index i) or collected by
 * {@link #map}. The first exception a point throws stops the hand-out and is rethrown to the
 * caller once the running points are done.
 */
public final class Sweep {

    private Sweep() {}

    /** The number of workers a sweep uses: the available processors. */
    public static int workers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Calls {@code body.accept(i)} for every i in [0, n), in parallel and in any order, one task
     * per point; {@code progress} hears of each finished point.
     */
    public static void run(int n, IntConsumer body, Progress progress) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(progress, "progress");
        if (n < 0) {
            throw new IllegalArgumentException("a sweep needs n >= 0 points, got " + n);
        }
        AtomicInteger done = new AtomicInteger();
        dispatch(n, i -> {
            body.accept(i);
            progress.update(done.incrementAndGet(), n);
        });
    }

    /** {@link #run} collecting {@code body.apply(i)} into a list in index order (null results allowed). */
    public static <T> List<T> map(int n, IntFunction<T> body, Progress progress) {
        Objects.requireNonNull(body, "body");
        Object[] results = new Object[Math.max(n, 0)];
        run(n, i -> results[i] = body.apply(i), progress);
        List<T> list = new ArrayList<>(n);
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            T t = (T) r;
            list.add(t);
        }
        return list;
    }

    /** A block of consecutive points [from, to) run in order by one worker. */
    @FunctionalInterface
    public interface Block {
        /** Runs points from (inclusive) to (exclusive), in order. */
        void run(int from, int to);
    }

    /**
     * Cuts [0, n) into {@code blocks} contiguous blocks of nearly equal size and runs each in order
     * on one worker (so each point may warm-start from the previous one), the blocks handed out
     * dynamically; {@code progress} hears of the points of each finished block.
     */
    public static void chunks(int n, int blocks, Block body, Progress progress) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(progress, "progress");
        if (n < 0 || blocks < 1) {
            throw new IllegalArgumentException("a chunked sweep needs n >= 0 points and >= 1 block, got " + n
                    + " and " + blocks);
        }
        int m = Math.min(n, blocks);
        AtomicInteger done = new AtomicInteger();
        dispatch(m, c -> {
            int from = (int) ((long) n * c / m);
            int to = (int) ((long) n * (c + 1) / m);
            body.run(from, to);
            progress.update(done.addAndGet(to - from), n);
        });
    }

    /** The dynamic hand-out: workers take the next index until none is left or a point failed. */
    private static void dispatch(int n, IntConsumer task) {
        if (n == 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(n, workers()) - 1;
        List<ForkJoinTask<?>> tasks = new ArrayList<>(Math.max(helpers, 0));
        for (int k = 0; k < helpers; k++) {
            tasks.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        for (ForkJoinTask<?> t : tasks) {
            t.join(); // the worker catches everything: join returns normally
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
