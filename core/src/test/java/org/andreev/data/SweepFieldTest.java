package org.andreev.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.junit.jupiter.api.Test;

/** The field of a sweep file from a column, a header line or the file name. */
class SweepFieldTest {

    @Test
    void fieldFromEachSource() {
        assertThat(SweepField.fromHeader("f", "# sweep 3\n# B = 250 mT\nV,dVdI\n", "B", "").getAsDouble())
                .isCloseTo(0.25, within(1e-15));
        assertThat(SweepField.fromHeader("f", "#B: 0.25\n", "B", "").getAsDouble()).isEqualTo(0.25);
        assertThat(SweepField.fromHeader("f", "# Bx = 1 T\n", "B", "")).isEmpty();
        assertThat(SweepField.fromFileName("f", "neck_B0.25T_run3.csv", "B", "").getAsDouble()).isEqualTo(0.25);
        assertThat(SweepField.fromFileName("f", "neck_B_250mT.csv", "B", "").getAsDouble()).isCloseTo(0.25, within(1e-15));
        assertThat(SweepField.fromFileName("f", "H=0p29T.dat", "H", "").getAsDouble()).isCloseTo(0.29, within(1e-15));
        assertThat(SweepField.fromFileName("f", "H290.dat", "H", "mT").getAsDouble()).isCloseTo(0.29, within(1e-15));
        DataFile d = DataFile.parse("s.csv", "V,dVdI,B[mT]\n1,5,250\n2,5,250\n");
        assertThat(SweepField.read(Path.of("s.csv"), "", d, SweepField.Source.ANY, "B", "")).isCloseTo(0.25,
                within(1e-15));
    }

    @Test
    void missingOrVaryingFieldIsOneLineNamingTheFile() {
        DataFile d = DataFile.parse("s.csv", "V,dVdI\n1,5\n2,5\n");
        assertThatThrownBy(() -> SweepField.read(Path.of("s.csv"), "", d, SweepField.Source.ANY, "B", ""))
                .isInstanceOf(InputException.class).hasMessageContaining("s.csv").hasMessageContaining("field 'B'");
        DataFile v = DataFile.parse("v.csv", "V,dVdI,B\n1,5,0.2\n2,5,0.3\n");
        assertThatThrownBy(() -> SweepField.read(Path.of("v.csv"), "", v, SweepField.Source.COLUMN, "B", ""))
                .isInstanceOf(InputException.class).hasMessageContaining("varies");
    }
}
