package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.units.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/** Range options read START:STOP:COUNT with units to an SI {@link Range} and refuse bad ranges in one line. */
class RangeConverterTest {

    @Test
    void readsUnitsToSi() {
        Range bias = new RangeConverter.Voltages().convert("-1mV:1mV:401");
        assertThat(bias.start()).isCloseTo(-1e-3, within(1e-18));
        assertThat(bias.stop()).isCloseTo(1e-3, within(1e-18));
        assertThat(bias.count()).isEqualTo(401);
        Range t = new RangeConverter.Temperatures().convert("50mK:400mK:36");
        assertThat(t.values()).hasSize(36).startsWith(0.05).endsWith(0.4);
        assertThat(new RangeConverter.Lengths().convert("20nm:20um:50").stop()).isCloseTo(20e-6, within(1e-20));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({
        "Temperatures, 0K:1K:3, temperatures must be > 0 K",
        "Temperatures, -5mK:100mK:3, temperatures must be > 0 K",
        "Lengths, 0:1um:3, lengths must be > 0 m",
        "Voltages, 1mV:2mV, START:STOP:COUNT",
        "Voltages, 1mK:2mK:3, ''",
        "Voltages, 0:1mV:0, count"
    })
    void refusesWithAOneLineMessage(String name, String text, String mention) throws Exception {
        RangeConverter c = (RangeConverter) Class.forName(RangeConverter.class.getName() + "$" + name)
                .getDeclaredConstructor().newInstance();
        assertThatThrownBy(() -> c.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining(mention).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
