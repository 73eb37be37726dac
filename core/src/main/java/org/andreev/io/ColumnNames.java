package org.andreev.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling rule for output column names (docs/units-and-data.md, "Output columns"), as a
 * check that tests run over every command's header.
 *
 * <ul>
 *   <li>A name is {@code BASE[UNIT]} (or {@code BASE} for counts and labels), {@code BASE} a symbol
 *       followed by {@code _suffix} parts: {@code Te_min[K]}, {@code I_long[A]}.
 *   <li>Temperatures: {@code T} the one temperature of a system in equilibrium (electrons, phonons
 *       and bath alike), {@code Te} the electron temperature of the normal metal, {@code Tph} its
 *       phonon temperature, {@code Tbath} the bath's, {@code Tc} a critical temperature; no other
 *       {@code T…} word. A fit's parameter columns carry the parameter's name as {@code --free}
 *       spells it ({@code te[K]}).
 *   <li>Current and heat parts are one word: {@code Iqp}, {@code IA}, {@code Pcool}, {@code PA}
 *       (never {@code I_qp}).
 *   <li>A column per temperature is suffixed {@code _<symbol><value><unit>}: {@code Te_Tbath90mK[K]},
 *       {@code dIdV_Te105mK[S]}; per transmission {@code _tau0.5}; per channel or sweep a bare
 *       1-based index {@code _1}; per model variant the option value that makes it ({@code I_none}
 *       for {@code --andreev none}). No brackets, {@code =} or spaces inside a name.
 * </ul>
 */
public final class ColumnNames {
    private ColumnNames() {}

    /** The temperature symbols a column may start with. */
    public static final Set<String> TEMPERATURES = Set.of("T", "Te", "Tph", "Tbath", "Tc");

    private static final Pattern CELL = Pattern.compile("([^\\[\\]]+)(?:\\[([^\\[\\]]*)\\])?");
    private static final Pattern PART = Pattern.compile("[A-Za-z][A-Za-z0-9/]*|[0-9]+|[A-Za-z]+[0-9.]+[A-Za-z]*");
    private static final Pattern PER_VALUE = Pattern.compile("([A-Za-z]+)([0-9.]+)([A-Za-z]*)");

    /** Every way {@code header} breaks the rule, one line each; empty when it follows it. */
    public static List<String> violations(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String cell : header) {
            out.addAll(violations(cell));
        }
        return out;
    }

    /** Every way the column name {@code cell} breaks the rule. */
    public static List<String> violations(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CELL.matcher(cell);
        if (!m.matches()) {
            out.add("'" + cell + "': not NAME[UNIT]");
            return out;
        }
        String name = m.group(1);
        String unit = m.group(2);
        String[] parts = name.split("_", -1);
        for (String p : parts) {
            if (!PART.matcher(p).matches()) {
                out.add("'" + cell + "': '" + p + "' is not a symbol, index or <symbol><value><unit>");
            }
        }
        String base = parts[0];
        if ("K".equals(unit) && base.startsWith("T") && !TEMPERATURES.contains(base)) {
            out.add("'" + cell + "': temperature '" + base + "' is none of " + TEMPERATURES);
        }
        if (parts.length > 1 && (base.equals("I") || base.equals("P"))
                && (parts[1].equals("qp") || parts[1].equals("A"))) {
            out.add("'" + cell + "': write " + base + parts[1] + ", not " + base + "_" + parts[1]);
        }
        for (int k = 1; k < parts.length; k++) {
            Matcher v = PER_VALUE.matcher(parts[k]);
            if (v.matches() && !v.group(3).isEmpty() && "K".equals(v.group(3).replaceAll("^[munpk]", ""))
                    && !TEMPERATURES.contains(v.group(1))) {
                out.add("'" + cell + "': a per-temperature suffix names its temperature, e.g. _Tbath90mK");
            }
            if (parts[k].matches("[0-9.]+[A-Za-z]+")) {
                out.add("'" + cell + "': suffix '" + parts[k] + "' needs its symbol first, e.g. _Tbath90mK");
            }
        }
        return out;
    }
}
