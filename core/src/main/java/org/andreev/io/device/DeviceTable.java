package org.andreev.io.device;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.andreev.io.InputException;

/**
 * The parameters of one kind of device, each declared once ({@link DeviceParameter}), and how the
 * device record is built from their values. Everything that names a parameter is derived from it:
 * the device file read and written by {@link DeviceFileReader} and {@link DeviceFileWriter}, the
 * {@code params} output, the command-line options (one per parameter, in kebab case), the fit
 * parameter names ({@link #fittable}), the checks of the values and the error messages (key, file
 * and line, or option).
 *
 * <p>A device record is declared by its components, and the table says once per component which
 * parameter fills it, through the accessor's method reference; the table builds the record through
 * its canonical constructor and refuses, when it is made, a component without a parameter or a
 * parameter without a component. Adding a parameter is one record component and one line here
 * (the cooler's, {@code cooler.DeviceFile}):
 * <pre>{@code
 * DeviceTable<CoolerDevice> table = DeviceTable.of("cooler", CoolerDevice.class, header)
 *         .add(quantity("delta", ENERGY, "superconducting gap", CoolerDevice::delta).fitted())
 *         ...
 *         .build();
 * }</pre>
 * A component made of several keys (the junction geometry: {@code geometry} and
 * {@code junction_length}) is a {@link Builder#group group}; an optional sub-record given by all
 * or none of its keys (the probe) is an {@link Builder#optionalRecord optional record}.
 *
 * @param <D> the device record; the table checks each value against its parameter's bounds and
 *            rules and names the key; a message of the record's own constructor that starts with a
 *            key is reported where that key came from
 */
public final class DeviceTable<D> {
    private final String device;
    private final List<String> header;
    private final Map<String, DeviceParameter<D>> parameters = new LinkedHashMap<>();
    private final Map<String, Renamed> renamed;
    private final Function<DeviceValues, D> factory;
    private RecordBinding<D> binding;

    /** In a header line: the keys that allow +∞, comma-separated. */
    public static final String INFINITE_KEYS = "{infinite}";

    /**
     * A key that was renamed: still read, with {@code warning} (the reader adds where it was read).
     *
     * @param key     the key it is now
     * @param warning why it was renamed and what the user should check
     */
    public record Renamed(String key, String warning) {}

    /**
     * @param device     what the device is, for messages ("cooler")
     * @param header     comment lines at the top of a written YAML device file
     * @param parameters the parameters in file order
     * @param renamed    old key → its new key and the warning given when the old one is read
     * @param factory    builds the device from its values (defaults filled in)
     */
    public DeviceTable(String device, List<String> header, List<DeviceParameter<D>> parameters,
            Map<String, Renamed> renamed, Function<DeviceValues, D> factory) {
        this.device = device;
        // loops, not streams: every table is made at the start of its commands (docs/performance.md, "Start-up")
        for (DeviceParameter<D> p : parameters) {
            boolean twice = renamed.containsKey(p.key());
            for (DeviceParameter<D> q : this.parameters.values()) {
                twice |= q.option().equals(p.option());
            }
            if (twice) {
                throw new IllegalArgumentException("device key '" + p.key() + "' is declared twice");
            }
            this.parameters.put(p.key(), p);
        }
        for (Renamed r : renamed.values()) {
            if (!this.parameters.containsKey(r.key())) {
                throw new IllegalArgumentException("renamed to an unknown key '" + r.key() + "'");
            }
        }
        this.renamed = Map.copyOf(renamed);
        this.factory = factory;
        this.binding = null;
        List<String> infiniteKeys = new ArrayList<>();
        for (DeviceParameter<D> p : parameters) {
            if (p.infinite()) {
                infiniteKeys.add(p.key());
            }
        }
        String infinite = String.join(", ", infiniteKeys);
        List<String> lines = new ArrayList<>(header.size());
        for (String line : header) {
            lines.add(line.replace(INFINITE_KEYS, infinite));
        }
        this.header = List.copyOf(lines);
    }

