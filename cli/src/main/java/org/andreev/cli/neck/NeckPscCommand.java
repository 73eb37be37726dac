package org.andreev.cli.neck;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.neck.NeckUnderField;
import org.andreev.neck.PhaseSlipResistance;
import org.andreev.units.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The resistance of a phase-slip centre in the neck and its current threshold: {@link PhaseSlipResistance}. */
@Command(
        name = "psc",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Phase-slip centres in the neck under field (physics.md B6; Skocpol, Beasley, Tinkham 1974): the"
                    + " resistance R_PSC = rho * integral of exp(-|x - x0|/Lambda_Q*)/A(x) dx of a centre at x0"
                    + " (default: the narrowest point), the uniform-wire value 2 Lambda_Q* rho/A(x0), and the"
                    + " depairing current j_c(T, H, r(x0)) pi r(x0)^2 at which it nucleates.",
            "Output: CSV H[T],LambdaQ[m],RPSC[Ohm],RPSCwire[Ohm],Ic[A]."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck psc --theta 35deg --r0 6.45nm --temperature 4.2K --field 0.1T:0.4T:7",
            "  andreev neck psc --theta 35deg --r0 6.45nm --temperature 4.2K --field 0.2T:0.2T:1 --centre 50nm --rho 4.9e-8"
        })
public final class NeckPscCommand implements Callable<Integer> {

    @Mixin
    NeckFieldOptions neck;

    @Option(names = "--temperature", required = true, paramLabel = "TEMPERATURE",
            converter = QuantityConverter.Temperature.class, description = "Temperature of the neck, e.g. 4.2K.")
    double temperature;

    @Option(names = "--field", required = true, paramLabel = "START:STOP:COUNT", converter = NeckFieldOptions.Fields.class,
            description = "Fields mu0 H above H_c(T), e.g. 0.1T:0.4T:7.")
    Range field;

    @Option(names = "--centre", paramLabel = "LENGTH",
            description = "Position x0 of the centre along the neck, e.g. 50nm (default: the narrowest point).")
    String centre;

    @Option(names = "--rho", paramLabel = "RESISTIVITY",
            description = "Resistivity rho, e.g. 4.9e-8 (Ohm m; default: the material's rho*l / l).")
    String rho;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        NeckUnderField n = neck.neck();
        double x0 = centre == null ? n.profile().narrowest()
                : org.andreev.units.Quantity.parse(centre, org.andreev.units.Dimension.LENGTH);
        if (!(x0 >= n.profile().start() && x0 <= n.profile().end())) {
            throw new IllegalArgumentException("--centre " + centre + ": outside the neck profile, which spans ["
                    + org.andreev.units.Quantity.format(n.profile().start(), org.andreev.units.Dimension.LENGTH) + ", "
                    + org.andreev.units.Quantity.format(n.profile().end(), org.andreev.units.Dimension.LENGTH) + "]");
        }
        double resistivity = rho == null ? n.superconductor().material().resistivity()
                : org.andreev.units.Quantity.parse(rho, org.andreev.units.Dimension.RESISTIVITY);
        if (!(resistivity > 0)) {
            throw new IllegalArgumentException("--rho: the material gives no resistivity; give --rho");
        }
        double[] h = field.values();
        double[] lq = new double[h.length];
        double[] r = new double[h.length];
        double[] wire = new double[h.length];
        double[] ic = new double[h.length];
        double radius = n.profile().radius(x0);
        for (int i = 0; i < h.length; i++) {
            lq[i] = n.chargeImbalanceLength(temperature, h[i]);
            r[i] = PhaseSlipResistance.neck(n.profile(), x0, lq[i], resistivity);
            wire[i] = PhaseSlipResistance.uniform(lq[i], resistivity, Math.PI * radius * radius);
            ic[i] = n.superconductor().depairingCurrentDensity(temperature, h[i], radius, n.orientation())
                    * Math.PI * radius * radius;
        }
        output.write(new Table(List.of("H[T]", "LambdaQ[m]", "RPSC[Ohm]", "RPSCwire[Ohm]", "Ic[A]"),
                List.of(h, lq, r, wire, ic)));
        return 0;
    }
}
