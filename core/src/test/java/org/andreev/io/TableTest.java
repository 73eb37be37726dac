package org.andreev.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void buildsAndFindsColumns() {
        double[] v = {0, 1e-3};
        Table t = Table.of("V[V]", v).withColumn("I[A]", new double[] {0, 2e-9});
        v[0] = 99; // the table copied the column
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.columnCount()).isEqualTo(2);
        assertThat(t.column("V[V]")).containsExactly(0, 1e-3);
        assertThat(t.column("I")).containsExactly(0, 2e-9);
        assertThat(t.column(1)).containsExactly(0, 2e-9);
        assertThatThrownBy(() -> t.column("G")).hasMessageContaining("no column 'G'");
    }

    @Test
    void validates() {
        assertThatThrownBy(() -> new Table(List.of("a", "b"), List.of(new double[1])))
                .hasMessageContaining("2 header names but 1 columns");
        assertThatThrownBy(() -> new Table(List.of("a", "b"), List.of(new double[1], new double[2])))
                .hasMessageContaining("'b' has 2 rows but 'a' has 1");
        assertThatThrownBy(() -> new Table(List.of(), List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new Table(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Table(List.of("a"), Arrays.asList((double[]) null)))
                .hasMessageContaining("'a' is null");
        assertThatThrownBy(() -> new Table(Arrays.asList((String) null), List.of(new double[1])))
                .hasMessageContaining("no name");
        assertThatThrownBy(() -> Table.of("x", new double[] {1, Double.NaN}))
                .hasMessageContaining("'x' row 2 is NaN");
    }
}