    private DeviceTable(String device, Class<D> record, List<String> header, List<DeviceParameter<D>> parameters,
            Map<String, Renamed> renamed) {
        this(device, header, parameters, renamed, v -> null);
        this.binding = new RecordBinding<>(device, record, parameters);
    }

    /** A table that builds the record {@code record} from its components' parameters, declared with the builder. */
    public static <D extends Record> Builder<D> of(String device, Class<D> record, List<String> header) {
        return new Builder<>(device, record, header);
    }

    /** Declares a table parameter by parameter, each filling one component of the record (or a group of them). */
    public static final class Builder<D extends Record> {
        private final String device;
        private final Class<D> record;
        private final List<String> header;
        private final List<DeviceParameter<D>> parameters = new ArrayList<>();
        private final Map<String, Renamed> renamed = new LinkedHashMap<>();

        private Builder(String device, Class<D> record, List<String> header) {
            this.device = device;
            this.record = record;
            this.header = header;
        }

        /** The parameter that fills the component its accessor (a method reference) reads. */
        public Builder<D> add(DeviceParameter<D> parameter) {
            parameters.add(parameter);
            return this;
        }

        /**
         * One component made of several parameters: {@code parts} (read off the component value,
         * e.g. the junction geometry's kind and length) in file order, and {@code build} making the
         * component from their values ({@link DeviceValues#number(DeviceParameter)} etc.).
         */
        @SafeVarargs
        public final <C> Builder<D> group(Accessor<D, C> component, Function<DeviceValues, C> build,
                DeviceParameter<C>... parts) {
            return addGroup(component, false, build::apply, parts);
        }

        /**
         * One component that is a record of its own (the probe junction) or null: given by all of
         * {@code parts} (each filling one component of {@code type}) or by none (then null).
         */
        @SafeVarargs
        public final <C extends Record> Builder<D> optionalRecord(Accessor<D, C> component, Class<C> type,
                DeviceParameter<C>... parts) {
            RecordBinding<C> inner = new RecordBinding<>(device + " " + type.getSimpleName(), type, List.of(parts));
            List<String> keys = new ArrayList<>(parts.length);
            for (DeviceParameter<C> p : parts) {
                keys.add(p.key());
            }
            return addGroup(component, true, v -> {
                int given = 0;
                for (String k : keys) {
                    given += v.has(k) ? 1 : 0;
                }
                if (given == 0) {
                    return null;
                }
                if (given < keys.size()) {
                    // name the option that gave one, else the file
                    String key = keys.stream().filter(v::has).filter(k -> v.where(k).startsWith("option "))
                            .findFirst().orElse(keys.stream().filter(v::has).findFirst().orElseThrow());
                    throw v.error(key, "give all " + (keys.size() == 3 ? "three" : String.valueOf(keys.size()))
                            + " of " + String.join(", ", keys) + " or none");
                }
                return inner.build(v);
            }, parts);
        }

        @SafeVarargs
        private <C> Builder<D> addGroup(Accessor<D, C> component, boolean optional,
                Function<DeviceValues, Object> build, DeviceParameter<C>... parts) {
            String name = Accessor.component(component);
            if (name == null) {
                throw new IllegalArgumentException(device + ": a group reads a record component by a method reference");
            }
            for (DeviceParameter<C> p : parts) {
                parameters.add(p.inGroup(component, name, optional, build));
            }
            return this;
        }

        /** An old key that is still read as {@code key}, with {@code warning}. */
        public Builder<D> renamed(String old, String key, String warning) {
            renamed.put(old, new Renamed(key, warning));
            return this;
        }

        /**
         * The table.
         *
         * @throws IllegalArgumentException when a key is declared twice, a record component has no
         *     parameter, or a parameter fills no component
         */
        public DeviceTable<D> build() {
            return new DeviceTable<>(device, record, header, parameters, renamed);
        }
    }

    /** What the device is ("cooler"). */
    public String device() {
        return device;
    }

    /** The comment lines at the top of a written YAML file. */
    public List<String> header() {
        return header;
    }

