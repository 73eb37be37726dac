package org.andreev.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.andreev.units.Dimension;
import org.andreev.units.Unit;

/**
 * A measured data file read as columns of numbers.
 *
 * <p>Accepted layout: comma-, semicolon-, tab- or whitespace-separated columns (decided by the
 * first line that is not blank or a comment: tab, else semicolon, else comma, else whitespace);
 * lines starting with {@code #} and blank lines are skipped; a trailing delimiter at the end of
 * lines is ignored; CSV cells may be quoted. The first line is a header when any of its cells is
 * not a number. A header cell may carry the unit of its column as {@code V[mV]}, {@code V [mV]} or
 * {@code V (mV)} (explicit), or as {@code Vbias_mV} or {@code G/G0} (implicit: the part after the
 * last {@code _} or {@code /} is used as the unit only when it is a unit of the quantity asked
 * for, so {@code T_bath} is simply a name). Files are read as UTF-8, or as Windows-1252 when they
 * are not valid UTF-8.
 *
 * <p>Columns are chosen by {@link ColumnRef} (name with or without its unit, or 1-based index) and
 * scaled to SI by {@link ColumnSpec}: a unit given there overrides the header's, and with neither
 * the numbers are SI. Every problem with the content throws an {@link InputException} naming the
 * file, the line and the column.
 */
public final class DataFile {

    private static final Pattern NON_FINITE =
            Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("(.*?)\\s*[\\[(]([^\\[\\]()]*)[\\])]");

    /** A header cell split into its name and unit; {@code explicit} for {@code [unit]}, {@code (unit)}. */
    private record HeaderCell(String name, String unit, boolean explicit) {
        static HeaderCell of(String cell) {
            Matcher m = BRACKETED.matcher(cell);
            int cut = Math.max(cell.lastIndexOf('_'), cell.lastIndexOf('/'));
            if (m.matches() && !m.group(1).isEmpty()) {
                return new HeaderCell(m.group(1), m.group(2).strip(), true);
            } else if (cut > 0 && cut < cell.length() - 1) {
                return new HeaderCell(cell.substring(0, cut), cell.substring(cut + 1), false);
            }
            return new HeaderCell(cell, "", false);
        }
    }

    private final String source;
    private final int headerLine;
    private final List<String> header;
    private final List<HeaderCell> cells;
    private final double[][] columns;
    private final int[] lines; // the file line of each row

    private DataFile(String source, int headerLine, List<String> header, double[][] columns, int[] lines) {
        this.source = source;
        this.lines = lines;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.cells = header.stream().map(HeaderCell::of).toList();
        this.columns = columns;
    }

    /** The largest data file read, in bytes (512 MiB: some 10⁷ rows of a few columns). */
    public static final long MAX_BYTES = 512L << 20;

    /**
     * Refuses, in one line naming the file, what is not a regular readable file of at most
     * {@code maxBytes}: a directory, a FIFO (reading would block forever), a device such as
     * /dev/zero (reading would never end) or /dev/null, a missing file, an oversized one. Checked
     * before anything is read.
     *
     * @throws IOException naming the file and what it is
     */
    public static void checkReadable(Path file, long maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new IOException("'" + file + "' is a directory, not a data file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("'" + file + "' is not a regular file (a FIFO, socket or device): give a file");
        }
        if (!Files.isReadable(file)) {
            throw new java.nio.file.AccessDeniedException(file.toString());
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException("'" + file + "' is " + size + " bytes, more than the " + maxBytes + " bytes read at most");
        }
    }

