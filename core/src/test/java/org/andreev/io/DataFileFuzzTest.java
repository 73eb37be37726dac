package org.andreev.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.andreev.units.Dimension;

/**
 * Whatever text a data file holds, reading it and selecting columns either works or throws an
 * {@link InputException}; any other exception escaping fails the fuzz test. Regression mode (plain
 * {@code mvn test}) replays the seeds in {@code DataFileFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DataFileFuzzTest}.
 */
class DataFileFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readingNeverThrowsAnythingButInputException(FuzzedDataProvider data) {
        Dimension[] dims = Dimension.values();
        Dimension dx = dims[data.consumeInt(0, dims.length - 1)];
        Dimension dy = dims[data.consumeInt(0, dims.length - 1)];
        String xRef = data.consumeString(8);
        String unit = data.consumeString(8);
        String text = data.consumeRemainingAsString();
        try {
            DataFile f = DataFile.parse("fuzz", text);
            ColumnRef x;
            try {
                x = ColumnRef.parse(xRef);
            } catch (IllegalArgumentException e) {
                x = ColumnRef.byIndex(1);
            }
            f.curve(new ColumnSpec(x, dx, unit), new ColumnSpec(ColumnRef.byIndex(f.columnCount()), dy, ""));
            f.curveMap(new ColumnSpec(ColumnRef.byIndex(1), dx, ""), new ColumnSpec(x, dy, ""),
                    new ColumnSpec(ColumnRef.byIndex(1), dy, unit));
            if (f.rowCount() < 1 || f.header().size() != f.columnCount()) {
                throw new IllegalStateException("inconsistent data file " + f);
            }
        } catch (InputException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new IllegalStateException("message is not one line: " + expected.getMessage());
            }
        }
    }
}
