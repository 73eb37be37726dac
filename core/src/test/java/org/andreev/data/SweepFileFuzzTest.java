package org.andreev.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;

/**
 * A whole dV/dI sweep file as {@code dvdi peaks FILE --field-from NAME} reads it: the text parsed
 * ({@link DataFile#parse}), the curve of columns {@code V} and {@code dVdI} taken, the field read by
 * {@link SweepField#read} from a column, a header line or the file name (each {@link SweepField.Source}),
 * and the peaks found ({@link PeakDetector#DEFAULT}). Whatever the file holds, this either works,
 * with a finite field and finite peaks, or throws an {@link InputException} (or the detector's
 * {@link IllegalArgumentException}, which the command prefixes with the file) with a one-line
 * message; anything else escaping fails. {@link SweepFieldFuzzTest} fuzzes the header and file-name
 * labels alone; this one adds the field column (constant or varying) and the curve. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SweepFileFuzzTest}.
 */
class SweepFileFuzzTest {

    private static final ColumnSpec V = ColumnSpec.of("V", Dimension.VOLTAGE);
    private static final ColumnSpec DVDI = ColumnSpec.of("dVdI", Dimension.RESISTANCE);

    @FuzzTest(maxDuration = "10s")
    void sweepFilesThrowOnlyInputException(FuzzedDataProvider data) {
        SweepField.Source source = data.pickValue(SweepField.Source.values());
        String fileName = data.consumeString(30).replaceAll("[\\x00/\\\\]", "_");
        String text = data.consumeRemainingAsString();
        Path file;
        try {
            file = Path.of("f" + fileName);
        } catch (java.nio.file.InvalidPathException notAFileName) {
            return; // the fuzzer's name is no file name on this system: the command never sees such a file
        }
        try {
            DataFile table = DataFile.parse("fuzz", text);
            double field = SweepField.read(file, text, table, source, "B", "");
            if (!Double.isFinite(field)) {
                throw new IllegalStateException("non-finite field " + field);
            }
            Curve curve = table.curve(V, DVDI);
            for (Peak p : PeakDetector.DEFAULT.find(curve).peaks()) {
                if (!Double.isFinite(p.position()) || !Double.isFinite(p.height()) || !Double.isFinite(p.width())
                        || !Double.isFinite(p.step())) {
                    throw new IllegalStateException("non-finite peak " + p);
                }
            }
        } catch (InputException expected) {
            oneLine(expected);
        } catch (IllegalArgumentException expected) {
            oneLine(expected);
        }
    }

    private static void oneLine(RuntimeException e) {
        if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
            throw new IllegalStateException("message is not one line: " + e.getMessage(), e);
        }
    }
}
