package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The habits of a command line (issue #10): suggestions, --version everywhere, help, completion. */
class CommandLineHabitsTest {

    @Test
    void aMistypedOptionGetsASuggestion() {
        CliRun.Result r = CliRun.run("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "0.3K", "--bais", "0:1mV:3");
        CliRun.assertOneLineError(r, "--bais", "did you mean --bias?");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun.Result r = CliRun.run("nis", "fitt", "x.csv");
        CliRun.assertOneLineError(r, "fitt", "did you mean fit?");
    }

    static java.util.List<String> leafCommands() {
        return HelpTest.leafCommands();
    }

    @ParameterizedTest
    @MethodSource("leafCommands")
    void versionWorksOnEverySubcommand(String command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        args.add("--version");
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("andreev ");
    }

    @Test
    void helpCommandShowsASubcommandsHelp() {
        CliRun.Result r = CliRun.run("help", "nis", "fit");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: andreev nis fit");
    }

    @Test
    void completionScriptsForBashAndZsh() {
        CliRun.Result bash = CliRun.run("completion", "bash");
        assertThat(bash.code()).isZero();
        assertThat(bash.out()).contains("complete -F").contains("nis").contains("--bias");
        CliRun.Result zsh = CliRun.run("completion", "zsh");
        assertThat(zsh.code()).isZero();
        assertThat(zsh.out()).contains("bashcompinit").contains("cooler");
        CliRun.assertOneLineError(CliRun.run("completion", "fish"), "fish");
    }

    /** A directory, a FIFO or /dev/null as a data file: said what it is, not "no such file". */
    @Test
    void aDataFileThatIsNotARegularFileIsNamedForWhatItIs(@TempDir Path dir) throws Exception {
        CliRun.assertOneLineError(CliRun.run("data", "deriv", dir.toString()), "is a directory");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", "/dev/null"), "not a regular file");
        CliRun.assertOneLineError(CliRun.run("data", "deriv", dir.resolve("missing.csv").toString()), "no such file");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFifoAsADataFileDoesNotBlock(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() != 0) {
            return; // no mkfifo on this machine: nothing to check
        }
        CliRun.assertOneLineError(CliRun.run("nis", "fit", fifo.toString(), "--free", "te"), "not a regular file");
        assertThat(Files.exists(fifo)).isTrue();
    }

    /** Messages are printable, one line, a few hundred characters at most, without class names. */
    @Test
    void messagesArePrintableShortAndFreeOfClassNames() {
        String nasty = "java.lang.IllegalArgumentException: bad \u0000 value \u001b[31m red\nsecond line " + "x".repeat(2000);
        String line = ErrorHandler.oneLine(nasty);
        assertThat(line).doesNotContain("java.lang").doesNotContain("\u0000").doesNotContain("\u001b").doesNotContain("\n");
        assertThat(line.length()).isLessThanOrEqualTo(ErrorHandler.MAX_MESSAGE);
        assertThat(line).startsWith("bad ").endsWith("…").contains("; second line");
        assertThat(ErrorHandler.oneLine("short")).isEqualTo("short");
    }

    @Test
    void aHugeHeaderGivesAShortError(@TempDir Path dir) throws Exception {
        Path wide = dir.resolve("wide.csv");
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 200_000; k++) {
            b.append(k == 0 ? "" : ",").append("c").append(k);
        }
        b.append("\n1,2\n");
        Files.writeString(wide, b);
        CliRun.Result r = CliRun.run("data", "deriv", wide.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().length()).isLessThan(ErrorHandler.MAX_MESSAGE + 100);
    }
}
