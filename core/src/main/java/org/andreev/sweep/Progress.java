package org.andreev.sweep;

/**
 * The one progress contract of every long computation in the library (sweeps, maps, map fits):
 * after each finished point the computation calls {@link #update(int, int)} with the number of
 * points done so far and the total. Calls come from the worker threads, concurrently, so an
 * implementation must be thread-safe; two calls may arrive out of order (take the largest
 * {@code done} seen). An exception it throws ends the computation. The CLI's progress bar
 * ({@code org.andreev.cli.Sweep}) is one implementation; {@link #NONE} ignores the calls.
 */
@FunctionalInterface
public interface Progress {

    /** A listener that ignores every call. */
    Progress NONE = (done, total) -> { };

    /**
     * One more point (or batch of points) is finished.
     *
     * @param done  the points finished so far, 1 ≤ done ≤ total
     * @param total the points of the whole computation
     */
    void update(int done, int total);
}
