package org.andreev.cooler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes a cooler device as a flat YAML or JSON map of the keys documented on
 * {@link CoolerDevice} (the embedded {@code seed-004.yaml} is the example to start from). A value
 * is a number (SI) or text with a unit ({@code 0.228 meV}, {@code 1.5 um}); {@code inf} is allowed
 * for {@code lphi}, {@code ka} and {@code rleak}. {@code ka} (W/K⁴) is a bare SI number.
 *
 * <p>An unknown key, a missing required key, a value that does not parse or an unphysical value is
 * refused with an {@link InputException} of one line naming the file and the key.
 */
public final class DeviceFile {
    private DeviceFile() {}

    /** How a key is read: its dimension (null for a word or a bare SI number) and whether required. */
    private record Key(Dimension dimension, boolean required, boolean infinite) {}

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("delta", new Key(Dimension.ENERGY, true, false));
        KEYS.put("dynes", new Key(Dimension.DIMENSIONLESS, false, false));
        KEYS.put("diffusion", new Key(Dimension.DIFFUSION_CONSTANT, true, false));
        KEYS.put("dos", new Key(Dimension.DENSITY_OF_STATES, true, false));
        KEYS.put("lphi", new Key(Dimension.LENGTH, true, true));
        KEYS.put("sigma_eph", new Key(Dimension.ELECTRON_PHONON_COUPLING, true, false));
        KEYS.put("island_length", new Key(Dimension.LENGTH, true, false));
        KEYS.put("island_width", new Key(Dimension.LENGTH, true, false));
        KEYS.put("island_thickness", new Key(Dimension.LENGTH, true, false));
        KEYS.put("wire_width", new Key(Dimension.LENGTH, true, false));
        KEYS.put("wire_thickness", new Key(Dimension.LENGTH, true, false));
        KEYS.put("ka", new Key(Dimension.DIMENSIONLESS, true, true));
        KEYS.put("rt", new Key(Dimension.RESISTANCE, true, false));
        KEYS.put("m", new Key(Dimension.DIMENSIONLESS, true, false));
        KEYS.put("geometry", new Key(null, false, false));
        KEYS.put("junction_length", new Key(Dimension.LENGTH, false, false));
        KEYS.put("andreev_form", new Key(null, false, false));
        KEYS.put("andreev_dynes", new Key(Dimension.DIMENSIONLESS, false, false));
        KEYS.put("rleak", new Key(Dimension.RESISTANCE, false, true));
        KEYS.put("probe_rt", new Key(Dimension.RESISTANCE, false, false));
        KEYS.put("probe_m", new Key(Dimension.DIMENSIONLESS, false, false));
        KEYS.put("probe_te", new Key(Dimension.TEMPERATURE, false, false));
    }

    /** The name under which the embedded seed-004 device is known. */
    public static final String SEED_004 = "seed-004";

    /** Every key a device file may hold, in file order. */
    public static java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(KEYS.keySet());
    }

    /** The dimension of a numeric key's value, or null for a word key or the SI-only {@code ka}. */
    public static Dimension dimension(String key) {
        Key k = KEYS.get(key);
        if (k == null) {
            throw new IllegalArgumentException("unknown device key '" + key + "'");
        }
        return key.equals("ka") ? null : k.dimension();
    }

    /** The embedded seed-004 device (physics.md A6), as the spec reads the paper. */
    public static CoolerDevice seed004() {
        return parse(seed004Text(), SEED_004 + ".yaml", Map.of());
    }

    /**
     * The embedded seed-004 device under another {@link Seed004Reading} of the paper, with the
     * {@code overrides} (key → text, as from the command line) applied last.
     */
    public static CoolerDevice seed004(Seed004Reading reading, Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(reading.overrides());
        all.putAll(overrides);
        return parse(seed004Text(), SEED_004 + ".yaml", all);
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
     * (key → text with unit, as the command line gives them).
     */
    public static CoolerDevice read(Path file, Map<String, String> overrides) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the device file: " + e.getMessage());
        }
        return parse(text, file.toString(), overrides);
    }

    /**
     * Parses a device from {@code text} ({@code source} names it in messages), with the values of
     * {@code overrides} (key → text) replacing the file's.
     */
    public static CoolerDevice parse(String text, String source, Map<String, String> overrides) {
        Map<String, Object> raw = new LinkedHashMap<>();
        JsonNode root;
        try {
            ObjectMapper mapper = source.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    : YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new InputException(source + ": not a valid device file: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source + ": a device file is a map of keys to values, see 'andreev cooler params'");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey();
            checkKnown(source, key);
            JsonNode node = e.getValue();
            if (node.isNumber()) {
                raw.put(key, node.doubleValue());
            } else if (node.isString() || node.isBoolean()) {
                raw.put(key, node.asString());
            } else if (node.isNull()) {
                throw new InputException(source, 0, key, "has no value");
            } else {
                throw new InputException(source, 0, key, "must be a number or a quantity with a unit");
            }
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String where = "option --" + e.getKey();
            checkKnown(where, e.getKey());
            raw.put(e.getKey(), e.getValue());
        }
        return build(raw, source, overrides.keySet());
    }

    private static void checkKnown(String source, String key) {
        if (!KEYS.containsKey(key)) {
            throw new InputException(source, 0, key, "unknown key; the keys are " + String.join(", ", KEYS.keySet()));
        }
    }

    private static CoolerDevice build(Map<String, Object> raw, String source, java.util.Set<String> overridden) {
        // where a key's value came from: the option that overrode it, else the file
        java.util.function.UnaryOperator<String> from = key -> overridden.contains(key) ? "option --" + key : source;
        Map<String, Double> v = new LinkedHashMap<>();
        for (Map.Entry<String, Key> e : KEYS.entrySet()) {
            String key = e.getKey();
            String where = from.apply(key);
            Object value = raw.get(key);
            if (value == null) {
                if (e.getValue().required()) {
                    throw new InputException(where, 0, key, "missing; it is required");
                }
                continue;
            }
            if (e.getValue().dimension() != null) {
                v.put(key, number(value, key, e.getValue(), where));
            }
        }
        String geometryText = text(raw.getOrDefault("geometry", "end"));
        String formText = text(raw.getOrDefault("andreev_form", "regularised"));
        try {
            JunctionGeometry geometry = switch (geometryText.toLowerCase(Locale.ROOT)) {
                case "end" -> JunctionGeometry.end();
                case "middle" -> JunctionGeometry.middle();
                case "extended" -> {
                    if (!v.containsKey("junction_length")) {
                        throw new InputException(from.apply("geometry"), 0, "junction_length",
                                "missing; an extended junction needs it");
                    }
                    yield JunctionGeometry.extended(v.get("junction_length"));
                }
                default -> throw new InputException(from.apply("geometry"), 0, "geometry",
                        "'" + geometryText + "' is not end, middle or extended");
            };
            AndreevForm form = switch (formText.toLowerCase(Locale.ROOT)) {
                case "regularised", "regularized" -> AndreevForm.REGULARISED;
                case "plain" -> AndreevForm.PLAIN;
                default -> throw new InputException(from.apply("andreev_form"), 0, "andreev_form",
                        "'" + formText + "' is not regularised or plain");
            };
            ProbeJunction probe = null;
            int probeKeys = (v.containsKey("probe_rt") ? 1 : 0) + (v.containsKey("probe_m") ? 1 : 0)
                    + (v.containsKey("probe_te") ? 1 : 0);
            if (probeKeys == 3) {
                probe = new ProbeJunction(v.get("probe_rt"), v.get("probe_m"), v.get("probe_te"));
            } else if (probeKeys != 0) {
                String where = java.util.stream.Stream.of("probe_rt", "probe_m", "probe_te")
                        .filter(k -> v.containsKey(k) && overridden.contains(k)).findFirst().map(from).orElse(source);
                throw new InputException(where, 0, "probe_rt, probe_m, probe_te", "give all three or none");
            }
            return new CoolerDevice(v.get("delta"), v.getOrDefault("dynes", 0.0), v.get("diffusion"), v.get("dos"),
                    v.get("lphi"), v.get("sigma_eph"), v.get("island_length"), v.get("island_width"),
                    v.get("island_thickness"), v.get("wire_width"), v.get("wire_thickness"), v.get("ka"), v.get("rt"),
                    v.get("m"), geometry, form, v.getOrDefault("andreev_dynes", 0.0),
                    v.getOrDefault("rleak", Double.POSITIVE_INFINITY), probe);
        } catch (IllegalArgumentException e) {
            // the records' messages start with the key's name: say where that value came from
            String key = e.getMessage().split(" ", 2)[0];
            throw new InputException(from.apply(key) + ": " + e.getMessage());
        }
    }

    private static String text(Object value) {
        return value instanceof Double d ? String.valueOf(d) : value.toString().strip();
    }

    private static double number(Object value, String key, Key spec, String where) {
        if (value instanceof Double d) {
            return d;
        }
        String t = value.toString().strip();
        if (spec.infinite() && (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity") || t.equals(".inf"))) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Quantity.parse(t, spec.dimension());
        } catch (IllegalArgumentException e) {
            throw new InputException(where, 0, key, e.getMessage());
        }
    }

    /** {@code device} as a YAML device file with readable units, which {@link #parse} reads back. */
    public static String toYaml(CoolerDevice d) {
        StringBuilder b = new StringBuilder();
        b.append("# S-I-N-I-S cooler device (physics.md A5, A6); edit and pass with --device FILE.\n");
        b.append("# Quantities take units; a bare number is SI; 'inf' for lphi, ka, rleak.\n");
        line(b, "delta", q(d.delta(), Dimension.ENERGY), "superconducting gap");
        line(b, "dynes", num(d.dynes()), "Dynes gamma/Delta of the quasiparticle DOS");
        line(b, "diffusion", q(d.diffusion(), Dimension.DIFFUSION_CONSTANT), "diffusion constant D");
        line(b, "dos", num(d.densityOfStates()) + " /J/m3", "density of states per spin nu_N");
        line(b, "lphi", inf(d.phaseCoherenceLength(), Dimension.LENGTH), "phase-coherence length");
        line(b, "sigma_eph", q(d.sigmaEph(), Dimension.ELECTRON_PHONON_COUPLING), "electron-phonon constant Sigma");
        line(b, "island_length", q(d.islandLength(), Dimension.LENGTH), "");
        line(b, "island_width", q(d.islandWidth(), Dimension.LENGTH), "");
        line(b, "island_thickness", q(d.islandThickness(), Dimension.LENGTH), "island volume U = length x width x thickness");
        line(b, "wire_width", q(d.wireWidth(), Dimension.LENGTH), "");
        line(b, "wire_thickness", q(d.wireThickness(), Dimension.LENGTH), "wire cross-section A_w = width x thickness");
        line(b, "ka", Double.isInfinite(d.kapitza()) ? "inf" : num(d.kapitza()),
                "K*A, W/K4 (SI number); inf: phonons at the bath");
        line(b, "rt", q(d.rT(), Dimension.RESISTANCE), "tunnel resistance of ONE junction");
        line(b, "m", num(d.multiplier()), "Andreev multiplying factor M");
        line(b, "geometry", d.geometry().kind().name().toLowerCase(Locale.ROOT), "end | middle | extended");
        if (d.geometry().kind() == JunctionGeometry.Kind.EXTENDED) {
            line(b, "junction_length", q(d.geometry().length(), Dimension.LENGTH), "");
        }
        line(b, "andreev_form", d.andreevForm() == AndreevForm.PLAIN ? "plain" : "regularised", "regularised | plain");
        line(b, "andreev_dynes", num(d.andreevDynes()), "gamma/Delta of the plain form");
        line(b, "rleak", inf(d.rLeak(), Dimension.RESISTANCE), "leakage across the device");
        if (d.probe() != null) {
            line(b, "probe_rt", q(d.probe().rT(), Dimension.RESISTANCE), "probe junction");
            line(b, "probe_m", num(d.probe().multiplier()), "");
            line(b, "probe_te", q(d.probe().electronTemperature(), Dimension.TEMPERATURE), "probe electrons");
        }
        return b.toString();
    }

    /** {@code device} as a JSON object of SI numbers (infinite values as the string "inf"). */
    public static String toJson(CoolerDevice d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delta", d.delta());
        m.put("dynes", d.dynes());
        m.put("diffusion", d.diffusion());
        m.put("dos", d.densityOfStates());
        m.put("lphi", json(d.phaseCoherenceLength()));
        m.put("sigma_eph", d.sigmaEph());
        m.put("island_length", d.islandLength());
        m.put("island_width", d.islandWidth());
        m.put("island_thickness", d.islandThickness());
        m.put("wire_width", d.wireWidth());
        m.put("wire_thickness", d.wireThickness());
        m.put("ka", json(d.kapitza()));
        m.put("rt", d.rT());
        m.put("m", d.multiplier());
        m.put("geometry", d.geometry().kind().name().toLowerCase(Locale.ROOT));
        if (d.geometry().kind() == JunctionGeometry.Kind.EXTENDED) {
            m.put("junction_length", d.geometry().length());
        }
        m.put("andreev_form", d.andreevForm() == AndreevForm.PLAIN ? "plain" : "regularised");
        m.put("andreev_dynes", d.andreevDynes());
        m.put("rleak", json(d.rLeak()));
        if (d.probe() != null) {
            m.put("probe_rt", d.probe().rT());
            m.put("probe_m", d.probe().multiplier());
            m.put("probe_te", d.probe().electronTemperature());
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
    }

    private static Object json(double x) {
        return Double.isInfinite(x) ? "inf" : x;
    }

    private static void line(StringBuilder b, String key, String value, String comment) {
        String entry = key + ": " + value;
        b.append(entry);
        if (!comment.isEmpty()) {
            b.append(" ".repeat(Math.max(1, 28 - entry.length()))).append("# ").append(comment);
        }
        b.append('\n');
    }

    private static String q(double si, Dimension dimension) {
        return Quantity.format(si, dimension);
    }

    private static String inf(double si, Dimension dimension) {
        return Double.isInfinite(si) ? "inf" : q(si, dimension);
    }

    private static String num(double x) {
        String s = String.format(Locale.ROOT, "%.9g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
