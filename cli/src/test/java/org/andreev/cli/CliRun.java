package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/** Runs the command line in-process, as a user would from a shell, capturing both streams. */
public final class CliRun {
    private CliRun() {}

    /** What one run gave: exit code, standard output, standard error. */
    public record Result(int code, String out, String err) {}

    /** Runs {@code andreev args...}. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The numbers of one CSV line. */
    public static double[] row(String csvLine) {
        return Arrays.stream(csvLine.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Bad input: exit code 2, one line on stderr containing every {@code mention}, nothing on stdout. */
    public static void assertOneLineError(Result r, String... mentions) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err().strip()).as("stderr").isNotEmpty().doesNotContain("\n").doesNotContain("\tat ")
                .doesNotContain("Exception");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
        assertThat(r.out()).as("stdout").isEmpty();
    }
}
