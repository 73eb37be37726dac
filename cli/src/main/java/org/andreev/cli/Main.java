package org.andreev.cli;

import java.io.PrintWriter;
import org.andreev.cli.cooler.CoolerCommand;
import org.andreev.cli.data.DataCommand;
import org.andreev.cli.dvdi.DvdiCommand;
import org.andreev.cli.mar.MarCommand;
import org.andreev.cli.neck.NeckCommand;
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
        subcommands = {NisCommand.class, DataCommand.class, CoolerCommand.class, MarCommand.class, NeckCommand.class, DvdiCommand.class,
            ReproduceCommand.class, org.andreev.cli.server.ServerCommand.class, CompletionCommand.class, HelpCommand.class},
        footer = {
            "",
            "Quantities take units (0.2meV, 2kOhm, 90mK, 1e-4); a bare number is SI.",
            "Examples:",
            "  andreev reproduce --out figures",
            "  andreev nis iv --delta 0.2meV --rt 2kOhm --te 300mK --bias 0:1mV:201",
            "  andreev nis iv --help",
            "  andreev help nis fit",
            "  source <(andreev completion bash)",
            "",
            "Exit codes: 0 ok, 2 bad input (one line on stderr), 3 fit did not converge, 1 internal error.",
            "141 (as for SIGPIPE, silently) when the reader closed standard output, e.g. '| head'."
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
        return withHandlers(new CommandLine(new Main()), out, err);
    }

    /**
     * The command line for {@code args}: when they start with a command group ({@code nis},
     * {@code cooler}, ...), only that group's commands are built, under a root named {@code andreev}
     * that parses and reports exactly as the full tree does (a test holds them equal); for
     * {@code --version} alone, the root alone; otherwise (root help, {@code help} and
     * {@code completion}, which walk the whole tree, a mistyped group) the full tree. Building every command's model is most of the start-up time
     * of a short command (picocli inspects each option by reflection, in the interpreter), and the
     * tree grows with every device; see docs/performance.md, "Start-up".
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the version alone needs no command at all (the full tree is half a second of reflection)
            CommandLine.Model.CommandSpec root = CommandLine.Model.CommandSpec.wrapWithoutInspection(new Main())
                    .name("andreev");
            root.mixinStandardHelpOptions(true);
            return withHandlers(new CommandLine(root), out, err);
        }
        if (args.length > 0) {
            for (Class<?> group : Main.class.getAnnotation(Command.class).subcommands()) {
                if (group != HelpCommand.class && group != CompletionCommand.class
                        && group.getAnnotation(Command.class).name().equals(args[0])) {
                    CommandLine root = new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new Main())
                            .name("andreev"));
                    try {
                        root.addSubcommand(group(group, args.length > 1 ? args[1] : null));
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot build the command group " + args[0], e);
                    }
                    return withHandlers(root, out, err);
                }
            }
        }
        return commandLine(out, err);
    }

    /**
     * The command group {@code group}; when {@code next} names one of its commands (the usual
     * {@code nis iv ...}), with that command alone under it: what that command parses and prints
     * (usage, errors, suggestions) involves only itself and the names of its parents, and building
     * one command's model instead of the group's three to six halves the model's cost. Anything else
     * after the group (its help, a mistyped command) gets the whole group.
     */
    private static CommandLine group(Class<?> group, String next) throws Exception {
        Command annotation = group.getAnnotation(Command.class);
        if (next != null) {
            for (Class<?> leaf : annotation.subcommands()) {
                Command command = leaf.getAnnotation(Command.class);
                if (command != null && (command.name().equals(next) || java.util.Arrays.asList(command.aliases()).contains(next))) {
                    CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec
                            .wrapWithoutInspection(CommandLine.defaultFactory().create(group))
                            .name(annotation.name());
                    spec.mixinStandardHelpOptions(annotation.mixinStandardHelpOptions());
                    CommandLine cl = new CommandLine(spec);
                    cl.addSubcommand(new CommandLine(CommandLine.defaultFactory().create(leaf)));
                    return cl;
                }
            }
        }
        return new CommandLine(CommandLine.defaultFactory().create(group));
    }

    private static CommandLine withHandlers(CommandLine cl, PrintWriter out, PrintWriter err) {
        ErrorHandler handler = new ErrorHandler();
        cl.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler);
        configure(cl, new Version());
        return cl;
    }

    /**
     * What every command of the tree shares: {@code --version} answers on every subcommand (picocli
     * gives a subcommand the provider only when declared), and usage help is at least as wide as its
     * longest example line, so that an example is never wrapped mid-command (a narrower terminal
     * soft-wraps the line, and a soft-wrapped line pastes as one).
     */
    private static void configure(CommandLine cl, CommandLine.IVersionProvider version) {
        cl.getCommandSpec().versionProvider(version);
        int widest = 80;
        for (String line : cl.getCommandSpec().usageMessage().footer()) {
            widest = Math.max(widest, line.length() + 2);
        }
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(Math.min(widest, 240));
        cl.setUsageHelpLongOptionsMaxWidth(30);
        for (CommandLine sub : cl.getSubcommands().values()) {
            configure(sub, version);
        }
    }

    /** Runs {@code args} with the given streams and returns the exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, NO_OPTION_TYPES);
        }
        int code = commandLine(out, err, args).execute(args);
        if (out.checkError() && code == 0 && out instanceof StandardOutput s && s.closedByReader()) {
            code = StandardOutput.CLOSED_BY_READER; // the reader stopped reading: quietly, as Unix tools do
        } else if (out.checkError() && code == 0) {
            // whatever the command printed (help, a listing) did not arrive: that is no success
            err.println("andreev: cannot write to standard output (" + StandardOutput.reason(out) + ")");
            code = ErrorHandler.BAD_INPUT;
        }
        err.flush();
        return code;
    }

    /**
     * picocli's property naming the classes whose built-in converters it does not register, and
     * ours: java.sql.* and java.time.*, which no option of this tool has. picocli finds those
     * converters by reflection (Class.forName and a method lookup for each of twenty classes) for
     * every CommandLine it makes, three or four per command: a few milliseconds of every start.
     * An option of such a type would need its own converter.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    static final String NO_OPTION_TYPES = "java\\.[st].*";

    public static void main(String[] args) {
        // not System.out: a PrintStream swallows write errors (StandardOutput says why and how a
        // full disk and a closed pipe are answered)
        PrintWriter out = StandardOutput.open();
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
