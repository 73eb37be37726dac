package org.andreev.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortest text that reads back to the same double (issue #10), bare and with a unit. */
class QuantityShortestTest {

    @ParameterizedTest
    @CsvSource({
        "1e-4, 1e-4", "9.999999999999999E-5, 9.999999999999999e-5", "0.30000000000000004, 0.30000000000000004",
        "950, 950", "1.56e47, 1.56e47", "0.001, 0.001", "1234567, 1234567", "12345678, 1.2345678e7",
        "-2.5e-10, -2.5e-10", "1.7976931348623157e308, 1.7976931348623157e308", "4.9e-324, 5e-324"
    })
    void shortestReadsBackExactly(double x, String text) {
        assertThat(Quantity.shortest(x)).isEqualTo(text);
        assertThat(Double.parseDouble(Quantity.shortest(x))).isEqualTo(x);
    }

    @Test
    void formatExactReadsBackToTheSameDoubleInTheUnitWithFewestDigits() {
        assertThat(Quantity.formatExact(Quantity.parse("0.3 um", Dimension.LENGTH), Dimension.LENGTH)).isEqualTo("0.3 um");
        assertThat(Quantity.formatExact(1.56e47, Dimension.DENSITY_OF_STATES)).isEqualTo("1.56e47 /J/m3");
        assertThat(Quantity.formatExact(1.728e-10, Dimension.KAPITZA_COUPLING)).isEqualTo("1.728e-10 W/K4");
        assertThat(Quantity.formatExact(0.105, Dimension.TEMPERATURE)).isEqualTo("105 mK");
        Random random = new Random(10);
        for (int k = 0; k < 20_000; k++) {
            Dimension d = Dimension.values()[random.nextInt(Dimension.values().length)];
            double x = (random.nextBoolean() ? -1 : 1) * Math.exp(random.nextGaussian() * 40);
            String text = Quantity.formatExact(x, d);
            assertThat(Quantity.parse(text, d)).as("%s as %s", text, d).isEqualTo(x);
            assertThat(Quantity.parse(Quantity.shortest(x), d)).isEqualTo(x);
        }
    }
}
