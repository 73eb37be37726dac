package org.andreev.cli.server;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.andreev.cli.Main;
import org.andreev.cli.StandardOutput;

/**
 * The resident command server: one JVM, started in the background by the {@code andreev} launcher,
 * that runs the short commands of one working directory, so that a script calling
 * {@code andreev nis iv ...} a hundred times pays for one JVM start and one warm-up instead of a
 * hundred (docs/performance.md, "Start-up"; docs/guide.md, "The command server"). It runs exactly what
 * a fresh JVM runs ({@link Main#run}) with the caller's standard output and error, in the
 * directory it was started in; whatever could make the answer differ sends the launcher back to a
 * fresh JVM:
 * <ul>
 *   <li>another working directory, umask or value of one of the environment variables the tool or
 *       its JVM reads (the launcher sends them; {@code refuse stale}: the server exits and the
 *       launcher starts one for the new setting);
 *   <li>a working directory whose path now names another directory (deleted and made again; renamed
 *       and replaced) is another directory ({@code refuse stale}; the server also exits by itself);
 *   <li>a jar rebuilt since the server started ({@code refuse stale}, and the server exits);
 *   <li>an argument naming, through symbolic links, a file of /dev or /proc ({@code refuse here}:
 *       standard input and the caller's file descriptors are not the server's);
 *   <li>a command still running ({@code refuse busy}: one command at a time, the caller runs its
 *       own JVM alongside).
 * </ul>
 * It exits by itself after {@code idle} without a command, when its state file no longer names it
 * (another server took the directory) or when its jar changed.
 *
 * <p><b>Protocol</b> (loopback TCP; every field ended by a NUL byte; its bytes are those of the
 * argument or variable, decoded as the JVM decodes its own argv and environment). Every connection
 * opens with {@code andreev-serve-1}, the token from the state file, a kind and a request id:
 * <ul>
 *   <li>{@code out ID}, {@code err ID}: this connection is request ID's standard output, or error; the
 *       server only writes to it, and closes it when the command is done;
 *   <li>{@code run ID}, then the working directory, the umask (octal as in {@code /proc/PID/status},
 *       or empty if unknown), the count of environment entries and each as {@code NAME=VALUE} or
 *       {@code NAME} for an unset variable, the count of arguments and the arguments. The server
 *       answers one line, {@code accept}, {@code refuse busy REASON}, {@code refuse stale REASON} or
 *       {@code refuse here REASON} (this command must run in the caller's JVM; the server stays);
 *       after {@code accept}, when the command is done and its output and error are closed, the exit
 *       code as a line. The client keeps this connection open until it has the code: its end while
 *       the command runs means the caller was interrupted, and the server ends the command (it exits);
 *   <li>{@code status}: one line {@code pid=… served=… cpu=…s up=…s idle=…s dir=…};
 *       {@code stop}: {@code stopping}, and the server exits.
 * </ul>
 * The state file ({@code PORT TOKEN PID}, mode 600, in a directory of mode 700) is written when the
 * socket listens and removed on exit; only a client that can read it can talk to the server.
 */
public final class CommandServer {

    static final String MAGIC = "andreev-serve-1";
    /** Longest field and most fields a request may have (a command line is far smaller). */
    private static final int MAX_FIELD = 1 << 20;
    private static final int MAX_FIELDS = 100_000;
    /**
     * How a field's bytes become a string: as the java launcher makes {@code main}'s arguments of its
     * argv (LauncherHelper.makePlatformString: the charset {@code sun.jnu.encoding}, malformed bytes
     * replaced), and as {@link System#getenv} decodes the environment; so that under a non-UTF-8 locale
     * (LC_ALL=C) an argument {@code 300µK} is what a fresh JVM sees, not a valid temperature.
     */
    private static final Charset ARGUMENTS = platformCharset();

    /** How long a connection may take to say who it is, and a request to find its streams. */
    private static final int HANDSHAKE_MILLIS = 2000;

