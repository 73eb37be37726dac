package org.andreev.contact;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.andreev.io.InputException;

/**
 * Whatever a channel file holds, parsing it gives channels in (0, 1] or throws a one-line
 * {@link InputException}; anything else fails. Regression mode replays the seeds; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ChannelFileFuzzTest}.
 */
class ChannelFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parsingNeverThrowsAnythingButInputException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            ChannelSet set = ChannelSet.parse("fuzz.txt", text);
            for (int i = 0; i < set.size(); i++) {
                if (!(set.tau(i) > 0 && set.tau(i) <= 1)) {
                    throw new IllegalStateException("transmission out of range: " + set.tau(i));
                }
            }
        } catch (InputException expected) {
            if (expected.getMessage().contains("\n") || !expected.getMessage().startsWith("fuzz.txt")) {
                throw new IllegalStateException("bad message: " + expected.getMessage());
            }
        }
    }
}
