package org.andreev.tunnel;

import java.util.ArrayList;
import java.util.List;
import org.andreev.fit.Estimate;
import org.andreev.io.Table;

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

    /** The estimate of {@code name} at every fitted point, in field order (for plots and checks). */
    public List<Estimate> estimates(String name) {
        return withStatus(NisMapPoint.Status.FITTED).stream().map(p -> p.result().estimate(name)).toList();
    }
}
