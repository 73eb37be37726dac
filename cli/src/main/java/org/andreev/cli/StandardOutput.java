package org.andreev.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output as the command line writes it: a {@link PrintWriter} over file descriptor 1 that
 * remembers why a write failed. {@code System.out} is not used because a {@code PrintStream}
 * swallows write errors (output to a full disk would be lost with exit 0), and a plain
 * {@code PrintWriter} only raises a flag ({@link #checkError}), which cannot tell a full disk from a
 * reader that went away.
 *
 * <p>The two are answered differently, as Unix tools do:
 * <ul>
 *   <li>a full disk ({@code ENOSPC}, e.g. {@code > /dev/full}) or any other write error loses the
 *       result: an error, one line on stderr, exit 2 ({@link TextOutputOptions});
 *   <li>a closed pipe ({@code EPIPE}: {@code andreev nis iv ... | head -3}) is the reader's choice, not
 *       an error: nothing on stderr, exit {@value #CLOSED_BY_READER} = 128 + SIGPIPE, the status a shell
 *       reports for {@code seq 1 1000000 | head -3} and every tool that SIGPIPE ends (cat, grep, sort,
 *       git). The JVM ignores SIGPIPE, so the write fails with EPIPE instead and this class exits with
 *       the same status: a pipeline under {@code set -o pipefail} sees what it sees from those tools.
 *       (ripgrep exits 0 instead; 141 keeps "the reader stopped early" apart from "all was written".)
 * </ul>
 */
public final class StandardOutput extends PrintWriter {

    /** Exit status when the reader closed standard output: 128 + SIGPIPE (13), as for a tool SIGPIPE ends. */
    public static final int CLOSED_BY_READER = 141;

    private final Recording stream;

    /** Standard output over {@code stream}, remembering its first failure. */
    public StandardOutput(OutputStream stream) {
        this(new Recording(stream));
    }

    private StandardOutput(Recording stream) {
        super(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
        this.stream = stream;
    }

    /** This process's standard output (file descriptor 1). */
    public static StandardOutput open() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    /** Whether a write failed because the reader closed the pipe (flushes first, as {@link #checkError} does). */
    public boolean closedByReader() {
        return checkError() && stream.failure != null && brokenPipe(stream.failure);
    }

    /** Why the first write failed (the system's text, e.g. "No space left on device"), or null. */
    public String failure() {
        return stream.failure == null ? null : stream.failure.getMessage();
    }

    /**
     * Thrown by a command that finds its standard output closed by the reader: it stops, quietly,
     * with {@link #CLOSED_BY_READER} ({@link ErrorHandler}).
     */
    static final class ClosedByReader extends RuntimeException {
        ClosedByReader() {
            super("standard output was closed by its reader", null, false, false);
        }
    }

    /** Why writing to {@code out} failed, for a message: the system's reason if known, else "disk full?". */
    static String reason(PrintWriter out) {
        String why = out instanceof StandardOutput s ? s.failure() : null;
        return why == null || why.isBlank() ? "disk full?" : why;
    }

    /** Throws {@link ClosedByReader} when {@code out} is standard output and its reader has closed it. */
    static void stopIfClosedByReader(PrintWriter out) {
        if (out instanceof StandardOutput s && s.closedByReader()) {
            throw new ClosedByReader();
        }
    }

    /**
     * Whether {@code e} is a write to a pipe (or socket) whose reader has gone: EPIPE ("Broken pipe"
     * on Linux and macOS; the JDK reports no errno, only its text), ECONNRESET on a socket, or
     * Windows' closed-pipe errors.
     */
    static boolean brokenPipe(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended")
                || m.contains("connection reset"); // a socket's reader gone (the command server's caller)
    }

    /** The stream, keeping its first failure; after one, every write fails at once (no more system calls). */
    private static final class Recording extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        Recording(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
