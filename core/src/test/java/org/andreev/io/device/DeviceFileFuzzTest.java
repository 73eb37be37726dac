package org.andreev.io.device;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.InputException;

/**
 * Whatever text a device file holds (YAML or JSON), and whatever text an option gives, reading it
 * either gives a device that writes and reads back to itself, or throws an {@link InputException}
 * whose message is one printable line of at most 500 characters; any other exception fails. Regression
 * mode (plain {@code mvn test}) replays the seeds in {@code DeviceFileFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DeviceFileFuzzTest}.
 */
class DeviceFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readingNeverThrowsAnythingButInputException(FuzzedDataProvider data) {
        boolean json = data.consumeBoolean();
        String optionKey = data.consumeString(16);
        String optionValue = data.consumeString(24);
        String text = data.consumeRemainingAsString();
        Map<String, String> overrides = optionKey.isEmpty() ? Map.of() : Map.of(optionKey, optionValue);
        try {
            CoolerDevice d = DeviceFileReader.parse(DeviceFile.TABLE, text, json ? "fuzz.json" : "fuzz.yaml",
                    overrides, w -> {});
            CoolerDevice yaml = DeviceFileReader.parse(DeviceFile.TABLE, DeviceFile.toYaml(d), "back.yaml", Map.of(), w -> {});
            CoolerDevice back = DeviceFileReader.parse(DeviceFile.TABLE, DeviceFile.toJson(d), "back.json", Map.of(), w -> {});
            if (!yaml.equals(d) || !back.equals(d)) {
                throw new IllegalStateException("does not read back: " + d);
            }
        } catch (InputException expected) {
            String m = expected.getMessage();
            if (m.contains("\n") || m.length() > 500 || m.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalStateException("message is not one short printable line: " + m);
            }
        }
    }

    /**
     * The embedded files' line-by-line reading ({@link DeviceFileReader#parseEmbedded}, start-up) gives,
     * for any text, exactly what the YAML parser gives: the same device or the same message.
     */
    @FuzzTest(maxDuration = "10s")
    void theLineByLineReadingIsTheYamlReading(FuzzedDataProvider data) {
        String optionKey = data.consumeString(16);
        String optionValue = data.consumeString(24);
        String text = data.consumeRemainingAsString();
        Map<String, String> overrides = optionKey.isEmpty() ? Map.of() : Map.of(optionKey, optionValue);
        String fast = answer(() -> DeviceFileReader.parseEmbedded(DeviceFile.TABLE, text, "fuzz.yaml", overrides, w -> {}));
        String yaml = answer(() -> DeviceFileReader.parse(DeviceFile.TABLE, text, "fuzz.yaml", overrides, w -> {}));
        if (!fast.equals(yaml)) {
            throw new IllegalStateException("line by line: " + fast + "; YAML: " + yaml);
        }
    }

    private static String answer(java.util.function.Supplier<Object> read) {
        try {
            return String.valueOf(read.get());
        } catch (InputException e) {
            return "refused: " + e.getMessage();
        }
    }
}
