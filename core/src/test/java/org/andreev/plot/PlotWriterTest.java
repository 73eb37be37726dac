package org.andreev.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotWriterTest {

    @TempDir
    Path dir;

    /** A BCS-like conductance curve with noisy "measured" points and a model line. */
    static Plot sample(int n) {
        double[] v = new double[n];
        double[] model = new double[n];
        double[] data = new double[n];
        Random rnd = new Random(1);
        for (int k = 0; k < n; k++) {
            v[k] = -1 + 2.0 * k / (n - 1);
            double e = Math.abs(v[k]);
            model[k] = e > 0.3 ? e / Math.sqrt(e * e - 0.09 + 0.002) : 0.05;
            data[k] = model[k] + 0.02 * rnd.nextGaussian();
        }
        return new Plot("N-I-S conductance", "V (mV)", "dI/dV (G_N)",
                List.of(Series.points("measured", v, data), Series.line("model", v, model)));
    }

    @Test
    void writesReadablePng() throws IOException {
        Path file = dir.resolve("fig.png");
        PlotWriter.write(sample(401), file);
        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(PlotWriter.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PlotWriter.HEIGHT);
        // white background in the corner
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
        Path keep = Path.of("target/plot-sample.png"); // for a look by eye
        Files.createDirectories(keep.getParent());
        Files.copy(file, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void writesSvgAndDenseSeriesStaySmall() throws IOException {
        Path file = dir.resolve("fig.SVG");
        PlotWriter.write(sample(20_000), file);
        String svg = Files.readString(file);
        assertThat(svg).contains("<svg"); // text is drawn as glyph outlines by VectorGraphics2D
        // two 20k-point series made a 17 MB SVG before thinning (stack.md); thinned it is ~0.8 MB
        assertThat(Files.size(file)).isLessThan(1_000_000);
    }

    @Test
    void logAxisAndSinglePoint() throws IOException {
        Plot p = new Plot("I(V)", "V (mV)", "I (nA)",
                List.of(Series.line("one", new double[] {1}, new double[] {2}))).withLogY().withLogX();
        assertThat(p.logY()).isTrue();
        PlotWriter.write(p, dir.resolve("log.png"));
        assertThat(Files.size(dir.resolve("log.png"))).isPositive();
    }

    @Test
    void refusesUnknownExtension() {
        assertThatThrownBy(() -> PlotWriter.write(sample(5), dir.resolve("fig.pdf")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".png or .svg");
    }

    @Test
    void validatesSeriesAndPlot() {
        assertThatThrownBy(() -> Series.line("a", new double[2], new double[3]))
                .hasMessageContaining("same");
        assertThatThrownBy(() -> Series.line("a", new double[0], new double[0]))
                .hasMessageContaining("non-zero");
        assertThatThrownBy(() -> Series.line("a", new double[] {1}, new double[] {Double.NaN}))
                .hasMessageContaining("finite");
        Series s = Series.line("a", new double[] {1, 2}, new double[] {0, 1});
        assertThatThrownBy(() -> new Plot("t", "x", "y", List.of()))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new Plot("t", "x", "y", List.of(s, s)))
                .hasMessageContaining("two series labelled 'a'");
        assertThatThrownBy(() -> new Plot("t", "x", "y", List.of(s)).withLogY())
                .hasMessageContaining("logarithmic y");
    }

    @Test
    void axisEndsAreRoundAndEncloseTheData() {
        Series s = Series.line("s", new double[] {-1.042, 0.958}, new double[] {3.3, 3.3});
        double[] x = PlotWriter.roundEnds(List.of(s), true);
        assertThat(x[0]).isCloseTo(-1.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(x[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        double[] y = PlotWriter.roundEnds(List.of(s), false); // flat: widened by 10 %
        assertThat(y[0]).isLessThan(3.3).isGreaterThanOrEqualTo(2.9 - 1e-12);
        assertThat(y[1]).isGreaterThan(3.3).isLessThanOrEqualTo(3.7 + 1e-12);
        Random rnd = new Random(3);
        for (int k = 0; k < 1000; k++) {
            double a = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15);
            double b = a + Math.abs(rnd.nextGaussian()) * Math.pow(10, rnd.nextInt(30) - 15);
            double[] e = PlotWriter.roundEnds(List.of(Series.line("r", new double[] {a, b}, new double[] {0, 1})), true);
            assertThat(e[0]).isLessThanOrEqualTo(a);
            assertThat(e[1]).isGreaterThanOrEqualTo(b);
        }
    }

    @Test
    void thinningKeepsTheEnvelope() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = k;
            y[k] = Math.sin(k * 1e-3) + (k == 54_321 ? 5 : 0); // one spike must survive
        }
        double[][] t = Thinning.thin(Series.line("s", x, y));
        assertThat(t[0].length).isLessThanOrEqualTo(Thinning.MAX_LINE_POINTS);
        assertThat(t[1]).contains(y[54_321]);
        assertThat(t[0][0]).isEqualTo(0);
        double[][] m = Thinning.thin(Series.points("m", x, y));
        assertThat(m[0].length).isLessThanOrEqualTo(Thinning.MAX_MARKERS);
    }
}
