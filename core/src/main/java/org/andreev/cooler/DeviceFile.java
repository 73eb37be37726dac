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
import org.andreev.io.device.DeviceParameter;
import org.andreev.io.device.DeviceTable;
import org.andreev.io.device.DeviceValues;
import org.andreev.tunnel.AndreevForm;
import org.andreev.tunnel.JunctionGeometry;

/**
 * The cooler's device file: {@link #TABLE} declares every parameter of a {@link CoolerDevice} once
 * (key, dimension, default, whether ∞ is allowed, whether a fit may free it, comment, accessor), and
 * the generic {@link DeviceFileReader} / {@link DeviceFileWriter} read and write it as a flat YAML or
 * JSON map (the embedded {@code seed-004.yaml} is the example to start from). A value is a number
 * (SI) or text with a unit ({@code 0.228 meV}, {@code 1.5 um}); {@code inf} is allowed where the
 * table says so ({@code cooler params} lists them). The Kapitza coupling is K·A in W/K⁴ ({@code 0.05 W/K4}).
 *
 * <p>An unknown key, a missing required key, a value that does not parse or an unphysical value is
 * refused with an {@link org.andreev.io.InputException} of one line naming the file, line and key.
 * An old key (the density of states once labelled "per spin", which it never was) is read as its
 * new one with a warning.
 */
public final class DeviceFile {
    private DeviceFile() {}

    /** The junction's placement on the wire (a part of the {@code geometry} group below). */
    private static final DeviceParameter<JunctionGeometry> JUNCTION_LENGTH = optionalQuantity("junction_length",
            LENGTH, "junction length along the wire (extended)",
            g -> g.kind() == JunctionGeometry.Kind.EXTENDED ? g.length() : null);
    private static final DeviceParameter<JunctionGeometry> GEOMETRY = word("geometry",
            "junction on the wire: end | middle | extended (then " + JUNCTION_LENGTH.key() + ")",
            JunctionGeometry::kind, JunctionGeometry.Kind.class, "end", "middle", "extended").orElse("end");
    private static final DeviceParameter<CoolerDevice> ANDREEV_DYNES = quantity("andreev_dynes", DIMENSIONLESS,
            "gamma/Delta of the plain Andreev form", CoolerDevice::andreevDynes).nonNegative().orElse(0)
            .require(d -> d.andreevForm() != AndreevForm.PLAIN || d.andreevDynes() > 0 && d.andreevDynes() < 1,
                    "in (0, 1) for the plain form");

    /**
     * Every parameter of a cooler device, in file order (physics.md A5, A6): one line per component
     * of {@link CoolerDevice} (the record and this table are checked against each other when the
     * table is made), and nowhere else is a key spelled.
     */
    public static final DeviceTable<CoolerDevice> TABLE = DeviceTable.of("cooler", CoolerDevice.class,
            List.of("S-I-N-I-S cooler device (physics.md A5, A6); edit and pass with --device FILE.",
                    "Quantities take units; a bare number is SI; 'inf' for " + DeviceTable.INFINITE_KEYS + "."))
            .add(quantity("delta", ENERGY, "superconducting gap", CoolerDevice::delta).fitted())
            .add(quantity("dynes", DIMENSIONLESS, "Dynes gamma/Delta of the quasiparticle DOS", CoolerDevice::dynes)
                    .nonNegative().orElse(0).fitted())
            .add(quantity("diffusion", DIFFUSION_CONSTANT, "diffusion constant D of the island metal",
                    CoolerDevice::diffusion))
            .add(quantity("dos_total", DENSITY_OF_STATES,
                    "TOTAL density of states nu_N at E_F (both spins, 2x the per-spin value)",
                    CoolerDevice::densityOfStates))
            .add(quantity("lphi", LENGTH, "phase-coherence length L_phi", CoolerDevice::phaseCoherenceLength)
                    .orInfinite().fitted())
            .add(quantity("sigma_eph", ELECTRON_PHONON_COUPLING, "electron-phonon constant Sigma",
                    CoolerDevice::sigmaEph).fitted())
            .add(quantity("island_length", LENGTH, "island length", CoolerDevice::islandLength))
            .add(quantity("island_width", LENGTH, "island width", CoolerDevice::islandWidth))
            .add(quantity("island_thickness", LENGTH, "island thickness; U = length x width x thickness",
                    CoolerDevice::islandThickness))
            .add(quantity("wire_width", LENGTH, "width of the wire the Cooperon diffuses in", CoolerDevice::wireWidth))
            .add(quantity("wire_thickness", LENGTH, "its thickness; A_w = width x thickness",
                    CoolerDevice::wireThickness))
            .add(quantity("ka", KAPITZA_COUPLING, "phonon-substrate coupling K*A; inf: phonons at the bath",
                    CoolerDevice::kapitza).orInfinite().fitted())
            .add(quantity("rt", RESISTANCE, "tunnel resistance of ONE junction", CoolerDevice::rT).fitted())
            .add(quantity("m", DIMENSIONLESS, "Andreev multiplying factor M", CoolerDevice::multiplier)
                    .nonNegative().fitted())
            .group(CoolerDevice::geometry, DeviceFile::geometry, GEOMETRY, JUNCTION_LENGTH)
            .add(word("andreev_form", "regularised | plain (then " + ANDREEV_DYNES.key() + " > 0)",
                    CoolerDevice::andreevForm, AndreevForm.class, "regularised|regularized", "plain")
                    .orElse("regularised"))
            .add(ANDREEV_DYNES)
            .add(quantity("rleak", RESISTANCE, "leakage resistance across the device; inf: none", CoolerDevice::rLeak)
                    .orElse(Double.POSITIVE_INFINITY).orInfinite().fitted(1e9))
            .optionalRecord(CoolerDevice::probe, ProbeJunction.class,
                    quantity("probe_rt", RESISTANCE, "probe junction tunnel resistance (probe_*: all or none)",
                            ProbeJunction::rT),
                    quantity("probe_m", DIMENSIONLESS, "probe Andreev factor M", ProbeJunction::multiplier)
                            .nonNegative(),
                    quantity("probe_te", TEMPERATURE, "probe electron temperature", ProbeJunction::electronTemperature))
            .renamed("dos", "dos_total", "nu_N is the TOTAL density of states at E_F"
                    + " (both spins; Cu: 1.56e47 /J/m3), as the model always read it; the old label 'per spin'"
                    + " was wrong: check that your value is the total")
            .build();

    /** The junction geometry of its two keys; an extended junction needs its length. */
    private static JunctionGeometry geometry(DeviceValues v) {
        return switch (JunctionGeometry.Kind.valueOf(v.word(GEOMETRY).toUpperCase(Locale.ROOT))) {
            case END -> JunctionGeometry.end();
            case MIDDLE -> JunctionGeometry.middle();
            case EXTENDED -> {
                if (!v.has(JUNCTION_LENGTH)) {
                    throw new InputException(v.where(GEOMETRY.key()), 0, JUNCTION_LENGTH.key(),
                            "missing; an extended junction needs it");
                }
                yield JunctionGeometry.extended(v.number(JUNCTION_LENGTH));
            }
        };
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
        return seed004(Seed004Reading.SPEC, Map.of());
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
        return DeviceFileReader.parseEmbedded(TABLE, seed004Text(), SEED_004 + ".yaml", all, warnings);
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
