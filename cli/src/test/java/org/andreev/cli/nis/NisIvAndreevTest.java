package org.andreev.cli.nis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.andreev.cli.CliRun;
import org.andreev.tunnel.NisDeviceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code nis iv} with the phase-coherent Andreev term (physics.md A4) and the table-driven junction options. */
class NisIvAndreevTest {

    static final String[] SEED = {"nis", "iv", "--seed-004-probe", "--te", "105mK", "--ts", "90mK", "--bias",
        "-0.35mV:0.35mV:141"};

    static final String[] OPTIONS = {"nis", "iv", "--delta", "0.228meV", "--rt", "2.76kOhm", "--te", "105mK", "--ts",
        "90mK", "--m", "1.37", "--lphi", "1.5um", "--diffusion", "80cm2/s", "--dos-total", "1.56e47/J/m3",
        "--wire-width", "0.3um", "--wire-thickness", "50nm", "--bias", "-0.35mV:0.35mV:141"};

    @Test
    void theSeedProbeHasTheZeroBiasPeak() {
        CliRun.Result r = CliRun.run(SEED);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("V[V],I[A],dIdV[S],Pcool[W],Iqp[A],IA[A],PA[W]");
        assertThat(lines).hasSize(142);
        double[] zero = CliRun.row(lines.get(71));
        assertThat(zero[0]).isCloseTo(0.0, within(1e-18));
        // R_T dI/dV at V = 0: the Andreev peak 5.12e-4 (NisDeviceTest) over quasiparticles of 1.5e-10
        assertThat(zero[2] * 2.76e3).isCloseTo(5.118e-4, within(0.01 * 5.118e-4));
        for (String line : lines.subList(1, lines.size())) {
            double[] row = CliRun.row(line);
            assertThat(row[1]).isCloseTo(row[4] + row[5], within(1e-12 * Math.abs(row[1]) + 1e-30));
            assertThat(row[6]).isCloseTo(row[5] * row[0], within(1e-12 * Math.abs(row[6]) + 1e-40));
        }
    }

    @Test
    void optionsAloneGiveTheSameCurveAsTheEmbeddedProbeAndADeviceFile(@TempDir Path dir) throws Exception {
        CliRun.Result seed = CliRun.run(SEED);
        CliRun.Result options = CliRun.run(OPTIONS);
        assertThat(options.code()).as(options.err()).isZero();
        assertThat(options.out()).isEqualTo(seed.out());
        Path file = dir.resolve("probe.yaml");
        Files.writeString(file, NisDeviceFile.seed004ProbeText());
        CliRun.Result device = CliRun.run("nis", "iv", "--device", file.toString(), "--te", "105mK", "--ts", "90mK",
                "--bias", "-0.35mV:0.35mV:141");
        assertThat(device.code()).as(device.err()).isZero();
        assertThat(device.out()).isEqualTo(seed.out());
        // an option replaces the file's value: M = 0 leaves the quasiparticles alone
        CliRun.Result noAndreev = CliRun.run("nis", "iv", "--device", file.toString(), "--m", "0", "--te", "105mK",
                "--ts", "90mK", "--bias", "0:0.1mV:3");
        assertThat(noAndreev.code()).as(noAndreev.err()).isZero();
        assertThat(CliRun.row(noAndreev.out().lines().toList().get(2))[5]).isEqualTo(0.0);
    }

    @Test
    void withoutTheAndreevTermTheColumnsAreTheQuasiparticleOnes() {
        CliRun.Result r = CliRun.run("nis", "iv", "--delta", "0.228meV", "--rt", "2.76kOhm", "--te", "105mK",
                "--bias", "0:0.1mV:3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("V[V],I[A],dIdV[S],Pcool[W]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lphi|0|--lphi",
        "--lphi|-1um|--lphi",
        "--lphi|1.5mV|--lphi",
        "--m|-1|--m",
        "--diffusion|0|--diffusion",
        "--wire-width|0nm|--wire-width",
        "--geometry|sideways|--geometry",
        "--h|10ueV|h must be 0 with the Andreev term",
        "--andreev-form|plain|andreev_dynes",
        "--dos|usadel|goes with --dos dynes",
        "--device|probe.yaml|--seed-004-probe",
    })
    void badAndreevInputIsOneLineExitTwo(String option, String value, String mention) {
        CliRun.Result r = CliRun.run(with(SEED, option, value));
        CliRun.assertOneLineError(r, mention);
    }

    @Test
    void anIncompleteAndreevTermNamesWhatIsMissing() {
        CliRun.Result r = CliRun.run("nis", "iv", "--delta", "0.228meV", "--rt", "2.76kOhm", "--te", "105mK",
                "--m", "1.37", "--lphi", "1.5um", "--bias", "0:0.1mV:3");
        CliRun.assertOneLineError(r, "option --m", "diffusion: missing", "needs all of");
        CliRun.Result none = CliRun.run("nis", "iv", "--te", "105mK");
        CliRun.assertOneLineError(none, "--delta", "--rt");
    }

    static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
