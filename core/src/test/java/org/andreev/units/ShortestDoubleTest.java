package org.andreev.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortestDouble} against an independent exact search (the fewest significant digits whose
 * correctly rounded decimal reads back to the same double, {@link BigDecimal}), over random bit
 * patterns and over numbers of the size the models write; and the layout rule.
 */
class ShortestDoubleTest {

    /** The reference: fewest digits that read back, laid out as {@link ShortestDouble} promises. */
    private static String reference(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; ; digits++) {
            BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x) {
                d = d.stripTrailingZeros();
                int exponent = d.precision() - d.scale() - 1;
                if (exponent >= -3 && exponent < 7) {
                    return d.toPlainString();
                }
                String u = d.unscaledValue().abs().toString();
                return (x < 0 ? "-" : "") + (u.length() == 1 ? u : u.charAt(0) + "." + u.substring(1)) + "e" + exponent;
            }
        }
    }

    @Test
    void agreesWithTheExactSearchEverywhere() {
        Random random = new Random(20261201);
        int checked = 0;
        for (int k = 0; k < 200_000; k++) {
            double x = k % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : (random.nextBoolean() ? -1 : 1) * random.nextDouble() * Math.pow(10, random.nextInt(40) - 30);
            if (!Double.isFinite(x) || x == 0) {
                continue;
            }
            String text = ShortestDouble.of(x);
            assertThat(text).as("bits %x", Double.doubleToRawLongBits(x)).isEqualTo(reference(x));
            assertThat(Double.parseDouble(text)).isEqualTo(x);
            checked++;
        }
        for (double x : new double[] {Double.MIN_VALUE, -Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MAX_VALUE, 1e-3, 1e7, 9999999.999999998, 0.1 + 0.2}) {
            assertThat(ShortestDouble.of(x)).isEqualTo(reference(x));
        }
        System.out.printf("ShortestDouble: %d random doubles equal to the exact search%n", checked);
    }

    @Test
    void layout() {
        assertThat(ShortestDouble.of(1e-4)).isEqualTo("1e-4");
        assertThat(ShortestDouble.of(2.0e-4)).isEqualTo("2e-4");
        assertThat(ShortestDouble.of(123.0)).isEqualTo("123");
        assertThat(ShortestDouble.of(0.001)).isEqualTo("0.001");
        assertThat(ShortestDouble.of(1e7)).isEqualTo("1e7");
        assertThat(ShortestDouble.of(-1.5e300)).isEqualTo("-1.5e300");
        assertThat(ShortestDouble.of(0.0)).isEqualTo("0");
        assertThat(ShortestDouble.of(-0.0)).isEqualTo("-0");
        assertThat(ShortestDouble.of(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(ShortestDouble.of(Double.NaN)).isEqualTo("nan");
        assertThat(ShortestDouble.of(Double.MIN_VALUE)).isEqualTo("5e-324");
    }
}
