package org.andreev.cli.nis;

import java.util.concurrent.Callable;
import org.andreev.cli.DeviceFileOutput;
import org.andreev.tunnel.NisDeviceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the N-I-S junction in use as a device file ({@link NisDeviceFile#TABLE}, through {@link DeviceFileOutput}). */
@Command(
        name = "params",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print the N-I-S junction the options describe (over --device FILE or the embedded --seed-004-probe)"
                    + " as a device file to start from and edit (physics.md A1, A2, A4).",
            "Output: YAML with units (or JSON in SI units with --json)."
        },
        footer = {
            "",
            "Examples:",
            "  andreev nis params --seed-004-probe > probe.yaml",
            "  andreev nis params --seed-004-probe --lphi 2um --m 1 --json",
            "  andreev nis iv --device probe.yaml --te 105mK --ts 90mK --bias -0.35mV:0.35mV:141"
        })
public final class NisParamsCommand implements Callable<Integer> {

    @Mixin
    NisDeviceOptions junction;

    @Mixin
    DeviceFileOutput output;

    @Override
    public Integer call() throws Exception {
        return output.print(NisDeviceFile.TABLE, junction.device());
    }
}
