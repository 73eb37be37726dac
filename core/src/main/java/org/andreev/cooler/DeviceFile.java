package org.andreev.cooler;

import static org.andreev.io.device.DeviceParameter.optionalQuantity;
import static org.andreev.io.device.DeviceParameter.quantity;
import static org.andreev.io.device.DeviceParameter.word;
import static org.andreev.units.Dimension.DENSITY_OF_STATES;
import static org.andreev.units.Dimension.DIFFUSION_CONSTANT;
import static org.andreev.units.Dimension.DIMENSIONLESS;
import static org.andreev.units.Dimension.ELECTRON_PHONON_COUPLING;
import static org.andreev.units.Dimension.ENERGY;
import static org.andreev.units.Dimension.KAPITZA_COUPLING;
import static org.andreev.units.Dimension.LENGTH;
import static org.andreev.units.Dimension.RESISTANCE;
import static org.andreev.units.Dimension.TEMPERATURE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.andreev.io.InputException;
import org.andreev.io.device.DeviceFileReader;
import org.andreev.io.device.DeviceFileWriter;
import org.andreev.io.device.DeviceTable;
import org.andreev.io.device.DeviceValues;
import org.andreev.tunnel.AndreevForm;
import org.andreev.tunnel.JunctionGeometry;

/**
 * The cooler's device file: {@link #TABLE} declares every parameter of a {@link CoolerDevice} once
 * (key, dimension, default, whether ∞ is allowed, whether a fit may free it, comment, accessor), and
 * the generic {@link DeviceFileReader} / {@link DeviceFileWriter} read and write it as a flat YAML or
 * JSON map (the embedded {@code seed-004.yaml} is the example to start from). A value is a number
 * (SI) or text with a unit ({@code 0.228 meV}, {@code 1.5 um}); {@code inf} is allowed for
 * {@code lphi}, {@code ka} and {@code rleak}. {@code ka} is K·A in W/K⁴ ({@code 0.05 W/K4}).
 *
 * <p>An unknown key, a missing required key, a value that does not parse or an unphysical value is
 * refused with an {@link org.andreev.io.InputException} of one line naming the file, line and key.
 * The old key {@code dos} (labelled "per spin", which it never was) is read as {@code dos_total}
 * with a warning.
 */
public final class DeviceFile {
    private DeviceFile() {}

