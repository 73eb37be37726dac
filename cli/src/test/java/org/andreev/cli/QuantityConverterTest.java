package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** Each option converter reads its units to SI and refuses values outside the quantity's range. */
class QuantityConverterTest {

    private static QuantityConverter converter(String name) throws Exception {
        return (QuantityConverter) Class.forName(QuantityConverter.class.getName() + "$" + name)
                .getDeclaredConstructor().newInstance();
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
        "Temperature, 90mK, 0.09",
        "Resistance, 2.76kOhm, 2760",
        "Gap, 1meV, 1.602176634e-22",
        "Energy, 0, 0",
        "Voltage, -1mV, -1e-3",
        "Current, 2nA, 2e-9",
        "Conductance, 1G0, 7.748091729863649e-5",
        "Power, 3fW, 3e-15",
        "Length, 1.5um, 1.5e-6",
        "Area, 1um2, 1e-12",
        "Volume, 0.06um3, 6e-20",
        "MagneticField, -200mT, -0.2",
        "Time, 25ps, 2.5e-11",
        "DiffusionConstant, 80cm2/s, 8e-3",
        "Ratio, 1e-4, 1e-4",
        "Temperature, 0.3, 0.3"
    })
    void readsUnitsToSi(String name, String text, double si) throws Exception {
        assertThat(converter(name).convert(text)).isCloseTo(si, within(1e-12 * Math.abs(si)));
    }

    /** The message names the bound in the quantity's SI unit (Unit.si), none for a pure number. */
    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({
        "Temperature, 0K, > 0 K",
        "Temperature, -5mK, > 0",
        "Temperature, 5mV, ''",
        "Resistance, 0, > 0 Ohm",
        "Gap, 0meV, > 0",
        "Energy, -1ueV, >= 0 J",
        "Ratio, -0.1, '>= 0, got'",
        "Length, -1um, > 0 m",
        "Voltage, 1mK, ''",
        "Voltage, abc, ''"
    })
    void refusesWithAOneLineMessage(String name, String text, String mention) throws Exception {
        QuantityConverter c = converter(name);
        assertThatThrownBy(() -> c.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining(mention).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
