package org.andreev.tunnel;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.andreev.io.InputException;

/**
 * The N-I-S junction's device file ({@link NisDeviceFile}): whatever text a file holds and whatever an
 * option gives, reading it either gives a junction that writes and reads back to itself (YAML and JSON),
 * or throws an {@link InputException} whose message is one printable line of at most 500 characters;
 * any other exception fails. Regression mode replays the seeds in {@code NisDeviceFileFuzzTestInputs/};
 * fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=NisDeviceFileFuzzTest}.
 */
class NisDeviceFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readingNeverThrowsAnythingButInputException(FuzzedDataProvider data) {
        boolean json = data.consumeBoolean();
        String optionKey = data.consumeString(16);
        String optionValue = data.consumeString(24);
        String text = data.consumeRemainingAsString();
        Map<String, String> overrides = optionKey.isEmpty() ? Map.of() : Map.of(optionKey, optionValue);
        try {
            NisDevice d = NisDeviceFile.parse(text, json ? "fuzz.json" : "fuzz.yaml", overrides, w -> { });
            NisDevice yaml = NisDeviceFile.parse(NisDeviceFile.toYaml(d), "back.yaml", Map.of(), w -> { });
            NisDevice back = NisDeviceFile.parse(NisDeviceFile.toJson(d), "back.json", Map.of(), w -> { });
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
}