    /** Every parameter of a cooler device, in file order (physics.md A5, A6). */
    public static final DeviceTable<CoolerDevice> TABLE = new DeviceTable<>("cooler",
            List.of("S-I-N-I-S cooler device (physics.md A5, A6); edit and pass with --device FILE.",
                    "Quantities take units; a bare number is SI; 'inf' for lphi, ka, rleak."),
            List.of(
                    quantity("delta", ENERGY, "superconducting gap", CoolerDevice::delta).fitted(),
                    quantity("dynes", DIMENSIONLESS, "Dynes gamma/Delta of the quasiparticle DOS", CoolerDevice::dynes)
                            .orElse(0).fitted(),
                    quantity("diffusion", DIFFUSION_CONSTANT, "diffusion constant D of the island metal",
                            CoolerDevice::diffusion),
                    quantity("dos_total", DENSITY_OF_STATES,
                            "TOTAL density of states nu_N at E_F (both spins, 2x the per-spin value)",
                            CoolerDevice::densityOfStates),
                    quantity("lphi", LENGTH, "phase-coherence length L_phi", CoolerDevice::phaseCoherenceLength)
                            .orInfinite().fitted(),
                    quantity("sigma_eph", ELECTRON_PHONON_COUPLING, "electron-phonon constant Sigma",
                            CoolerDevice::sigmaEph).fitted(),
                    quantity("island_length", LENGTH, "island length", CoolerDevice::islandLength),
                    quantity("island_width", LENGTH, "island width", CoolerDevice::islandWidth),
                    quantity("island_thickness", LENGTH, "island thickness; U = length x width x thickness",
                            CoolerDevice::islandThickness),
                    quantity("wire_width", LENGTH, "width of the wire the Cooperon diffuses in",
                            CoolerDevice::wireWidth),
                    quantity("wire_thickness", LENGTH, "its thickness; A_w = width x thickness",
                            CoolerDevice::wireThickness),
                    quantity("ka", KAPITZA_COUPLING, "phonon-substrate coupling K*A; inf: phonons at the bath", CoolerDevice::kapitza)
                            .orInfinite().fitted(),
                    quantity("rt", RESISTANCE, "tunnel resistance of ONE junction", CoolerDevice::rT).fitted(),
                    quantity("m", DIMENSIONLESS, "Andreev multiplying factor M", CoolerDevice::multiplier).fitted(),
                    word("geometry", "junction on the wire: end | middle | extended (then junction_length)",
                            (CoolerDevice d) -> d.geometry().kind().name().toLowerCase(Locale.ROOT), "end", "middle", "extended")
                            .orElse("end"),
                    optionalQuantity("junction_length", LENGTH, "junction length along the wire (extended)",
                            (CoolerDevice d) -> d.geometry().kind() == JunctionGeometry.Kind.EXTENDED ? d.geometry().length() : null),
                    word("andreev_form", "regularised | plain (then andreev_dynes > 0)",
                            (CoolerDevice d) -> d.andreevForm() == AndreevForm.PLAIN ? "plain" : "regularised",
                            "regularised|regularized", "plain").orElse("regularised"),
                    quantity("andreev_dynes", DIMENSIONLESS, "gamma/Delta of the plain Andreev form",
                            CoolerDevice::andreevDynes).orElse(0),
                    quantity("rleak", RESISTANCE, "leakage resistance across the device; inf: none",
                            CoolerDevice::rLeak).orElse(Double.POSITIVE_INFINITY).orInfinite().fitted(),
                    optionalQuantity("probe_rt", RESISTANCE, "probe junction tunnel resistance (probe_*: all or none)",
                            (CoolerDevice d) -> d.probe() == null ? null : d.probe().rT()),
                    optionalQuantity("probe_m", DIMENSIONLESS, "probe Andreev factor M",
                            (CoolerDevice d) -> d.probe() == null ? null : d.probe().multiplier()),
                    optionalQuantity("probe_te", TEMPERATURE, "probe electron temperature",
                            (CoolerDevice d) -> d.probe() == null ? null : d.probe().electronTemperature())),
            Map.of("dos", new DeviceTable.Renamed("dos_total", "nu_N is the TOTAL density of states at E_F"
                    + " (both spins; Cu: 1.56e47 /J/m3), as the model always read it; the old label 'per spin'"
                    + " was wrong: check that your value is the total")),
            DeviceFile::device);

    private static CoolerDevice device(DeviceValues v) {
        JunctionGeometry geometry = switch (v.word("geometry")) {
            case "middle" -> JunctionGeometry.middle();
            case "extended" -> {
                if (!v.has("junction_length")) {
                    throw new InputException(v.where("geometry"), 0, "junction_length",
                            "missing; an extended junction needs it");
                }
                yield JunctionGeometry.extended(v.number("junction_length"));
            }
            default -> JunctionGeometry.end();
        };
        List<String> probeKeys = List.of("probe_rt", "probe_m", "probe_te");
        long given = probeKeys.stream().filter(v::has).count();
        if (given != 0 && given != probeKeys.size()) {
            // name the option that gave a probe key, else the file
            String key = probeKeys.stream().filter(v::has).filter(k -> v.where(k).startsWith("option ")).findFirst()
                    .orElse(probeKeys.stream().filter(v::has).findFirst().orElseThrow());
            throw v.error(key, "give all three of probe_rt, probe_m, probe_te or none");
        }
        ProbeJunction probe = given == 0 ? null
                : new ProbeJunction(v.number("probe_rt"), v.number("probe_m"), v.number("probe_te"));
        return new CoolerDevice(v.number("delta"), v.number("dynes"), v.number("diffusion"), v.number("dos_total"),
                v.number("lphi"), v.number("sigma_eph"), v.number("island_length"), v.number("island_width"),
                v.number("island_thickness"), v.number("wire_width"), v.number("wire_thickness"), v.number("ka"),
                v.number("rt"), v.number("m"), geometry,
                v.word("andreev_form").equals("plain") ? AndreevForm.PLAIN : AndreevForm.REGULARISED,
                v.number("andreev_dynes"), v.number("rleak"), probe);
    }

