package org.andreev.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    private static final double E = PhysicalConstants.E_CHARGE;

    /** What users write (brief and physics.md A6) against its SI value; 1e-12 relative is rounding. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.2meV      | ENERGY             | 3.204353268e-23",
        "0.228 meV   | ENERGY             | 3.65296272552e-23",
        "1eV         | ENERGY             | 1.602176634e-19",
        "5ueV        | ENERGY             | 8.01088317e-25",
        "5µeV        | ENERGY             | 8.01088317e-25",
        "5μeV        | ENERGY             | 8.01088317e-25",
        "1e-22J      | ENERGY             | 1e-22",
        "2kOhm       | RESISTANCE         | 2000",
        "2 kΩ        | RESISTANCE         | 2000",
        "2.76kΩ      | RESISTANCE         | 2760",
        "1.9 kohm    | RESISTANCE         | 1900",
        "3MOhm       | RESISTANCE         | 3e6",
        "90mK        | TEMPERATURE        | 0.09",
        "1.5um       | LENGTH             | 1.5e-6",
        "1.5µm       | LENGTH             | 1.5e-6",
        "50 nm       | LENGTH             | 5e-8",
        "4 A         | LENGTH             | 4e-10",
        "4Å          | LENGTH             | 4e-10",
        "0.25T       | MAGNETIC_FIELD     | 0.25",
        "80mT        | MAGNETIC_FIELD     | 0.08",
        "500G        | MAGNETIC_FIELD     | 0.05",
        "1e-4        | VOLTAGE            | 1e-4",
        "-1mV        | VOLTAGE            | -1e-3",
        "+.5 mV      | VOLTAGE            | 5e-4",
        "−2 mV       | VOLTAGE            | -2e-3",
        "12 nA       | CURRENT            | 1.2e-8",
        "80cm2/s     | DIFFUSION_CONSTANT | 8e-3",
        "80 cm²/s    | DIFFUSION_CONSTANT | 8e-3",
        "0.06um3     | VOLUME             | 6e-20",
        "1.2 um2     | AREA               | 1.2e-12",
        "2nW/um3/K5  | ELECTRON_PHONON_COUPLING | 2e9",
        "2e9         | ELECTRON_PHONON_COUPLING | 2e9",
        "2 nW µm⁻³ K⁻⁵ | ELECTRON_PHONON_COUPLING | 2e9",
        "144 W/m2/K4 | KAPITZA_CONDUCTANCE | 144",
        "144 W m^-2 K^-4 | KAPITZA_CONDUCTANCE | 144",
        "160 pW/K4   | KAPITZA_COUPLING   | 1.6e-10",
        "0.05        | KAPITZA_COUPLING   | 0.05",
        "12 ppm      | DIMENSIONLESS      | 1.2e-5",
        "1.56e47/J/m3 | DENSITY_OF_STATES | 1.56e47",
        "1.56e47 J-1 m-3 | DENSITY_OF_STATES | 1.56e47",
        "2.5e-11s    | TIME               | 2.5e-11",
        "25 ps       | TIME               | 2.5e-11",
        "1.83e6 m/s  | VELOCITY           | 1.83e6",
        "50%         | DIMENSIONLESS      | 0.5",
        "1.37        | DIMENSIONLESS      | 1.37",
        "3 nW        | POWER              | 3e-9",
        "0.5 aW      | POWER              | 5e-19",
        "20uS        | CONDUCTANCE        | 2e-5",
    })
    void parsesWhatUsersWrite(String text, Dimension dim, double expected) {
        assertThat(Quantity.parse(text, dim)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    }

    @Test
    void conductanceQuantumIsTwoESquaredOverH() {
        // G0 = 2e²/h = 7.748091729e-5 S (CODATA 2018, exact e and h)
        assertThat(Quantity.parse("1G0", Dimension.CONDUCTANCE)).isCloseTo(7.748091729e-5, within(1e-14));
        assertThat(Quantity.parse("0.169 G0", Dimension.CONDUCTANCE))
                .isEqualTo(0.169 * PhysicalConstants.G0);
        assertThat(Quantity.unitFactor("G0", Dimension.CONDUCTANCE)).isEqualTo(PhysicalConstants.G0);
    }

    @Test
    void unitFactorOfCommonUnits() {
        assertThat(Quantity.unitFactor("mV", Dimension.VOLTAGE)).isEqualTo(1e-3);
        assertThat(Quantity.unitFactor("meV", Dimension.ENERGY)).isCloseTo(1e-3 * E, within(1e-30));
        assertThat(Quantity.unitFactor("", Dimension.VOLTAGE)).isEqualTo(1);
        assertThat(Quantity.unitFactor("kΩ", Dimension.RESISTANCE)).isEqualTo(1e3);
    }

    @Test
    void errorNamesTextAndDimension() {
        assertThatThrownBy(() -> Quantity.parse("2kOhm", Dimension.VOLTAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2kOhm' is not a voltage (use V, mV, uV, nV)");
        assertThatThrownBy(() -> Quantity.parse("abc", Dimension.TEMPERATURE))
                .hasMessageContaining("'abc' is not a temperature");
        assertThatThrownBy(() -> Quantity.parse("1 mV", Dimension.DIMENSIONLESS))
                .hasMessageContaining("is not a pure number");
        assertThatThrownBy(() -> Quantity.unitFactor("mK", Dimension.LENGTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a length");
    }

    /** A percentage or ppm is a pure number: of a dimensioned quantity it is refused, alone or in a product. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5%       | KAPITZA_COUPLING", "5 %      | TEMPERATURE", "2 V %    | VOLTAGE", "3 ppm    | RESISTANCE",
        "1 % mV   | VOLTAGE", "5 %/K    | TEMPERATURE"})
    void percentOnlyForPureNumbers(String text, Dimension dim) {
        assertThatThrownBy(() -> Quantity.parse(text, dim)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not " + dim.noun());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''", "' '", "mV", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "1e999",
        "1e", "1..2", "1 2", "1mV mV/", "1 //V", "1 V^", "1 V-", "1 V2000", "1,5", "1e5e5",
        "1 G0^2", "1 mG0"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Quantity.parse(text, Dimension.VOLTAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("\n");
    }

    @Test
    void nullIsRefusedWithMessage() {
        assertThatThrownBy(() -> Quantity.parse(null, Dimension.VOLTAGE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatPicksReadableUnit() {
        assertThat(Quantity.format(0.228e-3 * E, Dimension.ENERGY)).isEqualTo("228 ueV");
        assertThat(Quantity.format(0.09, Dimension.TEMPERATURE)).isEqualTo("90 mK");
        assertThat(Quantity.format(2760, Dimension.RESISTANCE)).isEqualTo("2.76 kOhm");
        assertThat(Quantity.format(0, Dimension.VOLTAGE)).isEqualTo("0 V");
        assertThat(Quantity.format(1.37, Dimension.DIMENSIONLESS)).isEqualTo("1.37");
    }

    @Test
    void formatThenParseRoundTripsOnSeededValues() {
        java.util.Random rnd = new java.util.Random(42);
        for (Dimension d : new Dimension[] {Dimension.VOLTAGE, Dimension.CURRENT, Dimension.ENERGY,
                Dimension.TEMPERATURE, Dimension.POWER, Dimension.LENGTH}) {
            for (int k = 0; k < 500; k++) {
                double si = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -20 + 25 * rnd.nextDouble());
                // six significant digits: relative error below 5e-6
                assertThat(Quantity.parse(Quantity.format(si, d), d))
                        .isCloseTo(si, within(5e-6 * Math.abs(si)));
            }
        }
    }
}
