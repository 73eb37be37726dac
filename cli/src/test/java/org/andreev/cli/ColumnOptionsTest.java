package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.andreev.cli.dvdi.DvdiColumns;
import org.andreev.cli.neck.TraceOptions;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.units.Dimension;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The column options are declared once ({@link ColumnOptions}) and read alike in every command
 * that mixes them in: the defaults and help of each axis pair (V/I, z/R, V/dVdI), a given value and
 * unit, and the place in the help of a command that lists its options in order (issue #6; the
 * commands' full help texts were compared with the previous commit's: identical).
 */
class ColumnOptionsTest {

    @Command(name = "c", sortOptions = false)
    static final class Curve {
        @Option(names = "--before") String before;
        @Mixin ColumnOptions columns;
        @Option(names = "--after") String after;
    }

    @Command(name = "t", sortOptions = false)
    static final class Traces {
        @Option(names = "--before") String before;
        @Mixin TraceOptions columns;
        @Option(names = "--after") String after;
    }

    @Command(name = "d", sortOptions = false)
    static final class Dvdi {
        @Option(names = "--before") String before;
        @Mixin DvdiColumns columns;
        @Option(names = "--after") String after;
    }

    private static List<String> names(CommandLine cl) {
        return cl.getCommandSpec().options().stream().map(OptionSpec::longestName).toList();
    }

    @Test
    void eachAxisPairHasItsDefaultsAndTheOptionsStandWhereTheMixinIs() {
        Curve c = new Curve();
        CommandLine cl = new CommandLine(c);
        cl.parseArgs();
        assertThat(c.columns.xSpec()).isEqualTo(new ColumnSpec(ColumnRef.parse("V"), Dimension.VOLTAGE, ""));
        assertThat(c.columns.ySpec(Dimension.CURRENT)).isEqualTo(new ColumnSpec(ColumnRef.parse("I"), Dimension.CURRENT, ""));
        assertThat(names(cl)).containsExactly("--before", "--x", "--x-unit", "--y", "--y-unit", "--after");

        Traces t = new Traces();
        cl = new CommandLine(t);
        cl.parseArgs();
        assertThat(t.columns.xSpec()).isEqualTo(new ColumnSpec(ColumnRef.parse("z"), Dimension.LENGTH, ""));
        assertThat(t.columns.ySpec()).isEqualTo(new ColumnSpec(ColumnRef.parse("R"), Dimension.RESISTANCE, ""));
        assertThat(names(cl)).containsExactly("--before", "--x", "--x-unit", "--y", "--y-unit", "--trace-column", "--after");
        assertThat(cl.setUsageHelpWidth(200).getUsageMessage()).contains("Column of the elongation z: header name or 1-based index (default: z).")
                .contains("Unit of the R column, e.g. kOhm (default: from the header, else Ohm).");

        Dvdi d = new Dvdi();
        cl = new CommandLine(d);
        cl.parseArgs("--x", "2", "--x-unit", "mV", "--y", "dV/dI", "--y-unit", "kOhm", "--after", "a");
        assertThat(d.columns.xSpec()).isEqualTo(new ColumnSpec(ColumnRef.parse("2"), Dimension.VOLTAGE, "mV"));
        assertThat(d.columns.ySpec()).isEqualTo(new ColumnSpec(ColumnRef.parse("dV/dI"), Dimension.RESISTANCE, "kOhm"));
        assertThat(d.after).isEqualTo("a");
        assertThat(names(cl)).containsExactly("--before", "--x", "--x-unit", "--y", "--y-unit", "--after");
        assertThat(cl.setUsageHelpWidth(200).getUsageMessage()).contains("Column of dV/dI: header name or 1-based index (default: dVdI).")
                .contains("Unit of the y column, e.g. Ohm or kOhm (default: from the header, else SI).");
    }
}
