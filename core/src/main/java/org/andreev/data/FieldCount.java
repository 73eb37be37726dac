package org.andreev.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.andreev.io.Table;

/**
 * The peak count of the sweeps measured at one field (physics.md B7: "tabulate the count of peaks
 * against field"), with the reproducible groups of {@link PeakRecurrence}.
 *
 * @param field        μ0H, T
 * @param sweeps       number of sweeps at this field
 * @param meanPeaks    mean number of peaks per sweep
 * @param minPeaks     fewest peaks in a sweep
 * @param maxPeaks     most peaks in a sweep
 * @param reproducible number of reproducible groups
 * @param wandering    mean number of wandering peaks (outside reproducible groups) per sweep
 */
public record FieldCount(double field, int sweeps, double meanPeaks, int minPeaks, int maxPeaks, int reproducible,
        double wandering) {

    /** The count at each field of {@code byField} (field → the peaks of each sweep there), in order of field. */
    public static List<FieldCount> of(SortedMap<Double, List<List<Peak>>> byField, PeakRecurrence criterion) {
        List<FieldCount> out = new ArrayList<>();
        for (Map.Entry<Double, List<List<Peak>>> e : byField.entrySet()) {
            List<List<Peak>> sweeps = e.getValue();
            int n = sweeps.size();
            int total = sweeps.stream().mapToInt(List::size).sum();
            int min = sweeps.stream().mapToInt(List::size).min().orElse(0);
            int max = sweeps.stream().mapToInt(List::size).max().orElse(0);
            List<PeakRecurrence.Group> groups = criterion.groups(sweeps);
            int reproducible = (int) groups.stream().filter(PeakRecurrence.Group::reproducible).count();
            int wandering = groups.stream().filter(g -> !g.reproducible()).mapToInt(PeakRecurrence.Group::peaks).sum();
            out.add(new FieldCount(e.getKey(), n, (double) total / n, min, max, reproducible, (double) wandering / n));
        }
        return out;
    }

    /** The counts as a table {@code H[T],sweeps,peaksMean,peaksMin,peaksMax,reproducible,wandering}. */
    public static Table table(List<FieldCount> counts) {
        return new Table(List.of("H[T]", "sweeps", "peaksMean", "peaksMin", "peaksMax", "reproducible", "wandering"),
                List.of(counts.stream().mapToDouble(FieldCount::field).toArray(),
                        counts.stream().mapToDouble(FieldCount::sweeps).toArray(),
                        counts.stream().mapToDouble(FieldCount::meanPeaks).toArray(),
                        counts.stream().mapToDouble(FieldCount::minPeaks).toArray(),
                        counts.stream().mapToDouble(FieldCount::maxPeaks).toArray(),
                        counts.stream().mapToDouble(FieldCount::reproducible).toArray(),
                        counts.stream().mapToDouble(FieldCount::wandering).toArray()));
    }
}
