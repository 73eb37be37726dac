package org.andreev.cli.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.andreev.cli.CliRun;
import org.junit.jupiter.api.Test;

/** The command contract of issue #8: {@code neck size}. */
class NeckSizeCommandTest {

    /** Seed check (physics.md B1): 5 Ω ↔ a ≈ 6.45 nm, A ≈ 131 nm² with Pb's λ_F, both ways. */
    @Test
    void sharvinBothWays() {
        CliRun.Result r = CliRun.run("neck", "size", "--resistance", "5Ohm");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("radius[m],area[m2]");
        double[] row = CliRun.row(lines[1]);
        assertThat(row[0]).isCloseTo(6.45e-9, within(0.005e-9));
        assertThat(row[1]).isCloseTo(131e-18, within(0.5e-18));
        CliRun.Result back = CliRun.run("neck", "size", "--radius", "6.45nm");
        assertThat(back.out()).startsWith("R[Ohm]\n");
        assertThat(CliRun.row(back.out().split("\n")[1])[0]).isCloseTo(5.0, within(0.01));
    }

    /** Wexler with Pb's ρℓ and ℓ = 10 nm: R(a) of the printed radius gives back 5 Ω. */
    @Test
    void wexler() {
        CliRun.Result r = CliRun.run("neck", "size", "--resistance", "5Ohm", "--model", "wexler", "--mfp", "10nm");
        assertThat(r.code()).as(r.err()).isZero();
        double a = CliRun.row(r.out().split("\n")[1])[0];
        double rho = 4.90e-16 / 10e-9;
        double l = 10e-9;
        double expected = 4 * rho * l / (3 * Math.PI * a * a) + (1 + 0.83 * l / a) / (1 + 1.33 * l / a) * rho / (2 * a);
        assertThat(expected).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void badInput() {
        CliRun.assertOneLineError(CliRun.run("neck", "size", "--resistance", "0Ohm"), "--resistance", "is not a resistance: expected");
        CliRun.assertOneLineError(CliRun.run("neck", "size", "--resistance", "5Ohm", "--mfp", "3nm"), "--model wexler");
        CliRun.assertOneLineError(CliRun.run("neck", "size", "--resistance", "5Ohm", "--material", "Xx"), "Xx");
        CliRun.assertOneLineError(CliRun.run("neck", "size", "--resistance", "5Ohm", "--model", "wexler",
                "--material", "Au"), "--mfp");
        CliRun.assertOneLineError(CliRun.run("neck", "size", "--resistance", "5Ohm", "--radius", "1nm"),
                "mutually exclusive");
    }
}
