package org.andreev.cli.mar;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.PointContact;
import org.andreev.io.InputException;
import org.andreev.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Josephson branch of a contact: {@link PointContact#criticalCurrent}, {@link PointContact#supercurrent}. */
@Command(
        name = "ic",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Critical current I_c(T) of a superconducting point contact, the maximum over the phase of the"
                    + " Andreev bound-state current sum (physics.md B3), or with --phase its current-phase"
                    + " relation I(phi). Equal gaps only.",
            "Output: CSV with columns T[K],Ic[A]; with --phase, phi[rad],I[A] (0 to 2pi)."
        },
        footer = {
            "",
            "Examples:",
            "  andreev mar ic --delta 1.35meV --tau 0.5,0.99 --temperature 4.2K",
            "  andreev mar ic --delta 1.35meV --tc 7.2K --distribution dorokhov --rn 5Ohm --temperature 0K:7K:15",
            "  andreev mar ic --delta 1.35meV --tau 0.9 --temperature 0K --phase --points 9"
        })
public final class MarIcCommand implements Callable<Integer> {

    @Mixin
    ContactOptions contact;

    @Option(names = "--temperature", paramLabel = "TEMPERATURE", defaultValue = "0K",
            description = "Temperature, or a range START:STOP:COUNT (default: ${DEFAULT-VALUE}).")
    String temperature;

    @Option(names = "--phase", description = "Print the current-phase relation I(phi) at one temperature.")
    boolean phase;

    @Option(names = "--points", paramLabel = "COUNT", defaultValue = "181",
            description = "Phase points in [0, 2pi] for --phase (default: ${DEFAULT-VALUE}).")
    int points;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        double[] t = ContactOptions.temperatures(temperature, "--temperature");
        ChannelSet channels = contact.channelSet();
        if (phase) {
            if (t.length != 1) {
                throw new InputException("option --temperature: --phase takes one temperature, got a range");
            }
            if (points < 2) {
                throw new InputException("option --points: need at least 2 phase points, got " + points);
            }
            PointContact pc = new PointContact(channels, contact.junction(t[0]));
            double[] phi = new double[points];
            double[] current = new double[points];
            for (int k = 0; k < points; k++) {
                phi[k] = 2 * Math.PI * k / (points - 1);
                current[k] = pc.supercurrent(phi[k]);
            }
            output.write(new Table(List.of("phi[rad]", "I[A]"), List.of(phi, current)));
            return 0;
        }
        double[] ic = new double[t.length];
        PointContact[] contacts = new PointContact[t.length];
        for (int k = 0; k < t.length; k++) {
            contacts[k] = new PointContact(channels, contact.junction(t[k]));
        }
        for (int k = 0; k < t.length; k++) {
            ic[k] = contacts[k].criticalCurrent().current();
        }
        output.write(new Table(List.of("T[K]", "Ic[A]"), List.of(t, ic)));
        return 0;
    }
}
