package org.andreev.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.andreev.units.Dimension;
import org.junit.jupiter.api.Test;

/** Issue #10, messages without file and line: every refusal of a curve names the file's own line. */
class DataFileLinesTest {

    private static final ColumnSpec V = new ColumnSpec(ColumnRef.parse("V"), Dimension.VOLTAGE, "");
    private static final ColumnSpec I = new ColumnSpec(ColumnRef.parse("I"), Dimension.CURRENT, "");

    @Test
    void rowsKnowTheirLinesPastCommentsAndBlankLines() {
        DataFile d = DataFile.parse("iv.csv", "# run 7\nV,I\n\n1,2\n# gap\n3,4\n");
        assertEquals(4, d.line(0));
        assertEquals(6, d.line(1));
    }

    /** It said "row 2" (the second data row), which is line 4 of the file. */
    @Test
    void siOverflowNamesTheFileLine() {
        DataFile d = DataFile.parse("iv.csv", "V[kV],I[A]\n# comment\n1,1\n1e306,2\n");
        InputException e = assertThrows(InputException.class, () -> d.column(V));
        assertEquals("iv.csv:4: column 'V[kV]': 1.0E306 kV overflows in SI", e.getMessage());
    }

    @Test
    void oneRowIsRefusedAtItsLine() {
        DataFile d = DataFile.parse("one.csv", "V,I\n# c\n1e-3,1e-6\n");
        InputException e = assertThrows(InputException.class, () -> d.checkAbscissa(d.curve(V, I), "a fit"));
        assertEquals("one.csv:3: x: the only data row; a fit needs at least 2 distinct x values", e.getMessage());
    }

    @Test
    void anOverflowingSpanIsRefusedAtTheFarthestRow() {
        DataFile d = DataFile.parse("huge.csv", "V,I\n0,0\n-1e308,1\n1e308,2\n");
        InputException e = assertThrows(InputException.class,
                () -> d.checkAbscissa(d.curve(V, I), "a derivative"));
        assertEquals("huge.csv:4: x: 1.0E308 (SI) is too far from -1.0E308: their difference overflows a double;"
                + " rescale x or leave the row out", e.getMessage());
    }
}
