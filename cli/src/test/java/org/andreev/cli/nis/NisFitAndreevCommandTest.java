package org.andreev.cli.nis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nis fit} with the phase-coherent Andreev term: the seed-004 probe analysis (Fig. 2 left) from the
 * command line, on the output of {@code nis iv --seed-004-probe} (T_e = 105 mK, M = 1.37, L_φ = 1.5 µm).
 */
class NisFitAndreevCommandTest {

    static Path seedCurve(Path dir) {
        Path iv = dir.resolve("probe-iv.csv");
        CliRun.Result made = CliRun.run("nis", "iv", "--seed-004-probe", "--te", "105mK", "--bias",
                "-0.35mV:0.35mV:141", "--out", iv.toString());
        assertThat(made.code()).as(made.err()).isZero();
        return iv;
    }

    @Test
    void theSeedProbeAnalysisFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path iv = seedCurve(dir);
        // M and L_φ start off (1, 1 µm); T_e and Δ are read off the curve; R_T, D, ν_N and the wire are held
        // at the seed's (measured) values from the embedded probe
        CliRun.Result r = CliRun.run("nis", "fit", iv.toString(), "--seed-004-probe", "--m", "1", "--lphi", "1um",
                "--free", "te,delta,m,lphi", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.propertyNames()).startsWith("te", "delta", "m", "lphi");
        assertThat(json.get("te").get("value").asDouble()).isCloseTo(0.105, within(1e-5));
        assertThat(json.get("m").get("value").asDouble()).isCloseTo(1.37, within(1e-3));
        assertThat(json.get("lphi").get("value").asDouble()).isCloseTo(1.5e-6, within(1e-9));
        assertThat(json.get("m").get("provenance").asString()).isEqualTo("fitted");
        assertThat(json.get("lphi").get("initial").asDouble()).isEqualTo(1e-6);
        assertThat(r.out()).contains("\"diffusion\"").contains("\"dos_total\"").contains("\"wire_width\"");
    }

    @Test
    void theTextReportListsEveryParameterWithItsProvenance(@TempDir Path dir) {
        Path iv = seedCurve(dir);
        CliRun.Result r = CliRun.run("nis", "fit", iv.toString(), "--seed-004-probe", "--free", "te,m");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("I_A of AndreevJunction").containsPattern("m:\\s+1\\.37")
                .containsPattern("lphi:\\s+[^(]+\\(held: given\\)").containsPattern("delta:\\s+[^(]+\\(held: given\\)")
                .containsPattern("diffusion:\\s+[^(]+\\(held: given\\)").contains("pre-fit");
    }

    @Test
    void optionsAloneGiveTheAndreevTermWithoutABaseDevice(@TempDir Path dir) throws Exception {
        Path iv = seedCurve(dir);
        CliRun.Result r = CliRun.run("nis", "fit", iv.toString(), "--rt", "2.76kOhm", "--delta", "0.228meV",
                "--m", "1.37", "--lphi", "1.5um", "--diffusion", "80cm2/s", "--dos-total", "1.56e47/J/m3",
                "--wire-width", "0.3um", "--wire-thickness", "50nm", "--free", "te", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("te").get("value").asDouble()).isCloseTo(0.105, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--free|te,lphi|a parameter of the Andreev term",
        "--lphi|0|--lphi",
        "--lphi|-2um|--lphi",
        "--m|-1|--m",
    })
    void badInputWithoutOrWithTheTermIsOneLineExitTwo(String option, String value, String mention, @TempDir Path dir) {
        Path iv = seedCurve(dir);
        String[] args = option.equals("--free") ? new String[] {"nis", "fit", iv.toString(), option, value}
                : new String[] {"nis", "fit", iv.toString(), "--seed-004-probe", option, value};
        CliRun.assertOneLineError(CliRun.run(args), mention);
    }

    @Test
    void heldOnlyAndreevParametersAreRefusedWhenFreed(@TempDir Path dir) {
        Path iv = seedCurve(dir);
        CliRun.assertOneLineError(CliRun.run("nis", "fit", iv.toString(), "--seed-004-probe", "--free", "te,dos_total"),
                "dos_total cannot be fitted");
        CliRun.assertOneLineError(CliRun.run("nis", "fit", iv.toString(), "--seed-004-probe", "--dos", "usadel"),
                "goes with --dos dynes");
    }
}
