package org.andreev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.andreev.io.AtomicFile;
import org.andreev.io.InputException;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --out FILE}: a command's result (CSV, JSON or YAML) to a file instead of standard output,
 * written atomically ({@link AtomicFile}: only a regular file, or a symbolic link's regular target, is
 * replaced; a failing command leaves no half-written file). A failed write to standard output (a
 * full disk) is an error too; a pipe its reader closed ({@code | head}) ends the command quietly
 * ({@link StandardOutput}). Use as {@code @Mixin} in a command that draws nothing;
 * {@link OutputOptions} adds {@code --plot}.
 */
public class TextOutputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", converter = FileName.class,
            description = "Write the result to FILE instead of standard output (atomically; only a regular"
                    + " file is replaced).")
    Path out;

    /** What prints to standard output. */
    @FunctionalInterface
    interface Printer {
        void printTo(PrintWriter out) throws IOException;
    }

    /** Output held for standard output until every file of the command is written. */
    private final List<Printer> held = new ArrayList<>();
    /** Files staged and not yet committed. */
    private final List<AtomicFile.Pending> staged = new ArrayList<>();

    /** Writes {@code table} as CSV to {@code --out} or standard output. */
    public void write(Table table) throws IOException {
        validate();
        if (out == null) {
            emit(w -> TableWriter.write(table, w));
        } else {
            stage(() -> TableWriter.stage(table, out));
        }
    }

    /** Writes {@code text} (e.g. JSON) to {@code --out} or standard output; ends it with a newline. */
    public void write(String text) throws IOException {
        validate();
        String line = text.endsWith("\n") ? text : text + "\n";
        if (out == null) {
            emit(w -> w.print(line));
        } else {
            stage(() -> AtomicFile.stage(out, o -> o.write(line.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Refuses option combinations that cannot be written (before anything is). */
    void validate() {}

    /** Whether more outputs follow the result (then it is held until they are written too). */
    boolean moreToCome() {
        return false;
    }

    /** What stages one file. */
    @FunctionalInterface
    interface Stager {
        AtomicFile.Pending stage() throws IOException;
    }

    /** Stages a file named by {@code option}; commits everything unless more outputs are to come. */
    final void stage(Stager stager, String option) throws IOException {
        try {
            staged.add(stager.stage());
        } catch (IOException e) {
            abandon();
            throw new InputException("option '" + option + "': " + e.getMessage());
        }
        if (!moreToCome()) {
            commit();
        }
    }

    private void stage(Stager stager) throws IOException {
        stage(stager, "--out");
    }

    private void emit(Printer printer) throws IOException {
        held.add(printer);
        if (!moreToCome()) {
            commit();
        }
    }

    /** Deletes every staged file (nothing of this command is written). */
    final void abandon() {
        staged.forEach(AtomicFile.Pending::close);
        staged.clear();
        held.clear();
    }

    /** Moves every staged file into place, then prints the held text. */
    final void commit() throws IOException {
        try {
            for (AtomicFile.Pending p : staged) {
                p.commit();
            }
        } catch (IOException e) {
            abandon();
            throw new InputException(e.getMessage());
        }
        staged.clear();
        if (!held.isEmpty()) {
            PrintWriter w = spec.commandLine().getOut();
            for (Printer p : held) {
                p.printTo(w);
            }
            held.clear();
            checkStandardOutput(w);
        }
    }

    /** A file name as given, refused in one line when the platform cannot represent it (a NUL byte). */
    static final class FileName implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("not a file name: " + AtomicFile.shown(Path.of(
                        text.replace('\0', '?'))) + " (" + e.getReason() + ")");
            }
        }
    }

    /** Throws when standard output failed (full, closed): a lost result is an error, not exit 0. */
    static void checkStandardOutput(PrintWriter w) {
        StandardOutput.stopIfClosedByReader(w); // a closed pipe is the reader's choice (StandardOutput)
        if (w.checkError()) {
            throw new InputException("cannot write to standard output (" + StandardOutput.reason(w)
                    + "); the result is lost: use --out FILE");
        }
    }
}
