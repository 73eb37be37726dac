package org.andreev.cli.cooler;

import java.util.concurrent.Callable;
import org.andreev.cli.DeviceFileOutput;
import org.andreev.cooler.DeviceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the cooler device in use as a device file ({@link DeviceFile#TABLE}, through {@link DeviceFileOutput}). */
@Command(
        name = "params",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print the cooler device in use (the embedded seed-004 device, or --device FILE, with any"
                    + " overrides) as a device file to start from and edit.",
            "Output: YAML with units (or JSON in SI units with --json)."
        },
        footer = {
            "",
            "Examples:",
            "  andreev cooler params > my-cooler.yaml",
            "  andreev cooler params --rt 1.9kOhm --json",
            "  andreev cooler iv --device my-cooler.yaml --tbath 100mK --bias 0:0.6mV:121"
        })
public final class CoolerParamsCommand implements Callable<Integer> {

    @Mixin
    DeviceOptions device;

    @Mixin
    DeviceFileOutput output;

    @Override
    public Integer call() throws Exception {
        return output.print(DeviceFile.TABLE, device.device());
    }
}