    private final ServerSocket socket;
    private final Path state;
    private final String token;
    private final Duration idle;
    private final Path jar;
    private final FileTime jarTime;
    private final long jarSize;
    private final Path directory;
    /**
     * The working directory's identity (device and inode): its path may come to name another
     * directory (deleted and made again, renamed and another made in its place) while this process's
     * working directory, where its relative paths go, stays the old one.
     */
    private final Object directoryKey;
    private final Map<String, Socket> outs = new ConcurrentHashMap<>();
    private final Map<String, Socket> errs = new ConcurrentHashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Commands accepted whose exit code is not yet sent (busy ends a little before: see run). */
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicLong lastUse = new AtomicLong(System.nanoTime());
    private final AtomicLong served = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile boolean stopping;
    private volatile Runnable abandoned = () -> { };
    /** One thread, kept, watches the callers (one command runs at a time; a thread start per command costs). */
    private final ExecutorService callers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "andreev-server-caller");
        t.setDaemon(true);
        return t;
    });

    private CommandServer(ServerSocket socket, Path state, String token, Duration idle, Path jar, Path directory)
            throws IOException {
        this.socket = socket;
        this.directory = directory;
        this.directoryKey = fileKey(directory);
        this.state = state;
        this.token = token;
        this.idle = idle;
        this.jar = jar;
        this.jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
        this.jarSize = jar == null ? -1 : Files.size(jar);
    }

    /**
     * Listens on a free loopback port and writes the state file {@code state} ({@code PORT TOKEN PID});
     * {@code jar} (or null) is the jar whose change ends the server.
     */
    public static CommandServer start(Path state, Duration idle, Path jar) throws IOException {
        return start(state, idle, jar, Path.of(System.getProperty("user.dir")));
    }

    /** {@link #start(Path, Duration, Path)} for the working directory {@code directory} (tests). */
    static CommandServer start(Path state, Duration idle, Path jar, Path directory) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        CommandServer server = new CommandServer(socket, state, HexFormat.of().formatHex(secret), idle, jar, directory);
        server.writeState();
        return server;
    }

    /** Serves until stopped, idle for too long, displaced or outdated; then removes its state file. */
    public void serve() {
        Thread watch = new Thread(this::watch, "andreev-server-watch");
        watch.setDaemon(true);
        watch.start();
        try {
            while (!stopping) {
                Socket s;
                try {
                    s = socket.accept();
                } catch (IOException e) {
                    break; // closed by stop()
                }
                handle(s);
            }
        } finally {
            stop();
            awaitCommand();
        }
    }

    /** Waits for the command that is running, if any, to finish: a server stops between commands. */
    private void awaitCommand() {
        while (busy.get() || answering.get() > 0) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops accepting and removes the state file if it still names this server. */
    public void stop() {
        stopping = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a listening socket has nothing to report
        }
        if (ours()) {
            try {
                Files.deleteIfExists(state);
            } catch (IOException ignored) {
                // another server may be replacing it
            }
        }
    }

    /** The port this server listens on. */
    public int port() {
        return socket.getLocalPort();
    }

    /** The token a client must send. */
    String token() {
        return token;
    }

    private void handle(Socket s) {
        List<String> header;
        try {
            InputStream in = new BufferedInputStream(new Deadline(s, HANDSHAKE_MILLIS));
            header = fields(in, 4);
            if (header.size() < 3 || !header.get(0).equals(MAGIC) || !header.get(1).equals(token)) {
                reply(s, "refuse stale unknown client");
                s.close();
                return;
            }
            switch (header.get(2)) {
                case "out" -> park(outs, header, s);
                case "err" -> park(errs, header, s);
                case "run" -> request(s, in, header.size() > 3 ? header.get(3) : "");
                case "status" -> {
                    reply(s, status());
                    s.close();
                }
                case "stop" -> {
                    reply(s, "stopping");
                    s.close();
                    stopping = true;
                    socket.close();
                }
                default -> {
                    // the kind as sent, but one line of printable text (a reply is one line)
                    reply(s, "refuse stale unknown request " + header.get(2).replaceAll("\\p{Cntrl}", "?"));
                    s.close();
                }
            }
        } catch (IOException e) {
            closeQuietly(s); // a client that went away or did not finish its header in time
        }
    }

    private static void park(Map<String, Socket> streams, List<String> header, Socket s) throws IOException {
        if (header.size() < 4) {
            s.close();
            return;
        }
        s.setSoTimeout(0);
        Socket old = streams.put(header.get(3), s);
        closeQuietly(old);
    }

    private void request(Socket control, InputStream in, String id) throws IOException {
        ServerRequest request = ServerRequest.of(fields(in, -1));
        String refusal = request == null ? "stale malformed request" : check(request);
        Socket out = outs.remove(id);
        Socket err = errs.remove(id);
        if (refusal == null && (out == null || err == null)) {
            refusal = "busy the request's output streams did not arrive";
        }
        if (refusal == null && !busy.compareAndSet(false, true)) {
            refusal = "busy another command is running";
        }
        if (refusal != null) {
            reply(control, "refuse " + refusal);
            closeQuietly(control);
            closeQuietly(out);
            closeQuietly(err);
            if (refusal.startsWith("stale")) {
                stopping = true;
                socket.close();
            }
            return;
        }
        answering.incrementAndGet();
        try {
            control.setSoTimeout(0);
            reply(control, "accept");
        } catch (IOException e) {
            // the caller went away before it heard 'accept': not busy for ever (no idle end either)
            closeQuietly(control);
            closeQuietly(out);
            closeQuietly(err);
            busy.set(false);
            answering.decrementAndGet();
            return;
        }
        String[] args = request.arguments().toArray(String[]::new);
        AtomicBoolean answered = new AtomicBoolean();
        Thread worker = new Thread(() -> run(control, out, err, args, answered), "andreev-server-command");
        worker.start();
        watchCaller(control, answered);
    }

    /**
     * Watches the caller of a running command: the launcher sends nothing after its request and keeps
     * the connection open until it has the exit code, so the end of the connection before the command
     * is done means the caller is gone: Ctrl-C, SIGTERM or SIGKILL of the launcher. {@link #whenAbandoned} then runs,
     * which in the server process ends the server (exit 130, as a JVM that SIGINT ends): a fresh JVM
     * would have stopped computing and written no {@code --out} file (its temporary files are deleted
     * by the same shutdown hook), and a server computing on for nobody would refuse every command of
     * its directory as busy until it is done.
     */
    private void watchCaller(Socket control, AtomicBoolean answered) {
        callers.execute(() -> {
            try {
                InputStream in = control.getInputStream();
                while (in.read() >= 0) {
                    // nothing is expected; whatever comes is ignored
                }
            } catch (IOException e) {
                // closed here when the command is done, or reset by a caller that went away
            }
            // at once, not after a grace: a command left to finish would still write its --out file,
            // which a fresh JVM ended at that moment does not (a caller that has its code is no loss)
            if (!answered.get()) {
                abandoned.run();
            }
        });
    }

    /**
     * What to do when the caller of a running command went away ({@link #watchCaller}); by default
     * nothing (the command runs to its end), in the server process: stop and exit.
     */
    void whenAbandoned(Runnable action) {
        abandoned = action;
    }

    /** Why {@code request} cannot run here ({@code stale …} or {@code here …}), or null. */
    private String check(ServerRequest request) {
        if (!sameDirectory(request.directory())) {
            return "stale another working directory";
        }
        String umask = umask();
        if (!request.umask().isEmpty() && umask != null && !request.umask().equals(umask)) {
            return "stale another umask";
        }
        for (Map.Entry<String, String> variable : request.environment().entrySet()) {
            if (!Objects.equals(System.getenv(variable.getKey()), variable.getValue())) {
                return "stale another value of " + variable.getKey();
            }
        }
        if (outdated()) {
            return "stale the jar was rebuilt";
        }
        for (String arg : request.arguments()) {
            if (callersOwn(arg)) {
                return "here an argument names a device or a /proc file, which would be this server's, not the caller's";
            }
        }
        return null;
    }

    /**
     * Whether {@code dir} (the caller's) is this server's working directory, and this server's path
     * of it still names it: a directory deleted and made again, or renamed and replaced, has the
     * path but not the identity, and a command here would read and write in the old one.
     */
    private boolean sameDirectory(String dir) {
        try {
            if (directoryKey == null) {
                return Files.isSameFile(Path.of(dir), directory); // a file system without file keys
            }
            return directoryKey.equals(fileKey(Path.of(dir))) && directoryKey.equals(fileKey(directory));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file key (device, inode) of {@code p}, following links; null if it has none or is gone. */
    private static Object fileKey(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether argument {@code arg} names a file of the caller's, through links ({@link CallerFiles}). */
    boolean callersOwn(String arg) {
        return CallerFiles.namesCallersOwn(directory, arg);
    }

    static int count(List<String> fields, int index) {
        try {
            return index < fields.size() ? Integer.parseInt(fields.get(index)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Runs one command with the caller's streams, then closes them and sends its exit code. */
    private void run(Socket control, Socket outSocket, Socket errSocket, String[] args, AtomicBoolean answered) {
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        int code;
        try {
            OutputStream rawOut = outSocket.getOutputStream();
            OutputStream rawErr = errSocket.getOutputStream();
            StandardOutput out = new StandardOutput(rawOut);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(rawErr, StandardCharsets.UTF_8), true);
            // what the library prints on System.err itself (a device file's warnings) goes to the caller too
            System.setOut(new PrintStream(rawOut, true, Charset.defaultCharset()));
            System.setErr(new PrintStream(rawErr, true, Charset.defaultCharset()));
            try {
                code = Main.run(out, err, args);
            } catch (RuntimeException | Error e) {
                err.println("andreev: internal error: " + e + " (set ANDREEV_DEBUG=1 for the stack trace)");
                code = 1;
            }
            out.flush();
            err.flush();
        } catch (IOException e) {
            code = 1;
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
            closeQuietly(outSocket);
            closeQuietly(errSocket);
        }
        answered.set(true); // done: from here on the caller's end is no abandonment
        // free before the exit code goes out: the caller's next command may arrive as soon as it has it
        served.incrementAndGet();
        lastUse.set(System.nanoTime());
        busy.set(false);
        try {
            reply(control, Integer.toString(code));
        } catch (IOException ignored) {
            // the caller is gone; nothing is left to tell it
        }
        closeQuietly(control);
        answering.decrementAndGet();
    }

    /** Ends the server when it has been idle too long, was displaced or its jar changed; tidies the heap. */
    private void watch() {
        boolean tidied = true;
        while (!stopping) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            if (busy.get()) {
                tidied = false;
                continue;
            }
            long quiet = System.nanoTime() - lastUse.get();
            if (quiet > idle.toNanos() || !ours() || outdated()
                    || (directoryKey != null && !directoryKey.equals(fileKey(directory)))) { // its directory is gone
                stop();
                return;
            }
            if (!tidied && quiet > 1_000_000_000L) {
                System.gc(); // give back what the last command used (the serial collector shrinks the heap)
                tidied = true;
            }
            long now = System.nanoTime();
            outs.values().removeIf(s -> s.isClosed());
            errs.values().removeIf(s -> s.isClosed());
            if (now - lastUse.get() > 10_000_000_000L && (!outs.isEmpty() || !errs.isEmpty())) {
                outs.values().forEach(CommandServer::closeQuietly); // streams whose request never came
                errs.values().forEach(CommandServer::closeQuietly);
                outs.clear();
                errs.clear();
            }
        }
    }

    private String status() {
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        return "pid=" + ProcessHandle.current().pid() + " served=" + served.get()
                + " cpu=" + (cpu < 0 ? "?" : String.format(Locale.ROOT, "%.2f", cpu / 1e3)) + "s"
                + " up=" + (System.nanoTime() - started) / 1_000_000_000L + "s"
                + " idle=" + (busy.get() ? 0 : (System.nanoTime() - lastUse.get()) / 1_000_000_000L) + "s"
                + " dir=" + directory;
    }

    private boolean outdated() {
        if (jar == null) {
            return false;
        }
        try {
            return !Files.getLastModifiedTime(jar).equals(jarTime) || Files.size(jar) != jarSize;
        } catch (IOException e) {
            return true;
        }
    }

    /** Whether the state file still names this server. */
    private boolean ours() {
        try {
            String[] words = Files.readString(state, StandardCharsets.UTF_8).trim().split(" ");
            return words.length >= 2 && words[0].equals(Integer.toString(port())) && words[1].equals(token);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void writeState() throws IOException {
        Path dir = state.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path tmp = Files.createTempFile(dir, ".state", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, port() + " " + token + " " + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        Files.deleteIfExists(state.resolveSibling(state.getFileName() + ".starting")); // the launcher's marker
    }

    private static Charset platformCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset(); // as the launcher does when the property names no charset
        }
    }

    /** This process's umask as {@code /proc/self/status} gives it ({@code 0022}), or null off Linux. */
    static String umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Umask:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * NUL-ended fields from {@code in} (decoded as {@link #ARGUMENTS}): {@code count} of them, or
     * (count −1) a request's body, whose length follows from the counts it holds ({@link ServerRequest}).
     */
    static List<String> fields(InputStream in, int count) throws IOException {
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        int expected = count;
        while (expected < 0 || fields.size() < expected) {
            int c = in.read();
            if (c < 0) {
                if (count >= 0 && !fields.isEmpty() && field.size() == 0) {
                    return fields; // a short header (status, stop)
                }
                throw new IOException("the request ended early");
            }
            if (c != 0) {
                if (field.size() >= MAX_FIELD) {
                    throw new IOException("a request field is too long");
                }
                field.write(c);
                continue;
            }
            fields.add(field.toString(ARGUMENTS));
            field.reset();
            if (fields.size() > MAX_FIELDS) {
                throw new IOException("a request has too many fields");
            }
            if (count >= 0 && fields.size() == 3 && (fields.get(2).equals("status") || fields.get(2).equals("stop"))) {
                return fields;
            }
            if (count < 0) {
                expected = bodyLength(fields);
            }
        }
        return fields;
    }

    /** The length of a request body so far known from its counts, or −1 while a count is still to come. */
    private static int bodyLength(List<String> fields) throws IOException {
        if (fields.size() < 3) {
            return -1;
        }
        int env = count(fields, 2);
        if (env < 0 || env > MAX_FIELDS) { // bounded: 4 + env + argc must not overflow
            throw new IOException("a request's environment count is not a count");
        }
        if (fields.size() < 4 + env) {
            return -1;
        }
        int argc = count(fields, 3 + env);
        if (argc < 0 || argc > MAX_FIELDS) {
            throw new IOException("a request's argument count is not a count");
        }
        return 4 + env + argc;
    }

    /**
     * A socket's input that fails once {@code millis} have passed since it was opened, however
     * slowly its bytes come (a read timeout alone lets a client that sends a byte a second hold the
     * accept loop for ever).
     */
    private static final class Deadline extends FilterInputStream {
        private final Socket socket;
        private final long end;

        Deadline(Socket socket, int millis) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.end = System.nanoTime() + millis * 1_000_000L;
        }

        @Override
        public int read() throws IOException {
            timeLeft();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            timeLeft();
            return super.read(b, off, len);
        }

        private void timeLeft() throws IOException {
            long millis = (end - System.nanoTime()) / 1_000_000L;
            if (millis <= 0) {
                throw new SocketTimeoutException("the request took too long");
            }
            socket.setSoTimeout((int) millis);
        }
    }

    private static void reply(Socket s, String line) throws IOException {
        OutputStream o = s.getOutputStream();
        o.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        o.flush();
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing to report on a socket being closed
            }
        }
    }
}
