package org.andreev.contact.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CSV reference tables (resources org/andreev/contact/, README there): well formed, within
 * their stated accuracy, consistent with the limits, and reproduced by the ladder on a sample of
 * rows (max and RMS relative deviation asserted and printed).
 */
class MarReferenceTablesTest {

    record Row(double tau, double v, double eta, double t, double i, double err) {}

    static List<Row> read(String name, boolean withT) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = MarReferenceTablesTest.class.getResourceAsStream("/org/andreev/contact/" + name)) {
            assertThat(in).as(name).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            boolean header = true;
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    assertThat(line).isEqualTo(withT ? "tau,v,eta,t,i,err" : "tau,v,eta,i,err");
                    header = false;
                    continue;
                }
                double[] x = Stream.of(line.split(",")).mapToDouble(Double::parseDouble).toArray();
                rows.add(withT ? new Row(x[0], x[1], x[2], x[3], x[4], x[5]) : new Row(x[0], x[1], x[2], 0, x[3], x[4]));
            }
        }
        return rows;
    }

    /**
     * Every T = 0 value is finite, non-negative, stated to 1e-7 relative or 1e-12 absolute (deep
     * sub-gap currents sit on the 1e-13 quadrature floor), and the large-v rows lie below
     * v + i_exc and above v + i_exc − 1.5/v (the approach is −c/v, c ≈ 0.9 in the tunnel limit, smaller at larger τ).
     */
    @Test
    void zeroTemperatureTableIsSound() throws IOException {
        List<Row> rows = read("mar_reference_T0.csv", false);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8 * 14);
        for (Row r : rows) {
            assertThat(r.i).as("%s", r).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(r.err).as("%s", r).isLessThanOrEqualTo(Math.max(1e-7 * r.i, 1e-12));
            if (r.v >= 3) {
                double asymptote = r.v + MarClosedForms.excessCurrent(r.tau);
                assertThat(r.i).as("%s", r).isLessThan(asymptote).isGreaterThan(asymptote - 1.5 / r.v);
            }
        }
    }

    @Test
    void finiteTemperatureTableIsSound() throws IOException {
        List<Row> rows = read("mar_reference_T.csv", true);
        assertThat(rows).isNotEmpty();
        for (Row r : rows) {
            assertThat(r.i).as("%s", r).isFinite().isGreaterThan(0);
            assertThat(r.err).as("%s", r).isLessThanOrEqualTo(Math.max(1e-7 * r.i, 1e-12));
        }
    }

    /**
     * Regression: every 12th row recomputed with the default settings agrees with the table within
     * its err plus 1e-9 relative (the default-vs-tight difference bound of
     * {@link AverinBardasLadderTest#tighterSettingsAgree}).
     */
    @Test
    void sampleOfRowsIsReproduced() throws IOException {
        List<Row> rows = new ArrayList<>(read("mar_reference_T0.csv", false));
        rows.addAll(read("mar_reference_T.csv", true));
        double max = 0;
        double sum = 0;
        int n = 0;
        for (int k = 0; k < rows.size(); k += 12) {
            Row r = rows.get(k);
            double i = AverinBardasLadder.of(r.tau, r.v, r.eta, r.t).current().i();
            assertThat(i).as("%s", r).isCloseTo(r.i, org.assertj.core.api.Assertions.within(r.err + 1e-9 * r.i + 1e-13));
            // relative above i = 1e-6; below, the 1e-13 absolute quadrature floor dominates (asserted per row above)
            double rel = Math.abs(i - r.i) / Math.max(Math.abs(r.i), 1e-6);
            max = Math.max(max, rel);
            sum += rel * rel;
            n++;
        }
        System.out.printf("MAR tables: %d rows recomputed, max relative deviation %.2e, RMS %.2e%n", n, max, Math.sqrt(sum / n));
        assertThat(max).isLessThan(1e-7);
    }
}
