package org.andreev.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitTest {

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyCommonUnitParsesAndTheFirstIsSi(Dimension d) {
        assertThat(Unit.common(d)).isNotEmpty();
        assertThat(Unit.si(d).factor()).isEqualTo(1.0);
        for (Unit u : Unit.common(d)) {
            assertThat(u.dimension()).isEqualTo(d);
        }
    }

    @Test
    void readableUnitForAxes() {
        assertThat(Unit.readable(Dimension.VOLTAGE, -1e-3, 1e-3).symbol()).isEqualTo("mV");
        assertThat(Unit.readable(Dimension.VOLTAGE, 2e-4).symbol()).isEqualTo("uV");
        assertThat(Unit.readable(Dimension.CURRENT, 3e-9).symbol()).isEqualTo("nA");
        assertThat(Unit.readable(Dimension.TEMPERATURE, 0.105).symbol()).isEqualTo("mK");
        assertThat(Unit.readable(Dimension.TEMPERATURE, 4.2).symbol()).isEqualTo("K");
        assertThat(Unit.readable(Dimension.CONDUCTANCE, 1e-5).symbol()).isEqualTo("uS");
        assertThat(Unit.readable(Dimension.VOLTAGE).symbol()).isEqualTo("V");
        assertThat(Unit.readable(Dimension.VOLTAGE, 1e6).symbol()).isEqualTo("V");
    }

    @Test
    void conversionsAndLabel() {
        Unit mv = Unit.parse("mV", Dimension.VOLTAGE);
        assertThat(mv.fromSi(2e-3)).isEqualTo(2.0);
        assertThat(mv.toSi(2.0)).isEqualTo(2e-3);
        assertThat(mv.fromSi(new double[] {1e-3, -5e-4})).containsExactly(1.0, -0.5);
        assertThat(mv.label("V")).isEqualTo("V (mV)");
        assertThat(Unit.si(Dimension.DIMENSIONLESS).label("M")).isEqualTo("M");
    }

    @Test
    void prefixedPowerAppliesToPrefix() {
        // cm2 = (1e-2 m)^2, not 1e-2 m^2 (SI brochure, 9th ed., 3.)
        assertThat(Unit.parse("cm2", Dimension.AREA).factor()).isEqualTo(1e-4, org.assertj.core.data.Offset.offset(1e-20));
        assertThat(Unit.parse("um3", Dimension.VOLUME).factor()).isCloseTo(1e-18, org.assertj.core.data.Offset.offset(1e-30));
    }

    @Test
    void badFactorIsRefused() {
        assertThatThrownBy(() -> new Unit("x", Dimension.VOLTAGE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
