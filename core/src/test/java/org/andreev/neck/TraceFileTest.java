package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.junit.jupiter.api.Test;

class TraceFileTest {

    static List<Trace> parse(String text) {
        return TraceFile.of(DataFile.parse("t.csv", text), TraceFile.Z, TraceFile.R, null);
    }

    /** Columns by the header names z and R, units in the header honoured, comments and line numbers kept. */
    @Test
    void oneTraceWithUnits() {
        List<Trace> t = parse("# STM run 3\nz[nm],R[kOhm]\n0,1\n0.5,2\n1.0,4\n");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).z()).containsExactly(0, 0.5e-9, 1.0e-9);
        assertThat(t.get(0).resistance()[2]).isCloseTo(4000, within(1e-9));
        assertThat(t.get(0).lines()).containsExactly(3, 4, 5);
        assertThat(t.get(0).name()).isEmpty();
    }

    /** Several traces in one file: a 'trace' column; rows of one trace need not be adjacent. */
    @Test
    void severalTracesByTraceColumn() {
        List<Trace> t = parse("trace,z[nm],R[Ohm]\n1,0,10\n1,1,20\n2,0,5\n1,2,30\n2,1,6\n");
        assertThat(t).hasSize(2);
        assertThat(t.get(0).name()).isEqualTo("1");
        assertThat(t.get(0).resistance()).containsExactly(10, 20, 30);
        assertThat(t.get(0).lines()).containsExactly(2, 3, 5);
        assertThat(t.get(1).resistance()).containsExactly(5, 6);
    }

    /** Bad input of issue #8: one line naming the file, the line and the value. */
    @Test
    void badInputNamesFileLineAndValue() {
        assertThatThrownBy(() -> parse("z,R\n0,1\n1e-9,2\n0.5e-9,3\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("t.csv:4: elongation z: must increase").hasMessageContaining("500 pm after 1 nm");
        assertThatThrownBy(() -> parse("z,R\n0,1\n1e-9,0\n")).hasMessageStartingWith("t.csv:3: resistance R:")
                .hasMessageContaining("got 0.0 Ohm");
        assertThatThrownBy(() -> parse("z,R\n0,1\n1e-9,-4\n")).hasMessageContaining("-4.0 Ohm");
        assertThatThrownBy(() -> parse("trace,z,R\n1,0,1\n1,1,2\n2,0,1\n2,0,2\n")).hasMessageStartingWith("t.csv:5:")
                .hasMessageContaining("of trace 2");
        assertThatThrownBy(() -> parse("x,y\n0,1\n1,2\n")).hasMessageContaining("'z'").hasMessageContaining("no such column");
        assertThatThrownBy(() -> parse("z,R\n0,1\n")).hasMessageContaining("at least 2 points");
        Trace gap = parse("z,R\n0,1\n1,2\n2,3\n100,4\n").get(0);
        assertThatThrownBy(() -> gap.requireNoGaps(20)).hasMessageStartingWith("t.csv:5: elongation z: gap");
    }
}
