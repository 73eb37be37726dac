package org.andreev.io.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.andreev.cooler.DeviceFile;
import org.andreev.tunnel.NisDeviceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DeviceFileReader#parseEmbedded} (the embedded device files read without a YAML parser, for
 * start-up) gives what {@link DeviceFileReader#parse} gives: the same device, the same warnings, the
 * same message for a value refused (the seed readings' overrides ka=144 and rt=1.9 kOhm among them);
 * and the embedded files are plain enough to take that path.
 */
class EmbeddedDeviceReadTest {

    @org.junit.jupiter.api.Test
    void theEmbeddedFilesAreReadLineByLine() {
        assertThat(DeviceFileReader.plainMap(DeviceFile.seed004Text())).hasSize(DeviceFile.TABLE.parameters().size()
                - 1); // junction_length is absent (geometry: end)
        assertThat(DeviceFileReader.plainMap(NisDeviceFile.seed004ProbeText())).containsKeys("delta", "rt", "m",
                "andreev_form");
        assertThat(DeviceFileReader.plainMap(DeviceFile.seed004Text()).get("ka")).containsExactly("14", "1.728e-10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ka=144", "rt=1.9 kOhm", "rt=-1", "lphi=inf", "probe_rt=", "m=200", "andreev_form=plain", "geometry=extended",
        "dos=1e47 /J/m3", "delta=2 K", "rleak=1 MOhm"})
    void everyAnswerIsTheSame(String override) {
        Map<String, String> o = override.isEmpty() ? Map.of() : Map.of(override.split("=", 2)[0], override.split("=", 2)[1]);
        List<String> fast = new ArrayList<>();
        List<String> yaml = new ArrayList<>();
        Object a = answer(() -> DeviceFileReader.parseEmbedded(DeviceFile.TABLE, DeviceFile.seed004Text(), "seed-004.yaml",
                o, fast::add));
        Object b = answer(() -> DeviceFileReader.parse(DeviceFile.TABLE, DeviceFile.seed004Text(), "seed-004.yaml", o,
                yaml::add));
        assertThat(a).isEqualTo(b);
        assertThat(fast).isEqualTo(yaml);
        Object c = answer(() -> DeviceFileReader.parseEmbedded(NisDeviceFile.TABLE, NisDeviceFile.seed004ProbeText(),
                "seed-004-probe.yaml", o, fast::add));
        Object d = answer(() -> DeviceFileReader.parse(NisDeviceFile.TABLE, NisDeviceFile.seed004ProbeText(),
                "seed-004-probe.yaml", o, yaml::add));
        assertThat(c).isEqualTo(d);
        assertThat(fast).isEqualTo(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"delta: yes", "delta: 010", "delta: 'x'", "delta: [1]", "  delta: 1", "delta:1", "- a",
        "delta: 1\ndelta: 2", "delta: a: b", "delta:", "delta: ~", "delta: .inf", "delta: &a 1", "---"})
    void anythingElseGoesToTheYamlParser(String text) {
        assertThat(DeviceFileReader.plainMap(text)).isNull();
    }

    private static Object answer(java.util.function.Supplier<Object> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
