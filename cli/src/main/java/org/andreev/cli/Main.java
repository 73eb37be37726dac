package org.andreev.cli;

import java.io.PrintWriter;
import org.andreev.cli.cooler.CoolerCommand;
import org.andreev.cli.data.DataCommand;
import org.andreev.cli.mar.MarCommand;
import org.andreev.cli.nis.NisCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code andreev} command line: a thin layer over the library. Each command
 * parses options with units, makes one library call, and writes CSV, JSON or a plot.
 *
 * <p>To add a command group, write a {@code @Command} class and list it in {@code subcommands}
 * below; reuse {@link OutputOptions}, {@link QuantityConverter} and {@link Sweep}.
 */
@Command(
        name = "andreev",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Electron and heat transport in superconducting nanostructures: N-I-S"
                + " junctions, S-I-N-I-S coolers.",
        subcommands = {NisCommand.class, DataCommand.class, CoolerCommand.class, MarCommand.class, ReproduceCommand.class},
        footer = {
            "",
            "Quantities take units (0.2meV, 2kOhm, 90mK, 1e-4); a bare number is SI.",
            "Examples:",
            "  andreev reproduce --out figures",
            "  andreev nis iv --delta 0.2meV --rt 2kOhm --te 300mK --bias 0:1mV:201",
            "  andreev nis iv --help",
            "",
            "Exit codes: 0 ok, 2 bad input (one line on stderr), 3 fit did not converge, 1 internal error."
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand, says what there is. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cl = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /** Runs {@code args} with the given streams and returns the exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"andreev " + (v == null ? "(development build)" : v)};
        }
    }
}
