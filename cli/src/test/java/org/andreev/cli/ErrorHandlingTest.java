package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.andreev.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Bad input gives one line on stderr naming what is wrong, exit code 2, and no stack trace. */
class ErrorHandlingTest {

    private static void assertOneLineError(CliRun.Result r, String... mentions) {
        CliRun.assertOneLineError(r, mentions);
    }

    @Test
    void noCommandIsAnError() {
        assertOneLineError(CliRun.run(), "andreev:", "command");
    }

    @Test
    void missingSubcommandNamesTheGroup() {
        assertOneLineError(CliRun.run("nis"), "andreev nis:", "subcommand");
    }

    @Test
    void unknownOptionIsNamed() {
        assertOneLineError(CliRun.run("reproduce", "--frobnicate", "3"), "andreev reproduce:", "--frobnicate");
    }

    @Test
    void missingRequiredOptionIsNamed() {
        assertOneLineError(CliRun.run("nis", "iv"), "--delta");
    }

    @Test
    void plotFileMustBePngSvgOrPdf() {
        assertOneLineError(CliRun.run("nis", "iv", "--plot", "curve.eps"), "--plot", "curve.eps", ".pdf");
    }

    @Test
    void reproduceRefusesAnUnknownFigure(@TempDir Path dir) {
        CliRun.Result r = CliRun.run("reproduce", "--out", dir.resolve("figs").toString(), "--only", "no-such-figure");
        assertOneLineError(r, "--only", "no-such-figure");
        assertThat(Files.exists(dir.resolve("figs"))).isFalse();
    }

    @Command(name = "failing")
    static final class Failing implements Runnable {
        private final RuntimeException toThrow;

        Failing(RuntimeException toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public void run() {
            throw toThrow;
        }
    }

    private static CliRun.Result runFailing(RuntimeException e) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorHandler handler = new ErrorHandler();
        int code = new CommandLine(new Failing(e))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler)
                .execute();
        return new CliRun.Result(code, out.toString(), err.toString());
    }

    @Test
    void inputExceptionKeepsFileLineAndQuantity() {
        CliRun.Result r = runFailing(new InputException("data.csv", 12, "column 'I'", "'abc' is not a number"));
        assertOneLineError(r, "failing: data.csv:12: column 'I': 'abc' is not a number");
    }

    @Test
    void illegalArgumentIsBadInput() {
        CliRun.Result r = runFailing(new IllegalArgumentException("T_N must be > 0 K, got -1"));
        assertOneLineError(r, "T_N must be > 0 K, got -1");
    }

    @Test
    void multiLineMessagesAreFoldedToOneLine() {
        CliRun.Result r = runFailing(new IllegalArgumentException("first\nsecond"));
        assertOneLineError(r, "first; second");
    }

    @Test
    void aFitThatDoesNotConvergeExitsWith3() {
        CliRun.Result r = runFailing(new org.andreev.fit.FitException("probe.csv: N-I-S fit did not converge:"
                + " iteration limit", null));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("failing: probe.csv: N-I-S fit did not converge: iteration limit");
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutStackTrace() {
        CliRun.Result r = runFailing(new IllegalStateException("solver lost"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("internal error").contains("solver lost");
    }
}