    /** The parameters in file order. */
    public List<DeviceParameter<D>> parameters() {
        return List.copyOf(parameters.values());
    }

    /** The parameter of {@code key}, if the table has it (renamed keys are not looked up). */
    public Optional<DeviceParameter<D>> find(String key) {
        return Optional.ofNullable(parameters.get(key));
    }

    /** The old keys that are still read, with their new key and warning. */
    public Map<String, Renamed> renamed() {
        return renamed;
    }

    /** The keys a fit may free, in file order. */
    public List<String> fittable() {
        List<String> keys = new ArrayList<>();
        for (DeviceParameter<D> p : parameters.values()) {
            if (p.fittable()) {
                keys.add(p.key());
            }
        }
        return List.copyOf(keys);
    }

    /** The values of {@code d}, key → SI Double or word, in file order; a parameter it lacks is absent. */
    public Map<String, Object> values(D d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (DeviceParameter<D> p : parameters.values()) {
            Object v = p.accessor().apply(d);
            if (v != null) {
                m.put(p.key(), v);
            }
        }
        return m;
    }

    /** The SI value of the fittable parameter {@code key} on {@code d}. */
    public double value(D d, String key) {
        return (Double) fitParameter(key).accessor().apply(d);
    }

    /** {@code d} with the fittable parameter {@code key} set to {@code value} (SI), validated again. */
    public D with(D d, String key, double value) {
        fitParameter(key);
        Map<String, Object> v = values(d);
        v.put(key, value);
        return build(v, Map.of(), "parameter " + key);
    }

    /**
     * Where a fit of {@code key} starts from the device's {@code value}: the value, or the
     * parameter's declared start when the value is +∞ ({@link DeviceParameter#fitted(double)}).
     */
    public double fitStart(String key, double value) {
        DeviceParameter<D> p = fitParameter(key);
        return Double.isInfinite(value) && !Double.isNaN(p.infiniteStart()) ? p.infiniteStart() : value;
    }

    /** The parameter that fills the component {@code accessor} (a method reference) reads, e.g. {@code CoolerDevice::rT}. */
    public DeviceParameter<D> parameter(Accessor.OfDouble<D> accessor) {
        return parameterOf(accessor);
    }

    private DeviceParameter<D> parameterOf(Serializable accessor) {
        String name = Accessor.component(accessor);
        List<DeviceParameter<D>> found = parameters.values().stream()
                .filter(p -> p.group() == null && p.component() != null && p.component().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("no single " + device + " parameter fills the component " + name);
        }
        return found.get(0);
    }

    /** The device-file key of the component {@code accessor} reads ({@code CoolerDevice::rLeak} → rleak). */
    public String key(Accessor.OfDouble<D> accessor) {
        return parameter(accessor).key();
    }

    /**
     * Checks every value of {@code d} against its parameter (bounds, +∞, words, rules), naming the key.
     *
     * @throws IllegalArgumentException "key must be …, got …" for the first value refused
     */
    public D validate(D d) {
        for (DeviceParameter<D> p : parameters.values()) {
            String why = p.refusal(p.accessor().apply(d));
            if (why == null) {
                why = p.ruleRefusal(d);
            }
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
        }
        return d;
    }

