package org.andreev.cli.mar;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.contact.SelfHeating;
import org.andreev.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The local temperature and gap of a heated neck from its n = 1, 2 MAR structures: {@link SelfHeating#fromPeaks}. */
@Command(
        name = "heating",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Local temperature and gap of a self-heated neck from the biases of its n = 1 and n = 2"
                    + " sub-harmonic structures (physics.md B4; seed 000, Fig. 1: heating puts V1 below 2 V2):"
                    + " eV_n = 2 Delta(T_local(V_n))/n with T_local^2 = T_bath^2 + alpha V^2/(4 L0).",
            "Output: CSV with columns V1[V],V2[V],Delta0[J],Delta_local[J],T_local[K],alpha[1]."
        },
        footer = {
            "",
            "Example:",
            "  andreev mar heating --v1 2.4mV --v2 1.35mV --tc 7.2K --bath-temperature 1.5K"
        })
public final class MarHeatingCommand implements Callable<Integer> {

    @Option(names = "--v1", required = true, paramLabel = "VOLTAGE", converter = QuantityConverter.Voltage.class,
            description = "Bias of the n = 1 structure (nominally 2 Delta/e), e.g. 2.4mV.")
    double v1;

    @Option(names = "--v2", required = true, paramLabel = "VOLTAGE", converter = QuantityConverter.Voltage.class,
            description = "Bias of the n = 2 structure (nominally Delta/e), e.g. 1.35mV.")
    double v2;

    @Option(names = "--tc", required = true, paramLabel = "TEMPERATURE", converter = QuantityConverter.Temperature.class,
            description = "Critical temperature of the banks, e.g. 7.2K (Pb).")
    double tc;

    @Option(names = "--bath-temperature", paramLabel = "TEMPERATURE", defaultValue = "0K",
            description = "Bath temperature (default: ${DEFAULT-VALUE}).")
    String bath;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        double tb = ContactOptions.temperatures(bath, "--bath-temperature")[0];
        if (!(v1 > 0) || !(v2 > 0)) {
            throw new org.andreev.io.InputException("options --v1, --v2: peak biases must be > 0 V, got " + v1 + " V and "
                    + v2 + " V");
        }
        SelfHeating.Estimate e = SelfHeating.fromPeaks(v1, v2, tc, tb);
        output.write(new Table(List.of("V1[V]", "V2[V]", "Delta0[J]", "Delta_local[J]", "T_local[K]", "alpha[1]"),
                List.of(new double[] {v1}, new double[] {v2}, new double[] {e.delta0()}, new double[] {e.localGap()},
                        new double[] {e.localTemperature()}, new double[] {e.alpha()})));
        return 0;
    }
}
