package org.andreev.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.andreev.io.AtomicFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a {@link Plot} or a {@link Layout} in the {@link HouseStyle} as PNG, SVG or PDF, chosen by
 * the file's extension, atomically ({@link AtomicFile}). Works headless.
 *
 * <ul>
 *   <li>PNG: {@value HouseStyle#PNG_DPI} DPI, stated in the file's {@code pHYs} chunk (a one-column
 *       figure is 1016 × 756 pixels);
 *   <li>SVG: every label is a {@code <text>} element in the house font (VectorGraphics2D's text mode
 *       {@code VALUE_TEXT_DEFAULT}; glyph outlines would make labels unsearchable and the file large);
 *   <li>PDF: one page of the figure's printed size (PDFBox graphics2d), text as text: the house font's
 *       TrueType file is embedded (subset) when it is found among the system's fonts, else labels
 *       fall back to the PDF base font Helvetica where it has the characters and to outlines where
 *       not (Δ, µ, superscripts).
 * </ul>
 *
 * <p>Example: {@code PlotWriter.write(Layout.withResidual(fit, residual), Path.of("fit.pdf"))}; see
 * {@link Layout} for the arrangements.
 */
public final class PlotWriter {
    private PlotWriter() {}

    /** The file formats, by extension. */
    public enum Format {
        /** Bitmap at {@value HouseStyle#PNG_DPI} DPI. */
        PNG,
        /** Vector graphics with text. */
        SVG,
        /** One page of vector graphics with text. */
        PDF;

        /** The lower-case extension, e.g. {@code "svg"}. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format of {@code file}, by its extension (any case). */
        public static Optional<Format> of(Path file) {
            Path name = file.getFileName();
            String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            return Stream.of(values()).filter(f -> lower.endsWith("." + f.extension())).findFirst();
        }
    }

    /** Writes {@code plot} as a one-column figure to {@code file} (.png, .svg or .pdf), atomically. */
    public static void write(Plot plot, Path file) throws IOException {
        write(Layout.of(plot), file);
    }

    /**
     * Writes {@code layout} to {@code file} (.png, .svg or .pdf), atomically.
     *
     * @throws IllegalArgumentException when the file name ends in none of these
     */
    public static void write(Layout layout, Path file) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(
                "plot file '" + file + "' must end in .png, .svg or .pdf"));
        byte[] bytes = render(layout, format);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** {@code layout} drawn in {@code format}: the bytes of the file. */
    public static byte[] render(Layout layout, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            switch (format) {
                case PNG -> png(layout, out);
                case SVG -> svg(layout, out);
                case PDF -> pdf(layout, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the figure as " + format, e); // in memory: not expected
        }
        return out.toByteArray();
    }

    private static void png(Layout layout, OutputStream out) throws IOException {
        double scale = HouseStyle.PNG_DPI / 72.0;
        int w = (int) Math.round(layout.size().widthPt() * scale);
        int h = (int) Math.round(layout.size().heightPt() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            Renderer.paint(g, layout);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(HouseStyle.PNG_DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static void svg(Layout layout, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
        Renderer.paint(g, layout);
        PageSize page = new PageSize(0, 0, layout.size().widthPt(), layout.size().heightPt());
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        new SVGProcessor().getDocument(g.getCommands(), page).writeTo(raw);
        String svg = raw.toString(StandardCharsets.UTF_8);
        // VectorGraphics2D states the size in px (1/96 in); the figure is drawn in points: say so, so
        // that the SVG prints at its size; and name fallbacks for a viewer without the house font
        int header = svg.indexOf("<svg");
        int headerEnd = svg.indexOf('>', header);
        String head = svg.substring(header, headerEnd)
                .replaceAll("(width|height)=\"([0-9.]+)px\"", "$1=\"$2pt\"");
        svg = svg.substring(0, header) + head + svg.substring(headerEnd);
        String family = "font-family:&quot;" + HouseStyle.FAMILY + "&quot;;";
        svg = svg.replace(family, "font-family:&quot;" + HouseStyle.FAMILY + "&quot;,Arial,Helvetica,sans-serif;");
        out.write(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static void pdf(Layout layout, OutputStream out) throws IOException {
        float w = (float) layout.size().widthPt();
        float h = (float) layout.size().heightPt();
        try (PDDocument doc = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawerDefaultFonts()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            fontFile().ifPresent(text::registerFont);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            g.setFontTextDrawer(text);
            try {
                Renderer.paint(g, layout);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            doc.getDocumentInformation().setCreator("andreev");
            String title = RichText.parse(layout.main().title()).plain();
            if (!title.isBlank()) {
                doc.getDocumentInformation().setTitle(title);
            }
            doc.save(out);
        }
    }

    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
            System.getProperty("user.home") + "/.fonts", System.getProperty("user.home") + "/.local/share/fonts",
            "/Library/Fonts", "/System/Library/Fonts", "C:\\Windows\\Fonts");

    private static volatile Optional<File> fontFile;

    /** The TrueType file of the house font, when it can be found (searched once). */
    static Optional<File> fontFile() {
        Optional<File> f = fontFile;
        if (f == null) {
            f = findFontFile();
            fontFile = f;
        }
        return f;
    }

    private static Optional<File> findFontFile() {
        String wanted = switch (HouseStyle.FAMILY) {
            case "DejaVu Sans" -> "DejaVuSans.ttf";
            case "Arial" -> "arial.ttf";
            case "Helvetica" -> "Helvetica.ttf";
            case "Liberation Sans" -> "LiberationSans-Regular.ttf";
            default -> null;
        };
        if (wanted == null) {
            return Optional.empty();
        }
        for (String dir : FONT_DIRS) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.find(root, 5, (p, a) -> a.isRegularFile()
                    && p.getFileName().toString().equalsIgnoreCase(wanted))) {
                Optional<Path> hit = files.findFirst();
                if (hit.isPresent()) {
                    return Optional.of(hit.get().toFile());
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable font folder: try the next
            }
        }
        return Optional.empty();
    }
}