    /** The record components and the keys that fill each, in record order (empty for a factory-built table). */
    public Map<String, List<String>> components() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (binding != null) {
            for (String c : binding.components()) {
                m.put(c, parameters.values().stream().filter(p -> c.equals(p.component())).map(DeviceParameter::key)
                        .toList());
            }
        }
        return m;
    }

    private DeviceParameter<D> fitParameter(String key) {
        DeviceParameter<D> p = parameters.get(key);
        if (p == null || !p.fittable()) {
            throw new IllegalArgumentException("unknown " + device + " parameter '" + DeviceParameter.shown(key)
                    + "'; the fittable ones are " + String.join(", ", fittable()));
        }
        return p;
    }

    /**
     * The device of {@code values} (defaults filled in here), refusing a missing required key or a
     * value the record refuses with one line naming where the value came from ({@code where}: key →
     * {@code file:line} or {@code option --x}; {@code source} for the rest) and the key.
     */
    D build(Map<String, Object> values, Map<String, String> where, String source) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (DeviceParameter<D> p : parameters.values()) {
            Object v = values.get(p.key());
            if (v == null && p.presence() == DeviceParameter.Presence.REQUIRED) {
                throw new InputException(source, 0, p.key(), "missing; it is required (see 'andreev " + device
                        + " params')");
            }
            if (v == null) {
                v = p.defaultValue();
            }
            if (v != null) {
                all.put(p.key(), v);
            }
        }
        DeviceValues dv = new DeviceValues(all, where, source);
        for (DeviceParameter<D> p : parameters.values()) {
            String why = p.refusal(all.get(p.key()));
            if (why != null) {
                throw new InputException(dv.where(p.key()) + ": " + why);
            }
        }
        D d;
        try {
            d = binding != null ? binding.build(dv) : factory.apply(dv);
        } catch (IllegalArgumentException e) {
            // a record's message starts with the key it refuses: say where that value came from
            String message = String.valueOf(e.getMessage());
            String key = message.split(" ", 2)[0];
            throw new InputException(dv.where(key) + ": " + message);
        }
        for (DeviceParameter<D> p : parameters.values()) {
            String why = p.ruleRefusal(d);
            if (why != null) {
                throw new InputException(dv.where(p.key()) + ": " + why);
            }
        }
        return d;
    }

    /** The keys, for messages. */
    List<String> keys() {
        return new ArrayList<>(parameters.keySet());
    }

    /**
     * How a record is built from its parameters' values: for each component of the canonical
     * constructor, the one parameter that fills it, or the group that does.
     */
    static final class RecordBinding<R> {
        private final Constructor<R> constructor;
        private final List<String> components = new ArrayList<>();
        private final List<Function<DeviceValues, Object>> arguments = new ArrayList<>();

        RecordBinding(String device, Class<R> record, List<DeviceParameter<R>> parameters) {
            if (!record.isRecord()) {
                throw new IllegalArgumentException(record.getName() + " is not a record");
            }
            RecordComponent[] rc = record.getRecordComponents();
            for (DeviceParameter<R> p : parameters) {
                boolean fills = false;
                for (RecordComponent c : rc) {
                    fills |= c.getName().equals(p.component());
                }
                if (!fills) {
                    throw new IllegalArgumentException(device + " parameter " + p.key() + " fills no component of "
                            + record.getSimpleName() + " (read it with a method reference to a component's accessor)");
                }
            }
            Class<?>[] types = new Class<?>[rc.length];
            for (int k = 0; k < rc.length; k++) {
                String name = rc[k].getName();
                types[k] = rc[k].getType();
                List<DeviceParameter<R>> fill = new ArrayList<>();
                for (DeviceParameter<R> p : parameters) {
                    if (name.equals(p.component())) {
                        fill.add(p);
                    }
                }
                if (fill.isEmpty()) {
                    throw new IllegalArgumentException("component " + name + " of " + record.getSimpleName()
                            + " has no parameter in the " + device + " table");
                }
                DeviceParameter<R> first = fill.get(0);
                if (first.group() != null) {
                    boolean two = false;
                    for (DeviceParameter<R> p : fill) {
                        two |= p.group() != first.group();
                    }
                    if (two) {
                        throw new IllegalArgumentException("component " + name + " is filled by two groups");
                    }
                    arguments.add(first.group());
                } else if (fill.size() > 1) {
                    throw new IllegalArgumentException("component " + name + " of " + record.getSimpleName()
                            + " is filled by " + fill.stream().map(DeviceParameter::key).toList());
                } else {
                    arguments.add(v -> v.has(first.key()) ? v.value(first) : null);
                }
                components.add(name);
            }
            try {
                constructor = record.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(record + " has no canonical constructor", e);
            }
        }

        List<String> components() {
            return components;
        }

        R build(DeviceValues v) {
            Object[] args = new Object[arguments.size()];
            for (int k = 0; k < args.length; k++) {
                args[k] = arguments.get(k).apply(v);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
