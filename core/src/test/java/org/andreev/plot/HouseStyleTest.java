package org.andreev.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tick labels as printed in a paper, text markup, and curves that stay apart in greyscale. */
class HouseStyleTest {

    private static List<String> labels(Ticks t) {
        return t.ticks().stream().filter(Ticks.Tick::major).map(Ticks.Tick::label).toList();
    }

    @Test
    void linearTicksAreShortDecimalsWithATrueMinus() {
        assertThat(labels(Ticks.linear(0, 0.2))).containsExactly("0", "0.05", "0.1", "0.15", "0.2");
        assertThat(labels(Ticks.linear(-1, 1))).containsExactly("−1", "−0.5", "0", "0.5", "1");
        assertThat(labels(Ticks.linear(0, 450))).containsExactly("0", "100", "200", "300", "400");
        // never Java's 1.0E-4 or 0.30000000000000004
        assertThat(labels(Ticks.linear(0, 1e-4))).containsExactly("0", "2×10⁻⁵", "4×10⁻⁵", "6×10⁻⁵", "8×10⁻⁵", "10⁻⁴");
        assertThat(labels(Ticks.linear(0.1, 0.7))).contains("0.4").allMatch(l -> l.length() <= 4);
        assertThat(labels(Ticks.linear(0, 3e6))).contains("10⁶", "2×10⁶", "3×10⁶");
    }

    @Test
    void linearAxisEnclosesTheDataAndSnapsToRoundEnds() {
        java.util.Random rnd = new java.util.Random(3);
        for (int k = 0; k < 2000; k++) {
            double a = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15);
            double b = a + Math.abs(rnd.nextGaussian()) * Math.pow(10, rnd.nextInt(30) - 15);
            Ticks t = Ticks.linear(a, b);
            double slack = 1e-8 * (b - a); // a round end may sit a hair inside the data
            assertThat(t.lo()).isLessThanOrEqualTo(a + slack);
            assertThat(t.hi()).isGreaterThanOrEqualTo(b - slack);
            assertThat(labels(t)).hasSizeBetween(2, 11).noneMatch(l -> l.contains("E") || l.contains("-"));
        }
        Ticks t = Ticks.linear(0, 0.97); // within 8 % of 1: the axis ends at 1
        assertThat(t.hi()).isEqualTo(1.0);
        assertThat(Ticks.linear(-0.05, 6.7).lo()).isCloseTo(-0.05 - 0.03 * 6.75, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** Any finite data, however extreme, gives a few finite ticks inside finite axis ends. */
    @Test
    void extremeDataGiveFewFiniteTicks() {
        java.util.Random rnd = new java.util.Random(11);
        double[] special = {0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-308, 1e308, Double.MAX_VALUE, -Double.MAX_VALUE, 1, -1};
        for (int k = 0; k < 20_000; k++) {
            double a = k < 81 ? special[k / 9] : Double.longBitsToDouble(rnd.nextLong());
            double b = k < 81 ? special[k % 9] : Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            for (boolean log : new boolean[] {false, true}) {
                if (log && !(lo > 0)) {
                    continue;
                }
                Ticks t = Ticks.of(lo, hi, log);
                assertThat(Double.isFinite(t.lo()) && Double.isFinite(t.hi()) && t.lo() < t.hi())
                        .as("axis %s..%s for data %s..%s (log %s)", t.lo(), t.hi(), lo, hi, log).isTrue();
                assertThat(t.ticks()).as("data %s..%s", lo, hi).hasSizeLessThan(200)
                        .allMatch(x -> Double.isFinite(x.value()));
            }
        }
    }

    @Test
    void logTicksArePowersOfTen() {
        assertThat(labels(Ticks.logarithmic(1e-4, 1e2))).containsExactly("10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²");
        Ticks wide = Ticks.logarithmic(1e-20, 1);
        assertThat(labels(wide)).contains("10⁻¹⁸", "10⁰").hasSizeLessThanOrEqualTo(11);
        // one decade: 2 and 5 labelled as well, all plainly
        assertThat(labels(Ticks.logarithmic(1.5, 9))).containsExactly("2", "5", "10"); // 9 is near 10: the axis ends there
        assertThat(labels(Ticks.logarithmic(2, 500))).containsExactly("2", "5", "10", "20", "50", "100", "200", "500");
    }

    @Test
    void markupMakesSubscriptsAndSuperscripts() {
        assertThat(RichText.parse("T_e (mK)").runs()).containsExactly(
                new RichText.Run("T", 0), new RichText.Run("e", -1), new RichText.Run(" (mK)", 0));
        assertThat(RichText.parse("T_{bath} = 90 mK").runs()).containsExactly(
                new RichText.Run("T", 0), new RichText.Run("bath", -1), new RichText.Run(" = 90 mK", 0));
        assertThat(RichText.parse("cm^2").runs()).containsExactly(new RichText.Run("cm", 0), new RichText.Run("2", 1));
        assertThat(RichText.parse("G_B0_G0").runs()).containsExactly(new RichText.Run("G_B0_G0", 0));
        assertThat(RichText.axisLabel("R (kOhm)").plain()).isEqualTo("R (kΩ)");
        assertThat(RichText.axisLabel("V (uV)").plain()).isEqualTo("V (µV)");
        assertThat(RichText.axisLabel("L_{φ} (um)").plain()).isEqualTo("Lφ (µm)");
    }

    /** Luminance on a 0–255 scale, as a greyscale printer sees a colour (ITU-R BT.601). */
    private static double grey(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void theCycleStaysApartInGreyscale() {
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                HouseStyle.Entry a = HouseStyle.cycle(i);
                HouseStyle.Entry b = HouseStyle.cycle(j);
                boolean sameDash = a.line() == b.line();
                if (i < 4 && j < 4) {
                    assertThat(sameDash).as("entries %d and %d", i, j).isFalse();
                }
                if (sameDash) {
                    assertThat(Math.abs(grey(a.colour()) - grey(b.colour())))
                            .as("grey levels of entries %d and %d with the same dash", i, j).isGreaterThanOrEqualTo(51);
                }
            }
        }
        // the colours the seed-004 captions pair (red with blue, Fig. 4) differ in grey too
        assertThat(Math.abs(grey(HouseStyle.RED) - grey(HouseStyle.BLUE))).isGreaterThan(25);
        assertThat(LineStyle.SOLID.dash(1f)).isNull();
        assertThat(LineStyle.DOTTED.dash(2f)).containsExactly(2f, 3f);
    }
}
