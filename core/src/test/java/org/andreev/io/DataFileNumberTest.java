package org.andreev.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's own number scanner and fast path agree with the regex and Double.parseDouble. */
class DataFileNumberTest {

    /** Bit-for-bit equal to Double.parseDouble, or NaN (left to it). */
    private static void assertSameAsJdk(String cell) {
        assertTrue(DataFile.isNumber(cell, 0, cell.length()), cell);
        double fast = DataFile.fastParse(cell);
        if (!Double.isNaN(fast)) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cell)),
                    Double.doubleToRawLongBits(fast), cell);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0.0", "-0e5", "1.", ".5", "-.5e-3", "1e22", "1e-22", "9e23",
        "123456789012345", "1234567890123456", "0.000000000000000000001", "1.000000000e-03",
        "-9.996598123e-07", "4.35", "0.1", "0.3", "1e00001", "2.2250738585072014E-308",
        "179769313486231570000000000000000000000", "007", "1E+5"})
    void agreesWithParseDouble(String cell) {
        assertSameAsJdk(cell);
    }

    @Test
    void randomCellsAgreeWithParseDouble() {
        SplittableRandom random = new SplittableRandom(10);
        int fast = 0;
        for (int k = 0; k < 200_000; k++) {
            double v = (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            String cell = String.format(Locale.ROOT, "%." + random.nextInt(1, 17) + (random.nextBoolean() ? "e" : "f"), v);
            assertSameAsJdk(cell);
            fast += Double.isNaN(DataFile.fastParse(cell)) ? 0 : 1;
        }
        System.out.println("fast path taken for " + fast + " of 200000 random cells");
        assertTrue(fast > 50_000, "the fast path should cover ordinary cells");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "0x10", "1e5.0",
        "١", "NaN", "Infinity", " 1", "1 ", "1d", "1f"})
    void notNumbers(String cell) {
        assertFalse(DataFile.isNumber(cell, 0, cell.length()), cell);
        assertFalse(java.util.regex.Pattern.matches(
                "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?", cell), cell);
    }

    /**
     * Cells beyond the fast path (16-17 digits, large exponents, subnormals) go to FastDoubleParser;
     * read through a whole file they are bit-for-bit what Double.parseDouble gives.
     */
    @Test
    void longCellsReadThroughTheFileAgreeWithParseDouble() {
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder text = new StringBuilder("x\n");
        java.util.List<String> cells = new java.util.ArrayList<>();
        for (int k = 0; k < 50_000; k++) {
            double v = Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1);
            String cell = k % 3 == 0 ? Double.toString(v) : String.format(Locale.ROOT, "%.16e", v);
            cells.add(cell);
        }
        cells.addAll(java.util.List.of("4.9e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
            "2.2250738585072011e-308", "9007199254740993", "0.30000000000000004"));
        cells.forEach(c -> text.append(c).append('\n'));
        double[] read = DataFile.parse("long.csv", text.toString()).column(ColumnRef.parse("1"));
        for (int k = 0; k < cells.size(); k++) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells.get(k))), Double.doubleToRawLongBits(read[k]),
                    cells.get(k));
        }
    }
}
