package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.andreev.reproduce.FigureMaker;
import org.andreev.reproduce.Reproduction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code andreev reproduce}: NAME.png, NAME.svg, NAME.csv per figure, one line each. */
class ReproduceCommandTest {

    @Test
    void listNamesEveryRegisteredFigure() {
        CliRun.Result r = CliRun.run("reproduce", "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList())
                .containsExactlyElementsOf(Reproduction.figures().stream().map(FigureMaker::name).toList());
    }

    @Test
    void writesPngSvgAndCsvAndOneLinePerFigure(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("figs");
        String name = "seed004-fig1-probe-dIdV";
        CliRun.Result r = CliRun.run("reproduce", "--out", dir.toString(), "--only", name);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains(name).contains("Fig. 1");
        byte[] png = Files.readAllBytes(dir.resolve(name + ".png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve(name + ".svg"))).contains("<svg").contains("<text");
        assertThat(Files.readAllBytes(dir.resolve(name + ".pdf"))).startsWith('%', 'P', 'D', 'F');
        List<String> csv = Files.readAllLines(dir.resolve(name + ".csv"));
        assertThat(csv.get(0)).startsWith("V[V],").matches("([A-Za-z0-9_]+\\[[^\\]]+\\],?)+");
        assertThat(csv).hasSizeGreaterThan(100);
    }

    @Test
    void aFigureThatFailsDoesNotCostTheOthers(@TempDir Path tmp) throws Exception {
        FigureMaker broken = new FigureMaker() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public org.andreev.plot.Figure make() {
                throw new IllegalStateException("heat balance did not converge at V = 1e-4 V");
            }
        };
        List<FigureMaker> makers = List.of(broken, Reproduction.figures().get(0));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        ErrorHandler handler = new ErrorHandler();
        int code = new picocli.CommandLine(new ReproduceCommand(() -> makers))
                .setOut(new java.io.PrintWriter(out, true))
                .setErr(new java.io.PrintWriter(err, true))
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler)
                .execute("--out", tmp.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken: not written: heat balance did not converge")
                .contains("1 of 2 figures");
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(tmp.resolve(makers.get(1).name() + ".png")).isNotEmptyFile();
        assertThat(tmp.resolve("broken.png")).doesNotExist();
    }
}
