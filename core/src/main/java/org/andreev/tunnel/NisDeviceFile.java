package org.andreev.tunnel;

import static org.andreev.io.device.DeviceParameter.optionalQuantity;
import static org.andreev.io.device.DeviceParameter.quantity;
import static org.andreev.io.device.DeviceParameter.word;
import static org.andreev.units.Dimension.DENSITY_OF_STATES;
import static org.andreev.units.Dimension.DIFFUSION_CONSTANT;
import static org.andreev.units.Dimension.DIMENSIONLESS;
import static org.andreev.units.Dimension.ENERGY;
import static org.andreev.units.Dimension.LENGTH;
import static org.andreev.units.Dimension.RESISTANCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.andreev.io.InputException;
import org.andreev.io.device.Accessor;
import org.andreev.io.device.DeviceFileReader;
import org.andreev.io.device.DeviceFileWriter;
import org.andreev.io.device.DeviceParameter;
import org.andreev.io.device.DeviceTable;
import org.andreev.io.device.DeviceValues;

/**
 * The N-I-S junction's device file: {@link #TABLE} declares every parameter of a {@link NisDevice}
 * once, with the cooler's keys where they mean the same ({@code delta}, {@code rt}, {@code dynes},
 * {@code m}, {@code lphi}, {@code diffusion}, {@code dos_total}, {@code wire_width}, ...); the generic
 * {@link DeviceFileReader} / {@link DeviceFileWriter} read and write it as a flat YAML or JSON map.
 * {@code delta} and {@code rt} are required; {@code dynes} and {@code h} default to 0. The Andreev
 * term (physics.md A4) is there when its six quantities {@link #ANDREEV_KEYS} are given, all of
 * them (a missing one is refused naming it: no value of the wire is assumed), and absent when none
 * is; {@code geometry}, {@code junction_length}, {@code andreev_form} and {@code andreev_dynes} go
 * with it (defaults end, regularised). The embedded {@code seed-004-probe.yaml} is the seed's probe
 * ({@link #seed004Probe()}).
 */
public final class NisDeviceFile {
    private NisDeviceFile() {}

    /** The quantities of the Andreev term: all or none. */
    public static final List<String> ANDREEV_KEYS = List.of("m", "lphi", "diffusion", "dos_total", "wire_width",
            "wire_thickness");

    /** The words and the length that go with the Andreev term (defaults: end, regularised, 0). */
    static final List<String> ANDREEV_EXTRAS = List.of("geometry", "junction_length", "andreev_form", "andreev_dynes");

    /** Every parameter of an N-I-S junction, in file order (physics.md A1, A2, A4). */
    public static final DeviceTable<NisDevice> TABLE = new DeviceTable<>("nis",
            List.of("N-I-S tunnel junction (physics.md A1, A2, A4); edit and pass with --device FILE.",
                    "Quantities take units; a bare number is SI; 'inf' for lphi. The Andreev term: m, lphi,",
                    "diffusion, dos_total, wire_width, wire_thickness, all or none."),
            List.of(
                    quantity("delta", ENERGY, "superconducting gap", NisDevice::delta).fitted(),
                    quantity("rt", RESISTANCE, "tunnel resistance R_T", NisDevice::rT).fitted(),
                    quantity("dynes", DIMENSIONLESS, "Dynes gamma/Delta of the quasiparticle DOS", NisDevice::dynes)
                            .nonNegative().orElse(0).fitted(),
                    quantity("h", ENERGY, "exchange (Zeeman) splitting of the DOS (0 with the Andreev term)",
                            NisDevice::exchange).nonNegative().orElse(0).fitted(),
                    optionalQuantity("m", DIMENSIONLESS, "Andreev multiplying factor M (seed probe: 1.37)",
                            andreev(AndreevTerm::multiplier)).nonNegative().fitted(),
                    optionalQuantity("lphi", LENGTH, "phase-coherence length L_phi of the wire",
                            andreev(AndreevTerm::phaseCoherenceLength)).orInfinite().fitted(),
                    optionalQuantity("diffusion", DIFFUSION_CONSTANT, "diffusion constant D of the normal metal",
                            andreev(AndreevTerm::diffusion)).fitted(),
                    optionalQuantity("dos_total", DENSITY_OF_STATES,
                            "TOTAL density of states nu_N at E_F (both spins, 2x the per-spin value)",
                            andreev(AndreevTerm::densityOfStates)),
                    optionalQuantity("wire_width", LENGTH, "width of the wire the Cooperon diffuses in",
                            andreev(AndreevTerm::wireWidth)),
                    optionalQuantity("wire_thickness", LENGTH, "its thickness; A_w = width x thickness",
                            andreev(AndreevTerm::wireThickness)),
                    word("geometry", "junction on the wire: end | middle | extended (then junction_length)",
                            (NisDevice d) -> d.andreev() == null ? null
                                    : d.andreev().geometry().kind().name().toLowerCase(Locale.ROOT),
                            "end", "middle", "extended").orElse("end"),
                    optionalQuantity("junction_length", LENGTH, "junction length along the wire (extended)",
                            (NisDevice d) -> d.andreev() != null
                                    && d.andreev().geometry().kind() == JunctionGeometry.Kind.EXTENDED
                                    ? d.andreev().geometry().length() : null),
                    word("andreev_form", "regularised | plain (then andreev_dynes > 0)",
                            (NisDevice d) -> d.andreev() == null ? null
                                    : d.andreev().form() == AndreevForm.PLAIN ? "plain" : "regularised",
                            "regularised|regularized", "plain").orElse("regularised"),
                    optionalQuantity("andreev_dynes", DIMENSIONLESS, "gamma/Delta of the plain Andreev form",
                            (NisDevice d) -> d.andreev() == null || d.andreev().form() != AndreevForm.PLAIN ? null
                                    : d.andreev().plainDynes()).nonNegative()),
            // no renamed keys: the cooler's old 'dos' was never an N-I-S key, and --dos is the DOS model here
            Map.of(),
            NisDeviceFile::device);

