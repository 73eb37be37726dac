package org.andreev.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the project's shared material ({@code ../shared} beside the checkout: the papers and the
 * measured data sets) from a test, whatever module directory the test runs in.
 */
public final class SharedData {
    private SharedData() {}

    /**
     * The file {@code shared/<relative>} found by walking up from the working directory, or empty
     * when no {@code shared} folder holding it is beside any parent (a checkout without shared/).
     */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
