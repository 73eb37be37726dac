package org.andreev.cli.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of {@link CommandServer} written from its Javadoc, as the launcher speaks it: three
 * loopback connections (the request's standard output, its error, and the request itself), one
 * answer line, then, after {@code accept}, the exit code as a line once both streams are closed.
 */
final class ServerClient {

    /** The environment entries the launcher sends, with this JVM's values (so the server, this JVM, agrees). */
    static final List<String> ENV_NAMES = List.of("ANDREEV_DEBUG", "LANG", "LC_ALL", "TZ", "HOME", "TMPDIR",
            "JAVA_TOOL_OPTIONS");

    private static final AtomicInteger IDS = new AtomicInteger();

    /** What a run gave: the answer line, then (after accept) stdout, stderr and the exit code line. */
    record Run(String answer, String out, String err, String code) {}

    private final int port;
    private final String token;

    ServerClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The environment as the launcher sends it, with this JVM's values. */
    static List<String> environment() {
        List<String> env = new ArrayList<>();
        for (String name : ENV_NAMES) {
            String v = System.getenv(name);
            env.add(v == null ? name : name + "=" + v);
        }
        return env;
    }

    /** NUL-ended UTF-8 fields. */
    static byte[] encode(List<String> fields) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String f : fields) {
            b.writeBytes(f.getBytes(StandardCharsets.UTF_8));
            b.write(0);
        }
        return b.toByteArray();
    }

    /** The body of a run request: directory, umask, environment, arguments. */
    static List<String> body(String dir, String umask, List<String> env, String... args) {
        List<String> f = new ArrayList<>();
        f.add(dir);
        f.add(umask);
        f.add(Integer.toString(env.size()));
        f.addAll(env);
        f.add(Integer.toString(args.length));
        f.addAll(List.of(args));
        return f;
    }

    /** Runs {@code args} in the server's directory with this JVM's environment and umask. */
    Run run(String... args) throws IOException {
        String umask = CommandServer.umask();
        return run(body(System.getProperty("user.dir"), umask == null ? "" : umask, environment(), args));
    }

    /** Sends a run request with {@code body} (its out and err connections first); reads all it answers. */
    Run run(List<String> body) throws IOException {
        String id = "t" + ProcessHandle.current().pid() + "." + IDS.incrementAndGet();
        try (Socket out = stream("out", id); Socket err = stream("err", id); Socket control = connect()) {
            List<String> request = new ArrayList<>(List.of(CommandServer.MAGIC, token, "run", id));
            request.addAll(body);
            control.getOutputStream().write(encode(request));
            control.getOutputStream().flush();
            InputStream answers = control.getInputStream();
            String answer = line(answers);
            if (!"accept".equals(answer)) {
                return new Run(answer, null, null, null);
            }
            CompletableFuture<String> errText = CompletableFuture.supplyAsync(() -> readAll(err));
            String outText = readAll(out);
            String code = line(answers);
            return new Run(answer, outText, errText.join(), code);
        }
    }

    /** Opens request {@code id}'s stream connection {@code kind} (out or err). */
    Socket stream(String kind, String id) throws IOException {
        Socket s = connect();
        s.getOutputStream().write(encode(List.of(CommandServer.MAGIC, token, kind, id)));
        s.getOutputStream().flush();
        return s;
    }

    /** Sends {@code fields} on a connection of its own and returns the one line answered (null: none). */
    String ask(String... fields) throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(encode(List.of(fields)));
            s.getOutputStream().flush();
            return line(s.getInputStream());
        }
    }

    /** {@code status} with this client's token. */
    String status() throws IOException {
        return ask(CommandServer.MAGIC, token, "status");
    }

    /** A loopback connection whose reads give up after 5 s (no test waits on a hung server). */
    Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(5000);
        return s;
    }

    /** One line without its newline, or null at the end of the stream. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            b.write(c);
        }
        return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }

    private static String readAll(Socket s) {
        try {
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} raw on a connection, ends its output, and returns all the server answered. */
    static byte[] raw(int port, byte[] bytes) throws IOException {
        return raw(port, bytes, 5000);
    }

    /** {@link #raw(int, byte[])}, waiting at most {@code millis} for each read of the answer. */
    static byte[] raw(int port, byte[] bytes, int millis) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(millis);
            OutputStream o = s.getOutputStream();
            try {
                o.write(bytes);
                o.flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // the server may close before it read all (a field over the limit): what it answered counts
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                InputStream in = s.getInputStream();
                for (int c; (c = in.read()) >= 0; ) {
                    answer.write(c);
                }
            } catch (IOException e) {
                // reset by the server, or no more within the time: what came counts
            }
            return answer.toByteArray();
        }
    }
}
