package org.andreev.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis labels, legend entries and tick labels with subscripts and superscripts, drawn as text runs
 * (in SVG and PDF each run is real, selectable text, not glyph outlines).
 *
 * <p>Markup: {@code _{...}} is a subscript and {@code ^{...}} a superscript; a single letter or digit
 * after {@code _} or {@code ^} that is not followed by another letter or digit is one too. So
 * {@code T_e}, {@code T_{bath}}, {@code R_T dI/dV}, {@code cm^2} and {@code 10^{−4}} come out as
 * expected, while a column name such as {@code G_B0_G0} stays as written. Greek letters and units are
 * written as Unicode (Δ, φ, Ω, µm). In axis labels the unit spellings that are easy to type are
 * shown as printed: {@code Ohm} as Ω and a {@code u} prefix in a unit in parentheses as µ
 * ({@code (uV)} → (µV)).
 */
final class RichText {

    /** One run of text at one level: 0 on the line, −1 subscript, +1 superscript. */
    record Run(String text, int level) {}

    /** Size of a sub- or superscript relative to the font. */
    static final float SCRIPT_SCALE = 0.72f;

    /** The font render context used for all measuring, so PNG, SVG and PDF get the same layout. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final List<Run> runs;

    private RichText(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** {@code text} with its markup parsed. */
    static RichText parse(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if ((c == '_' || c == '^') && i + 1 < n) {
                int level = c == '_' ? -1 : 1;
                String script = null;
                int next = i;
                if (text.charAt(i + 1) == '{') {
                    int close = text.indexOf('}', i + 2);
                    if (close > 0) {
                        script = text.substring(i + 2, close);
                        next = close + 1;
                    }
                } else if (Character.isLetterOrDigit(text.charAt(i + 1))
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    script = text.substring(i + 1, i + 2);
                    next = i + 2;
                }
                if (script != null) {
                    if (plain.length() > 0) {
                        runs.add(new Run(plain.toString(), 0));
                        plain.setLength(0);
                    }
                    runs.add(new Run(script, level));
                    i = next;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        if (plain.length() > 0 || runs.isEmpty()) {
            runs.add(new Run(plain.toString(), 0));
        }
        return new RichText(runs);
    }

    /** An axis label: markup parsed, typed unit spellings shown as printed (Ohm → Ω, (uV) → (µV)). */
    static RichText axisLabel(String text) {
        String t = text.replaceAll("Ohm\\b", "Ω").replaceAll("\\bohm\\b", "Ω")
                .replaceAll("\\(u(?=[A-Za-zΩ])", "(µ").replaceAll("\\[u(?=[A-Za-zΩ])", "[µ");
        return parse(t);
    }

    /** The runs, in order. */
    List<Run> runs() {
        return runs;
    }

    /** The text without markup (sub- and superscripts inline), e.g. for a document's metadata. */
    String plain() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** The width when drawn in {@code font}, pt. */
    double width(Font font) {
        double w = 0;
        for (Run r : runs) {
            w += runFont(font, r).getStringBounds(r.text(), FRC).getWidth();
        }
        return w;
    }

    /** Height above the baseline of the tallest run (digits and capitals), pt. */
    double ascent(Font font) {
        double a = capHeight(font);
        for (Run r : runs) {
            if (r.level() > 0) {
                a = Math.max(a, shift(font, r) * -1 + capHeight(runFont(font, r)));
            }
        }
        return a;
    }

    /** Depth below the baseline (descenders and subscripts), pt. */
    double descent(Font font) {
        double d = font.getLineMetrics("gy", FRC).getDescent() * 0.8;
        for (Run r : runs) {
            if (r.level() < 0) {
                d = Math.max(d, shift(font, r) + runFont(font, r).getLineMetrics("gy", FRC).getDescent() * 0.8);
            }
        }
        return d;
    }

    /** Height of a capital or a digit in {@code font}, pt. */
    static double capHeight(Font font) {
        Rectangle2D b = font.createGlyphVector(FRC, "0").getVisualBounds();
        return -b.getY();
    }

    /** Draws the text with its baseline starting at ({@code x}, {@code y}). */
    void draw(Graphics2D g, Font font, double x, double y) {
        double pos = x;
        for (Run r : runs) {
            Font f = runFont(font, r);
            g.setFont(f);
            if (!r.text().isEmpty()) {
                g.drawString(r.text(), (float) pos, (float) (y + shift(font, r)));
            }
            pos += f.getStringBounds(r.text(), FRC).getWidth();
        }
    }

    private static Font runFont(Font font, Run r) {
        return r.level() == 0 ? font : font.deriveFont(font.getSize2D() * SCRIPT_SCALE);
    }

    /** Baseline shift of a run, pt, downwards positive. */
    private static double shift(Font font, Run r) {
        return switch (r.level()) {
            case -1 -> 0.22 * font.getSize2D();
            case 1 -> -0.40 * font.getSize2D();
            default -> 0;
        };
    }
}
