package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.andreev.io.TableWriter;
import org.andreev.material.Material;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of docs/neck.md ("The same from Java"), compiled and run so that the guide cannot
 * drift from the API; the numbers are those the guide's command-line examples print.
 */
class NeckGuideExamplesTest {

    @Test
    void theNeckGuidesJavaExamplesRun(@TempDir Path dir) throws Exception {
        // --- guide: neck size ---
        ContactSize pb = ContactSize.sharvin(Material.LEAD);
        double a = pb.radius(5.0);                                             // 6.45e-9 m
        ContactSize wexler = ContactSize.wexler(Material.LEAD, 10e-9, Double.NaN);  // l = 10 nm, rho = rho*l / l
        double aWexler = wexler.radius(5.0);                                   // 8.61e-9 m
        // --- guide: neck simulate ---
        Cone cone = Cone.ofDegrees(a, 70);                                     // r_0, theta
        double halfLength = SlabModel.halfLengthTo(cone, 76.5e-9);             // to the banks at r = 76.5 nm
        SlabModel.Staircase sim = SlabModel.lead().elongate(cone, halfLength, pb, 0.02e-9, 0.003, 2);
        TableWriter.write(TraceFile.table(List.of(sim.trace())), dir.resolve("short.csv"));
        // --- guide: neck shape ---
        List<Trace> traces = TraceFile.read(dir.resolve("short.csv"));         // columns z, R; a trace column
        NeckShape shape = StaircaseAnalysis.of(pb).analyse(traces.get(0));
        double theta = shape.halfAngleDegrees();                               // 70.0
        double[][] profile = shape.profile();                                  // {x, r} in m
        // --- guide: neck histogram ---
        ConductanceHistogram h = ConductanceHistogram.ofTraces(traces, 10, 3000);  // bins of 10 G0 up to 3000 G0
        // --- end of the guide's code ---

        assertThat(a).isEqualTo(6.452687663335628E-9);
        assertThat(aWexler).isCloseTo(8.61166120075992E-9, within(1e-22));
        // the same trace as `neck simulate --theta 70deg --resistance 5Ohm --outer-radius 76.5nm --noise 0.3% --seed 2`
        assertThat(theta).isEqualTo(70.00152763587451);
        assertThat(shape.stages()).hasSize(99);
        assertThat(profile[0]).hasSize(2 * 99);
        assertThat(h.points()).isEqualTo(traces.get(0).size());
    }
}
