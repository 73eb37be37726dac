package org.andreev.cli.nis;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.andreev.cli.DeviceParameterOptions;
import org.andreev.io.device.DeviceParameter;
import org.andreev.tunnel.NisDevice;
import org.andreev.tunnel.NisDeviceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The N-I-S junction a {@code nis} command works on, generated from {@link NisDeviceFile#TABLE}: one
 * option per parameter ({@code --delta 0.2meV}, {@code --rt 2kOhm}, {@code --dynes}, {@code --h}, and the
 * Andreev term's {@code --m --lphi --diffusion --dos-total --wire-width --wire-thickness --geometry
 * --junction-length --andreev-form --andreev-dynes}; see {@link DeviceParameterOptions}), over a device
 * file ({@code --device FILE}) or the embedded seed-004 probe ({@code --seed-004-probe}), or on its own.
 * A command that declares some of the keys itself (nis fit's start values) implements {@link
 * OwnKeys}; they are then not generated. Use as {@code @Mixin}.
 */
@Command(modelTransformer = NisDeviceOptions.Generated.class)
public final class NisDeviceOptions {

    @Option(names = "--device", paramLabel = "FILE",
            description = "N-I-S junction device file (YAML or JSON, at most 256 KiB; 'andreev nis params' prints one to"
                    + " start from). Each device option replaces the file's value.")
    Path device;

    @Option(names = "--seed-004-probe",
            description = "Start from the embedded seed-004 probe junction (physics.md A6; seed Fig. 1, 2 left):"
                    + " Δ = 0.228 meV, R_T = 2.76 kΩ, M = 1.37, L_φ = 1.5 µm, D = 80 cm²/s, ν_N = 1.56e47 /J/m3,"
                    + " wire 0.3 µm × 50 nm. Each device option replaces its value.")
    boolean seedProbe;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The parameters given as options, device-file key → text. */
    private final Map<String, String> overrides = new LinkedHashMap<>();

    /** A command that declares some device keys as its own options. */
    public interface OwnKeys {
        /** The device keys the command declares itself. */
        Set<String> ownDeviceKeys();
    }

    /** Adds one option per device parameter (except the command's own keys) to the mixing command. */
    public static final class Generated implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            NisDeviceOptions mine = DeviceParameterOptions.mixin(spec, NisDeviceOptions.class);
            Set<String> own = spec.userObject() instanceof OwnKeys o ? o.ownDeviceKeys() : Set.of();
            DeviceParameterOptions.addTo(spec, NisDeviceFile.TABLE, mine.overrides, own);
            return spec;
        }
    }

    /** The parameters given as options: device-file key → the text given. */
    public Map<String, String> overrides() {
        return Collections.unmodifiableMap(overrides);
    }

    /** Whether a device file or the embedded probe is the base (else the options alone describe the junction). */
    public boolean hasBase() {
        return device != null || seedProbe;
    }

    /**
     * The required options not given ({@code '--delta=ENERGY'}), when there is no base device;
     * {@code more} are keys the command has values for from its own options.
     */
    public List<String> missing(Set<String> more) {
        List<String> missing = new ArrayList<>();
        if (!hasBase()) {
            for (DeviceParameter<NisDevice> p : NisDeviceFile.TABLE.parameters()) {
                if (p.presence() == DeviceParameter.Presence.REQUIRED && !overrides.containsKey(p.key())
                        && !more.contains(p.key())) {
                    missing.add("'" + p.option() + "=" + p.label() + "'");
                }
            }
        }
        return missing;
    }

    /** Refuses the {@code missing} required options (picocli's wording), if any, in one line. */
    public void refuseMissing(List<String> missing) {
        if (!missing.isEmpty()) {
            throw new ParameterException(command.commandLine(), "Missing required option" + (missing.size() > 1
                    ? "s: " : ": ") + String.join(", ", missing) + (hasBase() ? "" : " (the junction: or --device FILE,"
                    + " --seed-004-probe)"));
        }
    }

    /** Whether the option of {@code key} was given. */
    public boolean given(String key) {
        return overrides.containsKey(key);
    }

    /** The device: the file, the embedded probe or nothing, with the options' values; warnings to stderr. */
    public NisDevice device() {
        return device(Map.of());
    }

    /**
     * The device with {@code more} (key → text: values the command took as its own options) applied
     * before the generated options' values.
     */
    public NisDevice device(Map<String, String> more) {
        if (device != null && seedProbe) {
            throw new ParameterException(command.commandLine(), "options --device and --seed-004-probe exclude each"
                    + " other: give one base device");
        }
        Map<String, String> all = new LinkedHashMap<>(more);
        all.putAll(overrides);
        refuseMissing(missing(more.keySet()));
        PrintWriter err = command.commandLine().getErr();
        Consumer<String> warn = w -> {
            err.println("andreev: warning: " + w);
            err.flush();
        };
        if (device != null) {
            return NisDeviceFile.read(device, all, warn);
        }
        if (seedProbe) {
            return NisDeviceFile.seed004Probe(all, warn);
        }
        return NisDeviceFile.of(all, command.qualifiedName(" "), warn);
    }
}
