package org.andreev.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.andreev.contact.ChannelFit;
import org.andreev.contact.ChannelFitResult;
import org.andreev.contact.MarJunction;
import org.andreev.contact.MarTable;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.data.Derivative;
import org.andreev.data.SmoothingWindow;
import org.andreev.fit.Estimate;
import org.andreev.fit.FitReportWriter;
import org.andreev.fit.ReportUnits;
import org.andreev.io.ColumnSpec;
import org.andreev.io.Curve;
import org.andreev.io.DataFile;
import org.andreev.io.Table;
import org.andreev.io.TableWriter;
import org.andreev.plot.Figure;
import org.andreev.plot.Layout;
import org.andreev.plot.Plot;
import org.andreev.plot.PlotWriter;
import org.andreev.plot.Series;
import org.andreev.reproduce.FigureMaker;
import org.andreev.reproduce.Reproduction;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisDevice;
import org.andreev.tunnel.NisDeviceFile;
import org.andreev.tunnel.NisFit;
import org.andreev.tunnel.NisFitMode;
import org.andreev.tunnel.NisFitResult;
import org.andreev.tunnel.NisJunction;
import org.andreev.tunnel.NisThermometer;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of docs/guide.md ("The same from Java") and of docs/contact.md (mar fit), compiled and run so that the guide
 * cannot drift from the API. Keep the two in step: the code between the markers is the guide's.
 */
class GuideExamplesTest {

