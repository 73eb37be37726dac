package org.andreev.cli.cooler;

import java.util.concurrent.Callable;
import org.andreev.cli.TextOutputOptions;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the device in use: {@link DeviceFile#toYaml} / {@link DeviceFile#toJson}. */
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

    @Option(names = "--json", description = "Print JSON (SI numbers) instead of YAML.")
    boolean json;

    @Mixin
    TextOutputOptions output;

    @Override
    public Integer call() throws Exception {
        CoolerDevice d = device.device();
        output.write(json ? DeviceFile.toJson(d) : DeviceFile.toYaml(d));
        return 0;
    }
}
