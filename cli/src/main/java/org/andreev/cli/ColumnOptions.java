package org.andreev.cli;

import java.util.List;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Which columns of a data file hold the curve, and in which units: {@code --x NAME --x-unit mV
 * --y NAME --y-unit G0}. A name matches a header cell in full or without its unit ({@code V} finds
 * {@code V[mV]} and {@code V_mV}); a whole number is a 1-based column index. Without a unit option
 * the unit in the header is used, and without one the numbers are SI. Use as {@code @Mixin}.
 *
 * <p>The one declaration of these four options for every command that reads a curve: this class
 * reads a bias voltage and a current (or a conductance, where the command says so); a command that
 * reads other columns mixes in a subclass that names them with two {@link Axis} values
 * ({@code cli.neck.TraceOptions}: z and R; {@code cli.dvdi.DvdiColumns}: V and dV/dI) and declares
 * {@code @Command(modelTransformer = ColumnOptions.Generated.class)}: its four options are then
 * generated (picocli's {@link OptionSpec#builder}) from the axes in place of this class's, so their
 * names, help and parsing are these. (The transformer is the subclass's alone: picocli keeps one
 * model transformer per command, so a command should not mix in a subclass and another mixin
 * with a transformer, e.g. {@code cli.cooler.DeviceOptions}.)
 */
public class ColumnOptions {

    /**
     * One column option pair ({@code --x} and {@code --x-unit}, or the same for y).
     *
     * @param column    the default column (a header name)
     * @param dimension what the column holds
     * @param what      the column's help: "Column of {what}: header name or …"
     * @param name      the column in the unit's help: "Unit of the {name} column, e.g. …"
     * @param example   a unit for the help ("mV", "Ohm or kOhm")
     * @param note      help before the default of the unit ("S or G0 where a conductance is accepted; "), or ""
     * @param fallback  what a number without a unit is read in ("SI", "m")
     */
    public record Axis(String column, Dimension dimension, String what, String name, String example, String note,
            String fallback) {}

    private final Axis xAxis;
    private final Axis yAxis;

    // The options as this class reads them (V and I). A subclass names other axes: its transformer
    // (Generated) replaces these four, where picocli placed them, by options made from its axes.
    @Option(names = "--x", paramLabel = "COLUMN", defaultValue = "V",
            description = "Column of the bias voltage: header name or 1-based index (default: ${DEFAULT-VALUE}).")
    String x;

    @Option(names = "--x-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the x column, e.g. mV (default: from the header, else SI).")
    String xUnit;

    @Option(names = "--y", paramLabel = "COLUMN", defaultValue = "I",
            description = "Column of the measured y values (a current, or where the command says so a"
                    + " conductance): header name or 1-based index (default: ${DEFAULT-VALUE}).")
    String y;

    @Option(names = "--y-unit", paramLabel = "UNIT", defaultValue = "",
            description = "Unit of the y column, e.g. nA (S or G0 where a conductance is accepted; default:"
                    + " from the header, else SI).")
    String yUnit;

    /** A bias voltage V and a current I (or a conductance where the command says so). */
    public ColumnOptions() {
        this(new Axis("V", Dimension.VOLTAGE, "the bias voltage", "x", "mV", "", "SI"),
                new Axis("I", Dimension.CURRENT, "the measured y values (a current, or where the command says so a"
                        + " conductance)", "y", "nA", "S or G0 where a conductance is accepted; ", "SI"));
    }

    /** The columns {@code xAxis} and {@code yAxis}. */
    protected ColumnOptions(Axis xAxis, Axis yAxis) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /**
     * Puts a subclass's four column options where the mixin stands: picocli has placed this class's
     * annotated ones there (so the help lists them in the command's order); they are replaced by the
     * options generated from the subclass's axes, and the options after them are put back behind
     * (options of an argument group cannot move: a command with one should mix in no subclass).
     */
    public static final class Generated implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            ColumnOptions mine = spec.mixins().values().stream().map(CommandSpec::userObject)
                    .filter(ColumnOptions.class::isInstance).map(ColumnOptions.class::cast).findFirst().orElse(null);
            OptionSpec placeholder = spec.findOption("--x");
            if (mine == null || mine.getClass() == ColumnOptions.class || placeholder == null
                    || !(placeholder.userObject() instanceof java.lang.reflect.Field f && f.getDeclaringClass() == ColumnOptions.class)) {
                return spec; // none here, or done
            }
            List<OptionSpec> all = spec.options();
            List<OptionSpec> behind = new java.util.ArrayList<>(all.subList(all.indexOf(placeholder), all.size()))
                    .stream().filter(o -> o.group() == null).toList();
            behind.forEach(spec::remove);
            mine.addTo(spec);
            for (OptionSpec o : behind) {
                if (!NAMES.contains(o.longestName())) {
                    spec.addOption(o);
                }
            }
            return spec;
        }
    }

    private void addTo(CommandSpec spec) {
        spec.addOption(column("--x", xAxis, v -> x = v));
        spec.addOption(unit("--x-unit", xAxis, v -> xUnit = v));
        spec.addOption(column("--y", yAxis, v -> y = v));
        spec.addOption(unit("--y-unit", yAxis, v -> yUnit = v));
    }

    private static OptionSpec column(String name, Axis a, java.util.function.Consumer<String> store) {
        return option(name, "COLUMN", a.column(), store, "Column of " + a.what()
                + ": header name or 1-based index (default: ${DEFAULT-VALUE}).");
    }

    private static OptionSpec unit(String name, Axis a, java.util.function.Consumer<String> store) {
        return option(name, "UNIT", "", store, "Unit of the " + a.name() + " column, e.g. " + a.example() + " ("
                + a.note() + "default: from the header, else " + a.fallback() + ").");
    }

    private static OptionSpec option(String name, String label, String defaultValue,
            java.util.function.Consumer<String> store, String description) {
        ISetter setter = new ISetter() {
            @Override
            public <T> T set(T value) {
                store.accept((String) value);
                return null;
            }
        };
        return OptionSpec.builder(name).type(String.class).paramLabel(label).arity("1").defaultValue(defaultValue)
                .setter(setter).description(description).build();
    }

    /** The x column as its axis's quantity (a voltage here). */
    public ColumnSpec xSpec() {
        return new ColumnSpec(ColumnRef.parse(x), xAxis.dimension(), xUnit);
    }

    /** The y column as its axis's quantity. */
    public ColumnSpec ySpec() {
        return ySpec(yAxis.dimension());
    }

    /** The y column as a quantity of {@code dimension}. */
    public ColumnSpec ySpec(Dimension dimension) {
        return new ColumnSpec(ColumnRef.parse(y), dimension, yUnit);
    }

    /** The y unit given with {@code --y-unit}, or "" when none. */
    public String yUnit() {
        return yUnit;
    }

    /** The option names, for messages and tests. */
    public static final List<String> NAMES = List.of("--x", "--x-unit", "--y", "--y-unit");
}
