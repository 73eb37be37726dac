package org.andreev.io.device;

import java.util.Map;
import org.andreev.io.InputException;

/**
 * The values of one device as read (from a file, options, or a device being changed), key → SI
 * {@link Double} or word, and where each came from ({@code my-cooler.yaml:5}, {@code option --rt}),
 * for a {@link DeviceTable}'s factory to build the device record from. Defaults are filled in;
 * optional parameters the device lacks are absent.
 */
public final class DeviceValues {
    private final Map<String, Object> values;
    private final Map<String, String> where;
    private final String source;

    DeviceValues(Map<String, Object> values, Map<String, String> where, String source) {
        this.values = Map.copyOf(values);
        this.where = Map.copyOf(where);
        this.source = source;
    }

    /** Whether the device has a value for {@code key}. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The SI value of the quantity {@code key}. */
    public double number(String key) {
        Object v = require(key);
        if (!(v instanceof Double d)) {
            throw new IllegalStateException(key + " is a word, not a quantity");
        }
        return d;
    }

    /** The canonical word of {@code key}. */
    public String word(String key) {
        Object v = require(key);
        if (!(v instanceof String s)) {
            throw new IllegalStateException(key + " is a quantity, not a word");
        }
        return s;
    }

    /** Whether the device has a value for {@code p}. */
    public boolean has(DeviceParameter<?> p) {
        return has(p.key());
    }

    /** The SI value of the quantity {@code p}. */
    public double number(DeviceParameter<?> p) {
        return number(p.key());
    }

    /** The canonical word of {@code p}. */
    public String word(DeviceParameter<?> p) {
        return word(p.key());
    }

    /** The value of {@code p} as its record component holds it: a Double, a word, or an enum constant. */
    Object value(DeviceParameter<?> p) {
        Object v = require(p.key());
        return p.type() != null ? p.enumConstant((String) v) : v;
    }

    /** A refusal of {@code p}'s value: one line naming where it came from and the key. */
    public InputException error(DeviceParameter<?> p, String problem) {
        return error(p.key(), problem);
    }

    private Object require(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw error(key, "missing");
        }
        return v;
    }

    /** Where {@code key}'s value came from ({@code file:line}, {@code option --x}; the source if absent). */
    public String where(String key) {
        return where.getOrDefault(key, source);
    }

    /** A refusal of {@code key}'s value: one line naming where it came from and the key. */
    public InputException error(String key, String problem) {
        return new InputException(where(key), 0, key, problem);
    }
}
