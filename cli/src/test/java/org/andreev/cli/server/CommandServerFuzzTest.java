package org.andreev.cli.server;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;

/**
 * Whatever bytes reach the command server, its request reader ({@link CommandServer#fields})
 * returns well-formed fields or throws an {@link IOException}, and a live server neither dies nor
 * stops answering; anything else fails the fuzz test. Regression mode (plain {@code mvn test})
 * replays the seeds in {@code CommandServerFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl cli test -Dtest=CommandServerFuzzTest} (the runs a fuzzing
 * session reached are in each method's Javadoc).
 */
class CommandServerFuzzTest {

    /**
     * The reader on arbitrary bytes: byte 0 chooses a header (4 fields) or a request body (−1: as
     * long as its counts say). It returns at most what was asked, consumes exactly the fields it
     * returns (each ended by a NUL), and a body's field count is the one its counts give; or it
     * throws IOException (the server drops the connection). Fuzzed 60 s (2026-12-01, loaded machine):
     * 5.86 M runs, no finding after the count overflow fixed in bd8f31c, which the seeds
     * {@code body-*-overflow} replay.
     */
    @FuzzTest(maxDuration = "60s")
    void theRequestReaderGivesFieldsOrAnIOException(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int count = (data[0] & 1) == 0 ? 4 : -1;
        byte[] stream = java.util.Arrays.copyOfRange(data, 1, data.length);
        ByteArrayInputStream in = new ByteArrayInputStream(stream);
        List<String> fields;
        try {
            fields = CommandServer.fields(in, count);
        } catch (IOException expected) {
            return;
        }
        int consumed = stream.length - in.available();
        int nuls = 0;
        for (int i = 0; i < consumed; i++) {
            nuls += stream[i] == 0 ? 1 : 0;
        }
        boolean shortHeader = count == 4 && fields.size() < 4;
        if (nuls != fields.size() || (!shortHeader && (consumed == 0 || stream[consumed - 1] != 0))) {
            throw new IllegalStateException(fields.size() + " fields from " + nuls + " NULs in " + consumed + " bytes read");
        }
        if (count == 4 && (fields.isEmpty() || fields.size() > 4)) {
            throw new IllegalStateException(fields.size() + " header fields");
        }
        boolean shortRequest = fields.size() == 3 && (fields.get(2).equals("status") || fields.get(2).equals("stop"));
        if (shortHeader && !shortRequest && consumed != stream.length) {
            throw new IllegalStateException("a short header before the end of the stream");
        }
        if (count < 0) {
            int env = Integer.parseInt(fields.get(2));
            int argc = Integer.parseInt(fields.get(3 + env));
            if (env < 0 || argc < 0 || fields.size() != 4 + env + argc) {
                throw new IllegalStateException(fields.size() + " body fields for counts " + env + " and " + argc);
            }
        }
    }

    private static final AtomicReference<Live> LIVE = new AtomicReference<>();

    /** A server serving in a thread of its own, and what ended that thread if not a return. */
    private record Live(CommandServer server, Thread thread, Path state, ServerClient client,
            AtomicReference<Throwable> died) {}

    private static Live live() throws IOException {
        Live l = LIVE.get();
        if (l == null) {
            Path dir = Files.createTempDirectory("andreev-server-fuzz");
            Path state = dir.resolve("state");
            CommandServer server = CommandServer.start(state, Duration.ofMinutes(10), null);
            AtomicReference<Throwable> died = new AtomicReference<>();
            Thread t = new Thread(server::serve, "fuzzed-command-server");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> died.set(e));
            t.start();
            l = new Live(server, t, state, new ServerClient(server.port(), server.token()), died);
            LIVE.set(l);
        }
        return l;
    }

    @AfterAll
    static void stop() throws Exception {
        Live l = LIVE.getAndSet(null);
        if (l != null) {
            l.server().stop();
            l.thread().join(5000);
            Files.deleteIfExists(l.state());
            Files.deleteIfExists(l.state().getParent());
        }
    }

    /**
     * Arbitrary bytes on one connection to a live server ({@code TOKEN} in them replaced by the
     * server's token, so that the fuzzer gets past the token check), then the end of the stream:
     * the server's answer is nothing or ends with a newline, and is never {@code accept} (no
     * request's streams exist);
     * its thread never dies of an exception; and it either answers {@code status} on the next
     * connection (within the client's 5 s: its accept loop is not stuck) or has ended cleanly and
     * removed its state file (a stop or a stale request, which a client holding the token may send;
     * a new server is started for the next input). Fuzzed (2026-12-01, loaded machine) 60 s, 15.7 k
     * runs, before 641557e, and 60 s, 120 k runs, after it: no finding; the seeds {@code run-*-overflow} failed it
     * before bd8f31c.
     */
    @FuzzTest(maxDuration = "60s")
    void noBytesKillOrHangTheServer(byte[] data) throws Exception {
        // this test's own connections, to the server on loopback, are no request forgery (Jazzer's SSRF detector)
        try (SilentCloseable loopback = BugDetectors.allowNetworkConnections(
                (host, port) -> host.equals("localhost") || host.equals("127.0.0.1"))) {
            sendTo(live(), data);
        }
    }

    private static void sendTo(Live l, byte[] data) throws Exception {
        byte[] token = l.server().token().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = replace(data, "TOKEN".getBytes(StandardCharsets.UTF_8), token);
        // a stream connection ("out ID") is kept open and never answered: no wait for an answer then;
        // any other ends with the end of its bytes, and is answered or closed at once
        String answer = new String(ServerClient.raw(l.server().port(), bytes, parked(bytes, l.server().token()) ? 1 : 5000),
                StandardCharsets.UTF_8);
        // (an unknown kind is echoed in the refusal, newlines and all: only the first line counts)
        if (answer.startsWith("accept") || !answer.isEmpty() && !answer.endsWith("\n")) {
            throw new IllegalStateException("answer '" + answer + "'");
        }
        String status;
        try {
            status = l.client().status();
        } catch (IOException e) {
            status = null; // refused: the server has closed its socket
        }
        if (l.died().get() != null) {
            throw new IllegalStateException("the server died after '" + answer.strip() + "'", l.died().get());
        }
        if (status != null && status.startsWith("pid=")) {
            return;
        }
        l.thread().join(5000);
        if (l.thread().isAlive()) {
            throw new IllegalStateException("status answered '" + status + "' after '" + answer.strip() + "'");
        }
        if (l.died().get() != null || Files.exists(l.state())) {
            throw new IllegalStateException("the server did not end cleanly after '" + answer.strip() + "'", l.died().get());
        }
        LIVE.set(null);
        Files.deleteIfExists(l.state().getParent());
    }

    /** Whether the server keeps this connection as a request's stream (a header: magic, token, out or err, id). */
    private static boolean parked(byte[] bytes, String token) {
        try {
            List<String> h = CommandServer.fields(new ByteArrayInputStream(bytes), 4);
            return h.size() == 4 && h.get(0).equals(CommandServer.MAGIC) && h.get(1).equals(token)
                    && (h.get(2).equals("out") || h.get(2).equals("err"));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] replace(byte[] data, byte[] what, byte[] with) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < data.length; i++) {
            if (i + what.length <= data.length && java.util.Arrays.equals(data, i, i + what.length, what, 0, what.length)) {
                b.writeBytes(with);
                i += what.length - 1;
            } else {
                b.write(data[i]);
            }
        }
        return b.toByteArray();
    }
}
