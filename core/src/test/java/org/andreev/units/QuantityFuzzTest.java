package org.andreev.units;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a user types as a quantity, a unit or a range, parsing returns a finite SI value or
 * throws an {@link IllegalArgumentException}; anything else escaping fails the fuzz test.
 * Regression mode replays the seeds in {@code QuantityFuzzTestInputs/}.
 */
class QuantityFuzzTest {

    private static void oneLine(IllegalArgumentException e) {
        if (e.getMessage() == null || e.getMessage().contains("\n") || e.getMessage().contains("\r")) {
            throw new IllegalStateException("message is not one line: " + e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void parsingNeverThrowsAnythingButIllegalArgument(FuzzedDataProvider data) {
        Dimension[] dims = Dimension.values();
        Dimension d = dims[data.consumeInt(0, dims.length - 1)];
        String text = data.consumeRemainingAsString();
        try {
            double v = Quantity.parse(text, d);
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("non-finite " + v + " from '" + text + "'");
            }
        } catch (IllegalArgumentException expected) {
            oneLine(expected);
        }
        try {
            double f = Quantity.unitFactor(text, d);
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalStateException("bad factor " + f + " from '" + text + "'");
            }
        } catch (IllegalArgumentException expected) {
            oneLine(expected);
        }
        try {
            double[] values = Range.parse(text, d).values();
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new IllegalStateException("non-finite range value from '" + text + "'");
                }
            }
        } catch (IllegalArgumentException expected) {
            oneLine(expected);
        }
    }
}
