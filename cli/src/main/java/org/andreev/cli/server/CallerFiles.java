package org.andreev.cli.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which arguments of a served command name a file that is the caller's own: something under /dev
 * or /proc, reached through symbolic links ({@code in.csv} linked to /dev/stdin or
 * /proc/self/fd/0 is the caller's standard input in a fresh JVM, and the server's own, /dev/null,
 * in the server). The launcher refuses such paths written out; this follows the links it cannot
 * follow without starting a process. Such a command runs in the caller's JVM ({@code refuse here}).
 */
final class CallerFiles {
    private CallerFiles() {}

    /**
     * Whether argument {@code arg} (or its value after {@code --option=}, or the file of
     * {@code @file}), resolved in {@code directory}, names something under /dev or /proc. One lstat
     * per path component of an argument that names an existing file; nothing for the others.
     */
    static boolean namesCallersOwn(Path directory, String arg) {
        List<String> names = new ArrayList<>(List.of(arg));
        int eq = arg.indexOf('=');
        if (arg.startsWith("-") && eq > 0) {
            names.add(arg.substring(eq + 1));
        }
        if (arg.startsWith("@")) {
            names.add(arg.substring(1));
        }
        for (String name : names) {
            try {
                if (!name.isEmpty() && linksToDeviceOrProc(directory.resolve(name))) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not a path
            }
        }
        return false;
    }

    private static boolean linksToDeviceOrProc(Path start) {
        Path path = start.toAbsolutePath();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (int hops = 0; hops < 40; hops++) {
            Path plain = path.normalize();
            if (plain.startsWith("/dev") || plain.startsWith("/proc")) {
                return true;
            }
            Path next = null;
            Path prefix = path.getRoot();
            for (int i = 0; i < path.getNameCount() && next == null; i++) {
                prefix = prefix.resolve(path.getName(i));
                if (Files.isSymbolicLink(prefix)) {
                    try {
                        Path target = prefix.getParent().resolve(Files.readSymbolicLink(prefix));
                        next = i + 1 < path.getNameCount() ? target.resolve(path.subpath(i + 1, path.getNameCount())) : target;
                    } catch (IOException e) {
                        return false;
                    }
                }
            }
            if (next == null) {
                return false;
            }
            path = next;
        }
        return true; // a loop of links: a fresh JVM reports it
    }
}
