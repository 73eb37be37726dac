package org.andreev.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.OptionalDouble;
import org.andreev.io.InputException;

/**
 * Whatever a header or a file name holds, reading the field from it gives a finite value, nothing,
 * or an {@link InputException} with a one-line message. Regression mode replays the seeds; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SweepFieldFuzzTest}.
 */
class SweepFieldFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void fieldLabelsNeverThrowAnythingButInputException(FuzzedDataProvider data) {
        String name = data.consumeString(6);
        String unit = data.consumeString(4);
        String fileName = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        if (name.isBlank()) {
            name = "B";
        }
        try {
            check(SweepField.fromHeader("fuzz", text, name, unit));
            check(SweepField.fromFileName("fuzz", fileName, name, unit));
            check(SweepField.fromHeader("fuzz", "# " + name + " = " + fileName, name, unit));
        } catch (InputException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new IllegalStateException("message is not one line: " + expected.getMessage());
            }
        }
    }

    private static void check(OptionalDouble v) {
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalStateException("non-finite field " + v);
        }
    }
}
