package org.andreev.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.andreev.fit.FitException;
import org.andreev.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code, never a stack trace:
 * bad input (picocli's parameter errors, {@link InputException}, {@link IllegalArgumentException})
 * exits with {@value #BAD_INPUT}; a file that cannot be read or written with {@value #BAD_INPUT}
 * too (it is the user's path); anything else is a bug and exits with {@value #INTERNAL} (set
 * {@code ANDREEV_DEBUG=1} to see its stack trace); a fit that does not converge exits with
 * {@value #FIT_FAILED}; standard output closed by its reader ({@code | head}) ends the command
 * silently with {@value StandardOutput#CLOSED_BY_READER} ({@link StandardOutput}).
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Exit code for input the user can fix. */
    static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    static final int INTERNAL = 1;
    /** Exit code for a fit that did not converge (the input was fine; the model does not describe it). */
    static final int FIT_FAILED = 3;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        String hint = ex instanceof CommandLine.UnmatchedArgumentException u ? suggestion(cl, u) : "";
        cl.getErr().println(name + ": " + oneLine(ex.getMessage()) + hint
                + " (see '" + name + " --help')");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        String name = cl.getCommandSpec().qualifiedName();
        if (ex instanceof StandardOutput.ClosedByReader) {
            return StandardOutput.CLOSED_BY_READER; // the reader closed the pipe: nothing to say
        }
        if (ex instanceof ParameterException pe) {
            return handleParseException(pe, parsed.originalArgs().toArray(String[]::new));
        }
        if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
            cl.getErr().println(name + ": " + oneLine(ex.getMessage()));
            return BAD_INPUT;
        }
        if (ex instanceof FitException) {
            cl.getErr().println(name + ": " + oneLine(ex.getMessage()));
            return FIT_FAILED;
        }
        Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (io instanceof IOException) {
            cl.getErr().println(name + ": " + oneLine(describe(io)));
            return BAD_INPUT;
        }
        cl.getErr().println(name + ": internal error: " + oneLine(describe(ex))
                + " (set ANDREEV_DEBUG=1 for the stack trace)");
        if (System.getenv("ANDREEV_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return INTERNAL;
    }

    /**
     * "; did you mean X?" for the first unmatched word when an option (for a word starting with -)
     * or a subcommand of this command lies within an edit distance of 2 (or a third of its length),
     * else "".
     */
    static String suggestion(CommandLine cl, CommandLine.UnmatchedArgumentException u) {
        if (u.getUnmatched().isEmpty()) {
            return "";
        }
        String word = u.getUnmatched().get(0);
        String typed = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        java.util.List<String> names = new java.util.ArrayList<>();
        if (typed.startsWith("-")) {
            cl.getCommandSpec().options().forEach(o -> names.addAll(java.util.List.of(o.names())));
        } else {
            names.addAll(cl.getSubcommands().keySet());
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = editDistance(typed.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return best != null && bestDistance > 0 && bestDistance <= allowed ? "; did you mean " + best + "?" : "";
    }

    /** Damerau–Levenshtein distance (adjacent transpositions count one: --bais → --bias). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** A file-system failure in words, without the exception's class name. */
    private static String describe(Throwable t) {
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + t.getMessage();
        }
        if (t.getClass() == IOException.class && t.getMessage() != null) {
            return t.getMessage(); // the library's own one-line messages (AtomicFile, DataFile)
        }
        if (t instanceof java.nio.file.NotDirectoryException) {
            return "not a directory: " + t.getMessage();
        }
        if (t instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists: " + t.getMessage();
        }
        if (t instanceof java.nio.file.FileSystemException f) {
            String reason = f.getReason() == null ? "failed" : f.getReason();
            return "cannot access " + (f.getFile() == null ? "the file" : "'" + f.getFile() + "'") + ": " + reason;
        }
        if (t instanceof IOException) {
            return t.getMessage() == null ? "input/output error" : "input/output error: " + t.getMessage();
        }
        // an internal error: its kind helps the bug report
        String kind = t.getClass().getSimpleName();
        return t.getMessage() == null ? kind : kind + ": " + t.getMessage();
    }

    /** The longest message printed, in characters: an error line stays readable (issue #10). */
    static final int MAX_MESSAGE = 300;

    /**
     * One printable line of at most {@value #MAX_MESSAGE} characters: line breaks become "; ",
     * control characters (echoed from a file: NUL, ESC, C1) become U+FFFD, a leading Java class name
     * ("java.lang.IllegalArgumentException: ") is dropped, and a longer message is cut with "…".
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip().replaceAll("\\s*\\R\\s*", "; ");
        s = s.replaceAll("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ", "");
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_MESSAGE + 1));
        int i = 0;
        while (i < s.length() && b.length() < MAX_MESSAGE - 1) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean control = Character.isISOControl(cp) || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.SURROGATE;
            b.appendCodePoint(control ? 0xFFFD : cp);
        }
        if (i < s.length()) {
            b.append('…');
        }
        return b.toString();
    }
}
