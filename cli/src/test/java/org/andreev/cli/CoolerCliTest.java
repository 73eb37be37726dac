package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cooler commands' contracts (issue 3): columns, JSON, device files, one-line refusals. */
class CoolerCliTest {

    @TempDir
    Path dir;

    @Test
    void ivPrintsTheContractColumns() {
        CliRun.Result r = CliRun.run("cooler", "iv", "--tbath", "100mK", "--bias", "0:0.6mV:121");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[0]).isEqualTo("V[V],I[A],Te[K],Tph[K],Iqp[A],IA[A],Pcool[W],PA[W]");
        assertThat(lines).hasSize(122);
        String[] last = lines[121].split(",");
        assertThat(Double.parseDouble(last[0])).isCloseTo(0.6e-3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void ivWhereTeDoesNotConvergeWritesNothingAndExits3() throws Exception {
        // a 1 mOhm leak at volts deposits ~10^4 W: no T_e balances it (rows with T_e = 98 K, I = 1e296 A
        // used to be written as data, with exit code 0; a leak of 1e-300 Ohm is now refused at the option)
        Path out = dir.resolve("iv.csv");
        CliRun.Result r = CliRun.run("cooler", "iv", "--tbath", "100mK", "--bias", "0:10V:5", "--rleak", "1mOhm",
                "--out", out.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(r.err().strip()).startsWith("andreev cooler iv: T_e did not converge at 4 of 5 biases (V = 2.50000,")
                .contains("heat into the electrons exceeds the cooling").contains("nothing written").doesNotContain("\n");
    }

    @Test
    void fitHelpSaysTheYColumnIsACurrentAndAConductanceIsRefused() throws Exception {
        CliRun.Result help = CliRun.run("cooler", "fit", "--help");
        assertThat(help.code()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("current (or conductance)").doesNotContain("or S or G0 for a conductance")
                .contains("must be a current: a conductance (S, G0) is refused");
        Path file = dir.resolve("g.csv");
        Files.writeString(file, "V[V],G[S]\n1e-5,1e-6\n2e-5,1e-6\n");
        CliRun.Result r = CliRun.run("cooler", "fit", file.toString(), "--y", "G", "--tbath", "90mK", "--free", "m");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void paramsRoundTripsThroughADeviceFile() throws Exception {
        CliRun.Result p = CliRun.run("cooler", "params", "--rt", "1.2kOhm");
        assertThat(p.code()).isZero();
        Path file = dir.resolve("my.yaml");
        Files.writeString(file, p.out());
        CliRun.Result again = CliRun.run("cooler", "params", "--device", file.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(again.out());
        assertThat(json.get("rt").asDouble()).isEqualTo(1200.0);
        assertThat(json.get("m").asDouble()).isEqualTo(0.49);
    }

    @Test
    void badDevicesAreRefusedInOneLineNamingFileAndKey() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, CliRun.run("cooler", "params").out().replace("island_length: 4 um", "island_length: -4 um"));
        CliRun.Result r = CliRun.run("cooler", "iv", "--device", file.toString(), "--tbath", "100mK");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains(file.toString()).contains("island_length").doesNotContain("\n");
        Files.writeString(file, "delta: 0.2 meV\nwidth: 3\n");
        r = CliRun.run("cooler", "params", "--device", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("width").contains("unknown key");
        r = CliRun.run("cooler", "iv", "--tbath", "0K");
        assertThat(r.code()).isEqualTo(2);
    }

    @Test
    void fitPrintsTheContractJson() throws Exception {
        // a synthetic curve from the embedded device with M = 0.6, refitted for M and Σ
        CliRun.Result iv = CliRun.run("cooler", "iv", "--tbath", "90mK", "--bias", "0.01mV:0.45mV:45", "--m", "0.6");
        StringBuilder csv = new StringBuilder("V[V],I[A]\n");
        for (String line : iv.out().strip().split("\n")) {
            if (!line.startsWith("V")) {
                String[] f = line.split(",");
                csv.append(f[0]).append(',').append(f[1]).append('\n');
            }
        }
        Path file = dir.resolve("iv90.csv");
        Files.writeString(file, csv);
        CliRun.Result r = CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m,sigma_eph", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("m").get("value").asDouble()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(json.get("m").has("sigma")).isTrue();
        assertThat(json.get("sigma_eph").get("value").asDouble()).isCloseTo(2e9, org.assertj.core.api.Assertions.within(2e6));
        assertThat(json.has("chi2red")).isTrue();
    }

    @Test
    void aPercentIsRefusedForTheKapitzaCoupling() {
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--ka", "5%"), "ka", "5%");
        CliRun.Result r = CliRun.run("cooler", "params", "--ka", "160pW/K4");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ka: 160 pW/K4");
    }

    @Test
    void aFitThatDoesNotConvergeSaysWhyAndPrintsNoResult() throws Exception {
        // no current at all: M runs towards 0, where no finite value fits
        Path file = dir.resolve("zero.csv");
        Files.writeString(file, "V[V],I[A]\n1e-5,0\n2e-5,0\n5e-5,0\n1e-4,0\n2e-4,0\n");
        CliRun.Result r = CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m", "--json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("did not converge").contains("m ran from").doesNotContain("\n");
    }

    @Test
    void optimizeWritesTheMapColumns() {
        CliRun.Result r = CliRun.run("cooler", "optimize", "--tbath", "100mK:200mK:2", "--lphi-grid", "1.5um:1.5um:1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Tbath[K],Lphi[m],RT_Te[Ohm],Te_min[K],V_Te[V],RT_Pcool[Ohm],Pcool_max[W],V_Pcool[V]");
        assertThat(r.out().strip().split("\n")).hasSize(3);
    }
}
