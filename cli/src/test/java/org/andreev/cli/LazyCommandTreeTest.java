package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@link Main} builds only the command group a command line starts with, and of that group only the
 * command named next when there is one (start-up time); what it prints and returns must be exactly
 * what the full command tree gives.
 */
class LazyCommandTreeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nis iv --delta 0.2meV --rt 2kOhm --te 300mK --bias 0:1mV:3",
        "nis iv --delta 0.2 --rt 2kOhm --te 300mK",
        "nis fitt",
        "nis iv --help",
        "nis",
        "cooler params --rt -1",
        "cooler params --sigma-eph 2nW",
        "cooler iv --tbath 100mK --bias 0:0.4mV:3",
        "data deriv missing.csv",
        "reproduce --help",
        "nis iv --version",
        "nis iv --bais 0:1mV:3",
        "nis iv",
        "nis fit --help",
        "nis thermometer --help",
        "nis --help",
        "cooler optimize --help",
        "mar iv --help",
        "mar ic --delta 1.35meV",
        "neck shape --help",
        "dvdi peaks --help",
        "data deriv --help",
    })
    void theGroupAloneAnswersAsTheFullTree(String line) {
        String[] args = line.split(" ");
        StringWriter lazyOut = new StringWriter();
        StringWriter lazyErr = new StringWriter();
        CommandLine lazy = Main.commandLine(new PrintWriter(lazyOut), new PrintWriter(lazyErr), args);
        assertThat(lazy.getSubcommands()).containsOnlyKeys(args[0]);
        if (args.length > 1 && !args[1].startsWith("-") && !args[1].equals("fitt")) {
            assertThat(lazy.getSubcommands().get(args[0]).getSubcommands()).containsOnlyKeys(args[1]);
        }
        int lazyCode = lazy.execute(args);
        StringWriter fullOut = new StringWriter();
        StringWriter fullErr = new StringWriter();
        int fullCode = Main.commandLine(new PrintWriter(fullOut), new PrintWriter(fullErr)).execute(args);
        assertThat(lazyCode).isEqualTo(fullCode);
        assertThat(lazyOut.toString()).isEqualTo(fullOut.toString());
        assertThat(lazyErr.toString()).isEqualTo(fullErr.toString());
    }

    @ParameterizedTest
    @CsvSource({"--version", "-V"})
    void theVersionAloneNeedsNoCommandAndAnswersAsTheFullTree(String arg) {
        StringWriter lazyOut = new StringWriter();
        StringWriter lazyErr = new StringWriter();
        CommandLine lazy = Main.commandLine(new PrintWriter(lazyOut), new PrintWriter(lazyErr), arg);
        assertThat(lazy.getSubcommands()).isEmpty();
        int lazyCode = lazy.execute(arg);
        StringWriter fullOut = new StringWriter();
        StringWriter fullErr = new StringWriter();
        int fullCode = Main.commandLine(new PrintWriter(fullOut), new PrintWriter(fullErr)).execute(arg);
        assertThat(lazyCode).isEqualTo(fullCode).isZero();
        assertThat(lazyOut.toString()).isEqualTo(fullOut.toString()).startsWith("andreev ");
        assertThat(lazyErr.toString()).isEqualTo(fullErr.toString());
    }

    @ParameterizedTest
    @CsvSource({"--help", "--version --help", "nsi", "help"})
    void anythingElseGetsTheFullTree(String line) {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                line.split(" "));
        assertThat(cl.getSubcommands()).containsKeys("nis", "cooler", "data", "reproduce");
    }
}
