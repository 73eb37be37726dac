package org.andreev.cli;

import java.io.IOException;
import org.andreev.io.device.DeviceFileWriter;
import org.andreev.io.device.DeviceTable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every {@code params} command shares: {@code --json} and {@code --out}, and the device in use
 * written as a device file through its {@link DeviceTable} (YAML with units, or JSON in SI units),
 * so that a new device's {@code params} command is its help text, its device options and one call
 * of {@link #print}. Use as {@code @Mixin}, after the device's options (the order of {@code --help}).
 */
public final class DeviceFileOutput {

    @Option(names = "--json", description = "Print JSON (SI numbers) instead of YAML.")
    boolean json;

    @Mixin
    TextOutputOptions output;

    /** Writes {@code device} as {@code table}'s device file to {@code --out} or standard output; returns exit 0. */
    public <D> int print(DeviceTable<D> table, D device) throws IOException {
        output.write(json ? DeviceFileWriter.toJson(table, device) : DeviceFileWriter.toYaml(table, device));
        return 0;
    }
}
