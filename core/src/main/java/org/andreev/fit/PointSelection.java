package org.andreev.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Range;
import org.andreev.units.Unit;

/**
 * Which points of a measured curve a fit uses: those whose abscissa lies in a closed window (all
 * when none is set) and in none of the excluded closed windows, e.g. the bias range −0.6 mV … 0.6 mV
 * without −20 µV … 20 µV where a zero-bias anomaly the model lacks sits.
 *
 * @param range    the window the points must lie in, or null for all
 * @param excluded windows whose points are left out
 */
public record PointSelection(Window range, List<Window> excluded) {

    /** Every point. */
    public static final PointSelection ALL = new PointSelection(null, List.of());

    /**
     * A closed interval [from, to] of abscissae, SI.
     *
     * @param from lower end (finite)
     * @param to   upper end (finite, ≥ from)
     */
    public record Window(double from, double to) {
        public Window {
            if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
                throw new IllegalArgumentException("a window needs finite ends FROM <= TO, got " + from + " and " + to);
            }
        }

        /**
         * Parses {@code FROM:TO}, each a quantity of {@code dimension} ({@code -0.6mV:0.6mV}, a bare
         * number SI), either order.
         *
         * @throws IllegalArgumentException with a one-line message naming the text
         */
        public static Window parse(String text, Dimension dimension) {
            Objects.requireNonNull(dimension, "dimension");
            if (text == null || text.strip().split(":", -1).length != 2) {
                throw new IllegalArgumentException("'" + (text == null ? "" : Unit.shown(text))
                        + "' is not a window: write FROM:TO, e.g. -0.6mV:0.6mV");
            }
            // the ends are read as those of a range, which refuses a bare number next to one with a unit
            Range r;
            try {
                r = Range.parse(text.strip() + ":2", dimension);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace(Unit.shown(text.strip() + ":2"), Unit.shown(text.strip()))
                        .replace("START", "FROM").replace("STOP", "TO").replace(":COUNT", ""), e);
            }
            return new Window(Math.min(r.start(), r.stop()), Math.max(r.start(), r.stop()));
        }

        /**
         * Whether {@code x} lies in [from, to], with a slack of 10⁻⁹ of the larger |end| so that a
         * point on an edge counts whatever units the edge and the file were written in (20 µV parses
         * to 2.0000000000000002e-5 V).
         */
        public boolean contains(double x) {
            double slack = 1e-9 * Math.max(Math.abs(from), Math.abs(to));
            return x >= from - slack && x <= to + slack;
        }

        /** "FROM:TO" in the most readable common unit of {@code dimension}. */
        public String describe(Dimension dimension) {
            return Quantity.format(from, dimension) + ":" + Quantity.format(to, dimension);
        }
    }

    public PointSelection {
        excluded = List.copyOf(excluded);
    }

    /** This selection with the points in [from, to] only. */
    public PointSelection withRange(Window window) {
        return new PointSelection(window, excluded);
    }

    /** This selection without the points in {@code window}. */
    public PointSelection excluding(Window window) {
        List<Window> e = new ArrayList<>(excluded);
        e.add(window);
        return new PointSelection(range, e);
    }

    /** Whether the point at {@code x} is used. */
    public boolean keeps(double x) {
        return (range == null || range.contains(x)) && excluded.stream().noneMatch(w -> w.contains(x));
    }

    /** Whether this selection keeps every point. */
    public boolean all() {
        return range == null && excluded.isEmpty();
    }

    /** The indices of the points of {@code x} kept, in order. */
    public int[] indices(double[] x) {
        return IntStream.range(0, x.length).filter(i -> keeps(x[i])).toArray();
    }

    /**
     * The points of {@code data} kept (σ too).
     *
     * @throws IllegalArgumentException when no point is left, naming the selection
     */
    public FitData apply(FitData data, Dimension xDimension) {
        int[] keep = indices(data.x());
        if (keep.length == 0) {
            throw new IllegalArgumentException("no point of the curve is left by " + describe(xDimension));
        }
        double[] x = IntStream.of(keep).mapToDouble(i -> data.x()[i]).toArray();
        double[] y = IntStream.of(keep).mapToDouble(i -> data.y()[i]).toArray();
        double[] s = data.hasSigma() ? IntStream.of(keep).mapToDouble(i -> data.sigma()[i]).toArray() : null;
        return new FitData(x, y, s);
    }

    /** One line for a report: "range -0.6 mV:0.6 mV, excluding -20 µV:20 µV", or "all points". */
    public String describe(Dimension xDimension) {
        if (all()) {
            return "all points";
        }
        List<String> parts = new ArrayList<>();
        if (range != null) {
            parts.add("range " + range.describe(xDimension));
        }
        for (Window w : excluded) {
            parts.add("excluding " + w.describe(xDimension));
        }
        return String.join(", ", parts);
    }
}
