package org.andreev.cli.nis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code andreev nis iv}: columns, units, options, errors. */
class NisIvCommandTest {

    private static final String[] IV = {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK",
        "--ts", "300mK", "--bias", "0:1mV:201"};

    /** {@code base} with the value of option {@code option} replaced (or the option added). */
    private static String[] replacing(String[] base, String option, String value) {
        int i = Arrays.asList(base).indexOf(option);
        if (i < 0) {
            return with(base, option, value);
        }
        String[] all = base.clone();
        all[i + 1] = value;
        return all;
    }

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void printsTheAgreedColumnsInSi() {
        CliRun.Result r = CliRun.run(IV);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("V[V],I[A],dIdV[S],Pcool[W]");
        assertThat(lines).hasSize(202);
        double[] first = CliRun.row(lines.get(1));
        double[] last = CliRun.row(lines.get(201));
        assertThat(first[0]).isEqualTo(0.0);
        assertThat(last[0]).isCloseTo(1e-3, within(1e-15));
        // At eV = 5Δ the T = 0 form I = sqrt(V² − (Δ/e)²)/R_T (physics.md A2) holds up to the
        // thermal (Sommerfeld) correction (π²/6)(k_BT)² I''/I ≈ 5e-5 at k_BT/Δ = 0.13; a wrong unit
        // anywhere (meV, kOhm, mK, mV) would be off by orders of magnitude. 0.1 % leaves room.
        double expected = Math.sqrt(1e-6 - 0.04e-6) / 2000;
        assertThat(last[1]).isCloseTo(expected, within(1e-3 * expected));
        // I(0) = 0 without a temperature difference.
        assertThat(first[1]).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void bareNumbersAreSi() {
        CliRun.Result units = CliRun.run(IV);
        CliRun.Result si = CliRun.run("nis", "iv", "--delta", "3.204353268e-23", "--rt", "2000", "--te", "0.3",
                "--ts", "0.3", "--bias", "0:0.001:201");
        assertThat(si.code()).as(si.err()).isZero();
        List<String> a = units.out().lines().toList();
        List<String> b = si.out().lines().toList();
        assertThat(CliRun.row(b.get(150))[1]).isCloseTo(CliRun.row(a.get(150))[1],
                within(1e-9 * Math.abs(CliRun.row(a.get(150))[1])));
    }

    @Test
    void dynesOptionIsTheRatioGammaOverDelta() {
        // Deep below the gap at k_BT ≪ Δ the Dynes current is ≈ (γ/Δ) V/R_T (physics.md A2); at
        // eV = 0.1Δ the DOS deviates from γ/Δ by ~1.5 (eV/Δ)² = 1.5 %, so 5 % is a safe tolerance.
        CliRun.Result r = CliRun.run("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "50mK",
                "--dynes", "1e-3", "--bias", "0:20uV:3");
        assertThat(r.code()).as(r.err()).isZero();
        double current = CliRun.row(r.out().lines().toList().get(3))[1];
        double expected = 1e-3 * 20e-6 / 2000;
        assertThat(current).isCloseTo(expected, within(0.05 * expected));
    }

    @Test
    void exchangeSplittingOpensCurrentBelowTheGap() {
        // With splitting h the DOS edge moves to Δ − h: at eV = Δ − h/2 the current is that of
        // half the states with an edge at Δ − h, ≈ ½ sqrt((eV + h)² − Δ²)/(e R_T) at T = 0
        // (physics.md A1, A2); thermal rounding at 30 mK (k_BT = 2.6 µeV vs eV + h − Δ = 10 µeV)
        // changes it by some 10 %, so 30 % tolerance; without h it is ~50 times smaller.
        String[] base = {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "30mK", "--bias", "0.19mV:0.19mV:1"};
        CliRun.Result split = CliRun.run(with(base, "--h", "20ueV"));
        CliRun.Result plain = CliRun.run(base);
        assertThat(split.code()).as(split.err()).isZero();
        double iSplit = CliRun.row(split.out().lines().toList().get(1))[1];
        double iPlain = CliRun.row(plain.out().lines().toList().get(1))[1];
        double expected = 0.5 * Math.sqrt(0.21e-3 * 0.21e-3 - 0.2e-3 * 0.2e-3) / 2000;
        assertThat(iSplit).isCloseTo(expected, within(0.3 * expected));
        assertThat(iPlain).isLessThan(iSplit / 10);
    }

    @Test
    void outWritesTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("iv.csv");
        Path plot = dir.resolve("iv.svg");
        CliRun.Result r = CliRun.run(with(IV, "--out", out.toString(), "--plot", plot.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(202).first().isEqualTo("V[V],I[A],dIdV[S],Pcool[W]");
        assertThat(Files.readString(plot)).contains("<svg");
    }

    @Test
    void pngPlotIsAPng(@TempDir Path dir) throws Exception {
        Path plot = dir.resolve("iv.png");
        CliRun.Result r = CliRun.run(with(IV, "--plot", plot.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        byte[] head = Arrays.copyOf(Files.readAllBytes(plot), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
    }

    /**
     * Finite but absurd values (T_N of 1e300 K once ended in "table column 'I[A]' row 1 is NaN"):
     * refused in one line naming the option and its plausible range, before any output is written.
     */
    @Test
    void absurdValuesAreRefusedNamingTheQuantity(@TempDir Path dir) {
        String[][] bad = {
            {"--te", "1e300K", "'--te'"}, {"--te", "1e-300K", "'--te'"}, {"--ts", "1e300K", "'--ts'"},
            {"--dynes", "1e-300", "'--dynes'"}, {"--dynes", "1e300", "'--dynes'"}, {"--rt", "1e-320Ohm", "'--rt'"},
            {"--h", "1e300meV", "'--h'"}, {"--bias", "0:1e300V:3", "'--bias'"}, {"--delta", "0.2", "'--delta'"}
        };
        for (String[] b : bad) {
            Path out = dir.resolve("never.csv");
            CliRun.Result r = CliRun.run(with(replacing(IV, b[0], b[1]), "--out", out.toString()));
            CliRun.assertOneLineError(r, b[2], "expected");
            assertThat(r.err()).doesNotContain("NaN").doesNotContain("T_N");
            assertThat(out).as("output file after a refused %s", b[0]).doesNotExist();
        }
    }

    @Test
    void unphysicalValuesAreRefusedWithTheOptionNamed(@TempDir Path dir) {
        String[][] bad = {
            {"--te", "-1K"}, {"--te", "0"}, {"--ts", "0mK"}, {"--delta", "0meV"}, {"--delta", "-0.2meV"},
            {"--rt", "-2kOhm"}, {"--rt", "0"}, {"--dynes", "-1e-4"}, {"--h", "-1ueV"}
        };
        for (String[] b : bad) {
            Path out = dir.resolve("never.csv");
            CliRun.Result r = CliRun.run(with(replacing(IV, b[0], b[1]), "--out", out.toString()));
            CliRun.assertOneLineError(r, b[0]);
            assertThat(r.err()).doesNotContain("only once");
            assertThat(out).as("output file after a refused %s", b[0]).doesNotExist();
        }
    }

    @Test
    void unitsThatDoNotFitTheQuantityAreRefused() {
        CliRun.assertOneLineError(CliRun.run(with(IV, "--delta", "0.2mV")), "--delta", "0.2mV");
        CliRun.assertOneLineError(CliRun.run(with(IV, "--te", "300mV")), "--te", "300mV");
        CliRun.assertOneLineError(CliRun.run(with(IV, "--rt", "2kS")), "--rt");
        CliRun.assertOneLineError(CliRun.run(with(IV, "--bias", "0:1K:20")), "--bias");
        CliRun.assertOneLineError(CliRun.run(with(IV, "--bias", "0:1mV")), "--bias");
        CliRun.assertOneLineError(CliRun.run(with(IV, "--bias", "0:1mV:x")), "--bias");
    }

    /**
     * --dos usadel draws the A8 model: without rates it is the spin-split Dynes curve (to the table's
     * 1e-5 of G_N), it has no Pcool column, and Usadel-only options are refused with the Dynes model.
     */
    @Test
    void usadelDensityOfStates() {
        CliRun.Result u = CliRun.run("nis", "iv", "--dos", "usadel", "--delta", "0.2meV", "--h", "40ueV", "--dynes", "1e-3",
                "--rt", "1kOhm", "--te", "100mK", "--bias", "0:0.4mV:9");
        CliRun.Result d = CliRun.run("nis", "iv", "--delta", "0.2meV", "--h", "40ueV", "--dynes", "1e-3",
                "--rt", "1kOhm", "--te", "100mK", "--bias", "0:0.4mV:9");
        assertThat(u.code()).as(u.err()).isZero();
        String[] ul = u.out().split("\\R");
        String[] dl = d.out().split("\\R");
        assertThat(ul[0]).isEqualTo("V[V],I[A],dIdV[S]");
        for (int k = 1; k < ul.length; k++) {
            double[] a = CliRun.row(ul[k]);
            double[] b = CliRun.row(dl[k]);
            assertThat(a[2]).isCloseTo(b[2], org.assertj.core.api.Assertions.within(1e-5 / 1e3));
        }
        CliRun.assertOneLineError(CliRun.run("nis", "iv", "--delta", "0.2meV", "--rt", "1kOhm", "--te", "0.1K", "--sf", "1ueV"),
                "--sf", "usadel");
        CliRun.assertOneLineError(CliRun.run("nis", "iv", "--dos", "usadel", "--delta", "0.2meV", "--rt", "1kOhm", "--te",
                "0.1K", "--ts", "0.2K"), "--ts");
    }
}
