package org.andreev.cli.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.andreev.cli.Main;
import org.andreev.cli.QuantityConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code andreev server status|stop}: the resident command servers the launcher keeps for this
 * checkout, one per working directory ({@link CommandServer}); {@code run} is how the launcher
 * starts one.
 */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = {
            "The command servers: the launcher runs short commands (nis iv, neck size, data deriv, ...) in a"
                    + " resident JVM, one per working directory, that ends itself after 10 minutes without a"
                    + " command. Set ANDREEV_SERVER=0 to run every command in a fresh JVM instead.",
            "Output of status: one line per server: its directory, pid, commands served, CPU time and idle time."
        },
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Examples:", "  andreev server status", "  andreev server stop"})
public final class ServerCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The state directory (default: 'servers' next to the jar).")
    Path dir;

    /** Lists the servers and what they have done. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "List the running command servers of this checkout.",
            footer = {"", "Example:", "  andreev server status"})
    int status() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (askEach("status", out::println) == 0) {
            out.println("no command server is running");
        }
        out.flush();
        return 0;
    }

    /** Stops every server. */
    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the command servers of this checkout (they stop by themselves after 10 idle minutes).",
            footer = {"", "Example:", "  andreev server stop"})
    int stop() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int stopped = askEach("stop", answer -> { });
        out.println("stopped " + stopped + " command server" + (stopped == 1 ? "" : "s"));
        out.flush();
        return 0;
    }

    /** Sends {@code kind} to every server of the state directory; how many answered (each answer to {@code answers}). */
    private int askEach(String kind, java.util.function.Consumer<String> answers) throws IOException {
        int answered = 0;
        for (Path state : states()) {
            String answer = ask(state, kind);
            if (answer != null) {
                answers.accept(answer);
                answered++;
            }
        }
        return answered;
    }

    /** Runs a server in this JVM until it ends (started by the launcher, in the background). */
    @Command(name = "run", hidden = true, mixinStandardHelpOptions = true,
            description = "Run a command server for the working directory in this JVM (the launcher starts it).",
            footer = {"", "Example (a server that ends after one idle second):", "  andreev server run --state server.state --idle 1s"})
    int run(@Option(names = "--state", required = true, paramLabel = "FILE") Path state,
            @Option(names = "--idle", paramLabel = "TIME", defaultValue = "600s", converter = QuantityConverter.Time.class,
                    description = "Stop after this long without a command (default 600s).") double idle,
            @Option(names = "--jar", paramLabel = "FILE", description = "Stop when this jar changes.") Path jar)
            throws IOException {
        CommandServer server = CommandServer.start(state, Duration.ofMillis(Math.round(idle * 1e3)), jar);
        server.whenAbandoned(() -> {
            // the launcher was interrupted: end the command as SIGINT ends a fresh JVM (shutdown hooks
            // delete its temporary files; no --out file appears later), and the next command starts a server
            server.stop();
            System.exit(130);
        });
        server.serve();
        return 0;
    }

    private Iterable<Path> states() throws IOException {
        Path d = dir != null ? dir : defaultDirectory();
        if (!Files.isDirectory(d)) {
            return java.util.List.of();
        }
        java.util.List<Path> states = new java.util.ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
            for (Path p : files) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
                        && !p.getFileName().toString().endsWith(".starting")) {
                    states.add(p);
                }
            }
        }
        java.util.Collections.sort(states);
        return states;
    }

    /** The launcher's state directory: {@code servers} next to the jar (or the classes directory). */
    static Path defaultDirectory() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("servers");
        } catch (Exception e) {
            return Path.of("servers");
        }
    }

    /** Sends {@code kind} to the server of {@code state}; its one-line answer, or null if none answers. */
    static String ask(Path state, String kind) {
        try {
            String[] words = Files.readString(state, StandardCharsets.UTF_8).trim().split(" ");
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(words[0]))) {
                s.setSoTimeout(2000);
                OutputStream o = s.getOutputStream();
                o.write((CommandServer.MAGIC + "\0" + words[1] + "\0" + kind + "\0").getBytes(StandardCharsets.UTF_8));
                o.flush();
                InputStream in = s.getInputStream();
                String line = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return line.isEmpty() ? null : line;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
