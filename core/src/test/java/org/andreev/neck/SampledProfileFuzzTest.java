package org.andreev.neck;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.OptionalLong;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;

/**
 * Whatever a profile file holds (the output of {@code neck shape}, with or without a trace column),
 * reading it with {@link SampledProfile#read} and measuring its superconducting length either works or
 * throws an {@link InputException} with a one-line message; anything else escaping fails. Regression
 * mode replays the seeds in {@code SampledProfileFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SampledProfileFuzzTest}.
 */
class SampledProfileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readingThrowsOnlyInputException(FuzzedDataProvider data) {
        int trace = data.consumeInt(-1, 4);
        String text = data.consumeRemainingAsString();
        try {
            SampledProfile p = SampledProfile.read(DataFile.parse("fuzz", text),
                    trace < 0 ? OptionalLong.empty() : OptionalLong.of(trace));
            double ls = p.lengthNarrowerThan(2 * p.minimumRadius());
            if (!(ls >= 0) || !(ls <= p.end() - p.start() + 1e-30 * Math.abs(p.end()))) {
                throw new IllegalStateException("L_S " + ls + " outside [0, length] for " + p);
            }
        } catch (InputException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new IllegalStateException("message is not one line: " + expected.getMessage());
            }
        }
    }
}
