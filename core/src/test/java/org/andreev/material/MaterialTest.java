package org.andreev.material;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.andreev.units.PhysicalConstants.HBAR;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaterialTest {

    /** physics.md A6 / B5 values in SI (exact transcriptions: tolerance at rounding). */
    @Test
    void constantsFromTheSpec() {
        assertThat(Material.ALUMINIUM.gap() / E_CHARGE).isCloseTo(0.228e-3, within(1e-18));
        assertThat(Material.ALUMINIUM.criticalTemperature()).isCloseTo(1.50, within(0.005));
        assertThat(Material.COPPER.diffusionConstant()).isCloseTo(80e-4, within(1e-18));
        assertThat(Material.COPPER.electronPhononCoupling()).isCloseTo(2e9, within(1e-3));
        assertThat(Material.LEAD.gap() / E_CHARGE).isCloseTo(1.35e-3, within(1e-18));
        assertThat(Material.LEAD.criticalTemperature()).isEqualTo(7.2);
        assertThat(Material.COPPER.isSuperconductor()).isFalse();
    }

    /** Pb is strong-coupling: Δ(0)/k_BT_c = 2.18, yet Δ(T) is the scaled BCS curve (BcsGap's reading). */
    @Test
    void leadGapCurve() {
        double ratio = Material.LEAD.gap() / (K_BOLTZMANN * Material.LEAD.criticalTemperature());
        assertThat(ratio).isCloseTo(2.176, within(0.001));
        assertThat(Material.LEAD.gap(7.2)).isZero();
        assertThat(Material.LEAD.superconductor().delta()).isEqualTo(Material.LEAD.gap());
    }

    /**
     * λ_F and ρℓ recomputed independently from the electron densities n of Ashcroft &amp; Mermin
     * table 2.1 (k_F = (3π²n)^{1/3}, λ_F = 2π/k_F, ρℓ = ħk_F/(ne²)); tolerance 0.3 % (the stored
     * values are rounded to three figures). Nb's ρℓ is the measured one (Mayadas et al. 1972).
     */
    @ParameterizedTest
    @CsvSource({"Pb, 13.2e28, true", "Al, 18.1e28, true", "Cu, 8.47e28, true", "Au, 5.90e28, true",
        "Nb, 5.56e28, false"})
    void freeElectronValues(String symbol, double density, boolean freeElectronRhoL) {
        Material m = Material.named(symbol);
        double kF = Math.cbrt(3 * Math.PI * Math.PI * density);
        assertThat(m.fermiWavelength()).isCloseTo(2 * Math.PI / kF, withinPercentage(0.3));
        if (freeElectronRhoL) {
            assertThat(m.resistivityMeanFreePath()).isCloseTo(HBAR * kF / (density * E_CHARGE * E_CHARGE),
                    withinPercentage(0.3));
        } else {
            assertThat(m.resistivityMeanFreePath()).isEqualTo(3.72e-16);
        }
        assertThat(m.fermiVelocity()).isBetween(1.3e6, 2.1e6);
    }

    /** physics.md B5: Pb's λ_F = 0.399 nm, v_F = 1.83e6 m/s, ℓ = 10 nm; ρ = ρℓ/ℓ. */
    @Test
    void leadNormalState() {
        assertThat(Material.named("pb")).isSameAs(Material.LEAD);
        assertThat(Material.LEAD.fermiWavelength()).isEqualTo(0.399e-9);
        assertThat(Material.LEAD.fermiVelocity()).isEqualTo(1.83e6);
        assertThat(Material.LEAD.meanFreePath()).isEqualTo(10e-9);
        assertThat(Material.LEAD.resistivity()).isCloseTo(4.90e-8, withinPercentage(1e-9));
        assertThat(Material.LEAD.withMeanFreePath(20e-9).resistivity()).isCloseTo(2.45e-8, withinPercentage(1e-9));
        assertThat(Material.GOLD.resistivity()).isNaN();
        assertThat(Material.COPPER.meanFreePath()).isCloseTo(15.3e-9, withinPercentage(0.1));
        assertThat(Material.NIOBIUM.criticalTemperature()).isEqualTo(9.25);
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> Material.COPPER.gap(1.0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Material("x", -1, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN))
                .hasMessageContaining("gap");
        assertThatThrownBy(() -> Material.named("Xx")).hasMessageContaining("Pb, Al, Nb, Au, Cu");
    }
}