    /** The dimension of the value of {@code key} ({@link #TABLE}), or null for a word key. */
    public static org.andreev.units.Dimension dimension(String key) {
        return TABLE.find(key).orElseThrow(() -> new IllegalArgumentException("unknown cooler device key '" + key + "'"))
                .dimension();
    }

    /** The name under which the embedded seed-004 device is known. */
    public static final String SEED_004 = "seed-004";

    /** Device-file warnings (a renamed key) go to stderr unless the caller says otherwise. */
    private static final Consumer<String> STDERR = w -> System.err.println("andreev: warning: " + w);

    /** The embedded seed-004 device (physics.md A6), as the spec reads the paper. */
    public static CoolerDevice seed004() {
        return parse(seed004Text(), SEED_004 + ".yaml", Map.of());
    }

    /**
     * The embedded seed-004 device under another {@link Seed004Reading} of the paper, with the
     * {@code overrides} (key → text, as from the command line) applied last.
     */
    public static CoolerDevice seed004(Seed004Reading reading, Map<String, String> overrides) {
        return seed004(reading, overrides, STDERR);
    }

    /** {@link #seed004(Seed004Reading, Map)} with warnings (a renamed key) sent to {@code warnings}. */
    public static CoolerDevice seed004(Seed004Reading reading, Map<String, String> overrides,
            Consumer<String> warnings) {
        Map<String, String> all = new LinkedHashMap<>(reading.overrides());
        all.putAll(overrides);
        return DeviceFileReader.parse(TABLE, seed004Text(), SEED_004 + ".yaml", all, warnings);
    }

    /** The text of the embedded seed-004 device file, comments included. */
    public static String seed004Text() {
        try (InputStream in = DeviceFile.class.getResourceAsStream(SEED_004 + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the embedded seed-004.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the device in {@code file} (YAML, or JSON when it ends in .json). */
    public static CoolerDevice read(Path file) {
        return read(file, Map.of());
    }

    /**
     * Reads the device in {@code file} and replaces the values of the keys in {@code overrides}
     * (key → text with unit, as the command line gives them); warnings go to stderr.
     */
    public static CoolerDevice read(Path file, Map<String, String> overrides) {
        return read(file, overrides, STDERR);
    }

    /** {@link #read(Path, Map)} with warnings (a renamed key) sent to {@code warnings}. */
    public static CoolerDevice read(Path file, Map<String, String> overrides, Consumer<String> warnings) {
        return DeviceFileReader.read(TABLE, file, overrides, warnings);
    }

    /**
     * Parses a device from {@code text} ({@code source} names it in messages), with the values of
     * {@code overrides} (key → text) replacing the file's; warnings go to stderr.
     */
    public static CoolerDevice parse(String text, String source, Map<String, String> overrides) {
        return DeviceFileReader.parse(TABLE, text, source, overrides, STDERR);
    }

    /** {@code device} as a YAML device file with readable units, which {@link #parse} reads back exactly. */
    public static String toYaml(CoolerDevice d) {
        return DeviceFileWriter.toYaml(TABLE, d);
    }

    /** {@code device} as a JSON object of SI numbers (infinite values as the string "inf"). */
    public static String toJson(CoolerDevice d) {
        return DeviceFileWriter.toJson(TABLE, d);
    }
}
