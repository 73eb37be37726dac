package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@link Main#run} tells picocli not to register its reflective java.sql/java.time converters
 * (start-up); that is only right while no option or parameter of any command has such a type
 * without a converter of its own.
 */
class ConverterExcludesTest {

    @org.junit.jupiter.api.Test
    void noOptionNeedsAnExcludedConverter() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> offending = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        walk(root, offending, seen);
        assertThat(seen).hasSizeGreaterThan(100); // the whole tree was walked
        assertThat(offending).isEmpty();
    }

    private static void walk(CommandLine cl, List<String> offending, List<String> seen) {
        for (ArgSpec a : cl.getCommandSpec().args()) {
            List<Class<?>> types = new ArrayList<>(List.of(a.type()));
            types.addAll(List.of(a.auxiliaryTypes()));
            for (Class<?> t : types) {
                seen.add(t.getName());
                if (t.getName().matches(Main.NO_OPTION_TYPES) && a.converters().length == 0) {
                    offending.add(cl.getCommandSpec().qualifiedName() + " " + a + ": " + t.getName());
                }
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            walk(sub, offending, seen);
        }
    }
}
