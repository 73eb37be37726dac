package org.andreev.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's command server against a fresh JVM, end to end: runs
 * {@code cli/src/test/launcher/server-vs-direct.sh} (its header says what it covers) on the packaged
 * jar, from the repository root. Run by the cli module's second surefire execution, in the
 * {@code integration-test} phase, after the shade plugin has made {@code cli/target/andreev.jar}
 * ({@code ./mvnw -B verify}; {@code -DskipTests} skips it, as the launcher's own build does).
 * The script's output is passed on as it comes; on failure the assertion repeats it. Alone:
 * {@code ./mvnw -B -o -q -pl cli -am verify -Dtest=ServerVsDirectIT -Dsurefire.failIfNoSpecifiedTests=false},
 * or {@code bash cli/src/test/launcher/server-vs-direct.sh} on a built jar.
 */
class ServerVsDirectIT {

    /** A hung server must not hang the build: the script takes 20-40 s on 2 busy cores. */
    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void servedCommandsGiveWhatAFreshJvmGives() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        Path script = root.resolve("cli/src/test/launcher/server-vs-direct.sh");
        // only in the integration-test execution (-Dtest=ServerVsDirectIT selects it in the test phase too,
        // before the jar is made: there it would test the jar of an earlier build)
        assumeTrue(Boolean.getBoolean("andreev.packaged") && Files.isRegularFile(root.resolve("cli/target/andreev.jar")),
                "runs after the package phase; ./mvnw -B verify");
        Process p = new ProcessBuilder("bash", script.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> copy(p.getInputStream(), bytes), "server-vs-direct-output");
        pump.start();
        boolean ended = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroy(); // bash runs its EXIT trap (stops the servers it started) on SIGTERM
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        pump.join(10_000);
        String output;
        synchronized (bytes) {
            output = bytes.toString(StandardCharsets.UTF_8);
        }
        assertThat(ended).as("server-vs-direct.sh did not end within %d s:%n%s", TIMEOUT_SECONDS, output).isTrue();
        assertThat(p.exitValue()).as("server-vs-direct.sh failed:%n%s", output).isZero();
    }

    private static void copy(InputStream in, ByteArrayOutputStream output) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                System.out.write(buffer, 0, n);
                System.out.flush();
                synchronized (output) {
                    output.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the script ended or was ended; what it wrote is kept
        }
    }
}
