package org.andreev.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run the {@code andreev} launcher records its class-data-sharing archive from
 * ({@code java -XX:ArchiveClassesAtExit=andreev.jsa -cp andreev.jar org.andreev.cli.ClassArchiveTraining}):
 * a few small commands of every group, run in-process with their output discarded, so that the
 * classes a command loads (picocli's model, the converters, the kernels, the table and plot
 * writers) are in the archive and later start-ups map them instead of loading and verifying them.
 * Nothing it does is needed for correctness; a command that fails here only makes the archive
 * smaller. Not a user command.
 */
public final class ClassArchiveTraining {
    private ClassArchiveTraining() {}

    /** Runs the training commands in a temporary directory, which it removes. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("andreev-cds");
        try {
            Path iv = dir.resolve("iv.csv");
            Path png = dir.resolve("iv.png");
            List<List<String>> commands = List.of(
                    List.of("--help"),
                    List.of("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK", "--bias", "0:1mV:201",
                            "--out", iv.toString(), "--plot", png.toString()),
                    List.of("nis", "fit", iv.toString(), "--free", "te", "--delta", "0.2meV", "--rt", "2kOhm", "--json"),
                    List.of("nis", "thermometer", "--help"),
                    List.of("data", "deriv", iv.toString()),
                    List.of("cooler", "params", "--json"),
                    List.of("cooler", "iv", "--tbath", "100mK", "--bias", "0:0.4mV:5"),
                    List.of("nis", "iv", "--delta", "-1"));
            try (PrintWriter out = new PrintWriter(Writer.nullWriter()); PrintWriter err = new PrintWriter(Writer.nullWriter())) {
                for (List<String> command : commands) {
                    Main.run(out, err, command.toArray(String[]::new));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
