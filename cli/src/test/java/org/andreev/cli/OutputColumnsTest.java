package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.andreev.io.ColumnNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One spelling rule for output columns across commands (issue #10; docs/units-and-data.md, "Output
 * columns"): every command's CSV header follows {@link ColumnNames}, the same quantity has the same
 * name everywhere, and a map's control value is named the same in its CSV and its JSON.
 */
class OutputColumnsTest {

    @TempDir
    Path dir;

    private static List<String> header(String... args) {
        CliRun.Result r = CliRun.run(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        List<String> h = Arrays.asList(r.out().lines().findFirst().orElseThrow().split(","));
        assertThat(ColumnNames.violations(h)).as(String.join(" ", args)).isEmpty();
        return h;
    }

    @Test
    void everyCommandsHeaderFollowsTheRule() {
        assertThat(header("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK", "--bias", "0:1mV:3"))
                .containsExactly("V[V]", "I[A]", "dIdV[S]", "Pcool[W]");
        // the thermometer's temperature is the electron temperature of N: Te, as in cooler iv
        assertThat(header("nis", "thermometer", "--delta", "0.228meV", "--rt", "2.76kOhm", "--current", "1nA",
                "--temps", "50mK:300mK:2")).containsExactly("Te[K]", "V[V]");
        assertThat(header("nis", "thermometer", "--delta", "0.228meV", "--rt", "2.76kOhm", "--current", "1nA",
                "--voltage", "0.19mV")).containsExactly("V[V]", "Te[K]");
        assertThat(header("cooler", "iv", "--tbath", "90mK", "--bias", "0:0.6mV:3"))
                .containsExactly("V[V]", "I[A]", "Te[K]", "Tph[K]", "Iqp[A]", "IA[A]", "Pcool[W]", "PA[W]");
        // the largest cooling power is Pcool_max, as Pcool is the cooling power in every command
        assertThat(header("cooler", "optimize", "--tbath", "100mK:100mK:1", "--lphi-grid", "1.5um:1.5um:1"))
                .containsExactly("Tbath[K]", "Lphi[m]", "RT_Te[Ohm]", "Te_min[K]", "V_Te[V]", "RT_Pcool[Ohm]",
                        "Pcool_max[W]", "V_Pcool[V]");
        assertThat(header("mar", "iv", "--delta", "1.35meV", "--tau", "0.5,0.99", "--temperature", "0K",
                "--bias", "1mV:2mV:2", "--per-channel")).containsExactly("V[V]", "I[A]", "dIdV[S]", "I_1[A]", "I_2[A]");
        assertThat(header("mar", "ic", "--delta", "1.35meV", "--tau", "0.5", "--temperature", "4.2K"))
                .containsExactly("T[K]", "Ic[A]");
        header("mar", "heating", "--v1", "2.4mV", "--v2", "1.35mV", "--tc", "7.2K", "--bath-temperature", "1.5K");
        header("neck", "lambdaq", "--temperature", "4.2K");
        header("neck", "size", "--resistance", "5Ohm");
    }

    @Test
    void theRuleRefusesTheOldSpellings() {
        assertThat(ColumnNames.violations("I_qp[A]")).isNotEmpty();
        assertThat(ColumnNames.violations("Te_qp[K]")).isEmpty(); // a variant suffix is a word…
        assertThat(ColumnNames.violations("I_90mK[A]")).isNotEmpty(); // …but a temperature needs its symbol
        assertThat(ColumnNames.violations("I_Tbath90mK[A]")).isEmpty();
        assertThat(ColumnNames.violations("eIRN/Delta(tau=0.1)[1]")).isNotEmpty();
        assertThat(ColumnNames.violations("eIRN/Delta_tau0.1[1]")).isEmpty();
        assertThat(ColumnNames.violations("Telectron[K]")).isNotEmpty();
    }

    @Test
    void aMapsControlValueIsNamedTheSameInCsvAndJson() throws Exception {
        // a two-curve map by field, made by nis iv at two fields' worth of exchange splitting
        StringBuilder csv = new StringBuilder("B[T],V[V],I[A]\n");
        String[][] fields = {{"0.01", "0ueV"}, {"0.02", "5ueV"}};
        for (String[] f : fields) {
            CliRun.Result iv = CliRun.run("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "100mK",
                    "--h", f[1], "--bias", "-0.5mV:0.5mV:81");
            for (String line : iv.out().lines().skip(1).toList()) {
                String[] c = line.split(",");
                csv.append(f[0]).append(',').append(c[0]).append(',').append(c[1]).append('\n');
            }
        }
        Path map = dir.resolve("map.csv");
        Files.writeString(map, csv);
        CliRun.Result table = CliRun.run("nis", "fit", map.toString(), "--map-by", "B", "--free", "te", "--delta",
                "0.2meV", "--rt", "2kOhm");
        assertThat(table.code()).as(table.err()).isZero();
        String first = table.out().lines().findFirst().orElseThrow().split(",")[0];
        CliRun.Result json = CliRun.run("nis", "fit", map.toString(), "--map-by", "B", "--free", "te", "--delta",
                "0.2meV", "--rt", "2kOhm", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode list = JsonMapper.builder().build().readTree(json.out());
        assertThat(first).isEqualTo("B[T]");
        assertThat(list.get(0).has("B")).isTrue();
        assertThat(list.get(0).get("te").get("value").asDouble()).isPositive();
    }
}
