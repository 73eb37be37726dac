package org.andreev.cli.neck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.andreev.cli.ExistingFile;
import org.andreev.cli.QuantityConverter;
import org.andreev.cli.RangeConverter;
import org.andreev.io.DataFile;
import org.andreev.material.Material;
import org.andreev.neck.ChargeImbalance;
import org.andreev.neck.Cone;
import org.andreev.neck.NeckProfile;
import org.andreev.neck.NeckSuperconductor;
import org.andreev.neck.NeckUnderField;
import org.andreev.neck.SampledProfile;
import org.andreev.units.Dimension;
import org.andreev.units.Quantity;
import org.andreev.units.Range;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of the neck-under-field commands (physics.md B5): the material and its limit, the
 * profile (a cone {@code --theta --r0} or a file {@code --profile}), the field orientation, the
 * pair-breaking form and width. Use as {@code @Mixin}.
 */
public final class NeckFieldOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--material", paramLabel = "NAME", defaultValue = "Pb",
            description = "Material of the neck (default: ${DEFAULT-VALUE}; needs H_c, lambda_L, xi_0, l, v_F, tau_E-P).")
    String material;

    @Option(names = "--mfp", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Mean free path l (default: the material's, 10nm for Pb).")
    Double mfp;

    @Option(names = "--limit", paramLabel = "clean|dirty", defaultValue = "dirty",
            description = "Penetration depth and coherence length in the clean or dirty limit (default: ${DEFAULT-VALUE};"
                    + " Pb has l = 10 nm << xi_0 = 83 nm).")
    NeckSuperconductor.Limit limit;

    @ArgGroup(exclusive = false)
    ConeOptions cone;

    /** The cone r = r0 + |x| tan(theta). */
    static final class ConeOptions {
        @Option(names = "--theta", required = true, paramLabel = "ANGLE", converter = QuantityConverter.Angle.class,
                description = "Opening half-angle of a cone neck, e.g. 35deg.")
        double theta;

        @Option(names = "--r0", required = true, paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
                description = "Smallest radius of the cone, e.g. 6.45nm.")
        double r0;
    }

    @Option(names = "--profile", paramLabel = "FILE", converter = ExistingFile.class,
            description = "A neck profile r(x) instead of a cone: columns x and r (e.g. the output of 'neck shape';"
                    + " units from the header, else SI).")
    Path profile;

    @Option(names = "--trace", paramLabel = "N",
            description = "With --profile: which trace of a file of several (the 'trace' column of 'neck shape').")
    Long profileTrace;

    @Option(names = "--orientation", paramLabel = "axial|transverse", defaultValue = "axial",
            description = "Field along (disk H_c = 4 lambda H_c/r) or across the neck (2 sqrt(2) lambda H_c/r);"
                    + " default: ${DEFAULT-VALUE}.")
    NeckSuperconductor.Orientation orientation;

    @Option(names = "--form", paramLabel = "seed|tau-ep-limit", defaultValue = "seed", converter = FormConverter.class,
            description = "Pair breaking in Lambda_Q*: the seed's printed form (default) or the form that returns"
                    + " tau_E-P without pair breaking.")
    ChargeImbalance.Form form;

    @Option(names = "--lambdaq", paramLabel = "formula|seed-estimate", defaultValue = "formula",
            converter = LambdaqConverter.class,
            description = "Lambda_Q*: the formula at --temperature with the field pair breaking (default), or the"
                    + " seed's own estimate at every field (k_BT = Delta, hbar/tau_PB = 0.2 k_BT_c: 240 nm for Pb;"
                    + " puts the crossover at the seed's Fig. 3 fields, docs/neck.md).")
    LambdaqReading lambdaq;

    /** Which Λ_Q*: the formula, or the seed's estimate at every field. */
    enum LambdaqReading { FORMULA, SEED_ESTIMATE }

    @Option(names = "--width", paramLabel = "LENGTH", converter = QuantityConverter.Length.class,
            description = "Wire diameter w of the field pair breaking hbar/tau_PB = D e^2 (mu0 H)^2 w^2/(6 hbar)"
                    + " (default: 2 r_min, the contact's diameter).")
    Double width;

    /** The material with --mfp applied, in the chosen limit. */
    NeckSuperconductor superconductor() {
        Material m;
        try {
            m = Material.named(material);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--material: " + e.getMessage());
        }
        if (mfp != null) {
            m = m.withMeanFreePath(mfp);
        }
        try {
            return new NeckSuperconductor(m, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--material " + material + ": " + e.getMessage());
        }
    }

    /** The cone or the profile file; one of them is required. */
    NeckProfile profile() throws IOException {
        if ((cone == null) == (profile == null)) {
            throw new ParameterException(spec.commandLine(),
                    "give the neck either as a cone (--theta and --r0) or as a profile file (--profile), not both");
        }
        if (cone != null) {
            try {
                return new Cone(cone.r0, cone.theta);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), (e.getMessage().contains("theta") ? "--theta: "
                        : "--r0: ") + e.getMessage());
            }
        }
        try {
            return SampledProfile.read(DataFile.read(profile),
                    profileTrace == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(profileTrace));
        } catch (org.andreev.io.InputException e) {
            if (e.getMessage().endsWith("choose one")) {
                throw new org.andreev.io.InputException(e.getMessage() + " with --trace N");
            }
            throw e;
        }
    }

    /** The neck under field of these options. */
    NeckUnderField neck() throws IOException {
        NeckProfile p = profile();
        NeckUnderField n = new NeckUnderField(superconductor(), p, orientation, form,
                width != null ? width : 2 * p.minimumRadius());
        return lambdaq == LambdaqReading.SEED_ESTIMATE ? n.withSeedChargeImbalanceEstimate() : n;
    }

    /** Accepts formula, seed-estimate (any case, - or _). */
    static final class LambdaqConverter implements ITypeConverter<LambdaqReading> {
        @Override
        public LambdaqReading convert(String text) {
            String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (t.equals("formula")) {
                return LambdaqReading.FORMULA;
            }
            if (t.equals("seed-estimate") || t.equals("seed")) {
                return LambdaqReading.SEED_ESTIMATE;
            }
            throw new TypeConversionException("'" + text + "' is not a Lambda_Q* reading: use formula or seed-estimate");
        }
    }

    /** Accepts seed, tau-ep-limit (any case, - or _). */
    static final class FormConverter implements ITypeConverter<ChargeImbalance.Form> {
        @Override
        public ChargeImbalance.Form convert(String text) {
            String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ChargeImbalance.Form f : ChargeImbalance.Form.values()) {
                if (f.name().equals(t)) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + text + "' is not a pair-breaking form: use seed or tau-ep-limit");
        }
    }

    /** Fields μ0H, e.g. {@code 0.1T:0.3T:41}. */
    static final class Fields extends RangeConverter {
        public Fields() {
            super(Dimension.MAGNETIC_FIELD, true);
        }
    }

    /** One temperature ({@code 4.2K}) or a range ({@code 2K:7K:11}), every value &gt; 0. */
    static final class Temperatures implements ITypeConverter<Range> {
        @Override
        public Range convert(String text) {
            if (text.contains(":")) {
                return new RangeConverter.Temperatures().convert(text);
            }
            double t = new QuantityConverter.Temperature().convert(text);
            return new Range(t, t, 1);
        }
    }

    /** {@code v} shown with its unit, for messages. */
    static String shown(double v, Dimension d) {
        return Quantity.format(v, d);
    }
}
