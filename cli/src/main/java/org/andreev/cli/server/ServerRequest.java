package org.andreev.cli.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a {@code run} request ({@link CommandServer}, "Protocol"): the caller's working
 * directory, its umask (empty if unknown), the environment variables it sends (name → value, null
 * for an unset one) and the command's arguments.
 */
record ServerRequest(String directory, String umask, Map<String, String> environment, List<String> arguments) {

    /**
     * The request of these fields (directory, umask, count, entries {@code NAME=VALUE} or
     * {@code NAME}, count, arguments), or null when they do not make one.
     */
    static ServerRequest of(List<String> fields) {
        int env = CommandServer.count(fields, 2);
        if (env < 0 || fields.size() < 4 + env) {
            return null;
        }
        int argc = CommandServer.count(fields, 3 + env);
        if (argc < 0 || fields.size() != 4 + env + argc) {
            return null;
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : fields.subList(3, 3 + env)) {
            int eq = entry.indexOf('=');
            environment.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
        }
        return new ServerRequest(fields.get(0), fields.get(1), Collections.unmodifiableMap(environment),
                List.copyOf(fields.subList(4 + env, fields.size())));
    }
}
