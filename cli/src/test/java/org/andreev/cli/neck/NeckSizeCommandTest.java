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

    /**
     * The contract's {@code --model wexler --mfp 10nm --rho …}: a resistivity with its unit
     * (4.9 µΩ cm is Pb's ρℓ/ℓ at 10 nm, so the default), a doubled ρ checked against Wexler's formula
     * written out here, and {@code --radius} the other way with the same model.
     */
    @Test
    void wexlerWithRhoBothWays() {
        double[] byDefault = CliRun.row(CliRun.run("neck", "size", "--resistance", "5Ohm", "--model", "wexler",
                "--mfp", "10nm").out().split("\n")[1]);
        CliRun.Result given = CliRun.run("neck", "size", "--resistance", "5Ohm", "--model", "wexler", "--mfp", "10nm",
                "--rho", "4.9uOhm cm");
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(CliRun.row(given.out().split("\n")[1])[0]).isCloseTo(byDefault[0], within(1e-9 * byDefault[0]));
        CliRun.Result doubled = CliRun.run("neck", "size", "--resistance", "5Ohm", "--model", "wexler", "--mfp", "10nm",
                "--rho", "9.8e-8");
        double a = CliRun.row(doubled.out().split("\n")[1])[0];
        double rho = 9.8e-8;
        double l = 10e-9;
        double r = 4 * rho * l / (3 * Math.PI * a * a) + (1 + 0.83 * l / a) / (1 + 1.33 * l / a) * rho / (2 * a);
        assertThat(r).isCloseTo(5.0, within(1e-9));
        CliRun.Result back = CliRun.run("neck", "size", "--radius", a + "m", "--model", "wexler", "--mfp", "10nm",
                "--rho", "9.8e-8");
        assertThat(back.out()).startsWith("R[Ohm]\n");
        assertThat(CliRun.row(back.out().split("\n")[1])[0]).isCloseTo(5.0, within(1e-9));
    }

    /**
     * Every material of the table by {@code --material}: Sharvin's a = sqrt(A/π) with
     * A = (h/2e²) λ_F²/(πR), λ_F from the free-electron densities of Ashcroft &amp; Mermin table 2.1
     * (λ_F = 2π/(3π²n)^{1/3}; n in 10²⁸ m⁻³: Al 18.1, Nb 5.56, Au 5.90, Cu 8.47, Pb 13.2), to their
     * three digits (0.3 %).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Pb, 13.2", "Al, 18.1", "Nb, 5.56", "Au, 5.90", "Cu, 8.47"})
    void everyMaterialOfTheTable(String material, double density) {
        CliRun.Result r = CliRun.run("neck", "size", "--resistance", "5Ohm", "--material", material);
        assertThat(r.code()).as(r.err()).isZero();
        double lambdaF = 2 * Math.PI / Math.cbrt(3 * Math.PI * Math.PI * density * 1e28);
        double halfQuantum = 6.62607015e-34 / (2 * 1.602176634e-19 * 1.602176634e-19);
        double area = halfQuantum * lambdaF * lambdaF / (Math.PI * 5.0);
        double[] row = CliRun.row(r.out().split("\n")[1]);
        assertThat(row[1]).as(material + " area").isCloseTo(area, within(0.006 * area));
        assertThat(row[0]).as(material + " radius").isCloseTo(Math.sqrt(area / Math.PI), within(0.003 * Math.sqrt(area / Math.PI)));
    }
}
