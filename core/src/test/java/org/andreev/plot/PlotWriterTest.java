package org.andreev.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three file formats of the house style, and the arrangements of {@link Layout}. */
class PlotWriterTest {

    @TempDir
    Path dir;

    /** Kept for a look by eye: {@code core/target/plot-samples/}. */
    static final Path SAMPLES = Path.of("target/plot-samples");

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
        return new Plot("N-I-S conductance", "V (mV)", "R_T dI/dV",
                List.of(Series.points("measured", v, data), Series.line("model, T_e = 105 mK", v, model)));
    }

    static Plot residual(int n) {
        double[] v = new double[n];
        double[] r = new double[n];
        Random rnd = new Random(2);
        for (int k = 0; k < n; k++) {
            v[k] = -1 + 2.0 * k / (n - 1);
            r[k] = 0.02 * rnd.nextGaussian();
        }
        return new Plot("", "V (mV)", "residual", List.of(Series.points("", v, r)));
    }

    static Plot iv() {
        double[] v = new double[200];
        double[] i = new double[200];
        for (int k = 0; k < v.length; k++) {
            v[k] = 1.0 * k / (v.length - 1);
            i[k] = v[k] > 0.3 ? Math.sqrt(v[k] * v[k] - 0.09) : 1e-3 * v[k];
        }
        return new Plot("", "V (mV)", "I (nA)", List.of(Series.line("", v, i)));
    }

    static Plot fourCurves() {
        List<Series> s = new java.util.ArrayList<>();
        for (int c = 0; c < 4; c++) {
            double[] x = new double[100];
            double[] y = new double[100];
            for (int k = 0; k < 100; k++) {
                x[k] = 0.6 * k / 99;
                y[k] = Math.pow(10, -4 + 3 * x[k] / 0.6) * (1 + c);
            }
            s.add(Series.line("T_{bath} = " + (90 + 100 * c) + " mK", x, y));
        }
        return new Plot("cooler", "V (mV)", "I (nA)", s).withLogY();
    }

    private static void keep(Path file) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.copy(file, SAMPLES.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void pngIsOneColumnWideAtTheStatedDpi() throws Exception {
        Path file = dir.resolve("fig.png");
        PlotWriter.write(sample(401), file);
        BufferedImage image = ImageIO.read(file.toFile());
        // 8.6 cm at 300 DPI
        assertThat(image.getWidth()).isEqualTo((int) Math.round(8.6 / 2.54 * HouseStyle.PNG_DPI));
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(file.toFile()));
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        assertThat(Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"))).isEqualTo(Math.round(300 / 0.0254));
        keep(file);
    }

    @Test
    void svgHasRealTextAndDenseSeriesStaySmall() throws IOException {
        Path file = dir.resolve("fig.SVG");
        PlotWriter.write(sample(20_000), file);
        String svg = Files.readString(file);
        assertThat(svg).contains("<svg");
        Matcher texts = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> words = new java.util.ArrayList<>();
        while (texts.find()) {
            words.add(texts.group(1));
        }
        // the axis labels, the legend and the tick labels, each as text (not outlines)
        assertThat(words).contains("V (mV)", "measured", " dI/dV", "T").anyMatch(w -> w.contains("−0.5"));
        assertThat(svg).doesNotContain("1.0E").contains("width=\"243.7795275590551pt\"");
        // two 20k-point series made a 17 MB SVG before thinning (stack.md)
        assertThat(Files.size(file)).isLessThan(300_000);
        keep(file);
    }

    @Test
    void pdfOpensWithOnePageOfTheFigureSizeAndSearchableText() throws IOException {
        Path file = dir.resolve("fig.pdf");
        PlotWriter.write(Layout.withResidual(sample(401), residual(401)), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo((float) (8.6 / 2.54 * 72),
                    org.assertj.core.data.Offset.offset(0.01f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("measured").contains("V (mV)");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("N-I-S conductance");
        }
        keep(file);
    }

    @Test
    void everyLayoutDrawsInEveryFormat() throws IOException {
        List<Layout> layouts = List.of(Layout.of(fourCurves()), Layout.withResidual(sample(301), residual(301)),
                Layout.sideBySide(sample(301), iv()), Layout.withInset(sample(301), iv()));
        String[] names = {"single", "residual", "side-by-side", "inset"};
        for (int i = 0; i < layouts.size(); i++) {
            for (PlotWriter.Format f : PlotWriter.Format.values()) {
                Path file = dir.resolve("layout-" + names[i] + "." + f.extension());
                PlotWriter.write(layouts.get(i), file);
                assertThat(Files.size(file)).isPositive();
                keep(file);
            }
        }
        BufferedImage wide = ImageIO.read(new ByteArrayInputStream(
                PlotWriter.render(layouts.get(2), PlotWriter.Format.PNG)));
        assertThat(wide.getWidth()).isEqualTo((int) Math.round(17.8 / 2.54 * HouseStyle.PNG_DPI));
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
        assertThatThrownBy(() -> PlotWriter.write(sample(5), dir.resolve("fig.eps")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".png, .svg or .pdf");
    }

    @Test
    void validatesSeriesPlotAndLayout() {
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
        Plot p = new Plot("t", "x", "y", List.of(s));
        assertThatThrownBy(() -> new Layout(Layout.Kind.INSET, List.of(p), FigureSize.ONE_COLUMN))
                .hasMessageContaining("needs 2");
        assertThatThrownBy(() -> new FigureSize(0, 5)).hasMessageContaining("figure size");
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
