package org.andreev.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.andreev.io.AtomicFile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders a {@link Plot} to a PNG or SVG file, chosen by the file's extension, with XChart: white
 * background, legend right of the plot, fonts readable at the size written (900 × 600 px), model
 * curves as lines without markers, measured series as small circles. Dense series are thinned for
 * drawing ({@link Thinning}). Works headless.
 */
public final class PlotWriter {
    private PlotWriter() {}

    /** Width of the image, pixels. */
    static final int WIDTH = 900;

    /** Height of the image, pixels. */
    static final int HEIGHT = 600;

    /** Strong, distinguishable colours (the "tab10" palette); XChart's default has a pale yellow. */
    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)
    };

    /**
     * Writes {@code plot} to {@code file} (.png or .svg) atomically.
     *
     * @throws IllegalArgumentException when the file name ends in neither .png nor .svg
     */
    public static void write(Plot plot, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("plot file '" + file + "' must end in .png or .svg");
        }
        XYChart chart = chart(plot);
        AtomicFile.write(file, out -> {
            if (png) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(
                        chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        });
    }

    /**
     * Writes {@code panels} stacked top to bottom into one figure (.png or .svg) atomically, the
     * first panel twice as tall as each of the others (a fit above its residuals).
     *
     * @throws IllegalArgumentException when the file name ends in neither .png nor .svg, or no panel is given
     */
    public static void write(List<Plot> panels, Path file) throws IOException {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("plot file '" + file + "' must end in .png or .svg");
        }
        int unit = HEIGHT / 2;
        int[] heights = new int[panels.size()];
        int total = 0;
        for (int k = 0; k < heights.length; k++) {
            heights[k] = k == 0 ? HEIGHT : unit;
            total += heights[k];
        }
        int height = total;
        AtomicFile.write(file, out -> {
            java.awt.Graphics2D g;
            java.awt.image.BufferedImage image = null;
            de.erichseifert.vectorgraphics2d.VectorGraphics2D vg = null;
            if (png) {
                image = new java.awt.image.BufferedImage(WIDTH, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
                g = image.createGraphics();
            } else {
                vg = new de.erichseifert.vectorgraphics2d.VectorGraphics2D();
                g = vg;
            }
            int top = 0;
            for (int k = 0; k < panels.size(); k++) {
                java.awt.Graphics2D panel = (java.awt.Graphics2D) g.create();
                panel.translate(0, top);
                chart(panels.get(k)).paint(panel, WIDTH, heights[k]);
                panel.dispose();
                top += heights[k];
            }
            g.dispose();
            if (png) {
                javax.imageio.ImageIO.write(image, "png", out);
            } else {
                de.erichseifert.vectorgraphics2d.Processors.get("svg")
                        .getDocument(vg.getCommands(), new de.erichseifert.vectorgraphics2d.util.PageSize(0, 0, WIDTH, height))
                        .writeTo(out);
            }
        });
    }

    /** The XChart chart for {@code plot}. */
    static XYChart chart(Plot plot) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(plot.title())
                .xAxisTitle(plot.xLabel())
                .yAxisTitle(plot.yLabel())
                .build();
        XYStyler st = chart.getStyler();
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderColor(Color.DARK_GRAY);
        st.setPlotGridLinesColor(new Color(225, 225, 225));
        st.setChartTitleBoxVisible(false);
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        st.setLegendLayout(Styler.LegendLayout.Vertical);
        st.setLegendBorderColor(Color.WHITE);
        st.setLegendBackgroundColor(Color.WHITE);
        st.setMarkerSize(5);
        st.setSeriesColors(COLORS);
        st.setXAxisLogarithmic(plot.logX());
        st.setYAxisLogarithmic(plot.logY());
        // XChart starts linear ticks at the data's minimum (-1.042, -0.912, ...): give it round ends
        if (!plot.logX()) {
            double[] ends = roundEnds(plot.series(), true);
            st.setXAxisMin(ends[0]);
            st.setXAxisMax(ends[1]);
        }
        if (!plot.logY()) {
            double[] ends = roundEnds(plot.series(), false);
            st.setYAxisMin(ends[0]);
            st.setYAxisMax(ends[1]);
        }
        st.setAntiAlias(true);
        for (Series s : plot.series()) {
            double[][] xy = Thinning.thin(s);
            XYSeries xs = chart.addSeries(s.label(), xy[0], xy[1]);
            if (s.markers()) {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                xs.setMarker(SeriesMarkers.CIRCLE);
            } else {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                xs.setMarker(SeriesMarkers.NONE);
                xs.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
        }
        return chart;
    }

    /**
     * Axis ends enclosing all x (or y) values at multiples of a round step (1, 2 or 5 × 10^k, about
     * ten steps over the range); a range of zero width is widened around its value.
     */
    static double[] roundEnds(List<Series> series, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : x ? s.x() : s.y()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max - min <= 1e-12 * Math.max(Math.abs(min), Math.abs(max))) {
            double half = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= half;
            max += half;
        }
        double raw = (max - min) / 10;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= decade ? decade : raw <= 2 * decade ? 2 * decade
                : raw <= 5 * decade ? 5 * decade : 10 * decade;
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step};
    }
}
