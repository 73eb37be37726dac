package org.andreev.io.device;

import static org.andreev.io.device.DeviceParameter.optionalQuantity;
import static org.andreev.io.device.DeviceParameter.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.junit.jupiter.api.Test;

/**
 * A device record and its table are one declaration: every record component is filled by a table
 * entry and every entry fills a component (checked when the table is made), the record is built
 * through its canonical constructor, and the checks and messages come from the table (issue #6:
 * adding a cooler parameter is one record component and one table line).
 */
class DeviceTableRecordTest {

    @Test
    void everyCoolerComponentHasATableEntryAndEveryEntryAComponent() {
        Map<String, List<String>> components = DeviceFile.TABLE.components();
        List<String> recordComponents = Arrays.stream(CoolerDevice.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(components.keySet()).containsExactlyElementsOf(recordComponents);
        components.forEach((c, keys) -> assertThat(keys).as(c).isNotEmpty());
        Set<String> keysFilling = new LinkedHashSet<>();
        components.values().forEach(keysFilling::addAll);
        List<String> tableKeys = DeviceFile.TABLE.parameters().stream().map(DeviceParameter::key).toList();
        assertThat(keysFilling).containsExactlyInAnyOrderElementsOf(tableKeys);
        assertThat(tableKeys).doesNotHaveDuplicates();
        assertThat(components.get("rLeak")).containsExactly("rleak");
        assertThat(components.get("geometry")).containsExactly("geometry", "junction_length");
        assertThat(components.get("probe")).containsExactly("probe_rt", "probe_m", "probe_te");
        assertThat(DeviceFile.TABLE.key(CoolerDevice::rLeak)).isEqualTo("rleak");
        assertThat(DeviceFile.TABLE.header().get(1)).contains("'inf' for lphi, ka, rleak.");
    }

    /** A toy device: a resistor at a temperature, with an optional thermometer of its own. */
    record Resistor(double r, double t, Thermometer probe) {}

    /** The thermometer: given by both its keys or by none. */
    record Thermometer(double r, double offset) {}

    static final DeviceTable<Resistor> RESISTOR = DeviceTable.of("resistor", Resistor.class, List.of("a resistor"))
            .add(quantity("r", Dimension.RESISTANCE, "resistance", Resistor::r).fitted())
            .add(quantity("t", Dimension.TEMPERATURE, "temperature", Resistor::t).orElse(0.1))
            .optionalRecord(Resistor::probe, Thermometer.class,
                    quantity("probe_r", Dimension.RESISTANCE, "thermometer resistance", Thermometer::r),
                    quantity("probe_offset", Dimension.TEMPERATURE, "its offset", Thermometer::offset).anySign())
            .build();

    @Test
    void theTableBuildsTheRecordAndChecksEachValueNamingTheKey() {
        Resistor r = DeviceFileReader.parse(RESISTOR, "r: 2 kOhm\nprobe_r: 5 kOhm\nprobe_offset: -3 mK\n", "a.yaml",
                Map.of(), w -> {});
        assertThat(r).isEqualTo(new Resistor(2000, 0.1, new Thermometer(5000, -0.003)));
        assertThat(DeviceFileReader.parse(RESISTOR, "r: 2\n", "b.yaml", Map.of(), w -> {}).probe()).isNull();
        assertThatThrownBy(() -> DeviceFileReader.parse(RESISTOR, "r: 2\nt: -1 K\n", "c.yaml", Map.of(), w -> {}))
                .isInstanceOf(InputException.class).hasMessage("c.yaml:2: t must be > 0 K, got -1.0");
        assertThatThrownBy(() -> DeviceFileReader.parse(RESISTOR, "r: 2\nprobe_r: 1\n", "d.yaml", Map.of(), w -> {}))
                .isInstanceOf(InputException.class)
                .hasMessage("d.yaml:2: probe_r: give all 2 of probe_r, probe_offset or none");
        assertThatThrownBy(() -> RESISTOR.validate(new Resistor(-1, 0.1, null))).hasMessage("r must be > 0 Ohm, got -1.0");
        assertThat(DeviceFileWriter.toYaml(RESISTOR, r)).contains("probe_offset: -3 mK");
    }

    record Pair(double a, double b) {}

    @Test
    void aComponentWithoutAnEntryOrAnEntryWithoutAComponentIsRefusedWhenTheTableIsMade() {
        assertThatThrownBy(() -> DeviceTable.of("pair", Pair.class, List.of())
                .add(quantity("a", Dimension.LENGTH, "a", Pair::a)).build())
                .hasMessage("component b of Pair has no parameter in the pair table");
        assertThatThrownBy(() -> DeviceTable.of("pair", Pair.class, List.of())
                .add(quantity("a", Dimension.LENGTH, "a", Pair::a)).add(quantity("b", Dimension.LENGTH, "b", Pair::b))
                .add(optionalQuantity("c", Dimension.LENGTH, "c", p -> p.a() + p.b())).build())
                .hasMessageStartingWith("pair parameter c fills no component of Pair");
        assertThatThrownBy(() -> DeviceTable.of("pair", Pair.class, List.of())
                .add(quantity("a", Dimension.LENGTH, "a", Pair::a)).add(quantity("b", Dimension.LENGTH, "b", Pair::a))
                .build()).hasMessageContaining("component a of Pair is filled by [a, b]");
    }
}
