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
        assertThat(out.toString()).isEqualTo("V[V],\"a,b\"\n-0.001,2\n0.1,3.5\n");
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

    /**
     * Numbers are the shortest text that reads back to the same double (issue #10), as in the
     * device files: {@code 1e-4}, not {@code 1.0E-4}; a computed {@code 0.1 + 0.2} keeps its 17 digits.
     * The text columns' variant writes them the same way; a million rows round-trip bit for bit.
     */
    @Test
    void numbersAreTheShortestTextThatReadsBack() throws IOException {
        Table t = Table.of("V[V]", new double[] {1e-4, 6e-4, 0.1 + 0.2, 1.5e-12, -0.0, 1e7, 12.0});
        StringWriter out = new StringWriter();
        TableWriter.write(t, out);
        assertThat(out.toString()).isEqualTo("V[V]\n1e-4\n6e-4\n0.30000000000000004\n1.5e-12\n-0\n1e7\n12\n");
        StringWriter text = new StringWriter();
        TableWriter.write(t, java.util.List.of(new TableWriter.TextColumn("f", 0, java.util.Collections.nCopies(7, "a"))), text);
        assertThat(text.toString()).isEqualTo("f,V[V]\na,1e-4\na,6e-4\na,0.30000000000000004\na,1.5e-12\na,-0\na,1e7\na,12\n");

        Random rnd = new Random(11);
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k / 1e9;
            y[k] = rnd.nextGaussian() * 1e-7;
        }
        Path file = dir.resolve("big.csv");
        TableWriter.write(Table.of("V[V]", x).withColumn("I[A]", y), file);
        try (var lines = Files.lines(file)) {
            var it = lines.skip(1).iterator();
            for (int k = 0; k < n; k++) {
                String line = it.next();
                int comma = line.indexOf(',');
                assertThat(Double.parseDouble(line.substring(0, comma))).isEqualTo(x[k]);
                assertThat(Double.parseDouble(line.substring(comma + 1))).isEqualTo(y[k]);
                if (k == 3) {
                    assertThat(line).startsWith("3e-9,");
                }
            }
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void createsMissingDirectories() throws IOException {
        Path file = dir.resolve("a/b/c.csv");
        TableWriter.write(Table.of("x", new double[] {1}), file);
        assertThat(Files.readString(file)).isEqualTo("x\n1\n");
    }
}