    @Test
    void theGuidesJavaExamplesRun(@TempDir Path dir) throws Exception {
        // --- guide: nis iv ---
        double delta = Quantity.parse("0.228meV", Dimension.ENERGY);           // J
        NisJunction probe = new NisJunction(new Superconductor(delta, 0, 0), 2.76e3);
        double[] v = Range.parse("-0.4mV:0.4mV:161", Dimension.VOLTAGE).values();
        double[] i = new double[v.length];
        double[] g = new double[v.length];
        double[] p = new double[v.length];
        probe.curve(v, 0.105, 0.090, i, g, p);                                 // T_N, T_S in K
        TableWriter.write(new Table(List.of("V[V]", "I[A]", "dIdV[S]", "Pcool[W]"), List.of(v, i, g, p)),
                dir.resolve("probe.csv"));
        // --- guide: nis fit ---
        DataFile file = DataFile.read(dir.resolve("probe.csv"));
        Curve iv = file.curve(ColumnSpec.of("V", Dimension.VOLTAGE), ColumnSpec.of("I", Dimension.CURRENT));
        NisFitResult fit = NisFit.of(NisFitMode.CURRENT)
                .withFree("te")
                .withValue("delta", delta)
                .withValue("rt", 2.76e3)
                .fit(iv.x(), iv.y())
                .orElseThrow();                                                // FitException if not converged
        Estimate te = fit.estimate("te");                                      // value and sigma, K
        String report = FitReportWriter.text(fit.report(), ReportUnits.NATURAL); // what the command prints
        String json = FitReportWriter.jsonText(fit.report());                   // what --json prints
        // --- guide: a figure ---
        double[] mV = new double[v.length];
        double[] nA = new double[v.length];
        double[] pA = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            mV[k] = v[k] * 1e3;
            nA[k] = i[k] * 1e9;
            pA[k] = (i[k] - probe.current(v[k], te.value(), 0.090)) * 1e12;    // data − fit
        }
        Plot measured = new Plot("probe I(V)", "V (mV)", "I (nA)", List.of(Series.points("measured", mV, nA)));
        Plot residual = new Plot("", "V (mV)", "I − I_{fit} (pA)", List.of(Series.points("", mV, pA)));
        PlotWriter.write(Layout.withResidual(measured, residual), dir.resolve("fit.pdf"));
        // --- guide: data deriv ---
        Curve didv = Derivative.slope(iv, SmoothingWindow.points(5));          // dI/dV against V, S
        // --- guide: nis thermometer ---
        NisThermometer thermometer = new NisThermometer(probe, 1e-9);          // at 1 nA
        double v100 = thermometer.voltage(0.100);                              // V at T_N = 100 mK
        // --- guide: reproduce ---
        for (FigureMaker maker : Reproduction.figures().subList(0, 1)) {
            Figure f = maker.make();
            PlotWriter.write(f.layout(), dir.resolve(f.name() + ".png"));
            TableWriter.write(f.data(), dir.resolve(f.name() + ".csv"));
        }
        // --- guide: cooler device ---
        CoolerDevice cooler = DeviceFile.seed004().with("rt", 1.9e3);   // a fittable parameter, SI
        String yaml = DeviceFile.toYaml(cooler);                         // what 'cooler params' prints
        CoolerDevice back = DeviceFile.parse(yaml, "my-cooler.yaml", Map.of());  // equals cooler
        List<String> fittable = DeviceFile.TABLE.fittable();  // [delta, dynes, lphi, sigma_eph, ka, rt, m, rleak]
        // (the curve docs/contact.md fits, made as the guide makes it: mar iv --noise)
        assertThat(Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(System.err),
                "mar", "iv", "--delta", "0.19meV", "--tau", "0.92,0.45,0.12", "--temperature", "0K", "--eta", "1e-3",
                "--bias", "57uV:0.513mV:36", "--noise", "0.1nA", "--seed", "7", "--out",
                dir.resolve("al-contact.csv").toString())).isZero();
        // --- guide: mar fit (docs/contact.md) ---
        MarJunction al = MarJunction.symmetric(Quantity.parse("0.19meV", Dimension.ENERGY), 1e-3, 0); // Δ, η, T
        DataFile alFile = DataFile.read(dir.resolve("al-contact.csv"));
        Curve alIv = alFile.curve(ColumnSpec.of("V", Dimension.VOLTAGE), ColumnSpec.of("I", Dimension.CURRENT));
        ChannelFitResult contact = ChannelFit.of(al, false, 4)           // I(V) (false: not dI/dV), up to 4 channels
                .withCache(MarTable.defaultCacheDirectory())              // keep the tau table between runs
                .fit(alIv.x(), alIv.y())
                .orElseThrow();                                           // FitException if not converged
        List<Estimate> tau = contact.tau();                               // sorted, tau1 the largest, with sigma
        Estimate gn = contact.normalConductance();                        // G0 sum(tau), S
        String marReport = FitReportWriter.text(contact.report(), ReportUnits.NATURAL); // the text report
        String marJson = contact.jsonText();                              // what --json prints
        // --- guide: nis iv and nis fit with the probe's Andreev current ---
        NisDevice seedProbe = NisDeviceFile.seed004Probe();                    // nis iv --seed-004-probe
        double[] vp = Range.parse("-0.35mV:0.35mV:141", Dimension.VOLTAGE).values();
        NisDevice.Curve curve = seedProbe.curve(vp, 0.105, 0.090);             // T_N, T_S: I = Iqp + IA, dI/dV, Pcool, PA
        NisFitResult probeFit = NisFit.of(NisFitMode.CURRENT)
                .withAndreev(seedProbe.andreev().withMultiplier(1).withPhaseCoherenceLength(1e-6))  // starts
                .withFree("te", "delta", "m", "lphi")
                .withValue("rt", seedProbe.rT())                                // measured: held
                .fit(vp, curve.current())
                .orElseThrow();
        double lphi = probeFit.estimate("lphi").value();                       // 1.5e-6 m
        NisDevice best = probeFit.device();                                    // the fitted junction, Andreev term included
        double ia = best.andreevJunction().current(0.1e-3, 0.105);             // I_A alone, A (tunnel.AndreevJunction)
        // --- end of the guide's code ---

        assertThat(lphi).isCloseTo(1.5e-6, within(1e-10));
        assertThat(ia).isCloseTo(seedProbe.andreevJunction().current(0.1e-3, 0.105), within(1e-6 * ia));
        assertThat(curve.conductance()[70] * seedProbe.rT()).isCloseTo(5.118e-4, within(0.01 * 5.118e-4));

        assertThat(te.value()).isCloseTo(0.105, within(1e-6));
        assertThat(report).contains("te:").contains("held: given");
        assertThat(json).startsWith("{\"te\":{\"value\":");
        assertThat(didv.size()).isEqualTo(v.length);
        assertThat(probe.current(v100, 0.1, 0.1)).isCloseTo(1e-9, within(1e-15));
        assertThat(dir.resolve("seed004-fig1-probe-dIdV.png")).isNotEmptyFile();
        assertThat(back).isEqualTo(cooler);
        assertThat(fittable).containsExactly("delta", "dynes", "lphi", "sigma_eph", "ka", "rt", "m", "rleak");
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("fit.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(tau).hasSize(3);
        assertThat(tau.get(0).value()).isCloseTo(0.92, within(3 * tau.get(0).sigma()));
        assertThat(gn.value()).isCloseTo(1.49 * org.andreev.units.PhysicalConstants.G0, within(3 * gn.sigma()));
        assertThat(marReport).contains("tau1:").contains("picks 3");
        assertThat(marJson).startsWith("{\"tau\":[{\"value\":");
    }
}
