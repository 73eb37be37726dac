package org.andreev.cli.cooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.andreev.cli.CliRun;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.device.DeviceParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cooler commands' device options, generated from {@link DeviceFile#TABLE}. */
class DeviceOptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"iv", "fit", "optimize", "params"})
    void everyParameterOfTheTableIsAnOptionInKebabCase(String command) {
        CliRun.Result help = CliRun.run("cooler", command, "--help");
        assertThat(help.code()).isZero();
        for (DeviceParameter<?> p : DeviceFile.TABLE.parameters()) {
            assertThat(help.out()).as(p.key()).contains(p.option() + "=" + p.label());
        }
        assertThat(help.out()).contains("--sigma-eph=").doesNotContain("--sigma_eph", "density of states per spin");
    }

    @Test
    void theDeviceFileSpellingIsAnAliasAndTheValueReachesTheDevice() {
        CliRun.Result kebab = CliRun.run("cooler", "params", "--sigma-eph", "3nW/um3/K5", "--island-width", "0.4um");
        CliRun.Result snake = CliRun.run("cooler", "params", "--sigma_eph", "3nW/um3/K5", "--island_width", "0.4um");
        assertThat(kebab.code()).as(kebab.err()).isZero();
        assertThat(kebab.out()).contains("sigma_eph: 3 nW/um3/K5", "island_width: 0.4 um").isEqualTo(snake.out());
    }

    @Test
    void aUnitErrorIsReportedByTheOptionsConverterNamingTheOption() {
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--sigma-eph", "2nW"),
                "Invalid value for option '--sigma-eph'", "'2nW' is not an electron-phonon coupling");
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--island_width", "3meV"),
                "option '--island_width'", "is not a length");
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--geometry", "corner"),
                "option '--geometry'", "'corner' is not end, middle or extended");
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--rt", "inf"), "option '--rt'", "must be finite");
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--rt", "-1kOhm"), "'--rt'", "is not a resistance: expected");
    }

    @Test
    void theOldPerSpinKeyIsReadWithAWarningFromAFileAndAnOption() throws Exception {
        Path old = dir.resolve("old.yaml");
        Files.writeString(old, DeviceFile.seed004Text().replace("dos_total:", "dos:"));
        CliRun.Result file = CliRun.run("cooler", "params", "--device", old.toString());
        assertThat(file.code()).as(file.err()).isZero();
        assertThat(file.out()).contains("dos_total: 1.56e47 /J/m3");
        assertThat(file.err()).startsWith("andreev: warning: " + old + ":6: dos is now dos_total")
                .contains("TOTAL density of states");
        CliRun.Result option = CliRun.run("cooler", "params", "--dos", "2e47/J/m3");
        assertThat(option.out()).contains("dos_total: 2e47 /J/m3");
        assertThat(option.err()).startsWith("andreev: warning: option --dos: dos is now dos_total");
    }

    @Test
    void aBadDeviceFileIsOneLineNamingFileLineAndKey() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, DeviceFile.seed004Text().replace("m: 0.49", "m: *2").replace("dynes: 0 ", "dynes: &2 0"));
        CliRun.assertOneLineError(CliRun.run("cooler", "iv", "--tbath", "100mK", "--device", bad.toString()),
                bad + ":18: m: YAML aliases (*2) are not read");
        CliRun.assertOneLineError(CliRun.run("cooler", "iv", "--tbath", "100mK", "--device", "/dev/zero"),
                "/dev/zero: a device file must be a regular file");
    }
}
