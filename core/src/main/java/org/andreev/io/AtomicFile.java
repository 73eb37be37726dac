package org.andreev.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the complete new one: the content
 * goes to a temporary file in the same directory, which is then moved over the target (atomically
 * where the file system can, else a plain replacing move). Missing parent directories are created.
 * The file gets the permissions of the file it replaces, or {@code rw-r--r--} when new (a temporary
 * file is created owner-only, which must not leak into the result).
 *
 * <p>Safety rules:
 * <ul>
 *   <li>Only a regular file is replaced. A directory, a device, a FIFO or a socket at the path is
 *       refused; a symbolic link is followed to its target, which is replaced when it is a regular
 *       file (the link stays) and refused otherwise, naming both.
 *   <li>Every failure is an {@link IOException} with one printable line naming the file the user
 *       gave (shortened when long), never the temporary file.
 *   <li>Temporary files are named {@code .NAME.andreev-PID-RANDOM.tmp}; they are deleted when the
 *       write fails, and by a shutdown hook when the process is ended (SIGTERM, Ctrl-C) while
 *       writing. A later write to the same name deletes those left by a process no longer running
 *       (one killed with SIGKILL).
 *   <li>Several files can be written all or none: {@link #stage} each, then {@link Pending#commit}
 *       each (see {@link Pending}).
 * </ul>
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out} (not closed by the callee). */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files being written by this process, deleted by the shutdown hook. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(AtomicFile::deleteQuietly),
                "andreev-temporary-files"));
    }

    /** Longest part of the target's name kept in a temporary file's name (file names end at 255 bytes). */
    private static final int NAME_IN_TEMP = 80;

    private static final Pattern TEMP = Pattern.compile("\\.(.*)\\.andreev-(\\d+)-[0-9a-z]+\\.tmp");

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A file written to its temporary sibling and not yet moved into place. {@link #commit} moves
     * it; {@link #close} without a commit deletes it. To write several files all or none, stage
     * each (any failure: close those staged, nothing is written), then commit each.
     */
    public static final class Pending implements AutoCloseable {
        private final Path shown;
        private final Path target;
        private final Path tmp;
        private boolean committed;

        private Pending(Path shown, Path target, Path tmp) {
            this.shown = shown;
            this.target = target;
            this.tmp = tmp;
        }

        /** The file that {@link #commit} replaces (a symbolic link's target). */
        public Path target() {
            return target;
        }

        /** Moves the content into place. */
        public void commit() throws IOException {
            if (committed) {
                return;
            }
            try {
                copyPermissions(target, tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
            } catch (IOException e) {
                throw failure(shown, e);
            } finally {
                close();
            }
        }

        /** Deletes the temporary file unless committed. */
        @Override
        public void close() {
            LIVE.remove(tmp);
            if (!committed) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Writes {@code content} to {@code file} atomically. */
    public static void write(Path file, Content content) throws IOException {
        try (Pending p = stage(file, content)) {
            p.commit();
        }
    }

    /**
     * Writes {@code content} to a temporary file beside {@code file} (after checking that the path
     * may be replaced); the caller commits or closes the result.
     */
    public static Pending stage(Path file, Content content) throws IOException {
        Path target = replaceable(file);
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(file, e);
        }
        String name = target.getFileName().toString();
        String prefix = name.length() > NAME_IN_TEMP ? name.substring(0, NAME_IN_TEMP) : name;
        removeStale(dir, prefix);
        Path tmp = dir.resolve("." + prefix + ".andreev-" + ProcessHandle.current().pid() + "-"
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + ".tmp");
        Pending pending = new Pending(file, target, tmp);
        LIVE.add(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            return pending;
        } catch (IOException e) {
            pending.close();
            throw failure(file, e);
        } catch (RuntimeException | Error e) {
            pending.close();
            throw e;
        }
    }

    /**
     * The path to replace for {@code file}: itself, or a symbolic link's target; refused when it is
     * not a regular file.
     */
    static Path replaceable(Path file) throws IOException {
        if (file.toString().isEmpty()) {
            throw new IOException("an empty file name");
        }
        Path abs = file.toAbsolutePath();
        if (abs.getFileName() == null || abs.getParent() == null) {
            throw new IOException(shown(file) + " is a directory, not a file");
        }
        try {
            if (Files.isSymbolicLink(abs)) {
                Path real;
                try {
                    real = abs.toRealPath();
                } catch (NoSuchFileException e) {
                    throw new IOException(shown(file) + " is a symbolic link to "
                            + shown(Files.readSymbolicLink(abs)) + ", which does not exist; not written");
                }
                if (!Files.isRegularFile(real)) {
                    throw new IOException(shown(file) + " is a symbolic link to " + shown(real)
                            + ", which is " + kind(real) + ", not a regular file; not replaced");
                }
                return real;
            }
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(shown(file) + " is " + kind(abs) + ", not a regular file; not replaced");
            }
        } catch (FileSystemException e) {
            throw failure(file, e);
        }
        return abs;
    }

    /** What kind of file system object {@code p} is, in words ("a directory", "a FIFO", ...). */
    private static String kind(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            return "a directory";
        }
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            switch (mode & 0170000) {
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0010000: return "a FIFO";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: say what is known
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return a.isOther() ? "a special file" : "not a regular file";
    }

    /** Deletes temporary files for {@code prefix} in {@code dir} left by processes no longer running. */
    private static void removeStale(Path dir, String prefix) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globEscape(prefix) + ".andreev-*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMP.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(prefix)) {
                    long pid = Long.parseLong(m.group(2));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        deleteQuietly(f);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write itself goes on
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // nothing more can be done
        }
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private static void copyPermissions(Path target, Path tmp) throws IOException {
        if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions =
                Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /** One line for a failed write of {@code file}, naming it and not the temporary file. */
    private static IOException failure(Path file, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such directory";
        } else if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            reason = "a file is in the way of its directory";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason().toLowerCase(java.util.Locale.ROOT);
        } else if (e.getMessage() != null && e.getMessage().startsWith("'")) {
            return e; // one of ours already
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        IOException out = new IOException("cannot write " + shown(file) + ": " + printable(reason));
        out.initCause(e);
        return out;
    }

    /** {@code file} as shown in a message: quoted, printable, at most about 80 characters. */
    public static String shown(Path file) {
        String s = printable(file.toString());
        if (s.length() > 80) {
            s = s.substring(0, 38) + "…" + s.substring(s.length() - 38);
        }
        return "'" + s + "'";
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString().strip();
    }
}
