package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** cooler fit finds its columns as nis fit does: --x/--y by name or index, units from --x-unit/--y-unit. */
class CoolerFitColumnsTest {

    @TempDir
    Path dir;

    /**
     * A model curve of the embedded device with M = 0.6 written in mV and nA under other names (and a
     * leading column), refitted for M: the columns and units must be read as given, or M is off.
     */
    @Test
    void columnsAndUnitsAreReadAsInNisFit() throws Exception {
        CliRun.Result iv = CliRun.run("cooler", "iv", "--tbath", "90mK", "--bias", "0.05mV:0.45mV:9", "--m", "0.6");
        assertThat(iv.code()).as(iv.err()).isZero();
        StringBuilder csv = new StringBuilder("index,Vbias,Idev\n");
        int k = 0;
        for (String line : iv.out().strip().split("\n")) {
            if (!line.startsWith("V")) {
                String[] f = line.split(",");
                csv.append(k++).append(',').append(Double.parseDouble(f[0]) * 1e3).append(',')
                        .append(Double.parseDouble(f[1]) * 1e9).append('\n');
            }
        }
        Path file = dir.resolve("run5.csv");
        Files.writeString(file, csv);

        CliRun.Result byName = CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m",
                "--x", "Vbias", "--x-unit", "mV", "--y", "Idev", "--y-unit", "nA", "--json");
        assertThat(byName.code()).as(byName.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(byName.out()).get("m").get("value").asDouble())
                .isCloseTo(0.6, within(1e-4));

        CliRun.Result byIndex = CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m",
                "--x", "2", "--x-unit", "mV", "--y", "3", "--y-unit", "nA", "--json");
        assertThat(byIndex.code()).as(byIndex.err()).isZero();
        assertThat(byIndex.out()).isEqualTo(byName.out());

        // the defaults V and I are not in this file: one line naming the column
        CliRun.Result missing = CliRun.run("cooler", "fit", file.toString(), "--tbath", "90mK", "--free", "m");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("V").doesNotContain("\n");
    }
}
