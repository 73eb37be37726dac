package org.andreev.cli.cooler;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.andreev.cli.DeviceParameterOptions;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.cooler.Seed004Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The device a cooler command works on: the embedded seed-004 device, or {@code --device FILE};
 * every parameter of {@link DeviceFile#TABLE} can be overridden by its generated option
 * ({@code --rt 1kOhm}, {@code --lphi inf}, {@code --sigma-eph 2nW/um3/K5}; see
 * {@link DeviceParameterOptions}). Use as {@code @Mixin}.
 */
@Command(modelTransformer = DeviceOptions.Generated.class)
public final class DeviceOptions {

    @Option(names = "--device", paramLabel = "FILE",
            description = "Device file (YAML or JSON, at most 256 KiB, see 'andreev cooler params'); default: the"
                    + " embedded seed-004 device. Each parameter below replaces the device's value.")
    Path device;

    @Option(names = "--seed-reading", paramLabel = "READING",
            description = "For the embedded device only: how the paper's ambiguous values are read:"
                    + " ${COMPLETION-CANDIDATES} (default: spec; see docs/guide.md).")
    Seed004Reading reading;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The parameters given as options, device-file key → text. */
    private final Map<String, String> overrides = new LinkedHashMap<>();

    /**
     * Adds one option per device parameter to the command that mixes these options in (picocli hands
     * the mixin's model transformer the command's spec, once the command is built).
     */
    public static final class Generated implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            DeviceOptions mine = DeviceParameterOptions.mixin(spec, DeviceOptions.class);
            DeviceParameterOptions.addTo(spec, DeviceFile.TABLE, mine.overrides);
            return spec;
        }
    }

    /** The parameters given as options: device-file key → the text given (e.g. "rt" → "1kOhm"). */
    public Map<String, String> overrides() {
        return java.util.Collections.unmodifiableMap(overrides);
    }

    /** The device: the file or the embedded one, with the options' overrides; warnings go to stderr. */
    public CoolerDevice device() {
        PrintWriter err = command.commandLine().getErr();
        java.util.function.Consumer<String> warn = w -> {
            err.println("andreev: warning: " + w);
            err.flush();
        };
        if (device != null) {
            if (reading != null) {
                throw new IllegalArgumentException("option --seed-reading applies to the embedded device, not to --device");
            }
            return DeviceFile.read(device, overrides, warn);
        }
        return DeviceFile.seed004(reading == null ? Seed004Reading.SPEC : reading, overrides, warn);
    }
}
