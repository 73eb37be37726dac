package org.andreev.cooler;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.andreev.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.andreev.tunnel.AndreevForm;
import org.andreev.tunnel.JunctionGeometry;

/** The device file: the embedded seed-004 values (physics.md A6), round trips and refusals. */
class DeviceFileTest {

    @Test
    void seed004HoldsTheSpecValues() {
        CoolerDevice d = DeviceFile.seed004();
        assertThat(d.delta()).isCloseTo(0.228e-3 * E_CHARGE, within(1e-30));
        assertThat(d.diffusion()).isCloseTo(80e-4, within(1e-15));
        assertThat(d.densityOfStates()).isCloseTo(1.56e47, within(1e35));
        assertThat(d.phaseCoherenceLength()).isCloseTo(1.5e-6, within(1e-18));
        assertThat(d.sigmaEph()).isCloseTo(2e9, within(1e-3)); // 2 nW µm⁻³ K⁻⁵
        assertThat(d.islandVolume()).isCloseTo(0.06e-18, within(1e-30)); // U = 0.06 µm³
        assertThat(d.wireArea()).isCloseTo(0.3e-6 * 50e-9, within(1e-27));
        assertThat(d.kapitza()).isCloseTo(144 * 4e-6 * 0.3e-6, within(1e-22)); // K = 144 W m⁻² K⁻⁴ × A
        assertThat(d.rT()).isEqualTo(950); // 1.9 kΩ / 2
        assertThat(d.multiplier()).isEqualTo(0.49);
        assertThat(d.rLeak()).isInfinite();
        assertThat(d.probe()).isEqualTo(new ProbeJunction(2760, 1.37, 0.105));
    }

    @Test
    void yamlAndJsonRoundTrip() {
        CoolerDevice d = DeviceFile.seed004().with("rleak", 20e6).with("m", 0.3);
        CoolerDevice yaml = DeviceFile.parse(DeviceFile.toYaml(d), "x.yaml", Map.of());
        CoolerDevice json = DeviceFile.parse(DeviceFile.toJson(d), "x.json", Map.of());
        for (String key : CoolerDevice.FITTABLE) {
            assertThat(yaml.value(key)).as(key).isCloseTo(d.value(key), within(1e-8 * Math.abs(d.value(key))));
            assertThat(json.value(key)).as(key).isEqualTo(d.value(key));
        }
        assertThat(json).isEqualTo(d);
        CoolerDevice ext = new CoolerDevice(d.delta(), d.dynes(), d.diffusion(), d.densityOfStates(),
                Double.POSITIVE_INFINITY, d.sigmaEph(), d.islandLength(), d.islandWidth(), d.islandThickness(),
                d.wireWidth(), d.wireThickness(), Double.POSITIVE_INFINITY, d.rT(), d.multiplier(),
                JunctionGeometry.extended(1.5e-6), AndreevForm.PLAIN, 1e-4, d.rLeak(), null);
        assertThat(DeviceFile.parse(DeviceFile.toJson(ext), "e.json", Map.of())).isEqualTo(ext);
        assertThat(DeviceFile.parse(DeviceFile.toYaml(ext), "e.yaml", Map.of()).geometry()).isEqualTo(ext.geometry());
    }

    @Test
    void overridesReplaceFileValues() {
        CoolerDevice d = DeviceFile.parse(DeviceFile.seed004Text(), "seed-004.yaml",
                Map.of("rt", "1.9kOhm", "lphi", "inf", "m", "0.2"));
        assertThat(d.rT()).isEqualTo(1900);
        assertThat(d.phaseCoherenceLength()).isInfinite();
        assertThat(d.multiplier()).isEqualTo(0.2);
        assertThatThrownBy(() -> DeviceFile.parse(DeviceFile.seed004Text(), "seed-004.yaml", Map.of("rt", "-2kOhm")))
                .isInstanceOf(InputException.class).hasMessageContaining("option --rt").hasMessageContaining("rt must be > 0");
    }

