package org.andreev.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code andreev help [COMMAND...]}: the help of any command of the tree, named by its words
 * ({@code andreev help nis fit} is {@code andreev nis fit --help}); picocli's own help command
 * looks one level down only.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = {"Show the help of a command: andreev help nis fit."},
        footer = {"", "Examples:", "  andreev help", "  andreev help nis fit"})
public final class HelpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command's words, e.g. nis fit.")
    private List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine target = spec.root().commandLine();
        for (String word : words) {
            CommandLine next = target.getSubcommands().get(word);
            if (next == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no command '" + String.join(" ", words)
                        + "': '" + target.getCommandSpec().qualifiedName() + "' has " + String.join(", ", target.getSubcommands().keySet()));
            }
            target = next;
        }
        target.usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
