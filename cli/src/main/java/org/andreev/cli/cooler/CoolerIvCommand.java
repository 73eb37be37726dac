package org.andreev.cli.cooler;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.cli.RangeConverter;
import org.andreev.cli.Sweep;
import org.andreev.cooler.CoolerCurve;
import org.andreev.cooler.CoolerModel;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.PhysicalConstants;
import org.andreev.units.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The self-consistent cooler I(V) with T_e, T_ph and the parts of current and heat: {@link CoolerModel}. */
@Command(
        name = "iv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Self-consistent current of an S-I-N-I-S cooler at a bath temperature: the heat balance of"
                    + " physics.md A5 solved for T_e and T_ph at every total bias V (each junction at V/2).",
            "Output: CSV with columns V[V],I[A],Te[K],Tph[K],Iqp[A],IA[A],Pcool[W],PA[W]; Pcool is the"
                    + " heat drawn out of the island by both junctions, PA the Andreev Joule heat I_A V.",
            "If T_e did not converge at some bias, nothing is written (no CSV, no plot): one line on"
                    + " stderr gives the number of such biases, the first few and why, and the exit code is 3."
        },
        footer = {
            "",
            "Examples:",
            "  andreev cooler iv --tbath 100mK --bias 0:0.6mV:121",
            "  andreev cooler iv --tbath 90mK --bias 0:0.6mV:601 --andreev charge --plot iv.png",
            "  andreev cooler iv --device my-cooler.yaml --rt 1.9kOhm --tbath 230mK --bias 0:0.5mV:101"
        })
public final class CoolerIvCommand implements Callable<Integer> {

    /** Exit code when T_e did not converge at some bias (that of a failed fit, see ErrorHandler). */
    static final int NOT_CONVERGED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--tbath", required = true, paramLabel = "TEMPERATURE",
            converter = QuantityConverter.Temperature.class,
            description = "Bath temperature (superconductors and substrate), e.g. 100mK.")
    double tBath;

    @Option(names = "--bias", paramLabel = "START:STOP:COUNT", converter = RangeConverter.Voltages.class,
            description = "Total biases across the device, e.g. 0:0.6mV:121 (default: 0 to 2.6Δ/e, 261 points).")
    Range bias;

    @Mixin
    AndreevTermsOption andreev;

    @Mixin
    DeviceOptions device;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        CoolerModel model = new CoolerModel(device.device(), andreev.terms());
        double[] v = (bias != null ? bias
                : new Range(0, 2.6 * model.device().delta() / PhysicalConstants.E_CHARGE, 261)).values();
        CoolerCurve curve = Sweep.tracked("cooler iv", v.length, progress -> model.curveParallel(v, tBath, progress));
        if (!curve.failedBiases().isEmpty()) {
            // a table with unconverged rows cannot be told apart from a good one: write none
            PrintWriter err = spec.commandLine().getErr();
            err.println("andreev cooler iv: " + curve.failureSummary() + "; nothing written");
            err.flush();
            return NOT_CONVERGED;
        }
        output.write(curve.toTable());
        output.plot(() -> plot(curve));
        return 0;
    }

    private static Plot plot(CoolerCurve c) {
        List<Series> series = new ArrayList<>();
        double[] mV = new double[c.size()];
        double[] nA = new double[c.size()];
        for (int i = 0; i < c.size(); i++) {
            mV[i] = c.v()[i] * 1e3;
            nA[i] = c.current()[i] * 1e9;
        }
        series.add(new Series(String.format("T_bath = %.0f mK", c.tBath() * 1e3), mV, nA, false));
        return new Plot("S-I-N-I-S cooler I(V)", "V [mV]", "I [nA]", series);
    }
}
