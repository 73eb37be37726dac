package org.andreev.io;

import static org.andreev.units.Dimension.CONDUCTANCE;
import static org.andreev.units.Dimension.CURRENT;
import static org.andreev.units.Dimension.MAGNETIC_FIELD;
import static org.andreev.units.Dimension.TEMPERATURE;
import static org.andreev.units.Dimension.VOLTAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.andreev.testdata.SharedData;
import org.andreev.units.PhysicalConstants;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class DataFileTest {

    private static final double G0 = PhysicalConstants.G0;

    @TempDir
    Path dir;

    public static Path resource(String name) {
        try {
            return Path.of(DataFileTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsMeasuredCutsWithUnitsFromHeader() throws IOException {
        DataFile f = DataFile.read(resource("S1_run16_cuts_excerpt.csv"));
        assertThat(f.header()).containsExactly("Vbias_mV", "Vcorr_mV", "G_B0_G0", "G_Bminus200mT_G0");
        assertThat(f.rowCount()).isEqualTo(44);
        Curve c = f.curve(ColumnSpec.of("Vcorr_mV", VOLTAGE), ColumnSpec.of("G_B0_G0", CONDUCTANCE));
        // first data row: -1,-1.042,0.174351059212357,...  (mV and G0 from the header)
        assertThat(c.x()[0]).isCloseTo(-1.042e-3, within(1e-18));
        assertThat(c.y()[0]).isCloseTo(0.174351059212357 * G0, within(1e-20));
        assertThat(f.unit(ColumnSpec.of("Vbias", VOLTAGE)).symbol()).isEqualTo("mV");
        // the name part alone and the 1-based index select the same columns
        assertThat(f.column(ColumnSpec.of("Vcorr", VOLTAGE))).containsExactly(c.x());
        assertThat(f.column(ColumnSpec.of("3", CONDUCTANCE))).containsExactly(c.y());
        assertThat(f.column(ColumnRef.parse("1"))[0]).isEqualTo(-1.0);
    }

    @Test
    void explicitUnitOverridesHeader() throws IOException {
        DataFile f = DataFile.read(resource("S1_run16_cuts_excerpt.csv"));
        // like `--x-unit uV`: the user says the header is wrong
        double[] v = f.column(ColumnSpec.of("Vbias_mV", VOLTAGE).withUnit("uV"));
        assertThat(v[0]).isCloseTo(-1e-6, within(1e-21));
        // a dimensionless read of G keeps the numbers (G0 is not a pure number, so it is a name)
        double[] g = f.column(ColumnSpec.of("G_B0_G0", org.andreev.units.Dimension.DIMENSIONLESS));
        assertThat(g[0]).isEqualTo(0.174351059212357);
        // `G_B0_G0` read as a conductance in nS on request
        assertThat(f.column(ColumnSpec.of("3", CONDUCTANCE).withUnit("nS"))[0])
                .isCloseTo(0.174351059212357e-9, within(1e-22));
    }

    @Test
    void groupsLongMapByField() throws IOException {
        DataFile f = DataFile.read(resource("S1_run16_map_excerpt.csv"));
        CurveMap map = f.curveMap(ColumnSpec.of("B_T", MAGNETIC_FIELD), ColumnSpec.of("Vbias_V", VOLTAGE),
                ColumnSpec.of("G_G0", CONDUCTANCE));
        assertThat(map.keys()).containsExactly(-0.2, -0.198, 0.0);
        assertThat(map.curves()).allSatisfy(c -> assertThat(c.size()).isEqualTo(11));
        assertThat(map.curves().get(0).x()[0]).isEqualTo(-0.001);
        assertThat(map.curves().get(0).y()[0]).isCloseTo(0.165642592359964 * G0, within(1e-20));
        assertThat(map.nearest(0.001)).isSameAs(map.curves().get(2));
    }

    /** The map at B = 0 and at -0.2 T must equal the two cuts of the same run (SOURCE.txt). */
    @Test
    void fullMapAgreesWithCutsOfTheSameRun() throws IOException {
        Optional<Path> mapFile = SharedData.find("data/nis-al-fi-bilayer/S1_run16_map_B_V_G.csv");
        Optional<Path> cutFile = SharedData.find("data/nis-al-fi-bilayer/S1_run16_cuts_B0_and_Bm200mT.csv");
        Assumptions.assumeTrue(mapFile.isPresent() && cutFile.isPresent(), "shared data not present");
        CurveMap map = DataFile.read(mapFile.get()).curveMap(ColumnSpec.of("B", MAGNETIC_FIELD),
                ColumnSpec.of("Vbias", VOLTAGE), ColumnSpec.of("G", CONDUCTANCE));
        assertThat(map.size()).isEqualTo(201); // 201 x 201 grid, 2 mT steps
        assertThat(map.keys()[0]).isEqualTo(-0.2);
        assertThat(map.keys()[200]).isEqualTo(0.2);
        DataFile cuts = DataFile.read(cutFile.get());
        double[] v = cuts.column(ColumnSpec.of("Vbias_mV", VOLTAGE));
        double[] g0 = cuts.column(ColumnSpec.of("G_B0_G0", CONDUCTANCE));
        double[] g200 = cuts.column(ColumnSpec.of("G_Bminus200mT_G0", CONDUCTANCE));
        Curve atZero = map.nearest(0);
        Curve atMinus200 = map.curves().get(0);
        assertThat(atZero.size()).isEqualTo(v.length);
        for (int k = 0; k < v.length; k++) {
            // mV -> V conversion of a decimal: agreement to rounding
            assertThat(atZero.x()[k]).isCloseTo(v[k], within(1e-15));
            assertThat(atZero.y()[k]).isEqualTo(g0[k]);
            assertThat(atMinus200.y()[k]).isEqualTo(g200[k]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'V (mV)\tI (nA)\n1\t2\n3\t4\n'",                       // TSV, names with spaces
        "'V[mV] I[nA]\n1 2\n3   4\n'",                          // whitespace
        "'V [mV]   I [nA]\n 1  2\n 3  4\n'",                    // whitespace, spaced brackets
        "'V (mV)   I (nA)\n1 2\n3 4\n'",
        "'V;I\n1;2\n3;4\n'",                                    // semicolons, units given below
        "'\"V (mV)\",\"I (nA)\"\n1,2\n3,4\n'",                  // quoted CSV
        "'\uFEFF# comment\n\n  # indented comment\nV_mV,I_nA,\r\n1,2,\r\n\r\n3,4,\r\n'", // BOM, CRLF, trailing comma
        "'# no header\n1 2\n3 4'",
    })
    void readsCommonLayouts(String text) {
        DataFile f = DataFile.parse("test", text);
        boolean named = f.hasHeader();
        ColumnSpec v = new ColumnSpec(ColumnRef.parse(named ? "V" : "1"), VOLTAGE, text.contains("mV") ? "" : "mV");
        ColumnSpec i = new ColumnSpec(ColumnRef.parse(named ? "I" : "2"), CURRENT, text.contains("nA") ? "" : "nA");
        Curve c = f.curve(v, i);
        assertThat(c.x()).containsExactly(1e-3, 3e-3);
        assertThat(c.y()[0]).isCloseTo(2e-9, within(1e-24));
        assertThat(c.y()[1]).isCloseTo(4e-9, within(1e-24));
    }

    @Test
    void readsWindows1252Micro() throws IOException {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "V [\u00B5V]\tI\n5\t1\n".getBytes(Charset.forName("windows-1252")));
        assertThat(DataFile.read(file).column(ColumnSpec.of("V", VOLTAGE))[0]).isCloseTo(5e-6, within(1e-21));
    }

    @Test
    void implicitSuffixThatIsNoUnitIsPartOfTheName() {
        DataFile f = DataFile.parse("t", "T_bath,V/mV\n0.09,1\n");
        assertThat(f.column(ColumnSpec.of("T_bath", TEMPERATURE))).containsExactly(0.09);
        assertThat(f.column(ColumnSpec.of("V", VOLTAGE))).containsExactly(1e-3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'V,I\n1,abc\n'                  | V | t:2: column 'I': 'abc' is not a number",
        "'V,I\n1,2\n3\n'                 | V | t:3: row: has 1 cells but the header has 2",
        "'1 2\n3 4 5\n'                  | 1 | t:2: row: has 3 cells but the first row has 2",
        "''                              | V | t: data: the file holds no data",
        "'# only\n\n# comments\n'        | V | t: data: the file holds no data",
        "'V,I\n'                         | V | t: data: no data rows after the header",
        "'V,I\n1,NaN\n'                  | V | t:2: column 'I': 'NaN' is not a finite number",
        "'V,I\n1,-Infinity\n'            | V | t:2: column 'I': '-Infinity' is not a finite number",
        "'V,I\n1,1e999\n'                | V | t:2: column 'I': '1e999' is out of range",
        "'V,I\n1,\n'                     | V | t:2: row: has 1 cells but the header has 2",
        "'V,I,G\n1,,2\n'                 | V | t:2: column 'I': empty cell",
        "'V;I\n1,5;2\n'                  | V | t:2: column 'V': '1,5' is not a number (a decimal comma? use a point)",
        "'V,I\n1,2\n'                    | X | t: 'X': no such column; the columns are V, I",
        "'V_mV,V_uV\n1,2\n'              | V | t:1: 'V': matches columns 1 and 2; give the column's number instead",
        "'V,I\n1,2\n'                    | 3 | t: column 3: the file has only 2 columns",
        "'1,2\n3,4\n'                    | V | t: 'V': the file has no header; give the column's number (1 to 2)",
        "'V[kOhm],I\n1,2\n'              | V | t:1: column 'V[kOhm]': header unit 'kOhm' is not a voltage",
        "'V,,I\n1,2,3\n'                 | V | t:1: header: column 2 has no name",
        "'V,I\n0x10,2\n'                 | V | t:2: column 'V': '0x10' is not a number",
    })
    void badInputGivesOneLineInputException(String text, String column, String message) {
        assertThatThrownBy(() -> DataFile.parse("t", text).column(ColumnSpec.of(column, VOLTAGE)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(message)
                .message().doesNotContain("\n");
    }

    @Test
    void explicitUnitThatDoesNotFitIsInputException() {
        DataFile f = DataFile.parse("t", "V,I\n1,2\n");
        assertThatThrownBy(() -> f.column(ColumnSpec.of("V", VOLTAGE).withUnit("kOhm")))
                .isInstanceOf(InputException.class)
                .hasMessage("t: column 'V': unit 'kOhm' is not a voltage (use V, mV, uV, nV)");
    }

    @Test
    void unreadableFileIsIoException() {
        assertThatThrownBy(() -> DataFile.read(dir.resolve("missing.csv")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void columnRefParsing() {
        assertThat(ColumnRef.parse(" 2 ")).isEqualTo(ColumnRef.byIndex(2));
        assertThat(ColumnRef.parse("G_B0_G0")).isEqualTo(ColumnRef.byName("G_B0_G0"));
        assertThatThrownBy(() -> ColumnRef.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnRef.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writerOutputReadsBackBitForBit() throws IOException {
        double[] a = {Math.PI * 1e-3, -Double.MIN_VALUE, 1e300, 0.1 + 0.2};
        Path file = dir.resolve("t.csv");
        TableWriter.write(Table.of("V[V]", a).withColumn("I[A]", a), file);
        DataFile back = DataFile.read(file);
        assertThat(back.column(ColumnSpec.of("V", VOLTAGE))).containsExactly(a);
        assertThat(back.unit(ColumnSpec.of("I", CURRENT)).factor()).isEqualTo(1.0);
    }
}
