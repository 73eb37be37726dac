package org.andreev.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Layout} in the {@link HouseStyle} on any {@link Graphics2D} whose user space is in
 * points with the origin at the top left: a bitmap (scaled to its DPI), VectorGraphics2D for SVG, or
 * PDFBox's graphics for PDF. Everything is measured with one font render context
 * ({@link RichText#FRC}), so the three formats have the same layout.
 */
final class Renderer {
    private Renderer() {}

    /** Space around the figure's edge and between labels, pt. */
    private static final double PAD = 2;
    /** Gap between the frame and the tick labels, pt. */
    private static final double TICK_GAP = 2.5;
    /** Gap between tick labels and an axis label, pt. */
    private static final double LABEL_GAP = 2.5;
    /** Height of a residual panel relative to the whole plotting height. */
    private static final double RESIDUAL_SHARE = 0.3;
    /** Vertical gap between a main panel and its residual panel, pt. */
    private static final double STACK_GAP = 3;
    /** Size of an inset relative to the main plot area. */
    private static final double INSET_SHARE = 0.46;
    /** Font scale of an inset. */
    private static final float INSET_FONT_SCALE = 0.85f;

    /** Paints {@code layout} over the area (0, 0)–(width, height) of its size, in points. */
    static void paint(Graphics2D g, Layout layout) {
        double w = layout.size().widthPt();
        double h = layout.size().heightPt();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        Rectangle2D all = new Rectangle2D.Double(0, 0, w, h);
        List<Plot> plots = layout.plots();
        switch (layout.kind()) {
            case SINGLE -> {
                Panel p = new Panel(plots.get(0), 1f);
                p.draw(g, p.placeLegend(all), List.of());
            }
            case SIDE_BY_SIDE -> {
                for (int i = 0; i < 2; i++) {
                    Panel p = new Panel(plots.get(i), 1f);
                    p.letter = i == 0 ? "(a)" : "(b)";
                    p.draw(g, p.placeLegend(new Rectangle2D.Double(i * w / 2, 0, w / 2, h)), List.of());
                }
            }
            case STACKED -> stacked(g, plots.get(0), plots.get(1), all);
            case INSET -> inset(g, plots.get(0), plots.get(1), all);
        }
    }

    private static void stacked(Graphics2D g, Plot mainPlot, Plot residualPlot, Rectangle2D all) {
        List<Series> both = new ArrayList<>(mainPlot.series());
        both.addAll(residualPlot.series());
        Ticks x = Panel.ticks(both, true, mainPlot.logX());
        Panel main = new Panel(mainPlot, 1f);
        Panel residual = new Panel(residualPlot, 1f);
        main.x = x;
        residual.x = x;
        main.xTickLabels = false;
        residual.zeroLine = true;
        double left = Math.max(main.leftMargin(), residual.leftMargin());
        Rectangle2D whole = residual.area(all, left); // the residual's bottom margin, the main's top
        double top = whole.getY();
        double plotting = whole.getHeight() - STACK_GAP;
        double mainHeight = plotting * (1 - RESIDUAL_SHARE);
        Rectangle2D mainArea = new Rectangle2D.Double(whole.getX(), top, whole.getWidth(), mainHeight);
        Rectangle2D residualArea = new Rectangle2D.Double(whole.getX(), top + mainHeight + STACK_GAP,
                whole.getWidth(), plotting - mainHeight);
        main.draw(g, mainArea, List.of());
        residual.draw(g, residualArea, List.of());
    }

    private static void inset(Graphics2D g, Plot mainPlot, Plot insetPlot, Rectangle2D all) {
        Panel main = new Panel(mainPlot, 1f);
        Rectangle2D area = main.area(all, main.leftMargin());
        double iw = area.getWidth() * INSET_SHARE;
        double ih = area.getHeight() * INSET_SHARE;
        List<Rectangle2D> candidates = corners(area, iw, ih, 3);
        Rectangle2D box = main.leastCovering(area, candidates, List.of());
        main.draw(g, area, List.of(box));
        g.setColor(Color.WHITE);
        g.fill(box);
        Panel inset = new Panel(insetPlot, INSET_FONT_SCALE);
        inset.draw(g, inset.area(box, inset.leftMargin()), List.of());
    }

    /** Boxes of {@code w} × {@code h} in the corners of {@code area} (NE, NW, SE, SW), {@code gap} in. */
    static List<Rectangle2D> corners(Rectangle2D area, double w, double h, double gap) {
        double l = area.getMinX() + gap;
        double r = area.getMaxX() - gap - w;
        double t = area.getMinY() + gap;
        double b = area.getMaxY() - gap - h;
        double c = area.getCenterX() - w / 2;
        return List.of(new Rectangle2D.Double(r, t, w, h), new Rectangle2D.Double(l, t, w, h),
                new Rectangle2D.Double(r, b, w, h), new Rectangle2D.Double(l, b, w, h),
                new Rectangle2D.Double(c, t, w, h), new Rectangle2D.Double(c, b, w, h));
    }

    /** One plot with its axes, as drawn into one rectangle of the figure. */
    private static final class Panel {
        final Plot plot;
        final float scale;
        final Font font;
        final Font legendFont;
        Ticks x;
        Ticks y;
        boolean xTickLabels = true;
        boolean zeroLine;
        String letter;
        /** The legend goes above the plotting area (it covers data wherever it is put inside). */
        boolean legendOutside;
        /** The series as drawn (thinned), with their styles. */
        final List<Drawn> drawn = new ArrayList<>();

        record Drawn(Series series, double[] x, double[] y, Color colour, LineStyle line) {}

        Panel(Plot plot, float scale) {
            this.plot = plot;
            this.scale = scale;
            this.font = HouseStyle.font(HouseStyle.FONT_SIZE * scale);
            this.legendFont = HouseStyle.font(HouseStyle.LEGEND_FONT_SIZE * scale);
            this.x = ticks(plot.series(), true, plot.logX());
            this.y = ticks(plot.series(), false, plot.logY());
            int auto = 0;
            for (Series s : plot.series()) {
                HouseStyle.Entry e = HouseStyle.cycle(auto);
                if (s.colour() == null || s.line() == null) {
                    auto++;
                }
                double[][] xy = Thinning.thin(s);
                drawn.add(new Drawn(s, xy[0], xy[1], s.colour() != null ? s.colour() : e.colour(),
                        s.line() != null ? s.line() : e.line()));
            }
        }

        static Ticks ticks(List<Series> series, boolean xAxis, boolean log) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Series s : series) {
                for (double v : xAxis ? s.x() : s.y()) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            return Ticks.of(min, max, log);
        }

        double leftMargin() {
            double widest = 0;
            for (Ticks.Tick t : y.ticks()) {
                if (t.major()) {
                    widest = Math.max(widest, RichText.parse(t.label()).width(font));
                }
            }
            RichText label = RichText.axisLabel(plot.yLabel());
            return PAD + label.ascent(font) + label.descent(font) + LABEL_GAP + widest + TICK_GAP;
        }

        /** The plotting area inside {@code outer} with {@code left} for the y axis's labels. */
        Rectangle2D area(Rectangle2D outer, double left) {
            double cap = RichText.capHeight(font);
            RichText xLabel = RichText.axisLabel(plot.xLabel());
            double bottom = xTickLabels
                    ? TICK_GAP + cap + LABEL_GAP + xLabel.ascent(font) + xLabel.descent(font) + PAD
                    : PAD;
            double lastLabel = 0;
            for (Ticks.Tick t : x.ticks()) {
                if (t.major() && x.fraction(t.value()) > 0.97) {
                    lastLabel = RichText.parse(t.label()).width(font);
                }
            }
            double right = Math.max(4 * scale, lastLabel / 2 + 1);
            double top = Math.max(4 * scale, 0.8 * cap + PAD); // room for a y tick label at the top end
            if (legendOutside) {
                top += outsideLegendRows(outer.getWidth() - left - right) * legendRow() + 2 * PAD;
            }
            return new Rectangle2D.Double(outer.getX() + left, outer.getY() + top,
                    outer.getWidth() - left - right, outer.getHeight() - top - bottom);
        }

        double px(Rectangle2D a, double v) {
            return a.getX() + x.fraction(v) * a.getWidth();
        }

        double py(Rectangle2D a, double v) {
            return a.getMaxY() - y.fraction(v) * a.getHeight();
        }

        /** Draws the panel into {@code area}; {@code obstacles} are kept free of the legend. */
        void draw(Graphics2D g, Rectangle2D area, List<Rectangle2D> obstacles) {
            Shape oldClip = g.getClip();
            g.clip(area);
            if (zeroLine && !y.log() && y.lo() < 0 && y.hi() > 0) {
                g.setColor(HouseStyle.GREY);
                g.setStroke(new BasicStroke(HouseStyle.FRAME_WIDTH * scale));
                double y0 = py(area, 0);
                g.draw(new Line2D.Double(area.getMinX(), y0, area.getMaxX(), y0));
            }
            for (Drawn d : drawn) {
                drawSeries(g, area, d);
            }
            g.setClip(oldClip);
            drawAxes(g, area);
            List<Rectangle2D> blocked = new ArrayList<>(obstacles);
            if (letter != null) {
                // in the upper corner where it covers no data (left first), else the lower ones
                double cap = RichText.capHeight(font);
                double lw = RichText.parse(letter).width(font);
                List<Rectangle2D> c = corners(area, lw, cap, 4);
                Rectangle2D box = leastCovering(area, List.of(c.get(1), c.get(0), c.get(3), c.get(2)), obstacles);
                g.setColor(Color.BLACK);
                RichText.parse(letter).draw(g, font, box.getX(), box.getMaxY());
                blocked.add(new Rectangle2D.Double(box.getX() - 3, box.getY() - 3, lw + 6, cap + 6));
            }
            drawLegend(g, area, blocked);
        }

        private void drawSeries(Graphics2D g, Rectangle2D a, Drawn d) {
            g.setColor(d.colour());
            if (d.series().markers()) {
                g.setStroke(new BasicStroke(0.6f * scale));
                double r = HouseStyle.MARKER_RADIUS * scale;
                for (int i = 0; i < d.x().length; i++) {
                    g.draw(new Ellipse2D.Double(px(a, d.x()[i]) - r, py(a, d.y()[i]) - r, 2 * r, 2 * r));
                }
                return;
            }
            g.setStroke(stroke(d.line()));
            Path2D.Double path = new Path2D.Double();
            path.moveTo(px(a, d.x()[0]), py(a, d.y()[0]));
            for (int i = 1; i < d.x().length; i++) {
                path.lineTo(px(a, d.x()[i]), py(a, d.y()[i]));
            }
            g.draw(path);
        }

        private BasicStroke stroke(LineStyle line) {
            float width = HouseStyle.LINE_WIDTH * scale;
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, line.dash(width), 0f);
        }

        private void drawAxes(Graphics2D g, Rectangle2D a) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(HouseStyle.FRAME_WIDTH * scale, BasicStroke.CAP_SQUARE,
                    BasicStroke.JOIN_MITER));
            g.draw(a);
            double major = HouseStyle.TICK_LENGTH * scale;
            double cap = RichText.capHeight(font);
            for (Ticks.Tick t : x.ticks()) {
                double px = px(a, t.value());
                double len = t.major() ? major : major / 2;
                g.draw(new Line2D.Double(px, a.getMaxY(), px, a.getMaxY() - len));
                g.draw(new Line2D.Double(px, a.getMinY(), px, a.getMinY() + len));
                if (t.major() && xTickLabels) {
                    RichText text = RichText.parse(t.label());
                    text.draw(g, font, px - text.width(font) / 2, a.getMaxY() + TICK_GAP + cap);
                }
            }
            for (Ticks.Tick t : y.ticks()) {
                double py = py(a, t.value());
                double len = t.major() ? major : major / 2;
                g.draw(new Line2D.Double(a.getMinX(), py, a.getMinX() + len, py));
                g.draw(new Line2D.Double(a.getMaxX(), py, a.getMaxX() - len, py));
                if (t.major()) {
                    RichText text = RichText.parse(t.label());
                    text.draw(g, font, a.getMinX() - TICK_GAP - text.width(font), py + cap / 2);
                }
            }
            if (xTickLabels) {
                RichText label = RichText.axisLabel(plot.xLabel());
                double base = a.getMaxY() + TICK_GAP + cap + LABEL_GAP + label.ascent(font);
                label.draw(g, font, a.getCenterX() - label.width(font) / 2, base);
            }
            RichText label = RichText.axisLabel(plot.yLabel());
            double widest = 0;
            for (Ticks.Tick t : y.ticks()) {
                if (t.major()) {
                    widest = Math.max(widest, RichText.parse(t.label()).width(font));
                }
            }
            double base = a.getMinX() - TICK_GAP - widest - LABEL_GAP - label.descent(font);
            AffineTransform saved = g.getTransform();
            g.translate(base, a.getCenterY());
            g.rotate(-Math.PI / 2);
            label.draw(g, font, -label.width(font) / 2, 0);
            g.setTransform(saved);
        }

        private List<Drawn> legendEntries() {
            return drawn.stream().filter(d -> !d.series().label().isEmpty()).toList();
        }

        private double legendRow() {
            return legendFont.getSize2D() * 1.25;
        }

        private double legendSample() {
            return 16 * scale;
        }

        /** Width of one legend entry: sample, gap, widest label. */
        private double legendEntryWidth() {
            double widest = 0;
            for (Drawn d : legendEntries()) {
                widest = Math.max(widest, RichText.parse(d.series().label()).width(legendFont));
            }
            return legendSample() + 3 * scale + widest;
        }

        private int outsideLegendColumns(double width) {
            int n = legendEntries().size();
            return (int) Math.max(1, Math.min(n, Math.floor((width + 8 * scale) / (legendEntryWidth() + 8 * scale))));
        }

        private int outsideLegendRows(double width) {
            int n = legendEntries().size();
            int columns = outsideLegendColumns(width);
            return (n + columns - 1) / columns;
        }

        /** The legend's box inside {@code a}: the corner where it covers the least, and what it covers. */
        private Rectangle2D insideLegend(Rectangle2D a, List<Rectangle2D> obstacles) {
            double pad = 2 * scale;
            double w = 2 * pad + legendEntryWidth();
            double h = 2 * pad + legendEntries().size() * legendRow();
            return leastCovering(a, corners(a, w, h, 2 * scale), obstacles);
        }

        /**
         * The plotting area inside {@code outer}, with the legend moved above it when it would cover
         * data in every corner.
         */
        Rectangle2D placeLegend(Rectangle2D outer) {
            Rectangle2D a = area(outer, leftMargin());
            if (!legendEntries().isEmpty() && covered(a, insideLegend(a, List.of())) > 0) {
                legendOutside = true;
                a = area(outer, leftMargin());
            }
            return a;
        }

        private void drawLegend(Graphics2D g, Rectangle2D a, List<Rectangle2D> obstacles) {
            List<Drawn> entries = legendEntries();
            if (entries.isEmpty()) {
                return;
            }
            double row = legendRow();
            double pad = 2 * scale;
            double cap = RichText.capHeight(legendFont);
            int columns = 1;
            double x0;
            double y0;
            if (legendOutside) {
                columns = outsideLegendColumns(a.getWidth());
                int rows = (entries.size() + columns - 1) / columns;
                x0 = a.getX();
                y0 = a.getY() - PAD - rows * row;
            } else {
                Rectangle2D box = insideLegend(a, obstacles);
                g.setColor(Color.WHITE);
                g.fill(box);
                x0 = box.getX() + pad;
                y0 = box.getY() + pad;
            }
            double entryWidth = legendEntryWidth() + 8 * scale;
            int rows = (entries.size() + columns - 1) / columns;
            for (int i = 0; i < entries.size(); i++) {
                Drawn d = entries.get(i);
                double mid = y0 + (i % rows + 0.5) * row;
                double x = x0 + (i / rows) * entryWidth;
                drawSample(g, d, x, mid);
                g.setColor(Color.BLACK);
                RichText.parse(d.series().label()).draw(g, legendFont, x + legendSample() + 3 * scale, mid + cap / 2);
            }
        }

        private void drawSample(Graphics2D g, Drawn d, double x, double mid) {
            double sample = legendSample();
            g.setColor(d.colour());
            if (d.series().markers()) {
                g.setStroke(new BasicStroke(0.6f * scale));
                double r = HouseStyle.MARKER_RADIUS * scale;
                for (double f : new double[] {0.25, 0.75}) {
                    g.draw(new Ellipse2D.Double(x + f * sample - r, mid - r, 2 * r, 2 * r));
                }
            } else {
                g.setStroke(stroke(d.line()));
                g.draw(new Line2D.Double(x, mid, x + sample, mid));
            }
        }

        /**
         * Of {@code candidates}, the first that covers the fewest drawn segments and points; one that
         * overlaps an obstacle counts as covering everything.
         */
        Rectangle2D leastCovering(Rectangle2D a, List<Rectangle2D> candidates, List<Rectangle2D> obstacles) {
            Rectangle2D best = candidates.get(0);
            long bestScore = Long.MAX_VALUE;
            for (Rectangle2D c : candidates) {
                long score = covered(a, c);
                for (Rectangle2D o : obstacles) {
                    if (o.intersects(c)) {
                        score += 1_000_000_000L;
                    }
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            return best;
        }

        /** How many drawn segments (lines) and points (markers) of the plotting area {@code a} meet {@code box}. */
        long covered(Rectangle2D a, Rectangle2D box) {
            long score = 0;
            Rectangle2D grown = new Rectangle2D.Double(box.getX() - 1.5, box.getY() - 1.5,
                    box.getWidth() + 3, box.getHeight() + 3);
            for (Drawn d : drawn) {
                double prevX = px(a, d.x()[0]);
                double prevY = py(a, d.y()[0]);
                if (grown.contains(prevX, prevY)) {
                    score++;
                }
                for (int i = 1; i < d.x().length; i++) {
                    double cx = px(a, d.x()[i]);
                    double cy = py(a, d.y()[i]);
                    if (d.series().markers() ? grown.contains(cx, cy) : grown.intersectsLine(prevX, prevY, cx, cy)) {
                        score++;
                    }
                    prevX = cx;
                    prevY = cy;
                }
            }
            return score;
        }
    }
}
