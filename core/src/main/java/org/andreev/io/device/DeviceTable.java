package org.andreev.io.device;

import java.util.ArrayList;
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
 * parameter names ({@link #fittable}) and the error messages (key, file and line, or option).
 *
 * <p>A new device declares its table once, e.g. (the cooler's, {@code cooler.DeviceFile}):
 * <pre>{@code
 * DeviceTable<CoolerDevice> table = new DeviceTable<>("cooler", header, List.of(
 *         quantity("delta", ENERGY, "superconducting gap", CoolerDevice::delta).fitted(), ...),
 *         Map.of(), v -> new CoolerDevice(v.number("delta"), ...));
 * }</pre>
 *
 * @param <D> the device record; its compact constructor validates and names the key first in its
 *            message ({@code "rt must be > 0 Ohm, got -1"}), which is then reported where that key came from
 */
public final class DeviceTable<D> {
    private final String device;
    private final List<String> header;
    private final Map<String, DeviceParameter<D>> parameters = new LinkedHashMap<>();
    private final Map<String, Renamed> renamed;
    private final Function<DeviceValues, D> factory;

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
        this.header = List.copyOf(header);
        for (DeviceParameter<D> p : parameters) {
            if (parameters().stream().anyMatch(q -> q.option().equals(p.option())) || renamed.containsKey(p.key())) {
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
        return parameters.values().stream().filter(DeviceParameter::fittable).map(DeviceParameter::key).toList();
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
        try {
            return factory.apply(dv);
        } catch (IllegalArgumentException e) {
            // a record's message starts with the key it refuses: say where that value came from
            String message = String.valueOf(e.getMessage());
            String key = message.split(" ", 2)[0];
            throw new InputException(dv.where(key) + ": " + message);
        }
    }

    /** The keys, for messages. */
    List<String> keys() {
        return new ArrayList<>(parameters.keySet());
    }
}
