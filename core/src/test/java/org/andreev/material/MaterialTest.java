package org.andreev.material;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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

    @Test
    void validation() {
        assertThatThrownBy(() -> Material.COPPER.gap(1.0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Material("x", -1, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)).hasMessageContaining("gap");
    }
}
