package org.andreev.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command server against what a real caller does to it (found by probing the launcher with real
 * processes; the protocol itself is CommandServerTest's): a caller interrupted in the middle of a
 * command, a working directory deleted or replaced under a running server, an argument whose file is
 * the caller's own standard input.
 */
class CommandServerAdversaryTest {

    /** Computes for seconds before it writes anything (10^6 points with the Andreev term: 13 s served). */
    private static final String[] LONG = {"nis", "iv", "--seed-004-probe", "--te", "300mK", "--bias", "0:1mV:300001"};

    @TempDir
    Path tmp;

    private final List<CommandServer> servers = new ArrayList<>();

    private CommandServer serve() throws IOException {
        return serve(Path.of(System.getProperty("user.dir")));
    }

    /** A server whose working directory is {@code directory} (its relative paths still go to this JVM's). */
    private CommandServer serve(Path directory) throws IOException {
        CommandServer server = CommandServer.start(tmp.resolve("servers").resolve("s" + servers.size()), Duration.ofMinutes(1),
                null, directory);
        Thread t = new Thread(server::serve, "test-command-server");
        t.setDaemon(true);
        t.start();
        servers.add(server);
        return server;
    }

    @AfterEach
    void stopAll() {
        servers.forEach(CommandServer::stop);
    }

    @Test
    void aCallerThatGoesAwayMidCommandEndsIt() throws Exception {
        CommandServer server = serve();
        CountDownLatch abandoned = new CountDownLatch(1);
        server.whenAbandoned(abandoned::countDown);
        Socket out = stream(server, "out", "long");
        Socket err = stream(server, "err", "long");
        Socket control = connect(server);
        control.getOutputStream().write(encode(request(server, "long", System.getProperty("user.dir"), LONG)));
        assertThat(line(control.getInputStream())).isEqualTo("accept");
        // the launcher is killed: every connection it held ends while the command computes
        control.close();
        out.close();
        err.close();
        assertThat(abandoned.await(30, TimeUnit.SECONDS)).as("the server noticed its caller had gone").isTrue();
    }

    @Test
    void aCallerThatWaitsForItsCodeIsNotAbandoned() throws Exception {
        CommandServer server = serve();
        CountDownLatch abandoned = new CountDownLatch(1);
        server.whenAbandoned(abandoned::countDown);
        for (int i = 0; i < 3; i++) {
            String id = "v" + i;
            try (Socket out = stream(server, "out", id); Socket err = stream(server, "err", id); Socket control = connect(server)) {
                control.getOutputStream().write(encode(request(server, id, System.getProperty("user.dir"), "--version")));
                InputStream answers = control.getInputStream();
                assertThat(line(answers)).isEqualTo("accept");
                assertThat(new String(out.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("andreev ");
                assertThat(line(answers)).isEqualTo("0");
            } // the caller closes as soon as it has its code, as the launcher does
        }
        assertThat(abandoned.await(1500, TimeUnit.MILLISECONDS)).as("abandoned after a normal end").isFalse();
    }

    @Test
    void aDirectoryDeletedAndMadeAgainIsAnotherDirectory() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        CommandServer server = serve(work);
        assertThat(answer(server, "a", work, "--version")).isEqualTo("accept");
        try (var open = Files.newDirectoryStream(work)) { // as the server's working directory holds it: the inode stays taken
            Files.delete(work);
            Files.createDirectories(work);
        }
        // the path is the same, the directory is not: its relative paths would go to the deleted one
        assertThat(answer(server, "b", work, "--version")).isEqualTo("refuse stale another working directory");
    }

    @Test
    void aRenamedDirectoryWhosePathNowNamesAnotherIsAnotherDirectory() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        CommandServer server = serve(work);
        assertThat(answer(server, "a", work, "--version")).isEqualTo("accept");
        Path moved = Files.move(work, tmp.resolve("moved"));
        Files.createDirectories(work);
        assertThat(answer(server, "b", work, "--version")).isEqualTo("refuse stale another working directory");
        CommandServer second = serve(moved);
        Files.move(moved, tmp.resolve("moved-again"));
        // the caller's directory is the server's, but the server's path of it names nothing now
        assertThat(answer(second, "c", tmp.resolve("moved-again"), "--version"))
                .isEqualTo("refuse stale another working directory");
    }

    @Test
    void aSymlinkedDirectoryIsTheSameDirectory() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), work);
        CommandServer server = serve(work);
        assertThat(answer(server, "a", link, "--version")).isEqualTo("accept");
    }

    @Test
    void anArgumentLinkedToTheCallersStandardInputRunsInTheCallersJvm() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("plain.csv"), "V[V],I[A]\n0,0\n1,1\n");
        Files.createSymbolicLink(work.resolve("stdin.csv"), Path.of("/dev/stdin"));
        Files.createSymbolicLink(work.resolve("fd0.csv"), Path.of("/proc/self/fd/0"));
        Files.createSymbolicLink(work.resolve("fd"), Path.of("/proc/self/fd"));
        Files.createSymbolicLink(work.resolve("chain.csv"), work.resolve("stdin.csv"));
        Files.createSymbolicLink(work.resolve("plain-link.csv"), Path.of("plain.csv"));
        CommandServer server = serve(work);
        String here = "refuse here an argument names a device or a /proc file, which would be this server's, not the caller's";
        for (String arg : new String[] {"stdin.csv", "fd0.csv", "fd/0", "chain.csv", "--out=stdin.csv", "@fd0.csv"}) {
            assertThat(server.callersOwn(arg)).as(arg).isTrue();
        }
        for (String arg : new String[] {"plain.csv", "plain-link.csv", "--out=plain.csv", "missing.csv", "0:1mV:101", "nis",
                "--bias=0:1mV:11", ""}) {
            assertThat(server.callersOwn(arg)).as(arg).isFalse();
        }
        assertThat(answer(server, "a", work, "data", "deriv", "stdin.csv")).isEqualTo(here);
        assertThat(answer(server, "b", work, "--version")).as("the server stays").isEqualTo("accept");
    }

    // --- a minimal client, written from the protocol in CommandServer's Javadoc

    private static List<String> request(CommandServer server, String id, String dir, String... args) {
        List<String> f = new ArrayList<>(List.of(CommandServer.MAGIC, server.token(), "run", id, dir));
        String umask = CommandServer.umask();
        f.add(umask == null ? "" : umask);
        f.add("0");
        f.add(Integer.toString(args.length));
        f.addAll(List.of(args));
        return f;
    }

    /** The answer line to a run request for {@code args} from {@code dir} (the streams are read and dropped). */
    private static String answer(CommandServer server, String id, Path dir, String... args) throws IOException {
        try (Socket out = stream(server, "out", id); Socket err = stream(server, "err", id); Socket control = connect(server)) {
            control.getOutputStream().write(encode(request(server, id, dir.toString(), args)));
            InputStream answers = control.getInputStream();
            String answer = line(answers);
            if ("accept".equals(answer)) {
                out.getInputStream().readAllBytes();
                line(answers);
            }
            return answer;
        }
    }

    private static Socket connect(CommandServer server) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        s.setSoTimeout(30_000);
        return s;
    }

    private static Socket stream(CommandServer server, String kind, String id) throws IOException {
        Socket s = connect(server);
        s.getOutputStream().write(encode(List.of(CommandServer.MAGIC, server.token(), kind, id)));
        s.getOutputStream().flush();
        return s;
    }

    private static byte[] encode(List<String> fields) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String f : fields) {
            b.writeBytes(f.getBytes(StandardCharsets.UTF_8));
            b.write(0);
        }
        return b.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            b.write(c);
        }
        return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }
}
