package org.andreev.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident command server ({@link CommandServer}) spoken to over loopback by a client written
 * from its protocol ({@link ServerClient}): a command it runs answers exactly as {@code Main.run}
 * in this JVM does; whatever could make the answer differ, or is not a well-formed request from a
 * client holding the token, is refused or dropped, and the server keeps serving (or, for "stale",
 * ends and removes its state file, as the launcher expects).
 */
class CommandServerTest {

    private static final String[] IV = {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK",
        "--bias", "0:1mV:101"};
    /** A command whose output (7.5 MB) is more than a loopback socket buffers: it waits for its reader. */
    private static final String[] LONG = {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK",
        "--bias", "0:1mV:100001"};

    @TempDir
    Path tmp;

    private final List<Served> servers = new ArrayList<>();

    /** A server serving in a thread of its own, and what ended that thread if it was not a normal return. */
    private record Served(CommandServer server, Thread thread, Path state, ServerClient client,
            AtomicReference<Throwable> died) {

        /** Waits up to {@code millis} for the server to end by itself; whether it did. */
        boolean ends(long millis) throws InterruptedException {
            thread.join(millis);
            return !thread.isAlive();
        }

        /** Still serving: its accept loop alive, and status answers. */
        void assertServing() throws IOException {
            assertThat(died.get()).as("the server thread died").isNull();
            assertThat(thread.isAlive()).as("the server thread is alive").isTrue();
            assertThat(client.status()).startsWith("pid=" + ProcessHandle.current().pid() + " ");
        }
    }

