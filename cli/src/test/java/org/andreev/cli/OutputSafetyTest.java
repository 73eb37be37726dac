package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10, "data lost or misread silently" and "inputs that crash": a failed write is an error,
 * {@code --out} replaces only regular files, the outputs of one command are written all or none, and
 * bad output names get one clean line.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private static final String[] IV = {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK",
        "--bias", "0:1mV:5"};

    private static String[] iv(String... more) {
        List<String> a = new ArrayList<>(List.of(IV));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** Runs with standard output on /dev/full (every write fails with ENOSPC). */
    private static CliRun.Result toFullDisk(String... args) throws Exception {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).as("/dev/full exists").isTrue();
        StringWriter err = new StringWriter();
        try (FileOutputStream stream = new FileOutputStream(full.toFile())) {
            PrintWriter out = new PrintWriter(stream, false, StandardCharsets.UTF_8);
            int code = Main.run(out, new PrintWriter(err), args);
            return new CliRun.Result(code, "", err.toString());
        }
    }

    private static void assertLost(CliRun.Result r) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err().strip()).contains("cannot write to standard output").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void aFullStandardOutputIsAnErrorNotExitZero() throws Exception {
        assertLost(toFullDisk(IV));
        Path iv = dir.resolve("iv.csv");
        assertThat(CliRun.run(iv("--out", iv.toString())).code()).isZero();
        assertLost(toFullDisk("data", "deriv", iv.toString()));
        assertLost(toFullDisk("cooler", "iv", "--tbath", "100mK", "--bias", "0:0.2mV:3"));
        assertLost(toFullDisk("nis", "fit", iv.toString(), "--x", "V", "--y", "I", "--delta", "0.2meV",
                "--rt", "2kOhm", "--free", "te", "--json"));
        assertLost(toFullDisk("cooler", "params"));
        assertLost(toFullDisk("reproduce", "--list"));
    }

    @Test
    void outRefusesADirectoryAndAFifoAndSaysWhichBehindALink() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun.assertOneLineError(CliRun.run(iv("--out", empty.toString())), "--out", "is a directory");
        assertThat(empty).isDirectory();

        Path fifo = dir.resolve("fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliRun.assertOneLineError(CliRun.run(iv("--out", fifo.toString())), "--out", "a FIFO", "not replaced");
        assertThat(Files.isRegularFile(fifo)).isFalse();

        Path link = Files.createSymbolicLink(dir.resolve("link"), fifo);
        CliRun.assertOneLineError(CliRun.run(iv("--out", link.toString())), "symbolic link", "fifo", "a FIFO");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        // a link to a regular file: the target is replaced, the link stays
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path good = Files.createSymbolicLink(dir.resolve("good.csv"), real);
        assertThat(CliRun.run(iv("--out", good.toString())).code()).isZero();
        assertThat(Files.isSymbolicLink(good)).isTrue();
        assertThat(Files.readString(real)).startsWith("V[V],I[A]");
    }

    @Test
    void outAndPlotMayNotNameTheSameFile() {
        Path same = dir.resolve("x.png");
        CliRun.assertOneLineError(CliRun.run(iv("--out", same.toString(), "--plot", same.toString())),
                "--out", "--plot", "same file");
        assertThat(same).doesNotExist();
    }

    @Test
    void aFailedPlotLeavesNoOutFileAndPrintsNothing() throws Exception {
        Path blocker = Files.writeString(dir.resolve("f"), "a file, not a directory");
        Path out = dir.resolve("t.csv");
        CliRun.assertOneLineError(CliRun.run(iv("--out", out.toString(), "--plot", blocker.resolve("x.png").toString())),
                "--plot", "f/x.png");
        assertThat(out).doesNotExist();
        // the result for standard output is held back as well
        CliRun.assertOneLineError(CliRun.run(iv("--plot", blocker.resolve("x.png").toString())), "--plot");
        assertNoTemporaryFiles();
    }

    @Test
    void outAndPlotTogetherWriteBoth() throws Exception {
        Path out = dir.resolve("t.csv");
        Path plot = dir.resolve("t.pdf");
        CliRun.Result r = CliRun.run(iv("--out", out.toString(), "--plot", plot.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("V[V]");
        assertThat(Files.readAllBytes(plot)).startsWith('%', 'P', 'D', 'F');
        assertNoTemporaryFiles();
    }

    @Test
    void badOutNamesGetOneCleanLine() {
        String longName = dir.resolve("a".repeat(300) + ".csv").toString();
        for (String name : new String[] {"/", "", dir.toString(), longName}) {
            CliRun.Result r = CliRun.run(iv("--out", name));
            CliRun.assertOneLineError(r);
            assertThat(r.err()).doesNotContain(".tmp").doesNotContain("andreev-").hasSizeLessThan(300);
        }
    }

    @Test
    void optionsACommandIgnoresAreRefused() {
        CliRun.assertOneLineError(CliRun.run("cooler", "params", "--plot", dir.resolve("p.png").toString()),
                "--plot");
        assertThat(dir.resolve("p.png")).doesNotExist();
    }

    private void assertNoTemporaryFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
