package org.andreev.cli.dvdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.andreev.cli.CliRun;
import org.andreev.io.Curve;
import org.andreev.neck.PhaseSlipSweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8's command contract for {@code dvdi peaks --field-from NAME}, end to end: the field of
 * each sweep file read from a column, a header line or the file name "as the user says"
 * ({@code --field-source}, default: the first that exists), and the columns found by the header
 * names {@code V} and {@code dVdI} or given with {@code --x/--y} and their units. The same sweep
 * (seed-000 synthetic, 0.2 T) is written in each form, so every form must give the same peaks.
 */
class DvdiFieldSourcesTest {

    @TempDir
    Path dir;

    private Curve sweep() {
        return PhaseSlipSweeps.seed000().sweep(0.2, new Random(3)).dvdi();
    }

    /** The sweep as CSV, V in mV (the header's unit is honoured), with an optional third column. */
    private Path write(String name, String comment, String header, String third) throws Exception {
        Curve c = sweep();
        StringBuilder b = new StringBuilder(comment);
        b.append(header).append('\n');
        for (int i = 0; i < c.x().length; i++) {
            b.append(String.format(Locale.ROOT, "%.17g,%.17g", c.x()[i] * 1e3, c.y()[i]));
            if (third != null) {
                b.append(',').append(third);
            }
            b.append('\n');
        }
        return Files.writeString(dir.resolve(name), b);
    }

    /** The peak rows without the file column (file,V[V],height[Ohm],width[V],step[V],H[T]). */
    private static List<String> peaks(CliRun.Result r) {
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n\n")[0].strip().split("\n");
        return java.util.Arrays.stream(lines).skip(1).map(l -> l.substring(l.indexOf(',') + 1)).toList();
    }

    @Test
    void fieldFromAColumnAHeaderLineOrTheFileName() throws Exception {
        Path column = write("run1.csv", "", "V[mV],dVdI[Ohm],B[mT]", "200");
        Path header = write("run2.csv", "# sample 3, sweep 2\n# B = 0.2 T\n", "V[mV],dVdI[Ohm]", null);
        Path name = write("run3_B0.20T.csv", "", "V[mV],dVdI[Ohm]", null);
        String[] common = {"--field-from", "B", "--window-fraction", "40"};

        List<String> fromColumn = peaks(CliRun.run(cat(new String[] {"dvdi", "peaks", column.toString(),
            "--field-source", "column"}, common)));
        List<String> fromHeader = peaks(CliRun.run(cat(new String[] {"dvdi", "peaks", header.toString(),
            "--field-source", "header"}, common)));
        List<String> fromName = peaks(CliRun.run(cat(new String[] {"dvdi", "peaks", name.toString(),
            "--field-source", "filename"}, common)));
        assertThat(fromColumn).isNotEmpty().allMatch(l -> l.endsWith(",0.2"));
        assertThat(fromHeader).isEqualTo(fromColumn);
        assertThat(fromName).isEqualTo(fromColumn);

        // the default source takes whichever exists, file by file; the count per field groups all three
        CliRun.Result all = CliRun.run(cat(new String[] {"dvdi", "peaks", column.toString(), header.toString(),
            name.toString()}, common));
        assertThat(all.code()).as(all.err()).isZero();
        String[] blocks = all.out().split("\n\n");
        // the contract's columns first, the field last
        assertThat(blocks[0]).startsWith("file,V[V],height[Ohm],width[V],step[V],H[T]\n" + column + ",");
        for (String line : blocks[0].strip().split("\n")) {
            assertThat(line).endsWith(line.startsWith("file,") ? ",H[T]" : ",0.2");
        }
        assertThat(blocks[0]).contains("\n" + header + ",").contains("\n" + name + ",");
        assertThat(blocks[1]).startsWith("H[T],sweeps,peaksMean,peaksMin,peaksMax,reproducible,wandering\n0.2,3,");
        assertThat(blocks[1].strip().split("\n")).hasSize(2);
    }

    @Test
    void otherColumnNamesWithXAndY() throws Exception {
        Path named = write("named.csv", "", "V[mV],dVdI[Ohm]", null);
        Path lab = write("lab.csv", "", "Vbias,Rdiff", null);
        List<String> byName = peaks(CliRun.run("dvdi", "peaks", named.toString(), "--window-fraction", "40"));
        List<String> byOption = peaks(CliRun.run("dvdi", "peaks", lab.toString(), "--x", "Vbias", "--x-unit", "mV",
                "--y", "Rdiff", "--y-unit", "Ohm", "--window-fraction", "40"));
        assertThat(byName).isNotEmpty();
        assertThat(byOption).isEqualTo(byName);
        CliRun.assertOneLineError(CliRun.run("dvdi", "peaks", lab.toString()), "lab.csv", "'V'");
    }

    private static String[] cat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
