package org.andreev.io.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The device-key check without a regular expression (start-up) accepts exactly what the regex does. */
class DeviceParameterKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"delta", "rt", "dos_total", "probe_te", "a1", "a_1", "island_length", "x2_y3_z",
        "", "_a", "a_", "a__b", "A", "aB", "1a", "a-b", "a b", "é", "a_b_", "ka", "m", "sigma_eph", "z9", "a_B"})
    void snakeCaseIsTheRegex(String key) {
        assertThat(DeviceParameter.snakeCase(key)).as(key).isEqualTo(key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"));
    }
}
