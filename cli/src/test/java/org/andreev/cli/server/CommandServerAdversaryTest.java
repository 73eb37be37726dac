package org.andreev.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        CommandServer server = CommandServer.start(tmp.resolve("servers").resolve("s" + servers.size()), Duration.ofMinutes(1),
                null);
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
