package org.andreev.io.device;

import static org.andreev.io.device.DeviceParameter.quantity;
import static org.andreev.io.device.DeviceParameter.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generic device file on a small device of its own (not the cooler): what is read, what is
 * refused (each in one line naming file, line and key), and that what is written reads back to the
 * same doubles. Each refusal here was a finding of issue #10.
 */
class DeviceFileReaderTest {

    /** A toy device: a resistor at a temperature, with a shape word and an optional leak. */
    record Toy(double r, double t, double leak, String shape) {
        Toy {
            if (!(r > 0)) {
                throw new IllegalArgumentException("r must be > 0 Ohm, got " + r);
            }
        }
    }

    static final DeviceTable<Toy> TOY = new DeviceTable<>("toy", List.of("a toy"), List.of(
            quantity("r", Dimension.RESISTANCE, "resistance", Toy::r).fitted(),
            quantity("t", Dimension.TEMPERATURE, "temperature", Toy::t).orElse(0.1),
            quantity("leak", Dimension.RESISTANCE, "leak", Toy::leak).orElse(Double.POSITIVE_INFINITY).orInfinite()
                    .fitted(),
            word("shape", "shape", Toy::shape, "round|circular", "square").orElse("round")),
            Map.of("res", new DeviceTable.Renamed("r", "it is the resistance")),
            v -> new Toy(v.number("r"), v.number("t"), v.number("leak"), v.word("shape")));

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private Toy parse(String text, String source) {
        return DeviceFileReader.parse(TOY, text, source, Map.of(), warnings::add);
    }

    @Test
    void readsValuesWithUnitsDefaultsWordsAndInfinity() {
        Toy toy = parse("r: 2 kOhm\nshape: Circular\n", "toy.yaml");
        assertThat(toy).isEqualTo(new Toy(2000, 0.1, Double.POSITIVE_INFINITY, "round"));
        assertThat(parse("{\"r\": 5, \"leak\": \"inf\", \"t\": \"90 mK\"}", "toy.json").t()).isEqualTo(0.09);
        assertThat(parse("r: 5\nleak: .inf\n", "toy.yaml").leak()).isInfinite();
        assertThat(warnings).isEmpty();
    }

