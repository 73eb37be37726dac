package org.andreev.cli.cooler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.andreev.cli.CliRun;
import org.andreev.cli.DeviceParameterOptions;
import org.andreev.cli.Main;
import org.andreev.cooler.DeviceFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Options that several cooler commands share are declared once. */
class CoolerOptionsTest {

    private static CommandSpec spec(String command) {
        CommandLine root = Main.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
        return root.getSubcommands().get("cooler").getSubcommands().get(command).getCommandSpec();
    }

    @Test
    void andreevIsDeclaredOnceForTheCommandsThatEvaluateTheModel() {
        List<String> descriptions = new java.util.ArrayList<>();
        for (String command : List.of("iv", "fit")) {
            CommandSpec spec = spec(command);
            assertThat(spec.mixins().values()).as(command).anyMatch(m -> m.userObject() instanceof AndreevTermsOption);
            descriptions.add(String.join(" ", spec.findOption("--andreev").description()));
        }
        assertThat(descriptions.get(1)).isEqualTo(descriptions.get(0)).contains("full", "charge", "none");
    }

    @Test
    void andreevTermsAreReadAndAnUnknownWordIsRefusedNamingTheOption() {
        CliRun.Result charge = CliRun.run("cooler", "iv", "--andreev", "charge", "--tbath", "100mK", "--bias", "0:0.4mV:3");
        CliRun.Result none = CliRun.run("cooler", "iv", "--andreev", "NONE", "--tbath", "100mK", "--bias", "0:0.4mV:3");
        assertThat(charge.code()).as(charge.err()).isZero();
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(charge.out()).isNotEqualTo(none.out());
        CliRun.assertOneLineError(CliRun.run("cooler", "iv", "--andreev", "half", "--tbath", "100mK"),
                "option --andreev", "'half'", "full, charge or none");
    }

    @Test
    void fitHelpNamesExactlyTheTablesFittableParametersInTableOrder() {
        CliRun.Result help = CliRun.run("cooler", "fit", "--help");
        assertThat(help.code()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        String lead = "Free parameters (device-file names, all kept > 0): ";
        assertThat(text).contains(lead).doesNotContain(DeviceParameterOptions.FITTABLE_KEYS);
        String listed = text.substring(text.indexOf(lead) + lead.length()).split(";", 2)[0];
        assertThat(List.of(listed.split(", "))).isEqualTo(DeviceFile.TABLE.fittable())
                .isEqualTo(org.andreev.cooler.CoolerDevice.FITTABLE);
        // the names are those --free accepts
        assertThat(DeviceFile.TABLE.fittable()).contains("m", "sigma_eph", "ka", "rleak").doesNotContain("diffusion");
    }

    @Test
    void theFittableToken() {
        CommandSpec spec = CommandSpec.create();
        spec.usageMessage().description("free: " + DeviceParameterOptions.FITTABLE_KEYS + ".")
                .footer("  --free " + DeviceParameterOptions.FITTABLE_KEYS);
        DeviceParameterOptions.addTo(spec, DeviceFile.TABLE, new java.util.HashMap<>());
        String names = String.join(", ", DeviceFile.TABLE.fittable());
        assertThat(spec.usageMessage().description()).containsExactly("free: " + names + ".");
        assertThat(spec.usageMessage().footer()).containsExactly("  --free " + names);
    }
}
