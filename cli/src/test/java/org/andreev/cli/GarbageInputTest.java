package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a user types into an option, the command either works or says what is wrong in one
 * line with exit code 2; it never prints a stack trace or an internal error. Seeded random texts
 * built from the characters of numbers and units.
 */
class GarbageInputTest {

    private static final String ALPHABET = "0123456789.eE+-:meVkOhmKSAnuG0µΩ ,/%x";
    private static final String[] OPTIONS = {"--delta", "--rt", "--te", "--ts", "--dynes", "--h", "--bias"};

    @Test
    void randomOptionValuesGiveOneLineOrWork() {
        Random random = new Random(20261121L);
        int refused = 0;
        for (int trial = 0; trial < 400; trial++) {
            String option = OPTIONS[random.nextInt(OPTIONS.length)];
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            List<String> args = new ArrayList<>(List.of("nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm",
                    "--te", "300mK", "--bias", "0:1mV:3"));
            int at = args.indexOf(option);
            if (at >= 0) {
                args.set(at + 1, text.toString());
            } else {
                args.add(option);
                args.add(text.toString());
            }
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertThat(r.code()).as("%s '%s': %s", option, text, r.err()).isIn(0, 2);
            if (r.code() == 2) {
                refused++;
                assertThat(r.err().strip()).as("%s '%s'", option, text).doesNotContain("\n")
                        .doesNotContain("Exception").startsWith("andreev nis iv: ");
            }
        }
        assertThat(refused).as("most random texts are not quantities").isGreaterThan(200);
    }
}
