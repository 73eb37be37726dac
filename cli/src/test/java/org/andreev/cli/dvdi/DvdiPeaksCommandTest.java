package org.andreev.cli.dvdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.andreev.cli.CliRun;
import org.andreev.io.Curve;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.neck.PhaseSlipSweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dvdi peaks: one row a peak, the count per field, bad input. */
class DvdiPeaksCommandTest {

    static Path write(Path dir, String name, Curve c) throws Exception {
        Path f = dir.resolve(name);
        TableWriter.write(new Table(List.of("V[V]", "dVdI[Ohm]"), List.of(c.x(), c.y())), f);
        return f;
    }

    @Test
    void peaksAndCountPerField(@TempDir Path dir) throws Exception {
        PhaseSlipSweeps model = PhaseSlipSweeps.seed000();
        Random rnd = new Random(1);
        List<String> args = new ArrayList<>(List.of("dvdi", "peaks"));
        for (double h : new double[] {0.2, 0.45}) {
            for (int s = 0; s < 4; s++) {
                args.add(write(dir, String.format("neck_B%.2fT_%d.csv", h, s), model.sweep(h, rnd).dvdi()).toString());
            }
        }
        args.add("--field-from");
        args.add("B");
        args.add("--window-fraction"); // PhaseSlipSweeps.DETECTOR's window for sweeps on the MAR background
        args.add("40");
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        String[] blocks = r.out().split("\n\n");
        assertThat(blocks[0]).startsWith("file,V[V],height[Ohm],width[V],step[V],H[T]\n");
        assertThat(blocks[1]).startsWith("H[T],sweeps,peaksMean,peaksMin,peaksMax,reproducible,wandering\n0.2,4,");
        String[] high = blocks[1].strip().split("\n")[2].split(",");
        assertThat(high[0]).isEqualTo("0.45");
        assertThat(high[5]).as("one reproducible N-S peak at 0.45 T").isEqualTo("1");
        CliRun.Result one = CliRun.run("dvdi", "peaks", args.get(6), "--window-fraction", "40");
        assertThat(one.out()).startsWith("file,V[V],height[Ohm],width[V],step[V]\n" + args.get(6) + ",");
    }

    @Test
    void badInputIsOneLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "nofield.csv", PhaseSlipSweeps.seed000().sweep(0.45, new Random(2)).dvdi());
        CliRun.assertOneLineError(CliRun.run("dvdi", "peaks", f.toString(), f.toString(), "--field-from", "B"),
                "nofield.csv", "field 'B'");
        CliRun.assertOneLineError(CliRun.run("dvdi", "peaks", f.toString(), "--y", "R"), "nofield.csv", "'R'");
        CliRun.assertOneLineError(CliRun.run("dvdi", "peaks", dir.resolve("missing.csv").toString()), "no such file");
        CliRun.assertOneLineError(CliRun.run("dvdi", "peaks", f.toString(), "--threshold", "1"), "threshold");
    }
}
