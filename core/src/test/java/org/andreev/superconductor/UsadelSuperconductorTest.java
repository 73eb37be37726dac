package org.andreev.superconductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 0-D Usadel density of states of physics.md A8 against its reference values and limits. */
class UsadelSuperconductorTest {

    /**
     * physics.md A8's table (8 digits): every value to 1e-7 absolute (the table's last digit is
     * 1e-8; the spec asks 1e-7). Max and RMS error over the 15 values are printed.
     */
    @Test
    void referenceValuesOfA8() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("usadel_reference.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("e,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                double[] r = new double[5];
                for (int k = 0; k < 5; k++) {
                    r[k] = Double.parseDouble(f[k]);
                }
                rows.add(r);
            }
        }
        assertThat(rows).hasSize(15);
        double max = 0;
        double sumSq = 0;
        for (double[] r : rows) {
            UsadelSuperconductor s = new UsadelSuperconductor(1.0, 0.3, 1e-3, r[2], r[1], r[3]);
            double err = Math.abs(s.dos(r[0]) - r[4]);
            max = Math.max(max, err);
            sumSq += err * err;
        }
        double rms = Math.sqrt(sumSq / rows.size());
        System.out.printf("Usadel DOS vs physics.md A8: max error %.2e, rms %.2e over %d values%n", max, rms, rows.size());
        assertThat(max).isLessThan(1e-7);
    }

    /** Without the rates the Usadel DOS is the spin-split Dynes DOS exactly (closed form, A1). */
    @Test
    void reducesToSpinSplitDynesWithoutRates() {
        Random random = new Random(8);
        for (int trial = 0; trial < 50; trial++) {
            double h = 0.6 * random.nextDouble();
            double g = Math.pow(10, -4 + 3 * random.nextDouble());
            Superconductor dynes = new Superconductor(1.0, g, h);
            UsadelSuperconductor usadel = UsadelSuperconductor.of(dynes);
            double[] e = new double[40];
            for (int k = 0; k < e.length; k++) {
                e[k] = -3 + 6 * random.nextDouble();
            }
            double[] n = new double[e.length];
            usadel.dos(e, n);
            for (int k = 0; k < e.length; k++) {
                // relative 1e-9: Newton converges to 1e-13 in θ; near a peak n ~ 1/sqrt(g) amplifies it
                assertThat(n[k]).as("E = %s, h = %s, g = %s", e[k], h, g)
                        .isCloseTo(dynes.dos(e[k]), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, dynes.dos(e[k]))));
            }
        }
    }

    /** n_S is even in E, and a grid in any order gives the values of single-point calls. */
    @Test
    void evenInEnergyAndOrderIndependent() {
        UsadelSuperconductor s = new UsadelSuperconductor(1.0, 0.3, 1e-3, 0.2, 0.04, 0.01);
        double[] e = {0.9, -0.9, 0.1, 2.5, -0.72, 0.72, 1.3};
        double[] n = new double[e.length];
        s.dos(e, n);
        for (int k = 0; k < e.length; k++) {
            assertThat(n[k]).isCloseTo(s.dos(-e[k]), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(n[k]).isCloseTo(s.dos(e[k]), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    /**
     * Spin-orbit scattering mixes the spins: at strong Γ_so the spin splitting is washed out and
     * the DOS approaches the unsplit Dynes DOS with pair breaking (Meservey–Tedrow Phys. Rep. 238
     * Fig. 5). Checked qualitatively and with a sum rule: ∫_0^W (n_S − 1) dE → 0 as W → ∞
     * (states are conserved), to 1e-3 at W = 40Δ (the tail of n − 1 ∝ 1/E² leaves ~1/(2W)·…).
     */
    @Test
    void statesAreConservedWithScattering() {
        UsadelSuperconductor s = new UsadelSuperconductor(1.0, 0.3, 1e-3, 0.2, 0.04, 0.01);
        int n = 40000;
        double w = 40.0;
        double[] e = new double[n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = (k + 0.5) * w / n;
        }
        s.dos(e, d);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += (d[k] - 1.0) * w / n;
            assertThat(d[k]).isGreaterThanOrEqualTo(0.0);
        }
        // BCS tail: ∫_W^∞ (E/sqrt(E² − 1) − 1) dE ≈ 1/(2W) = 0.0125; the sum to W is minus that
        assertThat(sum).isCloseTo(-1.0 / (2 * w), org.assertj.core.data.Offset.offset(2e-3));
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> new UsadelSuperconductor(0, 0, 0, 0, 0, 0)).hasMessageContaining("Delta");
        assertThatThrownBy(() -> new UsadelSuperconductor(1, 0, 0, -1, 0, 0)).hasMessageContaining("spin-orbit");
        assertThatThrownBy(() -> new UsadelSuperconductor(1, 0, 0, 0, Double.NaN, 0)).hasMessageContaining("spin-flip");
    }

    /** Γ = 0 is the retarded limit 0⁺ (a fit found it stalling the continuation): it matches Γ = 1e-9 Δ. */
    @Test
    void zeroDynesRateIsTheRetardedLimit() {
        UsadelSuperconductor zero = new UsadelSuperconductor(1, 0.5, 0, 0.05, 0.05, 0);
        UsadelSuperconductor tiny = new UsadelSuperconductor(1, 0.5, 1e-9, 0.05, 0.05, 0);
        for (double e : new double[] {0.3, 0.6, 1.2, 3}) {
            assertThat(zero.dos(e)).isEqualTo(tiny.dos(e));
        }
        assertThat(zero.dos(0.3)).isLessThan(1e-8);
    }
}