    @ParameterizedTest
    @CsvSource({
        "geometry, sideways, option --geometry: geometry: 'sideways' is not",
        "geometry, extended, option --geometry: junction_length: missing",
        "andreev_form, fancy, option --andreev-form: andreev_form: 'fancy' is not",
        "probe_rt, 2kOhm, option --probe-rt: probe_rt: give all three of probe_rt, probe_m, probe_te or none"
    })
    void aBadValueFromAnOptionNamesTheOptionNotTheFile(String key, String value, String message) {
        // seed-004.yaml without its probe lines: end geometry, regularised form; the fault is the option's
        assertThatThrownBy(() -> DeviceFile.parse(DeviceFile.seed004Text().replaceAll("(?m)^probe_.*$", ""),
                "seed-004.yaml", Map.of(key, value)))
                .isInstanceOf(InputException.class).hasMessageStartingWith(message).hasMessageNotContaining("seed-004.yaml");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "island_width: 0.3 um|island_width: -0.3 um|island_width must be > 0",
        "delta: 0.228 meV|delta: 0 meV|delta must be > 0",
        "probe_te: 105 mK|probe_te: -5 mK|probe_te must be > 0",
        "rt: 950 Ohm|rt: 950 Ohm\\ncolour: blue|colour: unknown key",
        "sigma_eph: 2 nW/um3/K5|#|sigma_eph: missing",
        "lphi: 1.5 um|lphi: 1.5 meV|lphi: '1.5 meV' is not a length",
        "geometry: end|geometry: corner|geometry: 'corner' is not end, middle or extended",
        "geometry: end|geometry: extended|junction_length: missing",
    })
    void refusesBadDevicesNamingFileAndKey(String line, String replacement, String message) {
        String text = DeviceFile.seed004Text().replace(line, replacement.replace("\\n", "\n"));
        assertThat(text).isNotEqualTo(DeviceFile.seed004Text());
        assertThatThrownBy(() -> DeviceFile.parse(text, "my-cooler.yaml", Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("my-cooler.yaml")
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesDuplicateKeysAndNonMaps() {
        assertThatThrownBy(() -> DeviceFile.parse(DeviceFile.seed004Text() + "m: 0.3\n", "d.yaml", Map.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("d.yaml");
        assertThatThrownBy(() -> DeviceFile.parse("- 1\n- 2\n", "d.yaml", Map.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("d.yaml");
    }

    // --- issue #10 (device files) and #9 item 5a: each of these failed before the generic reader

    @Test
    void aYamlAliasIsRefusedNotReadAsTheAnchorName() {
        // PyYAML reads M = 0 here; the old reader took the alias's name and gave M = 2
        String text = DeviceFile.seed004Text().replace("dynes: 0 ", "dynes: &2 0").replace("m: 0.49", "m: *2");
        assertThatThrownBy(() -> DeviceFile.parse(text, "my.yaml", Map.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("my.yaml:18: m: YAML aliases (*2) are not read");
    }

    @Test
    void anErrorInTheFileNamesItsLine() {
        String text = DeviceFile.seed004Text().replace("rt: 950 Ohm", "rt: -950 Ohm");
        assertThatThrownBy(() -> DeviceFile.parse(text, "my.yaml", Map.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("my.yaml:17: rt must be > 0 Ohm");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD) // the old reader blocked on the FIFO and ran out of memory on /dev/zero
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void onlyARegularFileOfAtMost256KiBIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path fifo = dir.resolve("cooler.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> DeviceFile.read(fifo)).isInstanceOf(InputException.class).hasMessageContaining("regular file");
        assertThatThrownBy(() -> DeviceFile.read(java.nio.file.Path.of("/dev/zero")))
                .isInstanceOf(InputException.class).hasMessageContaining("regular file");
        java.nio.file.Path big = dir.resolve("big.yaml");
        java.nio.file.Files.writeString(big, DeviceFile.seed004Text() + "#" + "x".repeat(300_000) + "\n");
        assertThatThrownBy(() -> DeviceFile.read(big)).isInstanceOf(InputException.class).hasMessageContaining("256 KiB");
    }

    @Test
    void yamlAndJsonReadBackToTheSameDoublesWithTheShortestNumbers() {
        CoolerDevice d = DeviceFile.seed004().with("dynes", 1e-4).with("lphi", Double.POSITIVE_INFINITY)
                .with("ka", Double.POSITIVE_INFINITY).with("rleak", 2.0e7);
        assertThat(DeviceFile.parse(DeviceFile.toYaml(d), "x.yaml", Map.of())).isEqualTo(d);
        assertThat(DeviceFile.parse(DeviceFile.toJson(d), "x.json", Map.of())).isEqualTo(d);
        assertThat(DeviceFile.toYaml(d)).contains("dynes: 1e-4 ", "island_width: 0.3 um ", "lphi: inf ", "ka: inf ");
        assertThat(DeviceFile.toJson(d)).contains("\"dynes\" : 1e-4,", "\"lphi\" : \"inf\"", "\"ka\" : \"inf\"",
                "\"rleak\" : 2e7").doesNotContain("E-", "E+", "E1", "E2", "E4");
    }

    @Test
    void theDensityOfStatesIsTheTotalAndTheOldPerSpinKeyWarns() {
        assertThat(DeviceFile.seed004Text()).contains("dos_total: 1.56e47").doesNotContain("per spin");
        assertThat(DeviceFile.toYaml(DeviceFile.seed004())).contains("dos_total: 1.56e47 /J/m3").doesNotContain("\ndos:");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        String old = DeviceFile.seed004Text().replace("dos_total:", "dos:");
        CoolerDevice d = org.andreev.io.device.DeviceFileReader.parse(DeviceFile.TABLE, old, "old.yaml", Map.of(),
                warnings::add);
        assertThat(d).isEqualTo(DeviceFile.seed004());
        assertThat(warnings).singleElement().asString().startsWith("old.yaml:6: dos is now dos_total")
                .contains("TOTAL density of states", "both spins");
    }

    /** The seed device with {@code probe} in place of its own (through the canonical constructor). */
    private static CoolerDevice withProbe(ProbeJunction probe) throws Exception {
        CoolerDevice d = DeviceFile.seed004();
        java.lang.reflect.RecordComponent[] rc = CoolerDevice.class.getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int k = 0; k < rc.length; k++) {
            types[k] = rc[k].getType();
            args[k] = rc[k].getName().equals("probe") ? probe : rc[k].getAccessor().invoke(d);
        }
        return CoolerDevice.class.getDeclaredConstructor(types).newInstance(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1|1.37|0.105|probe_rt must be > 0 Ohm, got -1.0",
        "2760|-0.5|0.105|probe_m must be >= 0, got -0.5",
        "2760|1.37|0|probe_te must be > 0 K, got 0.0",
        "2760|NaN|0.105|probe_m must be >= 0, got NaN",
    })
    void theProbesKeysAndBoundsLiveInTheTableAlone(double rt, double m, double te, String message) throws Exception {
        // the record checks nothing itself (no key is spelled there): the table refuses it, naming the key
        CoolerDevice d = withProbe(new ProbeJunction(rt, m, te));
        assertThatThrownBy(() -> DeviceFile.TABLE.validate(d)).hasMessage(message);
        assertThatThrownBy(() -> new CoolerModel(d, CoolerModel.AndreevTerms.CHARGE_AND_HEAT)).hasMessage(message);
        if (Double.isNaN(m)) {
            return; // a file cannot say NaN
        }
        // and a file with the value says where it came from
        String text = DeviceFile.toYaml(DeviceFile.seed004()).replace("probe_rt: 2.76 kOhm", "probe_rt: " + rt + " Ohm")
                .replace("probe_m: 1.37", "probe_m: " + m).replace("probe_te: 105 mK", "probe_te: " + te + " K");
        assertThatThrownBy(() -> DeviceFile.parse(text, "my-cooler.yaml", Map.of()))
                .hasMessageStartingWith("my-cooler.yaml:").hasMessageContaining(message.replace(".0", ""));
    }
}
