package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command answers --help with exit code 0 and shows an example. */
class HelpTest {

    /** The full name (words after "andreev") of every command that does something. */
    static List<String> leafCommands() {
        List<String> names = new ArrayList<>();
        collect(Main.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter())), names);
        return names;
    }

    private static void collect(CommandLine cl, List<String> names) {
        if (cl.getSubcommands().isEmpty()) {
            names.add(cl.getCommandSpec().qualifiedName().substring("andreev".length()).strip());
        }
        cl.getSubcommands().values().forEach(sub -> {
            if (!sub.getCommandName().equals("help")) {
                collect(sub, names);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("leafCommands")
    void helpShowsAnExample(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: andreev " + command).contains("Example").contains("andreev " + command);
    }

    @org.junit.jupiter.api.Test
    void theCommandTreeHasTheAgreedCommands() {
        assertThat(leafCommands()).contains("nis iv", "reproduce");
    }
}
