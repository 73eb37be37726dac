package org.andreev.neck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.io.Table;
import org.andreev.units.Dimension;

/**
 * Elongation traces R(z) from a data file ({@link DataFile}: CSV, TSV or whitespace columns, units in
 * the header honoured). The columns are found by the header names {@code z} (elongation) and
 * {@code R} (resistance), or as given.
 *
 * <p><b>Several traces in one file</b> are told apart by a trace column, {@code trace} by default when
 * the header has one (any number naming the trace; the rows with the same number form one trace, in
 * file order, adjacent or not; traces come in the order they first appear). Without a trace column
 * the file is one trace. Each trace is checked by {@link Trace} (z increasing, R &gt; 0), so an error
 * names the file and line.
 */
public final class TraceFile {
    private TraceFile() {}

    /** The default elongation column: {@code z}. */
    public static final ColumnSpec Z = ColumnSpec.of("z", Dimension.LENGTH);
    /** The default resistance column: {@code R}. */
    public static final ColumnSpec R = ColumnSpec.of("R", Dimension.RESISTANCE);
    /** The default trace column name. */
    public static final String TRACE = "trace";

    /**
     * The traces as one table in SI, as this class reads them back: {@code z[m],R[Ohm]}, or with more
     * than one trace {@code trace,z[m],R[Ohm]} (the trace column numbering them from 1).
     */
    public static Table table(List<Trace> traces) {
        int n = traces.stream().mapToInt(Trace::size).sum();
        double[] id = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        int at = 0;
        for (int t = 0; t < traces.size(); t++) {
            Trace tr = traces.get(t);
            java.util.Arrays.fill(id, at, at + tr.size(), t + 1);
            System.arraycopy(tr.z(), 0, z, at, tr.size());
            System.arraycopy(tr.resistance(), 0, r, at, tr.size());
            at += tr.size();
        }
        return traces.size() == 1 ? new Table(List.of("z[m]", "R[Ohm]"), List.of(z, r))
                : new Table(List.of(TRACE, "z[m]", "R[Ohm]"), List.of(id, z, r));
    }

    /** The traces of {@code file} with the default columns (class comment). */
    public static List<Trace> read(Path file) throws IOException {
        return of(DataFile.read(file), Z, R, null);
    }

    /**
     * The traces of {@code data}.
     *
     * @param z     the elongation column
     * @param r     the resistance column
     * @param trace the trace column, or null for {@code trace} when the header has one, else one trace
     * @throws InputException naming file and line for a missing column or a bad trace
     */
    public static List<Trace> of(DataFile data, ColumnSpec z, ColumnSpec r, ColumnRef trace) {
        double[] zs = data.column(z);
        double[] rs = data.column(r);
        ColumnRef tr = trace;
        if (tr == null && data.header().stream().anyMatch(h -> h.strip().equalsIgnoreCase(TRACE))) {
            tr = ColumnRef.byName(TRACE);
        }
        if (tr == null) {
            int[] lines = new int[zs.length];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = data.line(i);
            }
            return List.of(new Trace(data.source(), "", zs, rs, lines));
        }
        double[] ids = data.column(new ColumnSpec(tr, Dimension.DIMENSIONLESS, ""));
        Map<Double, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            groups.computeIfAbsent(ids[i] == 0 ? 0.0 : ids[i], k -> new ArrayList<>()).add(i);
        }
        List<Trace> traces = new ArrayList<>(groups.size());
        for (Map.Entry<Double, List<Integer>> g : groups.entrySet()) {
            List<Integer> rows = g.getValue();
            double[] tz = new double[rows.size()];
            double[] trr = new double[rows.size()];
            int[] lines = new int[rows.size()];
            for (int k = 0; k < tz.length; k++) {
                int row = rows.get(k);
                tz[k] = zs[row];
                trr[k] = rs[row];
                lines[k] = data.line(row);
            }
            String id = g.getKey() == Math.rint(g.getKey()) && Math.abs(g.getKey()) < 1e15
                    ? Long.toString((long) (double) g.getKey()) : Double.toString(g.getKey());
            traces.add(new Trace(data.source(), id, tz, trr, lines));
        }
        return traces;
    }
}
