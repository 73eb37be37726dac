package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipe its reader closes ({@code andreev nis iv ... | head -3}) ends a command quietly with 141, as
 * for SIGPIPE; a full disk ({@code > /dev/full}) stays an error: one line, exit 2.
 */
class StandardOutputTest {

    @TempDir
    Path dir;

    /** 20001 rows, about 1.3 MB: far more than a pipe holds (64 KiB), so the writer is still writing at the close. */
    private static final String[] LONG_IV = {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK",
        "--bias", "0:1mV:20001"};

    /** The command line as its own process, as a shell starts it. */
    private ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    @Test
    void aPipeClosedByItsReaderEndsTheCommandSilentlyWith141() throws Exception {
        Path err = dir.resolve("err.txt");
        Process p = process(LONG_IV).redirectError(err.toFile()).start();
        List<String> head = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int k = 0; k < 3; k++) {
                head.add(r.readLine()); // what 'head -3' reads, then it closes the pipe
            }
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(head.get(0)).isEqualTo("V[V],I[A],dIdV[S],Pcool[W]");
        assertThat(Files.readString(err)).as("stderr").isEmpty();
        assertThat(p.exitValue()).isEqualTo(StandardOutput.CLOSED_BY_READER).isEqualTo(128 + 13);
    }

    @Test
    void aFullDiskStaysAnErrorWithExit2AndTheSystemsReason() throws Exception {
        File full = new File("/dev/full");
        assumeThat(full.exists()).as("/dev/full exists").isTrue();
        Path err = dir.resolve("err.txt");
        Process p = process(LONG_IV).redirectOutput(full).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        String stderr = Files.readString(err).strip();
        assertThat(p.exitValue()).as(stderr).isEqualTo(2);
        assertThat(stderr).doesNotContain("\n").doesNotContain("Exception")
                .isEqualTo("andreev nis iv: cannot write to standard output (No space left on device); the result is"
                        + " lost: use --out FILE");
    }

    /** A stream whose every write fails as a system call would, with {@code reason}. */
    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    private static CliRun.Result run(String reason, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new StandardOutput(failing(reason)), new PrintWriter(err), args);
        return new CliRun.Result(code, "", err.toString());
    }

    @Test
    void everyKindOfOutputTellsAClosedPipeFromAFailedWrite() {
        List<String[]> commands = List.of(
                new String[] {"cooler", "params"},                      // TextOutputOptions
                new String[] {"nis", "iv", "--help"},                   // picocli's usage, checked by Main.run
                new String[] {"completion", "bash"},                    // its own check
                new String[] {"reproduce", "--list"});
        for (String[] args : commands) {
            CliRun.Result closed = run("Broken pipe", args);
            assertThat(closed.code()).as(String.join(" ", args) + ": " + closed.err()).isEqualTo(141);
            assertThat(closed.err()).as(String.join(" ", args)).isEmpty();
            CliRun.Result failed = run("Input/output error", args);
            assertThat(failed.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(failed.err()).contains("cannot write").contains("Input/output error")
                    .doesNotContain("pipe closed");
        }
    }
}
