package org.andreev.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.andreev.io.ColumnRef;
import org.andreev.io.ColumnSpec;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;

/**
 * The magnetic field μ0H at which a sweep file was measured, read from where the user says
 * (physics.md B7: "the field read from a column, a header line or the file name"):
 * <ul>
 *   <li>{@link Source#COLUMN}: a column named NAME, the same value on every row (units from the
 *       header or the unit given, else tesla);</li>
 *   <li>{@link Source#HEADER}: a comment line (starting with {@code #}) holding {@code NAME = 0.25 T},
 *       {@code NAME: 250mT} or {@code NAME 0.25} (bare numbers are tesla);</li>
 *   <li>{@link Source#FILENAME}: the file's name holding NAME followed by a number and an optional
 *       unit, e.g. {@code B0.25T}, {@code B_250mT}, {@code B=0p25T} ({@code p} as the decimal
 *       point) for NAME = B;</li>
 *   <li>{@link Source#ANY}: the first of these that the file has.</li>
 * </ul>
 */
public final class SweepField {
    private SweepField() {}

    /** Where the field is. */
    public enum Source {
        /** A column of the data. */
        COLUMN,
        /** A comment line of the file. */
        HEADER,
        /** The file name. */
        FILENAME,
        /** Column, then header line, then file name. */
        ANY
    }

    private static final String NUMBER = "[-+]?(?:\\d+(?:[.p]\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final String UNIT = "(?:kG|mT|uT|µT|T|G)?";

    /**
     * The field of one sweep file, T.
     *
     * @param file the file (its name for {@link Source#FILENAME}, its name in messages)
     * @param text the file's text (for {@link Source#HEADER})
     * @param data the file's table (for {@link Source#COLUMN})
     * @param unit the unit of a column or of bare numbers ("" for the header's or tesla)
     * @throws InputException naming the file when the field is not where the source says
     */
    public static double read(Path file, String text, DataFile data, Source source, String name, String unit) {
        String where = file.toString();
        if (source == Source.COLUMN || source == Source.ANY) {
            OptionalDouble v = fromColumn(data, name, unit, source == Source.COLUMN);
            if (v.isPresent()) {
                return v.getAsDouble();
            }
        }
        if (source == Source.HEADER || source == Source.ANY) {
            OptionalDouble v = fromHeader(where, text, name, unit);
            if (v.isPresent()) {
                return v.getAsDouble();
            }
        }
        if (source == Source.FILENAME || source == Source.ANY) {
            Path fn = file.getFileName();
            OptionalDouble v = fromFileName(where, fn == null ? "" : fn.toString(), name, unit);
            if (v.isPresent()) {
                return v.getAsDouble();
            }
        }
        String in = switch (source) {
            case COLUMN -> "a column";
            case HEADER -> "a header line ('# " + name + " = 0.25 T')";
            case FILENAME -> "the file name (e.g. '" + name + "0.25T')";
            case ANY -> "a column, a header line ('# " + name + " = 0.25 T') or the file name";
        };
        throw new InputException(where, 0, "field '" + name + "'", "not found in " + in);
    }

    /**
     * The field from column {@code name}: empty when there is no such column and {@code required}
     * is false.
     *
     * @throws InputException when the column varies or (required) does not exist
     */
    public static OptionalDouble fromColumn(DataFile data, String name, String unit, boolean required) {
        ColumnSpec spec = new ColumnSpec(ColumnRef.parse(name), Dimension.MAGNETIC_FIELD, unit);
        double[] b;
        try {
            b = data.column(spec);
        } catch (InputException e) {
            boolean absent = e.getMessage().contains("no such column") || e.getMessage().contains("no header");
            if (!required && absent) {
                return OptionalDouble.empty();
            }
            throw e;
        }
        double lo = java.util.Arrays.stream(b).min().orElseThrow();
        double hi = java.util.Arrays.stream(b).max().orElseThrow();
        double tol = 1e-6 * Math.max(Math.abs(hi), Math.abs(lo)) + 1e-12;
        if (hi - lo > tol) {
            int row = 1;
            while (row < b.length - 1 && Math.abs(b[row] - b[0]) <= tol / 2) {
                row++;
            }
            throw new InputException(data.source(), data.line(row), "field column '" + name + "'",
                    String.format(Locale.ROOT, "got %s T after %s T (line %d); it varies from %s T to %s T: one sweep"
                            + " file holds one field (split the file by field first)", b[row], b[0], data.line(0), lo,
                            hi));
        }
        return OptionalDouble.of(0.5 * (lo + hi));
    }

    /** The field from a comment line {@code # NAME = value [unit]} of {@code text}; empty when none. */
    public static OptionalDouble fromHeader(String source, String text, String name, String unit) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "\\s*(?:[=:]\\s*|\\s+)(" + NUMBER
                + ")\\s*([\\p{L}µ]*)");
        int lineNo = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNo++;
            String t = line.strip();
            if (!t.startsWith("#")) {
                continue;
            }
            Matcher m = p.matcher(t);
            if (m.find()) {
                return OptionalDouble.of(value(source, lineNo, name, m.group(1), m.group(2), unit));
            }
        }
        return OptionalDouble.empty();
    }

    /** The field from a file name holding NAME, a number and an optional unit; empty when none. */
    public static OptionalDouble fromFileName(String source, String fileName, String name, String unit) {
        Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "[=_-]?(" + NUMBER + ")(" + UNIT + ")");
        Matcher m = p.matcher(fileName);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        String number = m.group(1).replace('p', '.');
        return OptionalDouble.of(value(source, 0, name, number, m.group(2), unit));
    }

    private static double value(String source, int line, String name, String number, String written, String unit) {
        String u = written.isEmpty() ? unit : written;
        try {
            return Quantity.parse(number.replace('p', '.') + (u == null ? "" : u), Dimension.MAGNETIC_FIELD);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, line, "field '" + name + "'", e.getMessage());
        }
    }
}
