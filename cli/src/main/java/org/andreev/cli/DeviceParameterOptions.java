package org.andreev.cli;

import java.util.Map;
import org.andreev.io.device.DeviceParameter;
import org.andreev.io.device.DeviceTable;
import org.andreev.units.Dimension;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command-line options of a device, generated from its {@link DeviceTable}: one option per
 * parameter, named in kebab case ({@code --sigma-eph}), with the device-file key ({@code --sigma_eph})
 * accepted as a hidden alias and every renamed key ({@link DeviceTable#renamed}) as a hidden option
 * that the reader warns about. The option's converter parses the value as the device file would
 * ({@link DeviceParameter#parse}), so a unit error is reported by picocli naming the option
 * ({@code Invalid value for option '--rt': '2kV' is not a resistance ...}); the text is kept,
 * key → text, for the device-file reader, which applies it over the file's values and reports a
 * value the device refuses as {@code option --rt: ...}.
 *
 * <p>Why generated options, not one repeatable {@code --set key=value}: each parameter then has
 * its own line in {@code --help} with its meaning and unit, shell completion and typo suggestions
 * ({@code --sigma-ehp} → {@code --sigma-eph}) work, and a unit error names the option the user
 * typed. The table stays the one place a parameter is declared; this class only reads it.
 */
public final class DeviceParameterOptions {
    private DeviceParameterOptions() {}

    /**
     * The mixin of {@code type} in {@code spec} (a model transformer's own options object), found
     * with a loop: this runs at the start of every device command, where each lambda of a stream
     * would be a class spun at run time (docs/performance.md, "Start-up").
     *
     * @throws IllegalStateException when the command does not mix {@code type} in
     */
    public static <T> T mixin(CommandSpec spec, Class<T> type) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (type.isInstance(mixin.userObject())) {
                return type.cast(mixin.userObject());
            }
        }
        throw new IllegalStateException(spec.qualifiedName() + " has no " + type.getSimpleName() + " mixin");
    }

    /**
     * In a command's description or footer: the table's fittable keys ({@link DeviceTable#fittable}),
     * comma-separated, filled in when the options are added, so that no help text lists them by hand.
     */
    public static final String FITTABLE_KEYS = "{fittable}";

    /**
     * Adds the options of {@code table} to {@code spec}; a given value is stored into
     * {@code values} as key → text (a renamed key under its old name).
     */
    public static void addTo(CommandSpec spec, DeviceTable<?> table, Map<String, String> values) {
        addTo(spec, table, values, java.util.Set.of());
    }

    /**
     * As {@link #addTo(CommandSpec, DeviceTable, Map)}, without the options of the keys {@code skip}
     * (the command declares those itself, e.g. a fit's start values).
     */
    public static void addTo(CommandSpec spec, DeviceTable<?> table, Map<String, String> values,
            java.util.Set<String> skip) {
        String fittable = String.join(", ", table.fittable());
        spec.usageMessage().description(fill(spec.usageMessage().description(), fittable));
        spec.usageMessage().footer(fill(spec.usageMessage().footer(), fittable));
        for (DeviceParameter<?> p : table.parameters()) {
            if (skip.contains(p.key())) {
                continue;
            }
            spec.addOption(option(p.option(), p, values, p.key()).description(description(p)).build());
            String alias = "--" + p.key();
            if (!alias.equals(p.option())) {
                spec.addOption(option(alias, p, values, p.key()).hidden(true).build());
            }
        }
        for (Map.Entry<String, DeviceTable.Renamed> r : table.renamed().entrySet()) {
            if (skip.contains(r.getValue().key())) {
                continue;
            }
            DeviceParameter<?> p = table.find(r.getValue().key()).orElseThrow();
            spec.addOption(option("--" + r.getKey(), p, values, r.getKey()).hidden(true).build());
        }
    }

    /** The option's line in {@code --help}: "Device: comment, e.g. unit, unit; or inf. Default value." */
    private static String description(DeviceParameter<?> p) {
        StringBuilder d = new StringBuilder(160).append("Device: ").append(p.comment());
        if (p.dimension() != null && p.dimension() != Dimension.DIMENSIONLESS) {
            java.util.List<String> units = p.dimension().commonUnits();
            d.append(", e.g. ").append(String.join(", ", units.subList(0, Math.min(2, units.size()))));
        }
        if (p.infinite()) {
            d.append("; or inf");
        }
        d.append('.');
        if (p.defaultValue() != null) {
            d.append(" Default ").append(p.format(p.defaultValue())).append('.');
        }
        return d.toString();
    }

    /** {@code lines} with {@link #FITTABLE_KEYS} replaced (a loop: start-up, as {@link #mixin}). */
    private static String[] fill(String[] lines, String fittable) {
        String[] filled = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            filled[i] = lines[i].replace(FITTABLE_KEYS, fittable);
        }
        return filled;
    }

    private static OptionSpec.Builder option(String name, DeviceParameter<?> p, Map<String, String> values,
            String key) {
        ISetter store = new ISetter() {
            @Override
            public <T> T set(T value) {
                if (value != null) { // picocli sets the (absent) default first
                    values.put(key, (String) value);
                }
                return null;
            }
        };
        return OptionSpec.builder(name).type(String.class).paramLabel(p.label()).converters(new Check(p))
                .setter(store).arity("1");
    }

    /**
     * Parses the value as the device file would and keeps the text. A class, not a lambda: a lambda
     * implementing picocli's Java 5 interface cannot come from the class archive (the launcher
     * leaves those out of it) and would be spun at every start.
     */
    private static final class Check implements ITypeConverter<String> {
        private final DeviceParameter<?> p;

        Check(DeviceParameter<?> p) {
            this.p = p;
        }

        @Override
        public String convert(String text) {
            try {
                Object value = p.parse(text);
                QuantityConverter range = QuantityConverter.forDevice(p.key(), p.dimension());
                if (range != null && value instanceof Double v && Double.isFinite(v)) {
                    range.checked(text, v); // the option's plausible range, before the device sees it
                }
                return text;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
