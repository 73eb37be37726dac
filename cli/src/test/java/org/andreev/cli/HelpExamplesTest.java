package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every example in every {@code --help} runs when pasted (issue #10): each example line of each
 * command's help (a line starting with {@code andreev }, with its {@code \} continuations) is run
 * as a separate process, as a shell would, in a folder holding the files the examples name; it
 * must exit with 0. The help is rendered at the width the command line uses, so an example wrapped
 * mid-command would show up here as a broken command.
 *
 * <p>The files the examples read are made here ({@link #fixtures}); the two measured data sets are
 * copied from {@code ../shared/data} (examples naming them are skipped, and counted, without it).
 * An example naming a file that is neither made here nor by an earlier example fails, so that a new
 * example brings its input along.
 */
class HelpExamplesTest {

    /** Example lines of every command's help, in tree order. */
    static List<String> examples() {
        CommandLine root = Main.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(CommandLine cl, List<String> out) {
        String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        String pending = null;
        for (String raw : usage.split("\\R")) {
            String line = raw.strip();
            if (pending != null) {
                pending = pending + " " + line;
            } else if (line.startsWith("andreev ")) {
                pending = line;
            } else {
                continue;
            }
            if (pending.endsWith("\\")) {
                pending = pending.substring(0, pending.length() - 1).strip();
            } else {
                if (!out.contains(pending)) {
                    out.add(pending);
                }
                pending = null;
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, out);
        }
    }

    /** The input files the examples name, made by the tool itself (or copied from shared data). */
    private static Map<String, String[]> fixtures() {
        Map<String, String[]> f = new LinkedHashMap<>();
        f.put("probe-iv.csv", new String[] {"nis", "iv", "--delta", "0.228meV", "--rt", "2.76kOhm", "--te", "105mK",
            "--ts", "90mK", "--bias", "-0.6mV:0.6mV:121"});
        f.put("iv.csv", new String[] {"nis", "iv", "--delta", "0.2meV", "--rt", "2kOhm", "--te", "300mK", "--bias",
            "0:1mV:101"});
        f.put("iv90.csv", new String[] {"cooler", "iv", "--tbath", "90mK", "--bias", "0:0.5mV:41"});
        f.put("iv330.csv", new String[] {"cooler", "iv", "--tbath", "330mK", "--bias", "0:0.5mV:41"});
        f.put("iv430.csv", new String[] {"cooler", "iv", "--tbath", "430mK", "--bias", "0:0.5mV:41"});
        f.put("my-cooler.yaml", new String[] {"cooler", "params"});
        // a one-atom Al contact (tau = 0.92, 0.45, 0.12) with 0.1 nA noise, for the mar fit examples
        f.put("al-contact.csv", new String[] {"mar", "iv", "--delta", "0.19meV", "--tau", "0.92,0.45,0.12",
            "--temperature", "0K", "--eta", "1e-3", "--bias", "57uV:0.513mV:36", "--noise", "0.1nA", "--seed", "7"});
        f.put("probe.yaml", new String[] {"nis", "params", "--seed-004-probe"});
        f.put("seed-probe-iv.csv", new String[] {"nis", "iv", "--seed-004-probe", "--te", "105mK", "--ts", "90mK",
            "--bias", "-0.35mV:0.35mV:141"});
        return f;
    }

    /** A table in the lab's own column names and units (no units in the header). */
    private static void writeLabFile(Path from, Path to, String x, String y, String separator, double xScale,
            double yScale) throws IOException {
        List<String> lines = Files.readAllLines(from);
        StringBuilder b = new StringBuilder(x + separator + y + "\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            b.append(Double.parseDouble(c[0]) * xScale).append(separator).append(Double.parseDouble(c[1]) * yScale).append('\n');
        }
        Files.writeString(to, b);
    }

    /** Synthetic dV/dI sweeps of the seed-000 neck (dvdi peaks examples) and a cone profile (neck field). */
    private static void writeNeckFiles(Path dir) throws IOException {
        org.andreev.neck.PhaseSlipSweeps model = org.andreev.neck.PhaseSlipSweeps.seed000();
        java.util.Random rnd = new java.util.Random(1);
        for (String name : List.of("sweep.csv", "sweep_B0.20T_1.csv", "sweep_B0.20T_2.csv", "sweep_B0.45T_1.csv",
                "sweep_B0.45T_2.csv")) {
            org.andreev.io.Curve c = model.sweep(name.contains("0.20") ? 0.2 : 0.45, rnd).dvdi();
            org.andreev.io.TableWriter.write(new org.andreev.io.Table(List.of("V[V]", "dVdI[Ohm]"),
                    List.of(c.x(), c.y())), dir.resolve(name));
        }
        StringBuilder profile = new StringBuilder("x[nm],r[nm]\n");
        for (int i = -500; i <= 500; i += 10) {
            profile.append(i).append(',').append(6.45 + Math.abs(i) * Math.tan(Math.toRadians(35))).append('\n');
        }
        Files.writeString(dir.resolve("profile.csv"), profile);
    }

    @Test
    void everyHelpExampleRuns(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String[]> e : fixtures().entrySet()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), e.getValue());
            assertThat(code).as("fixture %s: %s", e.getKey(), err).isZero();
            Files.writeString(dir.resolve(e.getKey()), out.toString());
        }
        writeLabFile(dir.resolve("iv90.csv"), dir.resolve("run5.csv"), "Vbias", "Idev", ",", 1e3, 1e9);
        for (int k = 1; k <= 2; k++) { // R(z) traces for 'neck histogram traces-*.csv'
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), "neck", "simulate", "--theta", "35deg",
                    "--resistance", "5Ohm", "--length", "50nm", "--seed", Integer.toString(k));
            assertThat(code).as("fixture traces-%d.csv: %s", k, err).isZero();
            Files.writeString(dir.resolve("traces-" + k + ".csv"), out.toString());
        }
        writeLabFile(dir.resolve("iv.csv"), dir.resolve("run7.dat"), "Vbias", "I", " ", 1e3, 1e9);
        writeNeckFiles(dir);
        int skipped = 0;
        for (String name : List.of("S1_run16_cuts_B0_and_Bm200mT.csv", "S1_run16_map_B_V_G.csv")) {
            Optional<Path> data = shared("data/nis-al-fi-bilayer/" + name);
            if (data.isPresent()) {
                Files.copy(data.get(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThan(10);
        // examples of one command group run in order (one may make the file the next reads, also across the
        // group's commands: neck histogram's help reads the many.csv its neck simulate line makes); groups in parallel
        Map<String, List<String>> byCommand = new LinkedHashMap<>();
        for (String example : examples) {
            String[] w = example.split(" ");
            String key = w[1];
            byCommand.computeIfAbsent(key, k -> new ArrayList<>()).add(example);
        }
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger missingData = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<Future<?>> jobs = new ArrayList<>();
        for (List<String> group : byCommand.values()) {
            jobs.add(pool.submit(() -> {
                for (String example : group) {
                    if (example.contains("S1_run16") && !Files.exists(dir.resolve("S1_run16_cuts_B0_and_Bm200mT.csv"))) {
                        missingData.incrementAndGet();
                        continue;
                    }
                    String problem = runExample(example, dir);
                    if (problem != null) {
                        failures.add(example + "\n    -> " + problem);
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get(20, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf("help examples: %d run, %d skipped (no ../shared data)%n", examples.size() - missingData.get(),
                missingData.get());
        assertThat(failures).as("help examples that do not run as printed").isEmpty();
    }

    /**
     * The words of a command line as a POSIX shell makes them: blanks separate words, single and
     * double quotes group (and are removed), and an unquoted word with {@code *} or {@code ?} is
     * expanded against the files of {@code dir} (sorted; left as it is when nothing matches).
     */
    static List<String> shellWords(String line, Path dir) throws IOException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        char quote = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
                quoted = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    addWord(words, word.toString(), quoted, dir);
                    word.setLength(0);
                    inWord = false;
                    quoted = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            addWord(words, word.toString(), quoted, dir);
        }
        return words;
    }

    private static void addWord(List<String> words, String word, boolean quoted, Path dir) throws IOException {
        if (quoted || (word.indexOf('*') < 0 && word.indexOf('?') < 0)) {
            words.add(word);
            return;
        }
        java.nio.file.PathMatcher glob = dir.getFileSystem().getPathMatcher("glob:" + word);
        List<String> matches;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            matches = files.map(f -> f.getFileName().toString()).filter(n -> glob.matches(Path.of(n))).sorted().toList();
        }
        words.addAll(matches.isEmpty() ? List.of(word) : matches);
    }

    /** {@code shared/<relative>} beside the checkout, found by walking up from the working directory. */
    private static Optional<Path> shared(String relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs one example line as a shell would (words split on blanks, {@code > FILE} redirects stdout). */
    private static String runExample(String example, Path dir) throws IOException, InterruptedException {
        List<String> words = shellWords(example, dir);
        Path redirect = null;
        int gt = words.indexOf(">");
        if (gt >= 0) {
            redirect = dir.resolve(words.get(gt + 1));
            words = new ArrayList<>(words.subList(0, gt));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(words.subList(1, words.size()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path out = Files.createTempFile(dir, ".example-out", ".txt");
        Path err = Files.createTempFile(dir, ".example-err", ".txt");
        pb.redirectOutput(redirect != null ? redirect.toFile() : out.toFile());
        pb.redirectError(err.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "did not finish within 10 minutes";
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + stderr;
    }
}
