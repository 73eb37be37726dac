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
 * {@value #FIT_FAILED}.
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
        cl.getErr().println(name + ": " + oneLine(ex.getMessage())
                + " (see '" + name + " --help')");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        String name = cl.getCommandSpec().qualifiedName();
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

    private static String describe(Throwable t) {
        String kind = t.getClass().getSimpleName();
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + t.getMessage();
        }
        if (t.getClass() == IOException.class && t.getMessage() != null) {
            return t.getMessage(); // the library's own one-line messages (AtomicFile)
        }
        return t.getMessage() == null ? kind : kind + ": " + t.getMessage();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
