package org.andreev.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    /** A new file is readable by others (the temporary file's owner-only mode must not stick). */
    @Test
    void newFileIsWorldReadable() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("out.csv");
        AtomicFile.write(file, out -> out.write("a\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    /** A replaced file keeps the permissions its owner gave it. */
    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    /** Writes into args[0] and then waits forever: the process the kill test ends. */
    public static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            AtomicFile.write(Path.of(args[0]), out -> {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private java.util.List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** SIGTERM during a write leaves neither the file nor its temporary file (issue #10). */
    @Test
    void aKilledWriteLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("big.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (names().stream().noneMatch(n -> n.endsWith(".tmp"))) {
                assertThat(System.nanoTime()).as("the writer started").isLessThan(deadline);
                assertThat(p.isAlive()).as("the writer runs").isTrue();
                Thread.sleep(20);
            }
            assertThat(names()).singleElement().asString().startsWith(".big.csv.andreev-" + p.pid() + "-");
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook runs
            p.waitFor();
        }
        assertThat(names()).isEmpty();
    }

    /** A temporary file left by a process that no longer runs (SIGKILL) is removed by the next write. */
    @Test
    void aStaleTemporaryFileIsRemovedByTheNextWrite() throws IOException {
        Path stale = Files.writeString(dir.resolve(".out.csv.andreev-2147483646-abc.tmp"), "partial");
        Path other = Files.writeString(dir.resolve(".other.csv.andreev-2147483646-abc.tmp"), "not ours");
        assumeThat(ProcessHandle.of(2147483646L)).isEmpty();
        AtomicFile.write(dir.resolve("out.csv"), out -> out.write('x'));
        assertThat(stale).doesNotExist();
        assertThat(other).exists(); // another target's: left to its own next write
    }

    @Test
    void onlyRegularFilesAreReplaced() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThatThrownBy(() -> AtomicFile.write(sub, out -> out.write('x')))
                .isInstanceOf(IOException.class).hasMessage("'" + sub + "' is a directory, not a regular file; not replaced");
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), out -> out.write('x')))
                .hasMessage("'/' is a directory, not a file");
        assertThatThrownBy(() -> AtomicFile.write(Path.of(""), out -> out.write('x')))
                .hasMessage("an empty file name");
        // a failing content writer leaves nothing behind, and its exception passes through
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("a.csv"), out -> {
            throw new IOException("disk full");
        })).hasMessage("cannot write '" + dir.resolve("a.csv") + "': disk full");
        assertThat(names()).containsExactly("sub");
    }

    /** Staged files become visible only on commit; closing uncommitted ones deletes them. */
    @Test
    void stagedFilesAreAllOrNone() throws IOException {
        AtomicFile.Pending a = AtomicFile.stage(dir.resolve("a.csv"), out -> out.write('a'));
        AtomicFile.Pending b = AtomicFile.stage(dir.resolve("b.png"), out -> out.write('b'));
        assertThat(dir.resolve("a.csv")).doesNotExist();
        a.close();
        b.close();
        assertThat(names()).isEmpty();
    }
}