    private Served serve(Duration idle, Path jar) throws IOException {
        Path state = tmp.resolve("servers").resolve("state-" + servers.size());
        CommandServer server = CommandServer.start(state, idle, jar);
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread t = new Thread(server::serve, "test-command-server");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> died.set(e));
        t.start();
        Served s = new Served(server, t, state, new ServerClient(server.port(), server.token()), died);
        servers.add(s);
        return s;
    }

    private Served serve() throws IOException {
        return serve(Duration.ofMinutes(1), null);
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Served s : servers) {
            s.server().stop();
            s.thread().join(5000);
        }
    }

    private static void assertSameAsInProcess(ServerClient.Run served, String... args) {
        CliRun.Result local = CliRun.run(args);
        assertThat(served.answer()).as("answer to %s", String.join(" ", args)).isEqualTo("accept");
        assertThat(served.code()).as("exit code of %s; stderr %s", String.join(" ", args), served.err())
                .isEqualTo(Integer.toString(local.code()));
        assertThat(served.out()).as("stdout of %s", String.join(" ", args)).isEqualTo(local.out());
        assertThat(withoutAgentLog(served.err())).as("stderr of %s", String.join(" ", args)).isEqualTo(local.err());
    }

    /**
     * {@code err} without the lines Jazzer's agent prints on System.err when it instruments a class
     * (once a fuzz test ran in this JVM): the server gives a command's caller all of System.err, as
     * a fresh JVM's standard error would have them too.
     */
    private static String withoutAgentLog(String err) {
        return err.replaceAll("(?m)^INFO: Instrumented .*\\R", "");
    }

    @Test
    void aServedCommandAnswersAsMainRunInProcessDoes() throws IOException {
        Served s = serve();
        String[] bad = IV.clone();
        bad[bad.length - 1] = "0:1mV:x";
        for (String[] args : List.of(IV, bad, new String[] {"--version"})) {
            assertSameAsInProcess(s.client().run(args), args);
        }
        CliRun.Result badLocal = CliRun.run(bad);
        assertThat(badLocal.code()).isEqualTo(2);
        assertThat(badLocal.err()).contains("--bias");
        assertThat(s.client().run(IV).out().lines().count()).isEqualTo(102);
        assertThat(s.client().status()).contains(" served=4 ");
        s.assertServing();
    }

    @Test
    void commandsOneAfterTheOtherAreAllAccepted() throws IOException {
        // a script calling andreev in a loop: each call starts when the previous one has its exit code,
        // and the server must not still count the previous command as running
        Served s = serve();
        for (int i = 0; i < 200; i++) {
            ServerClient.Run r = s.client().run("--version");
            assertThat(r.answer()).as("answer to command %d", i).isEqualTo("accept");
            assertThat(r.code()).isEqualTo("0");
        }
        assertThat(s.client().status()).contains(" served=200 ");
    }

    @Test
    void aWrongTokenOrMagicIsRefusedAndTheServerKeepsServing() throws IOException {
        Served s = serve();
        assertThat(s.client().ask(CommandServer.MAGIC, "0123456789abcdef0123456789abcdef", "status"))
                .isEqualTo("refuse stale unknown client");
        assertThat(s.client().ask("andreev-serve-0", s.server().token(), "status")).isEqualTo("refuse stale unknown client");
        assertThat(new String(ServerClient.raw(s.server().port(), ServerClient.encode(List.of(CommandServer.MAGIC))),
                StandardCharsets.UTF_8)).isEqualTo("refuse stale unknown client\n");
        // a wrong token cannot stop it either
        assertThat(s.client().ask(CommandServer.MAGIC, "x", "stop")).isEqualTo("refuse stale unknown client");
        assertThat(new ServerClient(s.server().port(), "wrong").run("--version").answer())
                .isEqualTo("refuse stale unknown client");
        assertThat(new String(ServerClient.raw(s.server().port(), ServerClient.encode(List.of(CommandServer.MAGIC,
                s.server().token(), "dance"))), StandardCharsets.UTF_8)).isEqualTo("refuse stale unknown request dance\n");
        // a kind with a line break is answered on one line
        assertThat(new String(ServerClient.raw(s.server().port(), ServerClient.encode(List.of(CommandServer.MAGIC,
                s.server().token(), "da\nnce"))), StandardCharsets.UTF_8)).isEqualTo("refuse stale unknown request da?nce\n");
        s.assertServing();
        assertSameAsInProcess(s.client().run("--version"), "--version");
        assertThat(s.state()).exists();
    }

    /** Request bytes: the magic, the token, run, an id, then {@code body} as fields. */
    private static byte[] runRequest(Served s, List<String> body) {
        List<String> f = new ArrayList<>(List.of(CommandServer.MAGIC, s.server().token(), "run", "id1"));
        f.addAll(body);
        return ServerClient.encode(f);
    }

    @Test
    void malformedRequestsAreDroppedAndTheAcceptLoopLives() throws Exception {
        Served s = serve();
        String dir = System.getProperty("user.dir");
        byte[] tooLong = new byte[(1 << 20) + 10];
        java.util.Arrays.fill(tooLong, (byte) 'a');
        ByteArrayOutputStream manyFields = new ByteArrayOutputStream();
        manyFields.writeBytes(runRequest(s, List.of(dir, "", "200000")));
        for (int i = 0; i < 100_010; i++) {
            manyFields.writeBytes(new byte[] {'A', 0});
        }
        List<byte[]> requests = List.of(
                runRequest(s, List.of(dir, "", "x")), // a count that is not one
                runRequest(s, List.of(dir, "", "-1")),
                runRequest(s, List.of(dir, "", "99999999999")),
                runRequest(s, List.of(dir, "", "2147483647", "A=1")), // a count whose sum overflows an int
                runRequest(s, List.of(dir, "", "2147483646")),
                runRequest(s, List.of(dir, "", "2147483645")),
                runRequest(s, List.of(dir, "", "0", "2147483647", "a")),
                runRequest(s, List.of(dir, "", "0", "-5")),
                runRequest(s, List.of(dir, "", "0", "x")),
                runRequest(s, List.of(dir, "", "1")), // missing fields: the request ends early
                runRequest(s, List.of(dir)),
                runRequest(s, List.of()),
                ServerClient.encode(List.of(CommandServer.MAGIC, s.server().token(), "run")), // no id, no body
                ServerClient.encode(List.of(CommandServer.MAGIC, s.server().token(), "out")), // a stream without id
                ServerClient.encode(List.of(CommandServer.MAGIC, s.server().token())),
                ServerClient.encode(List.of(CommandServer.MAGIC)),
                new byte[0],
                new byte[] {0, 0, 0, 0, 0, 0},
                "andreev-serve-1".getBytes(StandardCharsets.UTF_8), // a field without its NUL
                tooLong, // a header field over the limit
                concat(runRequest(s, List.of()), tooLong), // a body field over the limit
                manyFields.toByteArray()); // more fields than a request may have
        for (byte[] request : requests) {
            String answer = new String(ServerClient.raw(s.server().port(), request), StandardCharsets.UTF_8);
            assertThat(answer).as("answer to a malformed request").doesNotContain("accept").doesNotContain("stopping");
            s.assertServing();
        }
        assertSameAsInProcess(s.client().run(IV), IV);
        assertThat(s.client().status()).contains(" served=1 ");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aClientThatStallsHalfWayThroughItsHeaderIsDroppedAndTheNextServed() throws Exception {
        Served s = serve();
        try (Socket stalled = s.client().connect()) {
            stalled.getOutputStream().write((CommandServer.MAGIC + "\0" + s.server().token().substring(0, 8))
                    .getBytes(StandardCharsets.UTF_8));
            stalled.getOutputStream().flush();
            long t0 = System.nanoTime();
            // queued behind the stalled one: answered once the server gave up on it (2 s)
            assertSameAsInProcess(s.client().run("--version"), "--version");
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds the next client waited").isLessThan(4.5);
            assertThat(stalled.getInputStream().read()).as("the stalled client was dropped").isEqualTo(-1);
        }
        s.assertServing();
    }

    @Test
    void aClientThatTricklesItsHeaderIsDroppedInTimeToo() throws Exception {
        // one byte every 0.4 s, never the token: no read waits 2 s, but the whole header takes longer
        Served s = serve();
        try (Socket trickling = s.client().connect()) {
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        trickling.getOutputStream().write('a');
                        Thread.sleep(400);
                    }
                } catch (IOException | InterruptedException e) {
                    // dropped by the server: what this test waits for
                }
            }, "trickle");
            trickle.setDaemon(true);
            trickle.start();
            Thread.sleep(100);
            long t0 = System.nanoTime();
            String status = s.client().status();
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds the next client waited").isLessThan(4.0);
            assertThat(status).startsWith("pid=");
            trickle.interrupt();
        }
        s.assertServing();
    }

    @Test
    void anotherWorkingDirectoryIsStaleAndEndsTheServer() throws Exception {
        Served s = serve();
        ServerClient.Run r = s.client().run(ServerClient.body(tmp.toString(), "", ServerClient.environment(), "--version"));
        assertThat(r.answer()).isEqualTo("refuse stale another working directory");
        assertThat(s.ends(3000)).as("the server ended").isTrue();
        assertThat(s.died().get()).isNull();
        assertThat(s.state()).doesNotExist();
    }

    @Test
    void anotherValueOfAnEnvironmentVariableIsStaleAndEndsTheServer() throws Exception {
        Served s = serve();
        String home = System.getenv("HOME");
        List<String> env = new ArrayList<>(ServerClient.environment());
        env.add("HOME=" + (home == null ? "" : home) + "/elsewhere");
        ServerClient.Run r = s.client().run(ServerClient.body(System.getProperty("user.dir"), "", env, "--version"));
        assertThat(r.answer()).isEqualTo("refuse stale another value of HOME");
        assertThat(s.ends(3000)).isTrue();
        assertThat(s.state()).doesNotExist();

        // a variable set for the caller that is unset here
        Served t = serve();
        String name = "ANDREEV_TEST_SURELY_UNSET_" + ProcessHandle.current().pid();
        r = t.client().run(ServerClient.body(System.getProperty("user.dir"), "", List.of(name + "=1"), "--version"));
        assertThat(r.answer()).isEqualTo("refuse stale another value of " + name);
        assertThat(t.ends(3000)).isTrue();
        assertThat(t.state()).doesNotExist();
    }

    @Test
    void anotherUmaskIsStale() throws Exception {
        Served s = serve();
        String umask = CommandServer.umask();
        org.junit.jupiter.api.Assumptions.assumeTrue(umask != null, "no /proc/self/status");
        String other = umask.equals("0077") ? "0022" : "0077";
        ServerClient.Run r = s.client().run(ServerClient.body(System.getProperty("user.dir"), other,
                ServerClient.environment(), "--version"));
        assertThat(r.answer()).isEqualTo("refuse stale another umask");
        assertThat(s.ends(3000)).isTrue();
        assertThat(s.state()).doesNotExist();
    }

    @Test
    void aRunWhoseStreamsNeverCameIsRefusedAsBusy() throws IOException {
        Served s = serve();
        assertThat(s.client().ask(concatFields(List.of(CommandServer.MAGIC, s.server().token(), "run", "lonely"),
                ServerClient.body(System.getProperty("user.dir"), "", ServerClient.environment(), "--version"))))
                .isEqualTo("refuse busy the request's output streams did not arrive");
        // only its output came
        try (Socket out = s.client().stream("out", "half")) {
            assertThat(s.client().ask(concatFields(List.of(CommandServer.MAGIC, s.server().token(), "run", "half"),
                    ServerClient.body(System.getProperty("user.dir"), "", ServerClient.environment(), "--version"))))
                    .isEqualTo("refuse busy the request's output streams did not arrive");
            assertThat(out.getInputStream().read()).as("its output stream is closed").isEqualTo(-1);
        }
        s.assertServing();
        assertSameAsInProcess(s.client().run("--version"), "--version");
    }

    private static String[] concatFields(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }

    @Test
    void oneCommandAtATimeAndAReaderThatStopsEarlyGets141() throws Exception {
        Served s = serve();
        String id = "long";
        Socket out = new Socket();
        out.setReceiveBufferSize(4096); // the server's writes wait for this reader once its buffers are full
        out.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), s.server().port()));
        out.setSoTimeout(5000);
        out.getOutputStream().write(ServerClient.encode(List.of(CommandServer.MAGIC, s.server().token(), "out", id)));
        try (Socket err = s.client().stream("err", id); Socket control = s.client().connect()) {
            String umask = CommandServer.umask();
            control.getOutputStream().write(ServerClient.encode(concatList(
                    List.of(CommandServer.MAGIC, s.server().token(), "run", id),
                    ServerClient.body(System.getProperty("user.dir"), umask == null ? "" : umask,
                            ServerClient.environment(), LONG))));
            InputStream answers = control.getInputStream();
            assertThat(ServerClient.line(answers)).isEqualTo("accept");
            InputStream o = out.getInputStream();
            assertThat(ServerClient.line(o)).isEqualTo("V[V],I[A],dIdV[S],Pcool[W]");
            assertThat(ServerClient.line(o)).startsWith("0");

            // the long command is running: a second one is refused, and status still answers
            assertThat(s.client().run("--version").answer()).isEqualTo("refuse busy another command is running");
            assertThat(s.client().status()).contains(" idle=0s ");

            out.close(); // as 'head -2' does
            control.setSoTimeout(10_000);
            assertThat(ServerClient.line(answers)).as("exit code when the reader stopped early").isEqualTo("141");
            assertThat(withoutAgentLog(new String(err.getInputStream().readAllBytes(), StandardCharsets.UTF_8))).as("stderr").isEmpty();
        }
        s.assertServing();
        assertSameAsInProcess(s.client().run(IV), IV);
    }

    private static List<String> concatList(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void statusAndStopThroughTheServerCommand() throws Exception {
        Served s = serve();
        Path dir = s.state().getParent();
        assertThat(s.client().run("--version").code()).isEqualTo("0");
        // beside it: a state file of a server that is gone, one that is not a state file, a launcher's marker
        Files.writeString(dir.resolve("gone"), "1 0123456789abcdef 42\n");
        Files.writeString(dir.resolve("junk"), "not a state file");
        Files.writeString(dir.resolve("x.starting"), "");
        CliRun.Result status = CliRun.run("server", "--dir", dir.toString(), "status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out().strip()).matches("pid=" + ProcessHandle.current().pid()
                + " served=1 cpu=[0-9.]+s up=[0-9]+s idle=[0-9]+s dir=" + java.util.regex.Pattern.quote(System.getProperty("user.dir")));
        // --dir after the subcommand too (the option is inherited)
        assertThat(CliRun.run("server", "status", "--dir", dir.toString()).out())
                .startsWith("pid=" + ProcessHandle.current().pid() + " served=1 ");
        CliRun.Result stop = CliRun.run("server", "--dir", dir.toString(), "stop");
        assertThat(stop.code()).isZero();
        assertThat(stop.out()).isEqualTo("stopped 1 command server" + System.lineSeparator());
        assertThat(s.ends(3000)).isTrue();
        assertThat(s.died().get()).isNull();
        assertThat(s.state()).doesNotExist();
        CliRun.Result none = CliRun.run("server", "--dir", dir.toString(), "status");
        assertThat(none.out()).isEqualTo("no command server is running" + System.lineSeparator());
        assertThat(CliRun.run("server", "--dir", dir.toString(), "stop").out())
                .isEqualTo("stopped 0 command servers" + System.lineSeparator());
    }

    @Test
    void anIdleServerEndsByItselfAndRemovesItsStateFile() throws Exception {
        // through the hidden 'server run', as the launcher starts one
        Path state = tmp.resolve("servers").resolve("idle");
        AtomicReference<CliRun.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> result.set(CliRun.run("server", "run", "--state", state.toString(), "--idle", "1.5s")));
        t.setDaemon(true);
        long t0 = System.nanoTime();
        t.start();
        for (int i = 0; i < 100 && !Files.exists(state); i++) {
            Thread.sleep(20);
        }
        String[] words = Files.readString(state).trim().split(" ");
        assertThat(words).hasSize(3);
        assertThat(words[2]).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        assertThat(Files.getPosixFilePermissions(state)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        ServerClient client = new ServerClient(Integer.parseInt(words[0]), words[1]);
        assertThat(client.status()).startsWith("pid=");
        t.join(6000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(t.isAlive()).as("the server ended by itself").isFalse();
        assertThat(seconds).as("seconds it lived").isGreaterThanOrEqualTo(1.5);
        assertThat(result.get().code()).isZero();
        assertThat(state).doesNotExist();
    }

    @Test
    void aServerWhoseStateFileAnotherServerTookEnds() throws Exception {
        Served s = serve();
        Files.writeString(s.state(), "1 0123456789abcdef 42\n");
        assertThat(s.ends(4000)).as("the displaced server ended").isTrue();
        assertThat(s.died().get()).isNull();
        assertThat(Files.readString(s.state())).as("the other server's state file is left alone").isEqualTo("1 0123456789abcdef 42\n");
    }

    @Test
    void aRebuiltJarIsStale() throws Exception {
        Path jar = Files.writeString(tmp.resolve("andreev.jar"), "not really a jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        long t0 = System.nanoTime();
        Served s = serve(Duration.ofMinutes(1), jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        ServerClient.Run r;
        try {
            r = s.client().run("--version");
        } catch (java.net.ConnectException gone) {
            r = null;
        }
        if (r == null || r.answer() == null) {
            // the server's watch, which looks once a second, saw the change first and ended it
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds before the server went away by itself")
                    .isGreaterThan(0.9);
        } else {
            assertThat(r.answer()).isEqualTo("refuse stale the jar was rebuilt");
        }
        assertThat(s.ends(3000)).isTrue();
        assertThat(s.state()).doesNotExist();
    }
}
