package org.andreev.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a shell completion script for the whole command tree (picocli's {@link AutoComplete}): a
 * bash script, which zsh runs too after {@code autoload -U +X bashcompinit && bashcompinit}.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash or zsh (commands, subcommands and options)."},
        footer = {
            "",
            "Examples:",
            "  andreev completion bash > andreev-completion.bash",
            "  andreev completion zsh > andreev-completion.zsh",
            "Load it in the current shell with: source <(andreev completion bash)",
            "(zsh: autoload -U +X bashcompinit && bashcompinit && source <(andreev completion zsh))"
        })
public final class CompletionCommand implements Callable<Integer> {

    /** The shells a script is made for. */
    public enum Shell { bash, zsh }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    private Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = AutoComplete.bash("andreev", root);
        if (shell == Shell.zsh) {
            script = "# andreev completion for zsh: runs through bashcompinit\n"
                    + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        StandardOutput.stopIfClosedByReader(out);
        if (out.checkError()) {
            throw new java.io.UncheckedIOException(new java.io.IOException("cannot write the script to standard output ("
                    + StandardOutput.reason(out) + ")"));
        }
        return 0;
    }
}
