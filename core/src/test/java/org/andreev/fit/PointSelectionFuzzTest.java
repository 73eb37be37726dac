package org.andreev.fit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.andreev.units.Dimension;

/**
 * Whatever a user types as a window ({@code --range}, {@code --exclude}), parsing returns finite
 * ends FROM ≤ TO or throws an {@link IllegalArgumentException} with a one-line message; anything
 * else escaping fails the fuzz test. Regression mode replays the seeds in {@code
 * PointSelectionFuzzTestInputs/}.
 */
class PointSelectionFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void windowParsingNeverThrowsAnythingButIllegalArgument(FuzzedDataProvider data) {
        Dimension[] dims = Dimension.values();
        Dimension d = dims[data.consumeInt(0, dims.length - 1)];
        String text = data.consumeRemainingAsString();
        try {
            PointSelection.Window w = PointSelection.Window.parse(text, d);
            if (!Double.isFinite(w.from()) || !Double.isFinite(w.to()) || w.to() < w.from()) {
                throw new IllegalStateException("bad window " + w + " from '" + text + "'");
            }
            w.contains(0.5 * (w.from() + w.to()));
        } catch (IllegalArgumentException expected) {
            if (expected.getMessage() == null || expected.getMessage().contains("\n")
                    || expected.getMessage().contains("\r")) {
                throw new IllegalStateException("message is not one line: " + expected.getMessage());
            }
        }
    }
}
