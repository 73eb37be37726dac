package org.andreev.neck;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.material.Material;

/**
 * Whatever a trace file holds, reading its traces and analysing them either works or throws an
 * {@link InputException} with a one-line message; anything else escaping fails. Regression mode replays
 * the seeds in {@code TraceFileFuzzTestInputs/}; fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=TraceFileFuzzTest}.
 */
class TraceFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readingAndAnalysingThrowOnlyInputException(FuzzedDataProvider data) {
        boolean wexler = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        ContactSize contact = wexler ? ContactSize.wexler(Material.LEAD, Double.NaN, Double.NaN)
                : ContactSize.sharvin(Material.LEAD);
        try {
            List<Trace> traces = TraceFile.of(DataFile.parse("fuzz", text), TraceFile.Z, TraceFile.R, null);
            for (Trace t : traces) {
                NeckShape s = StaircaseAnalysis.of(contact).analyse(t);
                if (!Double.isFinite(s.halfAngle()) || !Double.isFinite(s.length()) || !Double.isFinite(s.minimumRadius())
                        || s.stages().isEmpty()) {
                    throw new IllegalStateException("non-finite shape " + s);
                }
            }
            ConductanceHistogram.ofTraces(traces, 0.1, 10);
        } catch (InputException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new IllegalStateException("message is not one line: " + expected.getMessage());
            }
        }
    }
}
