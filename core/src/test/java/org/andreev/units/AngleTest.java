package org.andreev.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Angles as users write them: 35deg, 35°, 0.61rad, 610mrad; a bare number is radians. */
class AngleTest {

    @Test
    void anglesParseToRadians() {
        assertThat(Quantity.parse("35deg", Dimension.ANGLE)).isCloseTo(Math.toRadians(35), within(1e-16));
        assertThat(Quantity.parse("35 °", Dimension.ANGLE)).isCloseTo(Math.toRadians(35), within(1e-16));
        assertThat(Quantity.parse("0.61rad", Dimension.ANGLE)).isEqualTo(0.61);
        assertThat(Quantity.parse("610mrad", Dimension.ANGLE)).isCloseTo(0.61, within(1e-16));
        assertThat(Quantity.parse("0.61", Dimension.ANGLE)).isEqualTo(0.61);
    }

    @Test
    void anglesAreNotPureNumbersAndOtherUnitsAreNotAngles() {
        assertThatThrownBy(() -> Quantity.parse("35deg", Dimension.DIMENSIONLESS)).hasMessageContaining("pure number");
        assertThatThrownBy(() -> Quantity.parse("35nm", Dimension.ANGLE)).hasMessageContaining("an angle");
        assertThatThrownBy(() -> Quantity.parse("35%", Dimension.ANGLE)).hasMessageContaining("an angle");
        assertThat(Unit.si(Dimension.ANGLE).symbol()).isEqualTo("rad");
    }
}
