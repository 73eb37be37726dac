package org.andreev.io.device;

import java.io.StringWriter;
import java.util.Map;
import org.andreev.units.Quantity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a device of any {@link DeviceTable} as a device file that {@link DeviceFileReader} reads back
 * to the same doubles: YAML with readable units and each parameter's comment, or JSON of SI numbers.
 * Numbers are the shortest text that reads back exactly ({@link Quantity#shortest}: {@code 1e-4},
 * not {@code 9.999999999999999E-5}); +∞ is {@code inf} in both (a plain YAML scalar, a JSON string).
 */
public final class DeviceFileWriter {
    private DeviceFileWriter() {}

    /** {@code device} as YAML: the table's header, then {@code key: value  # comment} per parameter. */
    public static <D> String toYaml(DeviceTable<D> table, D device) {
        StringBuilder b = new StringBuilder();
        for (String line : table.header()) {
            b.append("# ").append(line).append('\n');
        }
        Map<String, Object> values = table.values(device);
        for (DeviceParameter<D> p : table.parameters()) {
            Object v = values.get(p.key());
            if (v == null) {
                continue;
            }
            String entry = p.key() + ": " + p.format(v);
            b.append(entry).append(" ".repeat(Math.max(1, 30 - entry.length()))).append("# ").append(p.comment())
                    .append('\n');
        }
        return b.toString();
    }

    /** {@code device} as a JSON object of SI numbers, words and {@code "inf"}, in file order. */
    public static <D> String toJson(DeviceTable<D> table, D device) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : table.values(device).entrySet()) {
                g.writeName(e.getKey());
                if (e.getValue() instanceof Double d && Double.isFinite(d)) {
                    g.writeNumber(Quantity.shortest(d));
                } else if (e.getValue() instanceof Double d) {
                    g.writeString(Quantity.shortest(d));
                } else {
                    g.writeString(e.getValue().toString());
                }
            }
            g.writeEndObject();
        }
        return out + "\n";
    }
}
