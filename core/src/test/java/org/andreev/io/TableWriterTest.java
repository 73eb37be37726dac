package org.andreev.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesHeaderAndRows() throws IOException {
        Table t = Table.of("V[V]", new double[] {-1e-3, 0.1}).withColumn("a,b", new double[] {2, 3.5});
        StringWriter out = new StringWriter();
        TableWriter.write(t, out);
        assertThat(out.toString()).isEqualTo("V[V],\"a,b\"\n-0.001,2.0\n0.1,3.5\n");
    }

    @Test
    void fileRoundTripsEveryBitAndLeavesNoTemporaryFile() throws IOException {
        Random rnd = new Random(7);
        double[] a = new double[1000];
        double[] b = new double[1000];
        for (int k = 0; k < a.length; k++) {
            a[k] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
            b[k] = Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL); // finite
        }
        Path file = dir.resolve("sub/out.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old content");
        TableWriter.write(Table.of("x[V]", a).withColumn("y[A]", b), file);

        var lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("x[V],y[A]");
        assertThat(lines).hasSize(1001);
        for (int k = 0; k < a.length; k++) {
            String[] cells = lines.get(k + 1).split(",");
            assertThat(Double.parseDouble(cells[0])).isEqualTo(a[k]);
            assertThat(Double.parseDouble(cells[1])).isEqualTo(b[k]);
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }

    @Test
    void createsMissingDirectories() throws IOException {
        Path file = dir.resolve("a/b/c.csv");
        TableWriter.write(Table.of("x", new double[] {1}), file);
        assertThat(Files.readString(file)).isEqualTo("x\n1.0\n");
    }
}
