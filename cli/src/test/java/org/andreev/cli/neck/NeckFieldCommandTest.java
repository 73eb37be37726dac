package org.andreev.cli.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** neck field, neck lambdaq, neck psc: the contract, the seed numbers, bad input. */
class NeckFieldCommandTest {

    @Test
    void neckFieldPrintsTheContractColumns() {
        CliRun.Result r = CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature", "4.2K",
                "--field", "0.1T:0.3T:41");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[0]).isEqualTo("H[T],LS[m],LambdaQ[m],regime");
        assertThat(lines).hasSize(42);
        String[] first = lines[1].split(",");
        assertThat(Double.parseDouble(first[0])).isEqualTo(0.1);
        assertThat(first[3]).isIn("PS", "NS");
        // L_S = 2(4 lambda Hc/H - r0)/tan(theta), dirty-limit lambda(4.2 K) = 119.97 nm, Hc(4.2 K) = 0.05278 T
        assertThat(Double.parseDouble(first[1])).isCloseTo(7.051452018084627e-7, within(1e-18));
    }

    @Test
    void crossoverAndMapOverTemperature() {
        CliRun.Result r = CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature",
                "4.2K:4.2K:1", "--field", "0.1T:1T:2", "--crossover");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("T[K],Hx[T]\n4.2,0.41");
        // the seed's own Lambda_Q* estimate (240 nm at every field): the crossover at the seed's Fig. 3 fields, 0.28 T
        CliRun.Result seed = CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature",
                "4.2K:4.2K:1", "--field", "0.1T:1T:2", "--crossover", "--lambdaq", "seed-estimate");
        assertThat(seed.code()).as(seed.err()).isZero();
        assertThat(seed.out()).startsWith("T[K],Hx[T]\n4.2,0.28");
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature",
                "4.2K", "--field", "0.3T:0.3T:1", "--lambdaq", "guess"), "Lambda_Q* reading");
        CliRun.Result map = CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature",
                "3K:5K:3", "--field", "0.1T:0.3T:3");
        assertThat(map.out().strip().split("\n")).hasSize(10);
        assertThat(map.out()).startsWith("T[K],H[T],LS[m],LambdaQ[m],regime\n");
    }

    @Test
    void profileFileGivesTheConesLength(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x[nm],r[nm]\n");
        for (int i = -1000; i <= 1000; i += 10) {
            csv.append(i).append(',').append(6.45 + Math.abs(i) * Math.tan(Math.toRadians(35))).append('\n');
        }
        Path f = dir.resolve("profile.csv");
        Files.writeString(f, csv);
        CliRun.Result r = CliRun.run("neck", "field", "--profile", f.toString(), "--temperature", "4.2K", "--field",
                "0.1T:0.1T:1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Double.parseDouble(r.out().split("\n")[1].split(",")[1])).isCloseTo(7.051452018084627e-7,
                within(1e-15));
    }

    @Test
    void simulateShapeFieldRoundTrip(@TempDir Path dir) throws Exception {
        // neck simulate -> neck shape -> neck field --profile: the reconstructed profile of the seed's long neck
        // (theta = 35 deg, 5 Ohm, 200 nm, 1 % noise) gives the cone's L_S where r_c lies inside the neck
        // (within 1 %: the reconstruction's angle error is below 0.2 deg, StaircaseAnalysisTest), and the whole
        // reconstructed length (stage midpoints: within half a stage of 200 nm) where all of it is superconducting.
        Path trace = dir.resolve("long.csv");
        Path profile = dir.resolve("profile.csv");
        CliRun.Result sim = CliRun.run("neck", "simulate", "--theta", "35deg", "--resistance", "5Ohm", "--length",
                "200nm", "--noise", "1%", "--out", trace.toString());
        assertThat(sim.code()).as(sim.err()).isZero();
        CliRun.Result shape = CliRun.run("neck", "shape", trace.toString(), "--out", profile.toString());
        assertThat(shape.code()).as(shape.err()).isZero();
        assertThat(Files.readString(profile)).startsWith("x[m],r[m]\n");
        CliRun.Result fromProfile = CliRun.run("neck", "field", "--profile", profile.toString(), "--temperature", "4.2K",
                "--field", "0.1T:0.5T:5");
        assertThat(fromProfile.code()).as(fromProfile.err()).isZero();
        CliRun.Result cone = CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature", "4.2K",
                "--field", "0.1T:0.5T:5");
        String[] p = fromProfile.out().strip().split("\n");
        String[] c = cone.out().strip().split("\n");
        assertThat(p).hasSize(6);
        for (int k = 4; k <= 5; k++) { // 0.4 T and 0.5 T: r_c = 63 nm, 51 nm, inside the 76.5 nm neck
            double lsProfile = Double.parseDouble(p[k].split(",")[1]);
            double lsCone = Double.parseDouble(c[k].split(",")[1]);
            assertThat(lsProfile / lsCone - 1).as(p[k]).isCloseTo(0, within(0.01));
        }
        double whole = Double.parseDouble(p[1].split(",")[1]); // 0.1 T: the whole neck is superconducting
        assertThat(whole).isBetween(180e-9, 200e-9);
        // several traces: the 'trace' column of neck shape, one chosen with --trace
        Path many = dir.resolve("many.csv");
        Path profiles = dir.resolve("profiles.csv");
        assertThat(CliRun.run("neck", "simulate", "--theta", "35deg", "--resistance", "5Ohm", "--length", "200nm",
                "--traces", "2", "--out", many.toString()).code()).isZero();
        assertThat(CliRun.run("neck", "shape", many.toString(), "--out", profiles.toString()).code()).isZero();
        assertThat(Files.readString(profiles)).startsWith("trace,x[m],r[m]\n");
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--profile", profiles.toString(), "--temperature", "4.2K",
                "--field", "0.4T:0.4T:1"), "2 traces", "--trace");
        CliRun.Result second = CliRun.run("neck", "field", "--profile", profiles.toString(), "--trace", "2",
                "--temperature", "4.2K", "--field", "0.4T:0.4T:1");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(Double.parseDouble(second.out().split("\n")[1].split(",")[1]) / Double.parseDouble(
                c[4].split(",")[1]) - 1).isCloseTo(0, within(0.01));
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--profile", profiles.toString(), "--trace", "3",
                "--temperature", "4.2K", "--field", "0.4T:0.4T:1"), "no trace 3");
    }

    @Test
    void lambdaqAndPsc() {
        CliRun.Result r = CliRun.run("neck", "lambdaq", "--temperature", "4.2K", "--pair-breaking", "0.124meV");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("T[K],LambdaQ[m],tauQ[s],pairBreaking[J]\n4.2,");
        CliRun.Result p = CliRun.run("neck", "psc", "--theta", "35deg", "--r0", "6.45nm", "--temperature", "4.2K",
                "--field", "0.2T:0.2T:1");
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).startsWith("H[T],LambdaQ[m],RPSC[Ohm],RPSCwire[Ohm],Ic[A]\n0.2,");
    }

    @Test
    void badInputIsOneLine(@TempDir Path dir) throws Exception {
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--theta", "95deg", "--r0", "6.45nm", "--temperature",
                "4.2K", "--field", "0.1T:0.3T:3"), "--theta", "95");
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature",
                "4.2K", "--field", "0.01T:0.3T:3"), "bulk critical field");
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--theta", "35nm", "--r0", "6.45nm", "--temperature",
                "4.2K", "--field", "0.1T:0.3T:3"), "--theta", "an angle");
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--temperature", "4.2K", "--field", "0.1T:0.3T:3"),
                "--profile");
        CliRun.assertOneLineError(CliRun.run("neck", "lambdaq", "--temperature", "8K"), "T_c");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,r\n0,5e-9\n-1e-9,6e-9\n");
        CliRun.assertOneLineError(CliRun.run("neck", "field", "--profile", bad.toString(), "--temperature", "4.2K",
                "--field", "0.1T:0.3T:3"), "bad.csv:3:", "must increase", "position x");
    }
}
