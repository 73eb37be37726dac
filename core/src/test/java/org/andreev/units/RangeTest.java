package org.andreev.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeTest {

    @Test
    void textIsTheRecordsGeneratedForm() {
        // toString is written out for start-up; it must stay what a record generates
        assertThat(new Range(0, 1e-3, 1001)).hasToString("Range[start=0.0, stop=0.001, count=1001]");
        assertThat(new Range(-2.5e-4, -2.5e-4, 1)).hasToString("Range[start=-2.5E-4, stop=-2.5E-4, count=1]");
    }

    @Test
    void parsesBiasRanges() {
        Range r = Range.parse("0:1mV:201", Dimension.VOLTAGE);
        assertThat(r).isEqualTo(new Range(0, 1e-3, 201));
        double[] v = r.values();
        assertThat(v).hasSize(201);
        assertThat(v[0]).isEqualTo(0);
        assertThat(v[200]).isEqualTo(1e-3);
        assertThat(v[100]).isCloseTo(5e-4, within(1e-18));

        double[] w = Range.parse("-1mV:1mV:401", Dimension.VOLTAGE).values();
        assertThat(w[0]).isEqualTo(-1e-3);
        assertThat(w[400]).isEqualTo(1e-3);
        assertThat(w[200]).isCloseTo(0, within(1e-18));
        assertThat(Range.parse("0.05:0.3:6", Dimension.TEMPERATURE).values()[5]).isEqualTo(0.3);
        assertThat(Range.parse("90mK:90mK:1", Dimension.TEMPERATURE).values()).containsExactly(0.09);
        assertThat(Range.parse("1mV:0:3", Dimension.VOLTAGE).values()).containsExactly(1e-3, 5e-4, 0);
    }

    /**
     * Each value is the double nearest to the decimal the ends mean (issue #10: the CSV showed
     * {@code 6.000000000000001E-4} and {@code 9.999999999999999E-5} for bias points 0.6 mV and 0.1 mV).
     */
    @Test
    void valuesAreTheDecimalsTheEndsMean() {
        assertThat(Range.parse("0:1mV:6", Dimension.VOLTAGE).values()).containsExactly(0, 2e-4, 4e-4, 6e-4, 8e-4, 1e-3);
        double[] v = Range.parse("0.01mV:0.6mV:60", Dimension.VOLTAGE).values();
        for (int k = 0; k < v.length; k++) {
            assertThat(v[k]).isEqualTo(Double.parseDouble((k + 1) + "e-5"));
        }
        double[] t = Range.parse("50mK:400mK:36", Dimension.TEMPERATURE).values();
        for (int k = 0; k < t.length; k++) {
            assertThat(t[k]).isEqualTo(Double.parseDouble((50 + 10 * k) + "e-3"));
        }
        double[] w = Range.parse("-1mV:1mV:401", Dimension.VOLTAGE).values();
        assertThat(w[200]).isEqualTo(0.0);
        assertThat(w[1]).isEqualTo(-0.995e-3);
        // a million points, and ends too long for the exact path, still end exactly and stay ordered
        double[] m = Range.parse("0:1mV:1000000", Dimension.VOLTAGE).values();
        assertThat(m[999_999]).isEqualTo(1e-3);
        assertThat(m[500_000]).isEqualTo(Double.parseDouble("5.00000500000500000500e-4"));
        double[] odd = new Range(0.1 + 0.2, Math.PI, 7).values();
        assertThat(odd[0]).isEqualTo(0.1 + 0.2);
        assertThat(odd[6]).isEqualTo(Math.PI);
        for (int k = 1; k < odd.length; k++) {
            assertThat(odd[k]).isGreaterThan(odd[k - 1]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1mV", "0:1mV", "0:1mV:0", "0:1mV:-3", "0:1mV:1", "0:1mV:x",
        "0:1mV:2.5", "a:1mV:3", "0:1kOhm:3", "-1:1mV:401", "0:1mV:3:4", "0:1mV:99999999999"})
    void rejectsBadRanges(String text) {
        assertThatThrownBy(() -> Range.parse(text, Dimension.VOLTAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }

    @Test
    void constructorValidates() {
        assertThatThrownBy(() -> new Range(0, Double.NaN, 3)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Range(0, 1, 0)).hasMessageContaining("count");
    }

    /** Log spacing: constant ratio (20 nm to 20 µm in 4 steps is ×10^0.75 each), ends exact. */
    @Test
    void logValues() {
        double[] l = new Range(20e-9, 20e-6, 5).logValues();
        assertThat(l[0]).isEqualTo(20e-9);
        assertThat(l[4]).isEqualTo(20e-6);
        for (int k = 1; k < l.length; k++) {
            assertThat(l[k] / l[k - 1]).isCloseTo(Math.pow(10, 0.75), within(1e-12));
        }
        assertThat(new Range(1.5e-6, 1.5e-6, 1).logValues()).containsExactly(1.5e-6);
        assertThatThrownBy(() -> new Range(0, 1e-6, 3).logValues()).hasMessageContaining("> 0");
    }

    /** Issue #10: the fuzzer's -1e308:1e308:11 made stop − start overflow to ∞ and the values NaN. */
    @Test
    void extremeEndsGiveFiniteValues() {
        double[] v = Range.parse("-1e308:1e308:11", Dimension.VOLTAGE).values();
        assertThat(v).hasSize(11).doesNotContain(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThat(v[0]).isEqualTo(-1e308);
        assertThat(v[5]).isEqualTo(0.0);
        assertThat(v[10]).isEqualTo(1e308);
        assertThat(Range.parse("-1.7e308:1.7e308:3", Dimension.VOLTAGE).values()).doesNotContain(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }
}
