package org.andreev.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.andreev.io.AtomicFile;
import org.andreev.io.TableWriter;
import org.andreev.plot.Figure;
import org.andreev.plot.PlotWriter;
import org.andreev.reproduce.FigureMaker;
import org.andreev.reproduce.Reproduction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the papers' figures from the embedded defaults: {@link Reproduction#figures()}. */
@Command(
        name = "reproduce",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write the papers' figures, computed from the embedded default devices.",
            "Each figure is written as NAME.png (300 DPI), NAME.svg, NAME.pdf and NAME.csv (the numbers behind"
                    + " it, SI units)"
                    + " into DIR; the devices are those of physics.md A6 (see 'andreev cooler params').",
            "Prints one line per figure: its files and what it shows."
        },
        footer = {"", "Example:", "  andreev reproduce --out figures", "  andreev reproduce --list"})
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final Supplier<List<FigureMaker>> registry;

    /** The command over the library's registry, {@link Reproduction#figures()}. */
    public ReproduceCommand() {
        this(Reproduction::figures);
    }

    /** The command over another list of figures (tests). */
    ReproduceCommand(Supplier<List<FigureMaker>> registry) {
        this.registry = registry;
    }

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures",
            description = "Folder to write the figures into (default: ${DEFAULT-VALUE}); made if missing.")
    private Path dir;

    @Option(names = "--only", paramLabel = "NAME", split = ",", preprocessor = ListOption.Names.class,
            description = "Write only the named figures (see --list).")
    private List<String> only;

    @Option(names = "--list", description = "List the figure names and stop.")
    private boolean list;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<FigureMaker> makers = registry.get();
        if (list) {
            makers.forEach(m -> out.println(m.name()));
            out.flush();
            return 0;
        }
        if (only != null) {
            List<String> names = makers.stream().map(FigureMaker::name).toList();
            List<String> wanted = only.stream().map(String::strip).toList();
            for (String name : wanted) {
                if (!names.contains(name)) {
                    throw new IllegalArgumentException("option '--only': no figure named '" + name + "'"
                            + ListOption.suggestion(name, names) + " (see 'andreev reproduce --list')");
                }
            }
            ListOption.names(spec.commandLine(), "--only", wanted, names, "figure");
            makers = makers.stream().filter(m -> wanted.contains(m.name())).toList();
        }
        Files.createDirectories(dir);
        // Every figure is computed and rendered as its own task on all cores, the most expensive
        // first (Reproduction.cost), so that the long ones overlap the many short ones; the files are
        // written and the lines printed here, in the registry's order, as each figure is ready.
        List<FigureMaker> byCost = new ArrayList<>(makers);
        byCost.sort(java.util.Comparator.comparingDouble(Reproduction::cost).reversed());
        java.util.Map<FigureMaker, Future<Rendered>> pending = new java.util.IdentityHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(byCost.size(), Math.max(1,
                org.andreev.sweep.Sweep.workers())), r -> {
                    Thread t = new Thread(r, "andreev-reproduce");
                    t.setDaemon(true);
                    return t;
                });
        int failed = 0;
        try {
            for (FigureMaker maker : byCost) {
                pending.put(maker, pool.submit(() -> Rendered.of(maker.make())));
            }
            for (FigureMaker maker : makers) {
                Rendered r;
                try {
                    r = result(pending.get(maker));
                } catch (RuntimeException e) {
                    // one figure that cannot be computed must not cost the others
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + maker.name()
                            + ": not written: " + e.getMessage());
                    failed++;
                    continue;
                }
                Path stem = dir.resolve(r.figure().name());
                // a figure's files are written all or none
                List<AtomicFile.Pending> files = new ArrayList<>();
                try {
                    for (PlotWriter.Format format : PlotWriter.Format.values()) {
                        byte[] bytes = r.bytes().get(format);
                        files.add(AtomicFile.stage(Path.of(stem + "." + format.extension()), o -> o.write(bytes)));
                    }
                    files.add(TableWriter.stage(r.figure().data(), Path.of(stem + ".csv")));
                    for (AtomicFile.Pending p : files) {
                        p.commit();
                    }
                } finally {
                    files.forEach(AtomicFile.Pending::close);
                }
                out.println(stem + ".{png,svg,pdf,csv}  " + r.figure().caption());
                TextOutputOptions.checkStandardOutput(out);
            }
        } finally {
            pool.shutdownNow();
        }
        if (failed > 0) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + failed + " of " + makers.size()
                    + " figures could not be computed");
            return 1;
        }
        return 0;
    }

    /** A computed figure and its rendered files, made on a worker. */
    private record Rendered(Figure figure, java.util.Map<PlotWriter.Format, byte[]> bytes) {
        static Rendered of(Figure f) {
            java.util.Map<PlotWriter.Format, byte[]> bytes = new java.util.EnumMap<>(PlotWriter.Format.class);
            for (PlotWriter.Format format : PlotWriter.Format.values()) {
                bytes.put(format, PlotWriter.render(f.layout(), format));
            }
            return new Rendered(f, bytes);
        }
    }

    /** The task's result; what it threw, unwrapped (a RuntimeException, or an Error rethrown as such). */
    private static Rendered result(Future<Rendered> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        }
    }
}
