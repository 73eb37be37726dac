package org.andreev.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever a table holds (any header names, any finite doubles), the CSV the writer makes reads back
 * (RFC 4180: quoted fields may hold commas, quotes and line breaks) to the same names and to the same
 * doubles bit for bit. A table the record refuses is refused with an {@link IllegalArgumentException}.
 * Regression mode replays {@code TableWriterFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=TableWriterFuzzTest}.
 */
class TableWriterFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void writtenCsvReadsBackExactly(FuzzedDataProvider data) throws IOException {
        int columns = data.consumeInt(1, 5);
        int rows = data.consumeInt(0, 20);
        List<String> header = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(data.consumeString(12));
            double[] col = new double[rows];
            for (int r = 0; r < rows; r++) {
                col[r] = data.consumeRegularDouble();
            }
            values.add(col);
        }
        Table table;
        try {
            table = new Table(header, values);
        } catch (IllegalArgumentException refused) {
            return; // a blank name: refused where the table is made
        }
        StringWriter out = new StringWriter();
        TableWriter.write(table, out);
        List<List<String>> records = parse(out.toString());
        if (records.size() != rows + 1) {
            throw new IllegalStateException(records.size() + " records for " + rows + " rows: " + out);
        }
        if (!records.get(0).equals(header)) {
            throw new IllegalStateException("header " + header + " read back as " + records.get(0));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double back = Double.parseDouble(records.get(r + 1).get(c));
                if (Double.doubleToLongBits(back) != Double.doubleToLongBits(values.get(c)[r])) {
                    throw new IllegalStateException(values.get(c)[r] + " read back as " + back);
                }
            }
        }
    }

    /** A strict RFC 4180 reader: records end in \n; quoted fields double their quotes. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',' || ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (ch == '\n') {
                    records.add(record);
                    record = new ArrayList<>();
                }
            } else if (wasQuoted) {
                throw new IllegalStateException("text after a closing quote at " + i + ": " + csv);
            } else {
                field.append(ch);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new IllegalStateException("CSV does not end with a complete record: " + csv);
        }
        return records;
    }
}
