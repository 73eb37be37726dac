package org.andreev.cli.neck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.OutputOptions;
import org.andreev.cli.QuantityConverter;
import org.andreev.io.DataFile;
import org.andreev.io.InputException;
import org.andreev.neck.Cone;
import org.andreev.neck.ContactSize;
import org.andreev.neck.NeckProfile;
import org.andreev.neck.SampledProfile;
import org.andreev.neck.SlabModel;
import org.andreev.neck.Trace;
import org.andreev.neck.TraceFile;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The R(z) staircase a neck of a given profile makes under the slab model: {@link SlabModel#traces}. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulate the R(z) staircase of a neck pulled to a given final profile (physics.md B2, slab model):"
                    + " a cone of half-angle theta, or any r(x) from a file; random slab thicknesses, elastic"
                    + " slopes, reversals and noise, all seeded.",
            "Output: CSV z[m],R[Ohm] (with --traces N > 1: trace,z[m],R[Ohm]), which 'neck shape' and"
                    + " 'neck histogram' read."
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck simulate --theta 35deg --resistance 5Ohm --length 200nm --noise 1%%",
            "  andreev neck simulate --theta 70deg --r-min 6.45nm --outer-radius 40nm --slab-spread 0.5 \\",
            "      --elastic 0.3 --reversals 0.1 --noise 2%% --seed 7 --out trace.csv --plot trace.png",
            "  andreev neck simulate --theta 35deg --resistance 5Ohm --length 100nm --traces 100 --out many.csv"
        })
public final class NeckSimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--theta", paramLabel = "ANGLE", converter = OpeningAngle.class,
            description = "Cone: opening half-angle, e.g. 35deg, in (0deg, 90deg).")
    Double theta;

    @ArgGroup(exclusive = true)
    Narrowest narrowest;

    /** The narrowest radius of the cone, or the resistance it has. */
    static final class Narrowest {
        @Option(names = "--r-min", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
                description = "Cone: narrowest radius at the end of the elongation, e.g. 6.45nm.")
        Double radius;

        @Option(names = "--resistance", paramLabel = "RESISTANCE", converter = QuantityConverter.Resistance.class,
                description = "Cone: the final resistance instead, e.g. 5Ohm (r_min by the contact model).")
        Double resistance;
    }

    @ArgGroup(exclusive = true)
    Extent extent;

    /** How far the cone reaches. */
    static final class Extent {
        @Option(names = "--length", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
                description = "Cone: the neck length 2X (= the total elongation), e.g. 200nm.")
        Double length;

        @Option(names = "--outer-radius", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
                description = "Cone: the radius where the neck meets the banks, e.g. 40nm.")
        Double outerRadius;
    }

    @Option(names = "--profile", paramLabel = "FILE", converter = ExistingFile.class,
            description = "Any r(x) instead of a cone: columns x and r (units from the header, e.g. x[nm],r[nm]),"
                    + " as 'neck shape' prints it; x >= 0 only is mirrored. The neck spans the profile about its"
                    + " narrowest point.")
    Path profile;

    @Option(names = "--slab", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Mean slab thickness (default: one Pb (111) layer, 0.286nm).")
    Double slab;

    @Option(names = "--slab-spread", paramLabel = "RATIO", defaultValue = "0.3", converter = QuantityConverter.Ratio.class,
            description = "Relative standard deviation of the slab thickness, log-normal (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--elastic", paramLabel = "FRACTION", defaultValue = "0", converter = QuantityConverter.Ratio.class,
            description = "Fraction of each step taken elastically along its plateau, in [0, 1) (default: ${DEFAULT-VALUE}).")
    double elastic;

    @Option(names = "--reversals", paramLabel = "PROBABILITY", defaultValue = "0", converter = QuantityConverter.Ratio.class,
            description = "Probability that a stage jumps back up by half a step, in [0, 1) (default: ${DEFAULT-VALUE}).")
    double reversals;

    @Option(names = "--noise", paramLabel = "RATIO", defaultValue = "0", converter = QuantityConverter.Ratio.class,
            description = "Relative noise of R at each point, e.g. 1%% (log-normal; default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--step", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Sampling interval of z (default: 0.02nm).")
    Double step;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the random numbers; trace i uses seed + i - 1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--traces", paramLabel = "N", defaultValue = "1",
            description = "Number of traces, one after another with a trace column (default: ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    ContactSizeOptions contact;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ContactSize size = contact.contactSize();
        Neck neck = neck(size);
        SlabModel model = new SlabModel(slab == null ? SlabModel.PB_LAYER : slab, spread, elastic, reversals);
        List<Trace> traces = model.traces(neck.profile(), neck.halfLength(), size, step == null ? 0.02e-9 : step,
                noise, seed, count);
        output.write(TraceFile.table(traces));
        output.plot(() -> plot(traces));
        return 0;
    }

    /** The final profile and the half-length X of the neck to simulate. */
    private record Neck(NeckProfile profile, double halfLength) {}

    private Neck neck(ContactSize size) throws java.io.IOException {
        if (profile != null) {
            if (theta != null || narrowest != null || extent != null) {
                throw new ParameterException(spec.commandLine(),
                        "--profile gives the whole neck: drop --theta, --r-min/--resistance and --length/--outer-radius");
            }
            DataFile data = DataFile.read(profile);
            // the reader of 'neck field --profile': names the line of an x that does not increase or an r <= 0
            SampledProfile read = SampledProfile.read(data, java.util.OptionalLong.empty());
            try {
                SampledProfile p = SlabModel.symmetric(read.x(), read.r());
                return new Neck(p, SlabModel.halfLengthOf(p));
            } catch (IllegalArgumentException e) {
                throw new InputException(data.source(), 0, "profile", e.getMessage());
            }
        }
        if (theta == null || narrowest == null || extent == null) {
            throw new ParameterException(spec.commandLine(), "a cone needs --theta, --r-min (or --resistance) and"
                    + " --length (or --outer-radius); or give --profile FILE");
        }
        Cone cone = new Cone(narrowest.radius != null ? narrowest.radius : size.radius(narrowest.resistance), theta);
        return new Neck(cone, extent.length != null ? extent.length / 2 : SlabModel.halfLengthTo(cone, extent.outerRadius));
    }

    private static Plot plot(List<Trace> traces) {
        List<Series> series = new ArrayList<>();
        for (Trace t : traces.subList(0, Math.min(traces.size(), 10))) {
            double[] z = new double[t.size()];
            for (int i = 0; i < z.length; i++) {
                z[i] = t.z()[i] * 1e9;
            }
            series.add(Series.line(t.name().isEmpty() ? "R(z)" : "trace " + t.name(), z, t.resistance()));
        }
        return new Plot("Simulated staircase R(z) (slab model)", "z (nm)", "R (Ohm)", series).withLogY();
    }
}
