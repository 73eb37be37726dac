package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.device.DeviceFileWriter;
import org.andreev.tunnel.NisDeviceFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code params} commands of every device are one command shape: the device's options, then
 * {@link DeviceFileOutput} ({@code --json}, {@code --out}), printing the device through its table.
 */
class ParamsCommandsTest {

    private static List<CommandLine> paramsCommands() {
        List<CommandLine> found = new ArrayList<>();
        CommandLine root = Main.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
        for (CommandLine group : root.getSubcommands().values()) {
            CommandLine params = group.getSubcommands().get("params");
            if (params != null) {
                found.add(params);
            }
        }
        return found;
    }

    @Test
    void everyParamsCommandPrintsThroughTheSharedDeviceFileOutput() {
        List<CommandLine> params = paramsCommands();
        assertThat(params).extracting(CommandLine::getCommandName).hasSizeGreaterThanOrEqualTo(2);
        for (CommandLine cl : params) {
            CommandSpec spec = cl.getCommandSpec();
            assertThat(spec.mixins().values()).as(spec.qualifiedName())
                    .anyMatch(m -> m.userObject() instanceof DeviceFileOutput);
            // the shared options come after the device's own, in the same order in every params command
            List<String> names = spec.options().stream().map(OptionSpec::longestName).toList();
            int json = names.indexOf("--json");
            assertThat(names.subList(json, json + 4)).as(spec.qualifiedName())
                    .containsExactly("--json", "--out", "--help", "--version");
            assertThat(names.indexOf("--device")).as(spec.qualifiedName()).isLessThan(json);
        }
    }

    @Test
    void paramsPrintsTheDeviceFileOfItsTable() {
        CliRun.Result cooler = CliRun.run("cooler", "params", "--rt", "1.9kOhm", "--json");
        assertThat(cooler.code()).isZero();
        assertThat(cooler.out()).isEqualTo(DeviceFileWriter.toJson(DeviceFile.TABLE, DeviceFile.seed004(
                org.andreev.cooler.Seed004Reading.SPEC, java.util.Map.of("rt", "1.9kOhm"), w -> {})));
        CliRun.Result probe = CliRun.run("nis", "params", "--seed-004-probe", "--m", "1");
        assertThat(probe.code()).isZero();
        assertThat(probe.out()).isEqualTo(DeviceFileWriter.toYaml(NisDeviceFile.TABLE,
                NisDeviceFile.seed004Probe(java.util.Map.of("m", "1"), w -> {})));
    }
}
