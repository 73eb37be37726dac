package org.andreev.cli.neck;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.neck.ContactSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Contact radius and area from resistance, or resistance from radius: {@link ContactSize}. */
@Command(
        name = "size",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Size of a point contact from its normal-state resistance, or back (physics.md B1): Sharvin"
                    + " R = (h/2e^2) lambda_F^2/(pi A) (default), or Wexler R = 4 rho l/(3 pi a^2)"
                    + " + Gamma(l/a) rho/(2a) with Nikolic-Allen's Gamma.",
            "Output: CSV radius[m],area[m2] for --resistance; R[Ohm] for --radius."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck size --resistance 5Ohm",
            "  andreev neck size --resistance 5Ohm --model wexler --mfp 10nm",
            "  andreev neck size --resistance 2kOhm --material Au --model wexler --rho '2uOhm cm'",
            "  andreev neck size --radius 6.45nm"
        })
public final class NeckSizeCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Given given;

    /** What is known: the resistance or the radius. */
    static final class Given {
        @Option(names = "--resistance", paramLabel = "RESISTANCE", converter = QuantityConverter.Resistance.class,
                description = "Normal-state contact resistance, e.g. 5Ohm: prints radius and area.")
        Double resistance;

        @Option(names = "--radius", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
                description = "Contact radius, e.g. 6.45nm: prints the resistance.")
        Double radius;
    }

    @Mixin
    ContactSizeOptions contact;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ContactSize size = contact.contactSize();
        if (given.resistance != null) {
            double a = size.radius(given.resistance);
            output.write(new Table(List.of("radius[m]", "area[m2]"),
                    List.of(new double[] {a}, new double[] {Math.PI * a * a})));
        } else {
            output.write(new Table(List.of("R[Ohm]"), List.of(new double[] {size.resistance(given.radius)})));
        }
        return 0;
    }
}
