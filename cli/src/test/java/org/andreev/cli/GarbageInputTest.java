package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Whatever a user types into an option, the command either works or says what is wrong in one
 * line with exit code 2; it never prints a stack trace or an internal error. Seeded random texts
 * built from the characters of numbers and units; every quantity option of every model command set to
 * values beyond any physical range (the message names that option, never another quantity); every
 * list option given empty elements, repeats and a wrong case.
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

    /** Commands that work as given, fast, each a base for the sweep over its options. */
    private static final String[][] BASES = {
        {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK", "--bias", "0:1mV:3"},
        {"nis", "thermometer", "--delta", "0.228meV", "--rt", "2.76kOhm", "--current", "1nA", "--temps", "50mK:300mK:2"},
        {"cooler", "iv", "--tbath", "90mK", "--bias", "0:0.6mV:3"},
        {"mar", "iv", "--delta", "1.35meV", "--tau", "0.5", "--temperature", "0K", "--bias", "1mV:2mV:2"},
        {"mar", "ic", "--delta", "1.35meV", "--tau", "0.5", "--temperature", "4.2K"},
        {"mar", "heating", "--v1", "2.4mV", "--v2", "1.35mV", "--tc", "7.2K", "--bath-temperature", "1.5K"},
        {"neck", "size", "--resistance", "5Ohm"},
        {"neck", "lambdaq", "--temperature", "4.2K"},
        {"neck", "field", "--theta", "35deg", "--r0", "6.45nm", "--temperature", "4.2K", "--field", "0.1T:0.5T:2"},
    };

    /** Values no physical quantity of these commands takes: the magnitude limits of a double. */
    private static final String[] EXTREMES = {"1e308", "-1e308", "1e-308", "-1e-308"};

    /**
     * Issue #10: '--delta 0.2' (0.2 J) blamed T_N, a huge '--delta' R_T, '--rt 1e-308' printed a
     * record, '--h 1e308' said 'T_N >= Infinity K'. Every option of these commands that takes a number
     * is given each extreme: the command works or refuses in one line that names that option.
     */
    @Test
    void everyNumericOptionRefusesExtremesNamingItself() {
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (String[] base : BASES) {
            for (OptionSpec o : options(base[0], base[1])) {
                for (String value : EXTREMES) {
                    List<String> args = new ArrayList<>(Arrays.asList(base));
                    int at = args.indexOf(o.longestName());
                    if (at >= 0) {
                        args.set(at + 1, value);
                    } else {
                        args.add(o.longestName());
                        args.add(value);
                    }
                    CliRun.Result r = CliRun.run(args.toArray(String[]::new));
                    String what = String.join(" ", args) + " -> " + r.code() + ": " + r.err().strip();
                    if (r.code() == 0 || r.err().contains("Missing required")) {
                        continue; // an option that needs a companion option this base lacks
                    }
                    refused++;
                    String err = r.err().strip();
                    if (r.code() != 2 || err.contains("\n") || err.contains("Exception") || err.contains("[")
                            || !err.contains(o.longestName()) || err.contains("Infinity")) {
                        failures.add(what);
                    }
                }
            }
        }
        assertThat(failures).as("refusals that do not name the option given (or print a record)").isEmpty();
        assertThat(refused).isGreaterThan(100);
    }

    /** The options of {@code andreev GROUP COMMAND} that take one number (with or without a unit). */
    private static List<OptionSpec> options(String group, String command) {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine sub = root.getSubcommands().get(group).getSubcommands().get(command);
        List<OptionSpec> out = new ArrayList<>();
        for (OptionSpec o : sub.getCommandSpec().options()) {
            String label = o.paramLabel();
            boolean number = o.arity().max() == 1 && !o.isMultiValue() && !label.contains("FILE")
                    && !label.contains(":") && !label.contains("|") && !label.equals("COLUMN") && !label.equals("UNIT")
                    && !label.equals("MODEL") && !label.equals("KIND") && !label.equals("TERMS")
                    && !label.equals("READING") && !label.equals("NAME") && !label.equals("SYMBOL")
                    && !label.equals("UNITS") && !o.hidden() && !o.longestName().equals("--seed");
            if (number) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * One rule for comma lists (issue #10: '--free te,te', 'TE', '--tbath 100mK,' were accepted by one
     * command and refused by another): an empty element is refused in every list option; a name
     * twice or in the wrong case is refused in every name list, with 'did you mean'.
     */
    @Test
    void listsFollowOneRuleInEveryCommand() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lists");
        java.nio.file.Path nis = dir.resolve("nis.csv");
        java.nio.file.Files.writeString(nis, CliRun.run("nis", "iv", "--delta", "0.228meV", "--rt", "2.76kOhm",
                "--te", "105mK", "--bias", "-0.4mV:0.4mV:41").out());
        java.nio.file.Path cooler = dir.resolve("cooler.csv");
        StringBuilder c = new StringBuilder();
        for (String line : CliRun.run("cooler", "iv", "--tbath", "90mK", "--bias", "0.05mV:0.5mV:10").out().split("\n")) {
            String[] f = line.split(",");
            c.append(f[0]).append(',').append(f[1]).append('\n');
        }
        java.nio.file.Files.writeString(cooler, c);
        String n = nis.toString();
        String k = cooler.toString();
        String[][] empty = {
            {"--free", "nis", "fit", n, "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te,"},
            {"--free", "nis", "fit", n, "--free", ",te"},
            {"--free", "nis", "fit", n, "--free", "te,,delta"},
            {"--free", "cooler", "fit", k, "--tbath", "90mK", "--free", "m,"},
            {"--tbath", "cooler", "fit", k, "--tbath", "90mK,", "--free", "m"},
            {"--tbath", "cooler", "fit", k, "--tbath", ",90mK", "--free", "m"},
            {"--tau", "mar", "iv", "--delta", "1.35meV", "--tau", "0.5,", "--temperature", "0K", "--bias", "1mV:2mV:2"},
            {"--tau", "mar", "ic", "--delta", "1.35meV", "--tau", "0.5,,0.9", "--temperature", "4.2K"},
            {"--voltage", "nis", "thermometer", "--delta", "0.228meV", "--rt", "2.76kOhm", "--current", "1nA",
                "--voltage", "0.19mV,"},
            {"--only", "reproduce", "--only", "seed004-fig4-powers,", "--out", dir.resolve("f").toString()},
        };
        for (String[] e : empty) {
            CliRun.assertOneLineError(CliRun.run(Arrays.copyOfRange(e, 1, e.length)), "'" + e[0] + "'", "comma");
        }
        String[][] twice = {
            {"nis", "fit", n, "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te,te"},
            {"nis", "fit", n, "--delta", "0.228meV", "--rt", "2.76kOhm", "--free", "te", "--free", "te"},
            {"cooler", "fit", k, "--tbath", "90mK", "--free", "m,m"},
            {"reproduce", "--only", "seed004-fig4-powers,seed004-fig4-powers", "--out", dir.resolve("f").toString()},
        };
        for (String[] t : twice) {
            CliRun.assertOneLineError(CliRun.run(t), "twice");
        }
        CliRun.assertOneLineError(CliRun.run("nis", "fit", n, "--free", "TE"), "'--free'", "'TE'", "did you mean te?");
        CliRun.assertOneLineError(CliRun.run("cooler", "fit", k, "--tbath", "90mK", "--free", "M"), "'--free'",
                "did you mean m?");
        CliRun.assertOneLineError(CliRun.run("cooler", "fit", k, "--tbath", "90mK", "--free", "sigma-eph"),
                "did you mean sigma_eph?");
        CliRun.assertOneLineError(CliRun.run("reproduce", "--only", "Seed004-Fig4-Powers", "--out",
                dir.resolve("f").toString()), "did you mean seed004-fig4-powers?");
        // a list of values is a sequence: two files at one bath temperature, two channels of one τ
        assertThat(CliRun.run("cooler", "fit", k, k, "--tbath", "90mK,90mK", "--free", "m", "--csv").code()).isZero();
        assertThat(CliRun.run("mar", "ic", "--delta", "1.35meV", "--tau", "0.5,0.5", "--temperature", "4.2K").code())
                .isZero();
        // blanks around an element are not empty elements
        assertThat(CliRun.run("nis", "fit", n, "--free", "te, delta", "--rt", "2.76kOhm", "--csv").code()).isZero();
    }
}
