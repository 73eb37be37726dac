package org.andreev.cli.mar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.andreev.cli.CliRun;
import org.andreev.units.PhysicalConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command contracts of issue #7 for mar iv and mar ic, and their refusals. */
class MarCliTest {

    private static final double DELTA = 1.35e-3 * PhysicalConstants.E_CHARGE;

    @Test
    void ivPrintsTheContractColumnsAndSumsTheChannels() {
        CliRun.Result r = CliRun.run("mar", "iv", "--delta", "1.35meV", "--tau", "0.5,0.99", "--temperature", "0K",
                "--eta", "1e-3", "--bias", "0.135mV:5.4mV:4", "--per-channel");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("V[V],I[A],dIdV[S],I_1[A],I_2[A]");
        assertThat(lines).hasSize(5);
        for (int k = 1; k < lines.length; k++) {
            double[] row = CliRun.row(lines[k]);
            assertThat(row[1]).isCloseTo(row[3] + row[4], within(1e-12 * Math.abs(row[1])));
        }
        // far above the gap the conductance approaches G_N = G0 (0.5 + 0.99)
        double[] last = CliRun.row(lines[4]);
        assertThat(last[2] / (PhysicalConstants.G0 * 1.49)).isCloseTo(1.0, within(0.05));
    }

    @Test
    void icPrintsTemperatureAndCriticalCurrent() {
        CliRun.Result r = CliRun.run("mar", "ic", "--delta", "1.35meV", "--tau", "0.5,0.99", "--temperature", "0K");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("T[K],Ic[A]");
        double ic = CliRun.row(lines[1])[1];
        double expected = PhysicalConstants.E_CHARGE * DELTA / PhysicalConstants.HBAR
                * ((1 - Math.sqrt(0.5)) + (1 - Math.sqrt(0.01)));
        // the maximum of the sum is below the sum of the maxima (they sit at different phases)
        assertThat(ic).isLessThanOrEqualTo(expected).isGreaterThan(0.9 * expected);
    }

    @Test
    void icWithPhaseAndDorokhov() {
        CliRun.Result r = CliRun.run("mar", "ic", "--delta", "1.35meV", "--distribution", "dorokhov", "--rn", "5Ohm",
                "--phase", "--points", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("phi[rad],I[A]");
        assertThat(r.out().strip().split("\\R")).hasSize(6);
    }

    @Test
    void channelFileIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tau.txt");
        Files.writeString(f, "# three channels\n0.9\n\n0.5\n0.1\n");
        CliRun.Result r = CliRun.run("mar", "iv", "--delta", "1.35meV", "--channels", f.toString(),
                "--bias", "3mV:3mV:1", "--per-channel");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("V[V],I[A],dIdV[S],I_1[A],I_2[A],I_3[A]");
    }

    @Test
    void badChannelLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tau.txt");
        Files.writeString(f, "0.9\n1.2\n");
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "1.35meV", "--channels", f.toString(),
                "--bias", "1mV:2mV:3"), "tau.txt:2", "1.2");
        Files.writeString(f, "0.9\nabc\n");
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "1.35meV", "--channels", f.toString(),
                "--bias", "1mV:2mV:3"), "tau.txt:2", "abc");
    }

    @Test
    void badInputIsOneLine() {
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "1.35meV", "--tau", "0", "--bias", "1mV:2mV:3"),
                "--tau", "0.0");
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "1.35meV", "--tau", "0.5", "--bias",
                "-1mV:1mV:3"), "--bias", "Josephson");
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "-1meV", "--tau", "0.5", "--bias", "1mV:2mV:3"),
                "--delta");
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "1.35meV", "--tau", "0.5", "--eta", "-1e-3",
                "--bias", "1mV:2mV:3"), "--eta");
        CliRun.assertOneLineError(CliRun.run("mar", "ic", "--delta", "1.35meV", "--tc", "7.2K", "--tau", "0.5",
                "--temperature", "8K"), "--temperature", "T_c");
        CliRun.assertOneLineError(CliRun.run("mar", "iv", "--delta", "1.35meV", "--distribution", "dorokhov",
                "--bias", "1mV:2mV:3"), "--rn");
    }

    @Test
    void helpExamplesRun() {
        assertThat(CliRun.run("mar", "iv", "--delta", "1.35meV", "--tau", "0.5,0.99", "--temperature", "0K",
                "--eta", "1e-3", "--bias", "0.135mV:5.4mV:5").code()).isZero();
        assertThat(CliRun.run("mar", "ic", "--delta", "1.35meV", "--tc", "7.2K", "--distribution", "dorokhov",
                "--rn", "5Ohm", "--temperature", "0K:7K:15").code()).isZero();
        assertThat(CliRun.run("mar", "ic", "--delta", "1.35meV", "--tau", "0.9", "--temperature", "0K", "--phase",
                "--points", "9").code()).isZero();
    }

    @Test
    void heatingFromPeaks() {
        CliRun.Result r = CliRun.run("mar", "heating", "--v1", "2.4mV", "--v2", "1.35mV", "--tc", "7.2K",
                "--bath-temperature", "1.5K");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("V1[V],V2[V],Delta0[J],Delta_local[J],T_local[K],alpha[1]");
        double[] row = CliRun.row(lines[1]);
        assertThat(row[4]).isGreaterThan(1.5).isLessThan(7.2);
        CliRun.assertOneLineError(CliRun.run("mar", "heating", "--v1", "3mV", "--v2", "1mV", "--tc", "7.2K"), "V1");
    }

    @Test
    void dorokhovIvUsesTheTable(@TempDir Path dir) {
        CliRun.Result r = CliRun.run("mar", "iv", "--delta", "1.35meV", "--distribution", "dorokhov", "--rn", "5Ohm",
                "--bias", "4mV:5mV:2", "--no-cache");
        assertThat(r.code()).as(r.err()).isZero();
        double[] row = CliRun.row(r.out().strip().split("\\R")[2]);
        // the table's interpolation error is below 1e-6 of G_N V (MarTableTest)
        double direct = new org.andreev.contact.PointContact(org.andreev.contact.ChannelSet.dorokhov(5.0),
                org.andreev.contact.MarJunction.symmetric(DELTA, 1e-3, 0)).current(5e-3);
        assertThat(row[1] / direct - 1).isCloseTo(0.0, within(1e-6));
    }
}
