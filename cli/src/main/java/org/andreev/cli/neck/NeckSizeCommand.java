package org.andreev.cli.neck;

import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.Table;
import org.andreev.material.Material;
import org.andreev.neck.ContactSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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
            "  andreev neck size --resistance 2kOhm --material Au --model wexler --rho 2uOhm cm",
            "  andreev neck size --radius 6.45nm"
        })
public final class NeckSizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "sharvin",
            description = "sharvin or wexler (default: ${DEFAULT-VALUE}).")
    ContactSize.Model model;

    @Option(names = "--material", paramLabel = "SYMBOL", defaultValue = "Pb", converter = MaterialConverter.class,
            description = "Pb, Al, Nb, Au or Cu: lambda_F, rho*l and l come from it (default: ${DEFAULT-VALUE}).")
    Material material;

    @Option(names = "--fermi-wavelength", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Sharvin: Fermi wavelength instead of the material's (Pb: 0.399nm).")
    Double fermiWavelength;

    @Option(names = "--mfp", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Wexler: mean free path l (default: the material's; Pb: 10nm).")
    Double mfp;

    @Option(names = "--rho", paramLabel = "RESISTIVITY", converter = QuantityConverter.Resistivity.class,
            description = "Wexler: resistivity, e.g. 4.9e-8 or 4.9uOhm cm (default: the material's rho*l / l).")
    Double rho;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ContactSize size = contactSize();
        if (given.resistance != null) {
            double a = size.radius(given.resistance);
            output.write(new Table(List.of("radius[m]", "area[m2]"),
                    List.of(new double[] {a}, new double[] {Math.PI * a * a})));
        } else {
            output.write(new Table(List.of("R[Ohm]"), List.of(new double[] {size.resistance(given.radius)})));
        }
        return 0;
    }

    private ContactSize contactSize() {
        if (model == ContactSize.Model.SHARVIN) {
            if (mfp != null || rho != null) {
                throw new ParameterException(spec.commandLine(),
                        "--mfp and --rho are Wexler's: add --model wexler (Sharvin uses only lambda_F)");
            }
            return ContactSize.sharvin(fermiWavelength != null ? fermiWavelength : material.fermiWavelength());
        }
        if (fermiWavelength != null) {
            throw new ParameterException(spec.commandLine(),
                    "--fermi-wavelength is Sharvin's: Wexler uses --rho and --mfp");
        }
        return ContactSize.wexler(material, mfp == null ? Double.NaN : mfp, rho == null ? Double.NaN : rho);
    }
}