    @Test
    void yamlAliasesAreRefusedNotReadAsTheAnchorName() {
        // PyYAML reads r = 0 here; reading the alias's text would give r = 7 Ohm
        assertThatThrownBy(() -> parse("t: &7 0.2\nr: *7\n", "toy.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("toy.yaml:2: r: YAML aliases (*7) are not read; write the value");
        assertThatThrownBy(() -> parse("shape: &x square\nr: *x\n", "toy.yaml")).hasMessageContaining("alias");
    }

    @Test
    void everyErrorNamesFileLineAndKey() {
        assertThatThrownBy(() -> parse("# a toy\nt: 90 mK\nr: -5 Ohm\n", "toy.yaml"))
                .isInstanceOf(InputException.class).hasMessage("toy.yaml:3: r must be > 0 Ohm, got -5.0");
        assertThatThrownBy(() -> parse("r: 5\n\nt: 3 meV\n", "toy.yaml"))
                .hasMessageStartingWith("toy.yaml:3: t: '3 meV' is not a temperature");
        assertThatThrownBy(() -> parse("r: 5\nt: inf\n", "toy.yaml")).hasMessageStartingWith("toy.yaml:2: t: must be finite");
        assertThatThrownBy(() -> parse("r: 5\ncolour: blue\n", "toy.yaml"))
                .hasMessage("toy.yaml:2: colour: unknown key; the keys are r, t, leak, shape");
        assertThatThrownBy(() -> parse("r: 5\nr: 6\n", "toy.yaml")).hasMessage("toy.yaml:2: r: given twice (first at toy.yaml:1)");
        assertThatThrownBy(() -> parse("r: 5\nshape: oval\n", "toy.yaml"))
                .hasMessage("toy.yaml:2: shape: 'oval' is not round or square");
        assertThatThrownBy(() -> parse("r: 5\nt:\n", "toy.yaml")).hasMessage("toy.yaml:2: t: has no value");
        assertThatThrownBy(() -> parse("r: [1, 2]\n", "toy.yaml")).hasMessageStartingWith("toy.yaml:1: r: must be a single value");
        assertThatThrownBy(() -> parse("{\"t\": 1,\n \"r\": -1}", "toy.json")).hasMessageStartingWith("toy.json:2: r must be > 0");
        assertThatThrownBy(() -> parse("t: 1\n", "toy.yaml")).hasMessageStartingWith("toy.yaml: r: missing; it is required");
        assertThatThrownBy(() -> parse("r: 5\n---\nr: 6\n", "toy.yaml")).hasMessageStartingWith("toy.yaml:");
        assertThatThrownBy(() -> parse("r: 5\u0000\u0007\n", "toy.yaml")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\p{Cntrl}"));
        assertThatThrownBy(() -> DeviceFileReader.parse(TOY, "r: 5\n", "toy.yaml", Map.of("t", "-"), warnings::add))
                .hasMessageStartingWith("option --t: t: '-' is not a temperature");
    }

    @Test
    void aRenamedKeyIsReadWithAWarningNamingWhere() {
        assertThat(parse("t: 1\nres: 5\n", "toy.yaml").r()).isEqualTo(5);
        assertThat(warnings).containsExactly("toy.yaml:2: res is now r: it is the resistance");
    }

    @Test
    void onlyRegularFilesOfAtMostTheLimitAreRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "r: " + "5".repeat((int) DeviceFileReader.MAX_BYTES) + "\n");
        assertThatThrownBy(() -> DeviceFileReader.read(TOY, big, Map.of(), warnings::add))
                .isInstanceOf(InputException.class).hasMessageContaining("big.yaml: a device file is at most 256 KiB");
        assertThatThrownBy(() -> DeviceFileReader.read(TOY, dir, Map.of(), warnings::add))
                .hasMessageContaining("must be a regular file, not a directory");
        assertThatThrownBy(() -> DeviceFileReader.read(TOY, dir.resolve("none.yaml"), Map.of(), warnings::add))
                .hasMessageContaining("no such device file");
        Path latin1 = dir.resolve("l.yaml");
        Files.write(latin1, new byte[] {'r', ':', ' ', '5', ' ', '#', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> DeviceFileReader.read(TOY, latin1, Map.of(), warnings::add)).hasMessageContaining("UTF-8");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // before: a FIFO blocked forever, /dev/zero ran out of memory
    void aFifoOrADeviceIsRefusedWithoutReadingIt() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> DeviceFileReader.read(TOY, fifo, Map.of(), warnings::add))
                .isInstanceOf(InputException.class).hasMessageContaining("fifo.yaml: a device file must be a regular file");
        assertThatThrownBy(() -> DeviceFileReader.read(TOY, Path.of("/dev/zero"), Map.of(), warnings::add))
                .isInstanceOf(InputException.class).hasMessage("/dev/zero: a device file must be a regular file, not a"
                        + " device, FIFO or socket");
    }

    @Test
    void whatIsWrittenReadsBackToTheSameDoublesInYamlAndJson() {
        Random random = new Random(6);
        for (int k = 0; k < 2000; k++) {
            Toy toy = new Toy(Math.exp(random.nextGaussian() * 10), Math.exp(random.nextGaussian() * 5),
                    random.nextBoolean() ? Double.POSITIVE_INFINITY : random.nextDouble() * 1e9, "square");
            String yaml = DeviceFileWriter.toYaml(TOY, toy);
            String json = DeviceFileWriter.toJson(TOY, toy);
            assertThat(parse(yaml, "t.yaml")).as(yaml).isEqualTo(toy);
            assertThat(parse(json, "t.json")).as(json).isEqualTo(toy);
        }
    }

    @Test
    void infinityIsWrittenAsInfInBothFormatsAndNumbersAsTheShortestText() {
        Toy toy = new Toy(1e-4, 0.3, Double.POSITIVE_INFINITY, "round");
        assertThat(DeviceFileWriter.toYaml(TOY, toy)).contains("r: 1e-4 Ohm", "t: 300 mK", "leak: inf", "shape: round");
        assertThat(DeviceFileWriter.toJson(TOY, toy)).contains("\"r\" : 1e-4", "\"t\" : 0.3", "\"leak\" : \"inf\"");
        double notQuiteATenth = 0.30000000000000004; // 0.1 + 0.2: written as it is, not rounded
        assertThat(DeviceFileWriter.toJson(TOY, new Toy(notQuiteATenth, 1, 1, "round"))).contains("\"r\" : 0.30000000000000004");
    }

    @Test
    void aTableRefusesAKeyDeclaredTwiceAndNamesTheFittableParameters() {
        assertThat(TOY.fittable()).containsExactly("r", "leak");
        Toy toy = new Toy(1, 1, 1, "round");
        assertThat(TOY.with(toy, "leak", 7).leak()).isEqualTo(7);
        assertThat(TOY.value(toy, "r")).isEqualTo(1);
        assertThatThrownBy(() -> TOY.with(toy, "t", 2)).hasMessage("unknown toy parameter 't'; the fittable ones are r, leak");
        assertThatThrownBy(() -> TOY.with(toy, "r", -2)).hasMessage("parameter r: r must be > 0 Ohm, got -2.0");
        assertThatThrownBy(() -> new DeviceTable<Toy>("toy", List.of(), List.of(
                quantity("r", Dimension.RESISTANCE, "", Toy::r), quantity("r", Dimension.RESISTANCE, "", Toy::r)),
                Map.of(), v -> null)).hasMessageContaining("declared twice");
    }
}
