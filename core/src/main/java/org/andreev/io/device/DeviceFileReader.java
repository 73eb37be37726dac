package org.andreev.io.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.andreev.io.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a device file of any {@link DeviceTable}: a flat YAML (or, for a name ending in
 * {@code .json}, JSON) map of keys to values, a value being a number (SI), a quantity with a unit
 * ({@code 0.228 meV}), {@code inf} where the key allows it, or a word. Options given on the command
 * line replace the file's values.
 *
 * <p>What is refused, each in one line naming the file, the line and the key (or the option): a file
 * that is not a regular file (a FIFO, a device such as {@code /dev/zero}, a directory) or larger than
 * {@link #MAX_BYTES} (checked before reading), text that is not UTF-8, not one map, an unknown,
 * duplicate or missing key, a value that is not a scalar, does not parse or the device record
 * refuses, and YAML aliases ({@code *name}): the reader does not resolve them (a flat device file
 * has no use for them), and reading the alias's name as the value would be wrong.
 *
 * <p>A renamed key ({@link DeviceTable#renamed}) is read as its new key with a warning to
 * {@code warnings}.
 */
public final class DeviceFileReader {
    private DeviceFileReader() {}

    /** The largest device file read, bytes (256 KiB; a device file is about 2 kB). */
    public static final long MAX_BYTES = 256 * 1024;

    /**
     * The device in {@code file}, with {@code overrides} (key → text, as given to the option
     * {@link DeviceParameter#option}) replacing the file's values.
     */
    public static <D> D read(DeviceTable<D> table, Path file, Map<String, String> overrides,
            Consumer<String> warnings) {
        return parse(table, readText(file), file.toString(), overrides, warnings);
    }

    /** The text of a device file: a regular file of at most {@link #MAX_BYTES}, in UTF-8. */
    static String readText(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such device file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": a device file must be a regular file, not "
                    + (Files.isDirectory(file) ? "a directory" : "a device, FIFO or socket"));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file + ": a device file is at most " + MAX_BYTES / 1024 + " KiB; this one has "
                        + Files.size(file) + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // it may have grown since
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the device file: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(file + ": a device file is at most " + MAX_BYTES / 1024 + " KiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": a device file is UTF-8 text; this one is not");
        }
    }

    /**
     * The device in {@code text} ({@code source} names it in messages; JSON when it ends in
     * {@code .json}, else YAML), with {@code overrides} (key → text) replacing its values.
     */
    public static <D> D parse(DeviceTable<D> table, String text, String source, Map<String, String> overrides,
            Consumer<String> warnings) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> where = new HashMap<>();
        Yaml.read(table, text, source, values, where, warnings);
        return withOverrides(table, values, where, source, overrides, warnings);
    }

    /**
     * {@link #parse} for a device file embedded in this jar ({@code seed-004.yaml},
     * {@code seed-004-probe.yaml}): the same device, warnings and messages, read without a YAML
     * parser when the text is the plainest YAML, one {@code key: value} per line at column 0 with a
     * plain value and an optional comment, which is how those files are written; any other text goes
     * to {@link #parse}. A short command on the embedded device then loads no Jackson and SnakeYAML
     * (about 700 classes and 30 ms of every start; docs/performance.md, "Start-up").
     * {@code DeviceFileReaderTest} holds both readings equal for every embedded file.
     */
    public static <D> D parseEmbedded(DeviceTable<D> table, String text, String source, Map<String, String> overrides,
            Consumer<String> warnings) {
        Map<String, String[]> plain = plainMap(text);
        if (plain == null) {
            return parse(table, text, source, overrides, warnings);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> where = new HashMap<>();
        for (Map.Entry<String, String[]> e : plain.entrySet()) {
            String at = source + ":" + e.getValue()[0];
            String key = known(table, e.getKey(), at, warnings);
            if (where.containsKey(key)) {
                return parse(table, text, source, overrides, warnings); // a renamed key next to its new one
            }
            where.put(key, at);
            values.put(key, value(table, key, e.getValue()[1], at));
        }
        return withOverrides(table, values, where, source, overrides, warnings);
    }

    /**
     * The map of {@code text}, key → {line number, value text}, in file order, when the text is
     * printable ASCII and every line is blank, a comment, or {@code key: value  # comment} at column 0
     * with a plain value of letters, digits, spaces and {@code . + - /}; null otherwise (and for a duplicate key, a YAML boolean or
     * null word, a number YAML reads in another base, a text without any key), so that {@link #parse}
     * decides.
     */
    static Map<String, String[]> plainMap(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7e) && c != '\n' && c != '\t') {
                return null; // the YAML parser's rules for other characters (and its messages) apply
            }
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !DeviceParameter.snakeCase(line.substring(0, colon))
                    || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) {
                return null;
            }
            String rest = line.substring(colon + 1);
            int comment = -1;
            for (int i = 0; i < rest.length() && comment < 0; i++) {
                if (rest.charAt(i) == '#' && (i == 0 || rest.charAt(i - 1) == ' ' || rest.charAt(i - 1) == '\t')) {
                    comment = i;
                }
            }
            String value = (comment < 0 ? rest : rest.substring(0, comment)).strip();
            if (value.isEmpty() || !plainScalar(value) || map.containsKey(line.substring(0, colon))) {
                return null;
            }
            map.put(line.substring(0, colon), new String[] {String.valueOf(lineNumber), value});
        }
        return map.isEmpty() ? null : map; // no map at all: the YAML parser's message
    }

    /** Whether YAML reads {@code value} as the text itself (the only values {@link #plainMap} takes). */
    private static boolean plainScalar(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
                    || c == '.' || c == '+' || c == '-' || c == '/';
            if (!ok) {
                return false;
            }
        }
        char first = value.charAt(0);
        String digits = first == '+' || first == '-' ? value.substring(1) : value;
        if (first == '-' && (value.length() == 1 || value.charAt(1) == ' ')) {
            return false; // a list item
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && Character.isLetterOrDigit(digits.charAt(1))) {
            return false; // 010, 0x10, 0o10: YAML integers in another base
        }
        return !YAML_WORDS.contains(value) && !value.startsWith(".");
    }

    /** The plain words YAML 1.1 reads as booleans or null. */
    private static final java.util.Set<String> YAML_WORDS = java.util.Set.of("y", "Y", "yes", "Yes", "YES", "n", "N",
            "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            "null", "Null", "NULL");

    /**
     * The device of {@code values} (key → text, as from command-line options) alone, {@code source}
     * naming them: {@link #parse} of an empty file, without starting a YAML parser (a short command
     * given only options does not load Jackson: start-up, docs/performance.md).
     */
    public static <D> D ofValues(DeviceTable<D> table, String source, Map<String, String> values,
            Consumer<String> warnings) {
        return withOverrides(table, new LinkedHashMap<>(), new HashMap<>(), source, values, warnings);
    }

    private static <D> D withOverrides(DeviceTable<D> table, Map<String, Object> values, Map<String, String> where,
            String source, Map<String, String> overrides, Consumer<String> warnings) {
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String option = table.find(e.getKey()).map(DeviceParameter::option).orElse("--" + DeviceParameter.shown(e.getKey()));
            String at = "option " + option;
            String key = known(table, e.getKey(), at, warnings);
            where.put(key, at);
            values.put(key, value(table, key, e.getValue(), at));
        }
        return table.build(values, where, source);
    }

    /** {@code key} as the table knows it (a renamed key read as its new one, with a warning). */
    private static String known(DeviceTable<?> table, String key, String at, Consumer<String> warnings) {
        DeviceTable.Renamed r = table.renamed().get(key);
        if (r != null) {
            warnings.accept(at + ": " + key + " is now " + r.key() + ": " + r.warning());
            return r.key();
        }
        if (table.find(key).isEmpty()) {
            throw new InputException(at, 0, DeviceParameter.shown(key),
                    "unknown key; the keys are " + String.join(", ", table.keys()));
        }
        return key;
    }

    private static Object value(DeviceTable<?> table, String key, String text, String at) {
        try {
            return table.find(key).orElseThrow().parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(at, 0, key, DeviceParameter.printable(e.getMessage(), 200));
        }
    }

    /**
     * The Jackson side of {@link #parse}, in a class of its own: the JVM links a class with the
     * classes its methods name (the exception of a catch clause among them), so a reader that held
     * this code would load Jackson for {@link #ofValues} too, which a command given only options runs
     * at every start (docs/performance.md, "Start-up").
     */
    private static final class Yaml {
        private Yaml() {}

        /** Reads the map in {@code text} into {@code values} (key → SI Double or word) and {@code where}. */
        static void read(DeviceTable<?> table, String text, String source, Map<String, Object> values,
                Map<String, String> where, Consumer<String> warnings) {
            boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
            try (JsonParser p = mapper(json).createParser(text)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new InputException(source + ": a device file is a map of keys to values, see 'andreev "
                            + table.device() + " params'");
                }
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String at = source + ":" + p.currentTokenLocation().getLineNr();
                    String key = known(table, p.currentName(), at, warnings);
                    if (where.containsKey(key)) {
                        throw new InputException(at, 0, key, "given twice (first at " + where.get(key) + ")");
                    }
                    JsonToken v = p.nextToken();
                    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                        throw new InputException(at, 0, key, "YAML aliases (*" + DeviceParameter.shown(p.getString())
                                + ") are not read; write the value");
                    }
                    if (v == JsonToken.VALUE_NULL) {
                        throw new InputException(at, 0, key, "has no value");
                    }
                    if (!v.isScalarValue()) {
                        throw new InputException(at, 0, key, "must be a single value, not a list or a map");
                    }
                    where.put(key, at);
                    values.put(key, value(table, key, p.getString(), at));
                }
                if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                    throw new InputException(source + ":" + p.currentTokenLocation().getLineNr()
                            + ": a device file is one map of keys to values");
                }
            } catch (JacksonException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                throw new InputException(source + (line > 0 ? ":" + line : "") + ": not a valid device file: "
                        + DeviceParameter.printable(e.getOriginalMessage(), 200));
            }
        }

        private static ObjectMapper mapper(boolean json) {
            StreamReadConstraints limits = StreamReadConstraints.builder().maxStringLength((int) MAX_BYTES)
                    .maxNestingDepth(64).build();
            return json ? JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()).build()
                    : YAMLMapper.builder(YAMLFactory.builder().streamReadConstraints(limits).build()).build();
        }
    }
}
