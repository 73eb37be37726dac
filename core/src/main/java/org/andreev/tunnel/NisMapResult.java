package org.andreev.tunnel;

import java.util.ArrayList;
import java.util.List;
import org.andreev.fit.Estimate;
import org.andreev.fit.ReportUnits;
import org.andreev.io.Table;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;

/**
 * The fits of a map of N-I-S curves, in the order of the curves.
 *
 * @param points one per curve
 */
public record NisMapResult(List<NisMapPoint> points) {

    public NisMapResult {
        points = List.copyOf(points);
    }

    /** The points with the given status. */
    public List<NisMapPoint> withStatus(NisMapPoint.Status status) {
        return points.stream().filter(p -> p.status() == status).toList();
    }

    /**
     * The converged fits as a table against the control value: {@code fieldHeader} (e.g. {@code
     * B[T]}), then value and σ of every free parameter ({@code delta[J]}, {@code delta_sigma[J]}, …) and
     * {@code chi2red[1]}. Normal and failed curves are left out (tables hold finite numbers only): see
     * {@link #points()} for them.
     */
    public Table table(String fieldHeader) {
        List<NisMapPoint> fitted = withStatus(NisMapPoint.Status.FITTED);
        if (fitted.isEmpty()) {
            throw new IllegalStateException("no curve of the map was fitted");
        }
        List<String> free = fitted.get(0).result().fit().freeNames();
        List<String> header = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        header.add(fieldHeader);
        columns.add(fitted.stream().mapToDouble(NisMapPoint::field).toArray());
        for (String name : free) {
            header.add(name + "[" + NisFit.unit(name) + "]");
            columns.add(fitted.stream().mapToDouble(p -> p.result().estimate(name).value()).toArray());
            header.add(name + "_sigma[" + NisFit.unit(name) + "]");
            columns.add(fitted.stream().mapToDouble(p -> p.result().estimate(name).sigma()).toArray());
        }
        header.add("chi2red[1]");
        columns.add(fitted.stream().mapToDouble(p -> p.result().reducedChiSquare()).toArray());
        return new Table(header, columns);
    }

    /**
     * The table of {@link #table(String)} in {@code units} (e.g. {@code te[mK]}, {@code delta[meV]}
     * for {@link ReportUnits#NATURAL}), the control value named {@code fieldName} of quantity {@code
     * fieldDimension}.
     */
    public Table table(String fieldName, Dimension fieldDimension, ReportUnits units) {
        Table si = table(fieldName + "[" + Unit.si(fieldDimension).symbol() + "]");
        List<String> header = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < si.header().size(); c++) {
            String h = si.header().get(c);
            String name = h.substring(0, h.indexOf('['));
            String base = name.endsWith("_sigma") ? name.substring(0, name.length() - "_sigma".length()) : name;
            Dimension d = c == 0 ? fieldDimension : base.equals("chi2red") ? Dimension.DIMENSIONLESS : NisFit.dimension(base);
            double[] values = si.columns().get(c);
            Unit u = units.unit(d, c == 0 || name.equals(base) ? values : si.columns().get(c - 1));
            header.add(name + "[" + (u.symbol().isEmpty() ? "1" : u.symbol()) + "]");
            columns.add(u.fromSi(values));
        }
        return new Table(header, columns);
    }

    /** The estimate of {@code name} at every fitted point, in field order (for plots and checks). */
    public List<Estimate> estimates(String name) {
        return withStatus(NisMapPoint.Status.FITTED).stream().map(p -> p.result().estimate(name)).toList();
    }
}
