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

    /**
     * The message names the value as given (with its SI reading when bare), the quantity and its
     * plausible range (issue #10: '--delta 0.2' blamed T_N, '--h 1e308' said 'T_N >= Infinity K').
     */
    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Temperature | 0K | '0K' is not a temperature: expected 1 uK to 1000 K",
        "Temperature | -5mK | expected 1 uK to 1000 K",
        "Temperature | 1e308 | '1e308' (1e308 K; a bare number is SI) is not a temperature",
        "Temperature | 5mV | is not",
        "Resistance | 0 | '0' (0 Ohm; a bare number is SI) is not a resistance: expected 1 mOhm to",
        "Resistance | 1e-308 | '1e-308' (1e-308 Ohm; a bare number is SI) is not a resistance",
        "Gap | 0.2 | '0.2' (0.2 J; a bare number is SI) is not a superconducting gap: expected 1 ueV to 10 meV",
        "Gap | 1e300 | is not a superconducting gap: expected 1 ueV to 10 meV",
        "Gap | 0meV | is not a superconducting gap",
        "Energy | -1ueV | is not an energy: expected 0 to 10 meV",
        "Energy | 1e308 | '1e308' (1e308 J; a bare number is SI) is not an energy: expected 0 to 10 meV",
        "Ratio | -0.1 | is not a fraction: expected 0 to 1",
        "Length | -1um | is not a length: expected 1 pm to 1 m",
        "Voltage | 1e308 | is not a voltage: expected 0, or 1 pV to 10 V in magnitude",
        "Voltage | 1mK | is not",
        "Voltage | abc | is not"
    })
    void refusesWithAOneLineMessage(String name, String text, String mention) throws Exception {
        QuantityConverter c = converter(name);
        assertThatThrownBy(() -> c.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining(mention).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Every range's ends are accepted and just beyond them refused. */
    @ParameterizedTest
    @CsvSource({"Temperature", "Resistance", "Gap", "Energy", "Voltage", "Current", "Conductance", "Power",
        "Length", "Area", "Volume", "MagneticField", "Time", "DiffusionConstant", "Resistivity", "Ratio", "Dynes",
        "TemperatureOrZero", "Multiplier", "DensityOfStates", "ElectronPhononCoupling", "KapitzaCoupling"})
    void rangeEndsAreInside(String name) throws Exception {
        QuantityConverter c = converter(name);
        String[] ends = c.range().replace("0, or ", "").replace(" in magnitude", "").split(" to ");
        double low = c.convert(ends[0].strip());
        double high = c.convert(ends[1].strip());
        assertThatThrownBy(() -> c.checked("x", high * 1.001)).isInstanceOf(TypeConversionException.class);
        if (c.range().startsWith("0, or ")) {
            assertThat(c.convert("0")).isZero();
            assertThatThrownBy(() -> c.checked("x", low / 1.001)).isInstanceOf(TypeConversionException.class);
        } else if (low < 0) {
            assertThatThrownBy(() -> c.checked("x", low * 1.001)).isInstanceOf(TypeConversionException.class);
        } else if (low > 0) {
            assertThatThrownBy(() -> c.checked("x", low / 1.001)).isInstanceOf(TypeConversionException.class);
            assertThatThrownBy(() -> c.checked("x", 0)).isInstanceOf(TypeConversionException.class);
        } else {
            assertThatThrownBy(() -> c.checked("x", -Double.MIN_VALUE)).isInstanceOf(TypeConversionException.class);
        }
    }
}
