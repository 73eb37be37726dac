package org.andreev.cli.nis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;

/** The contract of {@code andreev nis thermometer}: calibration columns, its inverse, errors. */
class NisThermometerCommandTest {

    private static final String[] PROBE = {"nis", "thermometer", "--delta", "0.228meV", "--rt", "2.76kOhm",
        "--current", "1nA"};

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(PROBE, PROBE.length + more.length);
        System.arraycopy(more, 0, all, PROBE.length, more.length);
        return all;
    }

    @Test
    void calibrationIsTheBiasAtWhichTheJunctionCarriesTheCurrent() {
        CliRun.Result r = CliRun.run(with("--temps", "50mK:400mK:8"));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Te[K],V[V]");
        assertThat(lines).hasSize(9);
        double[] row = CliRun.row(lines.get(2)); // T = 100 mK
        assertThat(row[0]).isCloseTo(0.1, within(1e-12));
        // The same junction under 'nis iv' at that bias and temperature must carry 1 nA; the
        // calibration root is converged to 1e-14 and I(V) is smooth: 1e-6 relative.
        CliRun.Result iv = CliRun.run("nis", "iv", "--delta", "0.228meV", "--rt", "2.76kOhm", "--te", "100mK",
                "--bias", row[1] + ":" + row[1] + ":1");
        assertThat(iv.code()).as(iv.err()).isZero();
        assertThat(CliRun.row(iv.out().lines().toList().get(1))[1]).isCloseTo(1e-9, within(1e-15));
        // V falls as T rises while I is far below I_0 (slope (k_B/e)[ln(I/I_0) − 1/2] < 0, physics.md A3).
        for (int k = 2; k < lines.size(); k++) {
            assertThat(CliRun.row(lines.get(k))[1]).isLessThan(CliRun.row(lines.get(k - 1))[1]);
        }
    }

    @Test
    void voltageGivesBackTheTemperature() {
        double v150 = CliRun.row(CliRun.run(with("--temps", "150mK:150mK:1")).out().lines().toList().get(1))[1];
        CliRun.Result r = CliRun.run(with("--voltage", Double.toString(v150)));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("V[V],Te[K]");
        assertThat(CliRun.row(lines.get(1))[1]).isCloseTo(0.150, within(1e-8));
    }

    @Test
    void badInputIsOneLine() {
        CliRun.assertOneLineError(CliRun.run(with("--voltage", "0.3mV")), "--voltage", "outside the calibration");
        CliRun.assertOneLineError(CliRun.run("nis", "thermometer", "--delta", "0.228meV", "--rt", "2.76kOhm",
                "--current", "0nA"), "--current");
        CliRun.assertOneLineError(CliRun.run(with("--temps", "0:300mK:4")), "--temps");
        CliRun.assertOneLineError(CliRun.run(with("--current", "1mV")), "--current");
    }
}