    /**
     * Reads {@code file}: a regular file of at most {@link #MAX_BYTES} ({@link #checkReadable}).
     *
     * @throws IOException    when the file cannot be read
     * @throws InputException when its content is not a table of finite numbers
     */
    public static DataFile read(Path file) throws IOException {
        checkReadable(file, MAX_BYTES);
        byte[] bytes = Files.readAllBytes(file);
        String text;
        if (isAscii(bytes)) { // the common case: no decoder buffer of twice the file's size
            return parse(file.toString(), new String(bytes, StandardCharsets.ISO_8859_1));
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        return parse(file.toString(), text);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a table from {@code text}; {@code source} names it in messages (a file name, "stdin").
     *
     * @throws InputException when the text is not a table of finite numbers
     */
    public static DataFile parse(String source, String text) {
        char delimiter = 0; // 0: whitespace
        List<String> header = null;
        int headerLine = 0;
        int width = -1;
        double[][] cols = null;
        int rows = 0;
        int[] lines = new int[64];
        int lineNo = 0;
        List<String> row = new ArrayList<>(); // reused from row to row
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (width < 0) {
                delimiter = trimmed.indexOf('\t') >= 0 ? '\t'
                        : trimmed.indexOf(';') >= 0 ? ';'
                        : trimmed.indexOf(',') >= 0 ? ',' : 0;
                List<String> cells = split(trimmed, delimiter, true);
                if (cells.stream().allMatch(c -> isNumber(c, 0, c.length()))) {
                    header = new ArrayList<>();
                    for (int c = 1; c <= cells.size(); c++) {
                        header.add("");
                    }
                } else {
                    header = cells;
                    headerLine = lineNo;
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).isEmpty()) {
                            throw new InputException(source, lineNo, "header",
                                    "column " + (c + 1) + " has no name");
                        }
                    }
                }
                width = header.size();
                cols = new double[width][64];
                if (headerLine == lineNo) {
                    continue;
                }
            }
            splitRow(trimmed, delimiter, row);
            if (row.size() != width) {
                throw new InputException(source, lineNo, "row", "has " + row.size()
                        + " cells but " + (headerLine > 0 ? "the header has " : "the first row has ")
                        + width);
            }
            if (rows == cols[0].length) {
                for (int c = 0; c < width; c++) {
                    cols[c] = Arrays.copyOf(cols[c], 2 * rows);
                }
                lines = Arrays.copyOf(lines, 2 * rows);
            }
            lines[rows] = lineNo;
            for (int c = 0; c < width; c++) {
                cols[c][rows] = number(row.get(c), source, lineNo, header, c);
            }
            rows++;
        }
        if (width < 0) {
            throw new InputException(source, 0, "data", "the file holds no data (empty or only comments)");
        }
        if (rows == 0) {
            throw new InputException(source, 0, "data", "no data rows after the header");
        }
        for (int c = 0; c < width; c++) {
            cols[c] = Arrays.copyOf(cols[c], rows);
        }
        return new DataFile(source, headerLine, header, cols, Arrays.copyOf(lines, rows));
    }

    /**
     * Splits one data row into {@code cells} (cleared first), as {@link #split} does with
     * {@code isHeader} false, without a regex or a builder per cell: the hot loop of a large file.
     */
    private static void splitRow(String line, char delimiter, List<String> cells) {
        cells.clear();
        int n = line.length();
        if (delimiter == 0 || delimiter == '\t') { // as line.split("\\s+") on a stripped line
            int k = 0;
            while (k < n) {
                int start = k;
                while (k < n && !isRegexSpace(line.charAt(k))) {
                    k++;
                }
                cells.add(line.substring(start, k));
                while (k < n && isRegexSpace(line.charAt(k))) {
                    k++;
                }
            }
            return;
        }
        if (line.indexOf('"') >= 0) {
            cells.addAll(split(line, delimiter, false));
            return;
        }
        int start = 0;
        for (int k = line.indexOf(delimiter); k >= 0; k = line.indexOf(delimiter, start)) {
            cells.add(line.substring(start, k).strip());
            start = k + 1;
        }
        cells.add(line.substring(start).strip());
        if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1); // a trailing delimiter
        }
    }

    /** The characters of the regex {@code \s}: space, \t, \n, \x0B, \f, \r. */
    private static boolean isRegexSpace(char ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    /**
     * Whether {@code s[from, to)} is a decimal number,
     * {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} (ASCII digits), checked without a regex.
     */
    static boolean isNumber(String s, int from, int to) {
        int k = from;
        if (k < to && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            k++;
        }
        int start = k;
        while (k < to && isDigit(s.charAt(k))) {
            k++;
        }
        boolean digits = k > start;
        if (k < to && s.charAt(k) == '.') {
            k++;
            int fraction = k;
            while (k < to && isDigit(s.charAt(k))) {
                k++;
            }
            digits |= k > fraction;
        }
        if (!digits) {
            return false;
        }
        if (k < to && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            k++;
            if (k < to && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            int exponent = k;
            while (k < to && isDigit(s.charAt(k))) {
                k++;
            }
            if (k == exponent) {
                return false;
            }
        }
        return k == to;
    }

    /** 10^0 … 10^22, each exact in a double. */
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /**
     * {@code Double.parseDouble(cell)} of a cell that {@link #isNumber is a number}, bit for bit, when
     * it has at most 15 significant digits and a decimal exponent within ±22: then the digits m and
     * 10^|e| are exact doubles and the one rounded m·10^e or m/10^−e is the correctly rounded value
     * (Clinger, PLDI 1990, "How to read floating point numbers accurately", the fast path). NaN
     * otherwise, for {@code Double.parseDouble} to do.
     */
    static double fastParse(String cell) {
        int n = cell.length();
        int k = 0;
        boolean negative = cell.charAt(0) == '-';
        if (negative || cell.charAt(0) == '+') {
            k++;
        }
        long m = 0;
        int significant = 0;
        int scale = 0; // digits after the point
        boolean point = false;
        for (; k < n; k++) {
            char ch = cell.charAt(k);
            if (ch == '.') {
                point = true;
                continue;
            }
            if (!isDigit(ch)) {
                break;
            }
            if (m > 0 || ch != '0') {
                if (++significant > 15) {
                    return Double.NaN;
                }
            }
            m = 10 * m + (ch - '0');
            if (point) {
                scale++;
            }
        }
        int exponent = 0;
        if (k < n) { // e or E
            k++;
            boolean negativeExponent = cell.charAt(k) == '-';
            if (negativeExponent || cell.charAt(k) == '+') {
                k++;
            }
            if (n - k > 4) {
                return Double.NaN;
            }
            for (; k < n; k++) {
                exponent = 10 * exponent + (cell.charAt(k) - '0');
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        int e = exponent - scale;
        if (e > 22 || e < -22) {
            return Double.NaN;
        }
        double v = e >= 0 ? m * POW10[e] : m / POW10[-e];
        return negative ? -v : v;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** Splits one line; in whitespace mode a header's "(mV)" or "[mV]" joins the name before it. */
    private static List<String> split(String line, char delimiter, boolean isHeader) {
        List<String> cells = new ArrayList<>();
        if (delimiter == 0 || (delimiter == '\t' && !isHeader)) {
            for (String cell : line.split("\\s+")) {
                boolean unitCell = cell.startsWith("(") || cell.startsWith("[");
                if (isHeader && delimiter == 0 && unitCell && !cells.isEmpty()) {
                    int last = cells.size() - 1;
                    cells.set(last, cells.get(last) + " " + cell);
                } else {
                    cells.add(cell);
                }
            }
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char ch = line.charAt(k);
            if (ch == '"') {
                if (quoted && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    cell.append('"');
                    k++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == delimiter && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1); // a trailing delimiter
        }
        return cells;
    }

    private static double number(String cell, String source, int line, List<String> header, int c) {
        if (isNumber(cell, 0, cell.length())) {
            double v = fastParse(cell);
            if (Double.isNaN(v)) {
                // more than 15 digits or a large exponent: FastDoubleParser (in jackson-core), correctly
                // rounded like Double.parseDouble and 3-4x faster on JDK 17 for 17-digit numbers
                v = tools.jackson.core.io.NumberInput.parseDouble(cell, true);
            }
            if (Double.isFinite(v)) {
                return v;
            }
        }
        return badNumber(cell, source, line, label(header, c));
    }

    private static double badNumber(String cell, String source, int line, String column) {
        if (cell.isEmpty()) {
            throw new InputException(source, line, column, "empty cell");
        }
        if (isNumber(cell, 0, cell.length())) {
            throw new InputException(source, line, column, "'" + cell + "' is out of range");
        }
        if (NON_FINITE.matcher(cell).matches()) {
            throw new InputException(source, line, column, "'" + cell + "' is not a finite number");
        }
        String shown = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        String hint = cell.matches("[+-]?\\d+,\\d+") ? " (a decimal comma? use a point)" : "";
        throw new InputException(source, line, column, "'" + shown + "' is not a number" + hint);
    }

    private static String label(List<String> header, int c) {
        return header.get(c).isEmpty() ? "column " + (c + 1) : "column '" + header.get(c) + "'";
    }

    /** The file or other source named in messages. */
    public String source() {
        return source;
    }

    /** Header cells as written, or empty strings when the file has no header. */
    public List<String> header() {
        return header;
    }

    /** Whether the first line was a header. */
    public boolean hasHeader() {
        return headerLine > 0;
    }

    /** Number of data rows (at least one). */
    public int rowCount() {
        return columns[0].length;
    }

    /** The line of the file (1-based, comments and blank lines counted) that holds data row {@code row} (0-based). */
    public int line(int row) {
        return lines[row];
    }

    /** Number of columns. */
    public int columnCount() {
        return columns.length;
    }

    /**
     * The 0-based position of {@code ref}. A name matches a header cell in full
     * ({@code Vbias_mV}), or its name part ({@code Vbias}); case is ignored when nothing matches
     * exactly.
     *
     * @throws InputException when no column, or more than one, matches
     */
    public int indexOf(ColumnRef ref) {
        if (ref.name() == null) {
            if (ref.index() > columns.length) {
                throw new InputException(source, 0, ref.toString(), "the file has only "
                        + columns.length + " columns");
            }
            return ref.index() - 1;
        }
        for (boolean ignoreCase : new boolean[] {false, true}) {
            for (List<String> candidates : List.of(header, cells.stream().map(HeaderCell::name).toList())) {
                int found = -1;
                for (int c = 0; c < candidates.size(); c++) {
                    String h = candidates.get(c);
                    if (ignoreCase ? h.equalsIgnoreCase(ref.name()) : h.equals(ref.name())) {
                        if (found >= 0) {
                            throw new InputException(source, headerLine, ref.toString(),
                                    "matches columns " + (found + 1) + " and " + (c + 1)
                                            + "; give the column's number instead");
                        }
                        found = c;
                    }
                }
                if (found >= 0) {
                    return found;
                }
            }
        }
        throw new InputException(source, 0, ref.toString(), hasHeader()
                ? "no such column; the columns are " + String.join(", ", header)
                : "the file has no header; give the column's number (1 to " + columns.length + ")");
    }

    /** The numbers of column {@code ref} as written in the file (a copy). */
    public double[] column(ColumnRef ref) {
        return columns[indexOf(ref)].clone();
    }

    /**
     * The unit in which column {@code spec} is read: the spec's own, else the header's, else SI.
     *
     * @throws InputException when the unit does not fit the column's quantity
     */
    public Unit unit(ColumnSpec spec) {
        int c = indexOf(spec.ref());
        String what = label(header, c);
        if (!spec.unit().isEmpty()) {
            try {
                return Unit.parse(spec.unit(), spec.dimension());
            } catch (IllegalArgumentException e) {
                throw new InputException(source, 0, what, "unit " + e.getMessage());
            }
        }
        HeaderCell cell = cells.get(c);
        if (!cell.unit().isEmpty()) {
            try {
                return Unit.parse(cell.unit(), spec.dimension());
            } catch (IllegalArgumentException e) {
                if (cell.explicit()) {
                    throw new InputException(source, headerLine, what, "header unit "
                            + e.getMessage() + "; or give the unit explicitly");
                }
            }
        }
        return Unit.si(spec.dimension());
    }

    /** Column {@code spec} in SI units (a new array). */
    public double[] column(ColumnSpec spec) {
        Unit unit = unit(spec);
        double factor = unit.factor();
        double[] raw = columns[indexOf(spec.ref())];
        double[] si = new double[raw.length];
        for (int r = 0; r < raw.length; r++) {
            si[r] = raw[r] * factor;
            if (!Double.isFinite(si[r])) {
                throw new InputException(source, lines[r], label(header, indexOf(spec.ref())),
                        raw[r] + " " + unit.symbol() + " overflows in SI");
            }
        }
        return si;
    }

    /**
     * Refuses, naming this file and the line, a curve read from it (rows in file order, as
     * {@link #curve} gives) whose x cannot carry {@code purpose} ("a derivative", "a fit"): fewer
     * than two distinct x, or x so far apart (±1e308) that their span overflows a double.
     *
     * @throws InputException naming the file, the line and x
     */
    public void checkAbscissa(Curve curve, String purpose) {
        double[] x = curve.x();
        int lo = 0;
        int hi = 0;
        for (int k = 1; k < x.length; k++) {
            lo = x[k] < x[lo] ? k : lo;
            hi = x[k] > x[hi] ? k : hi;
        }
        if (x[lo] == x[hi]) {
            throw new InputException(source, lines[x.length - 1], "x", (x.length == 1 ? "the only data row"
                    : "every row has x = " + x[lo]) + "; " + purpose + " needs at least 2 distinct x values");
        }
        if (!Double.isFinite(x[hi] - x[lo])) {
            int far = Math.abs(x[hi]) >= Math.abs(x[lo]) ? hi : lo;
            throw new InputException(source, lines[far], "x", x[far] + " (SI) is too far from " + x[far == hi ? lo : hi]
                    + ": their difference overflows a double; rescale x or leave the row out");
        }
    }

    /** The curve y(x) of two columns, in SI, rows in file order. */
    public Curve curve(ColumnSpec x, ColumnSpec y) {
        return new Curve(column(x), column(y));
    }

    /**
     * The curve y(x) of two columns, in SI: the form of the brief, e.g.
     * {@code curve(ColumnRef.parse("Vbias_mV"), VOLTAGE, "", ColumnRef.parse("3"), CONDUCTANCE, "G0")}.
     * An empty or null unit means the header's, or SI.
     */
    public Curve curve(ColumnRef x, Dimension xDim, String xUnit, ColumnRef y, Dimension yDim,
            String yUnit) {
        return curve(new ColumnSpec(x, xDim, xUnit), new ColumnSpec(y, yDim, yUnit));
    }

    /**
     * A long-format map (columns outer, x, y, e.g. B, V, G) as one curve y(x) per distinct value of
     * the outer column, keys increasing; rows with the same outer value form one curve in file
     * order, whether or not they are adjacent.
     */
    public CurveMap curveMap(ColumnSpec outer, ColumnSpec x, ColumnSpec y) {
        double[] o = column(outer);
        double[] xs = column(x);
        double[] ys = column(y);
        Map<Double, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < o.length; r++) {
            groups.computeIfAbsent(o[r] == 0 ? 0.0 : o[r], k -> new ArrayList<>()).add(r);
        }
        double[] keys = groups.keySet().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Curve> curves = new ArrayList<>(keys.length);
        for (double key : keys) {
            List<Integer> rows = groups.get(key);
            double[] cx = new double[rows.size()];
            double[] cy = new double[rows.size()];
            for (int k = 0; k < cx.length; k++) {
                cx[k] = xs[rows.get(k)];
                cy[k] = ys[rows.get(k)];
            }
            curves.add(new Curve(cx, cy));
        }
        return new CurveMap(keys, curves);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%d rows x %d columns%s)", source, rowCount(),
                columnCount(), hasHeader() ? ": " + String.join(", ", header) : "");
    }
}
