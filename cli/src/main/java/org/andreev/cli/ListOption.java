package org.andreev.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one rule for comma-separated list options (issue #10), in every command:
 *
 * <ul>
 *   <li>Elements are separated by single commas; blanks around an element are ignored
 *       ({@code "te, delta"}). An empty element, leading, trailing or doubled ({@code --tbath 100mK,},
 *       {@code --free te,,h}), is refused in one line naming the option: picocli alone silently
 *       drops a trailing one and refuses a leading one.
 *   <li>A list of <em>values</em> ({@code --tbath}, {@code --tau}, {@code --voltage}) is a
 *       sequence: a value may repeat (two files at one bath temperature, two channels of one
 *       transmission). A list of <em>names</em> ({@code --free}, {@code --only}) is a set: a name
 *       given twice, in one list or over repeated options, is refused.
 *   <li>Names are case-sensitive, as documented; a name that matches one in another case, or within
 *       a small edit distance, is refused with "did you mean …?".
 * </ul>
 *
 * Use as {@code @Option(names = "--tbath", split = ",", preprocessor = ListOption.Values.class, …)}
 * (or {@link Names}), and check names with {@link #names}.
 */
public final class ListOption {
    private ListOption() {}

    /** Refuses empty elements of a comma list before picocli splits it. */
    public static class Values implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
            if (!args.isEmpty()) {
                check(spec.commandLine(), name(arg), args.peek(), this instanceof Names);
            }
            return false; // picocli goes on: split, convert each element
        }
    }

    /** A list of names: as {@link Values}, and a name may not appear twice in one list. */
    public static class Names extends Values {}

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /**
     * The elements of {@code text}, stripped.
     *
     * @throws ParameterException naming {@code option} for an empty element, or (with {@code set}) a repeat
     */
    static List<String> check(CommandLine cl, String option, String text, boolean set) {
        String[] parts = text.split(",", -1);
        List<String> out = new ArrayList<>(parts.length);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k].strip();
            if (p.isEmpty()) {
                String where = parts.length == 1 ? "is empty" : k == 0 ? "starts with a comma"
                        : k == parts.length - 1 ? "ends with a comma" : "has an empty element (',,')";
                throw new ParameterException(cl, "option '" + option + "': '" + text + "' "
                        + where + "; separate the values by single commas, e.g. " + example(option));
            }
            if (set && !seen.add(p)) {
                throw new ParameterException(cl, "option '" + option + "': '" + p
                        + "' is given twice in '" + text + "'");
            }
            out.add(p);
        }
        return out;
    }

    private static String example(String option) {
        return switch (option) {
            case "--free" -> "te,delta";
            case "--tbath" -> "330mK,430mK";
            case "--tau" -> "0.5,0.99";
            case "--voltage" -> "0.19mV,0.17mV";
            default -> "A,B";
        };
    }

    /**
     * Checks the names given to {@code option} (over all its repetitions) against {@code allowed}:
     * exact, each once ({@code allowed} null: only each once).
     *
     * @param what what a name is, for messages ("parameter", "figure")
     * @return {@code given} stripped of blanks, in order
     * @throws ParameterException for a repeat, or an unknown name (with "did you mean …?" for a wrong
     *     case or a near miss, and the allowed names)
     */
    public static List<String> names(CommandLine cl, String option, List<String> given, Collection<String> allowed,
            String what) {
        Set<String> seen = new HashSet<>();
        List<String> names = given.stream().map(String::strip).toList();
        for (String n : names) {
            if (allowed != null && !allowed.contains(n)) {
                throw new ParameterException(cl, "option '" + option + "': unknown " + what + " '"
                        + n + "'" + suggestion(n, allowed) + " (use " + String.join(", ", allowed)
                        + ")");
            }
            if (!seen.add(n)) {
                throw new ParameterException(cl, "option '" + option + "': '" + n + "' is given twice");
            }
        }
        return names;
    }

    /** "; did you mean X?" for the allowed name in another case or nearest within 2 edits, else "". */
    static String suggestion(String name, Collection<String> allowed) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = a.toLowerCase(Locale.ROOT).equals(lower) ? 0
                    : ErrorHandler.editDistance(lower, a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        int limit = Math.max(1, Math.min(2, name.length() / 3));
        return best != null && bestDistance <= limit ? "; did you mean " + best + "?" : "";
    }
}