    private static Accessor<NisDevice, Double> andreev(Function<AndreevTerm, Double> f) {
        return d -> d.andreev() == null ? null : f.apply(d.andreev());
    }

    /**
     * Whether {@code key} was given (in the file or as an option), not filled in by its default: a
     * default-valued key reads where the values came from as a whole.
     */
    private static boolean given(DeviceValues v, String key) {
        return v.has(key) && !v.where(key).equals(v.where(" "));
    }

    private static NisDevice device(DeviceValues v) {
        List<String> given = ANDREEV_KEYS.stream().filter(v::has).toList();
        AndreevTerm term = null;
        if (given.isEmpty()) {
            for (String k : ANDREEV_EXTRAS) {
                if (given(v, k)) {
                    throw v.error(k, "belongs to the Andreev term, which needs " + String.join(", ", ANDREEV_KEYS)
                            + " too");
                }
            }
        } else {
            for (String k : ANDREEV_KEYS) {
                if (!v.has(k)) {
                    // name where the term was asked for (an option, else the file)
                    String asked = given.stream().filter(g -> v.where(g).startsWith("option ")).findFirst()
                            .orElse(given.get(0));
                    throw new InputException(v.where(asked), 0, k, "missing; the Andreev term (" + asked
                            + " given) needs all of " + String.join(", ", ANDREEV_KEYS)
                            + " (see 'andreev nis params --seed-004-probe')");
                }
            }
            String kind = v.has("geometry") ? v.word("geometry") : "end";
            if (v.has("junction_length") && !kind.equals("extended")) {
                throw v.error("junction_length", "is only used with geometry: extended");
            }
            JunctionGeometry geometry = switch (kind) {
                case "middle" -> JunctionGeometry.middle();
                case "extended" -> {
                    if (!v.has("junction_length")) {
                        throw v.error("geometry", "an extended junction needs junction_length");
                    }
                    yield JunctionGeometry.extended(v.number("junction_length"));
                }
                default -> JunctionGeometry.end();
            };
            AndreevForm form = v.has("andreev_form") && v.word("andreev_form").equals("plain") ? AndreevForm.PLAIN
                    : AndreevForm.REGULARISED;
            term = new AndreevTerm(v.number("diffusion"), v.number("dos_total"), v.number("lphi"),
                    v.number("wire_width"), v.number("wire_thickness"), v.number("m"), geometry, form,
                    v.has("andreev_dynes") ? v.number("andreev_dynes") : 0.0);
        }
        return new NisDevice(v.number("delta"), v.number("dynes"), v.number("h"), v.number("rt"), term);
    }

    /** The name under which the embedded seed-004 probe is known. */
    public static final String SEED_004_PROBE = "seed-004-probe";

    private static final Consumer<String> STDERR = w -> System.err.println("andreev: warning: " + w);

    /** The text of the embedded seed-004 probe device file, comments included. */
    public static String seed004ProbeText() {
        try (InputStream in = NisDeviceFile.class.getResourceAsStream(SEED_004_PROBE + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the embedded seed-004-probe.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed-004 probe junction (seed Fig. 1, Fig. 2 left; physics.md A6): Δ, R_T = 2.76 kΩ, M = 1.37, L_φ = 1.5 µm. */
    public static NisDevice seed004Probe() {
        return DeviceFileReader.parseEmbedded(TABLE, seed004ProbeText(), SEED_004_PROBE + ".yaml", Map.of(), STDERR);
    }

    /** The embedded seed-004 probe with {@code overrides} (key → text) applied. */
    public static NisDevice seed004Probe(Map<String, String> overrides, Consumer<String> warnings) {
        return DeviceFileReader.parseEmbedded(TABLE, seed004ProbeText(), SEED_004_PROBE + ".yaml", overrides, warnings);
    }

    /** The device of {@code overrides} alone (key → text, as from options), {@code source} naming them. */
    public static NisDevice of(Map<String, String> values, String source, Consumer<String> warnings) {
        return DeviceFileReader.ofValues(TABLE, source, values, warnings);
    }

    /** Reads the device in {@code file} (YAML, or JSON when it ends in .json), {@code overrides} applied last. */
    public static NisDevice read(Path file, Map<String, String> overrides, Consumer<String> warnings) {
        return DeviceFileReader.read(TABLE, file, overrides, warnings);
    }

    /** Parses a device from {@code text} ({@code source} names it in messages), {@code overrides} applied last. */
    public static NisDevice parse(String text, String source, Map<String, String> overrides, Consumer<String> warnings) {
        return DeviceFileReader.parse(TABLE, text, source, overrides, warnings);
    }

    /** {@code d} as a YAML device file with readable units, read back exactly by {@link #parse}. */
    public static String toYaml(NisDevice d) {
        return DeviceFileWriter.toYaml(TABLE, d);
    }

    /** {@code d} as a JSON object of SI numbers (an infinite L_φ as the string "inf"). */
    public static String toJson(NisDevice d) {
        return DeviceFileWriter.toJson(TABLE, d);
    }
}
