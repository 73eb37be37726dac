package org.andreev.reproduce;

import static org.andreev.units.PhysicalConstants.E_CHARGE;

import java.util.ArrayList;
import java.util.List;
import org.andreev.contact.ChannelSet;
import org.andreev.contact.SelfHeating;
import org.andreev.io.Table;
import org.andreev.plot.Figure;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.superconductor.BcsGap;

/**
 * Seed 000, Fig. 1 in the model of physics.md B3–B4: dV/dI(V) of two Pb necks of R_N = 5 Ω (Δ(0) =
 * 1.35 meV, T_c = 7.2 K, bath 1.5 K, η = 1e-3), a long one (θ = 35°) heated by its current and a
 * short one (θ = 70°) that stays cold, with the sub-harmonic structure at 2Δ/n marked (n = 1 … 4);
 * the heated neck's n = 1 structure sits below 2Δ/e because Δ(T_local) shrinks, while its n = 2
 * structure has barely moved (seed: 2V_2 &gt; V_1). The second figure ({@link #iv()}) is their I(V).
 *
 * <p><b>Reading (assumptions, stated):</b> both necks are diffusive (Dorokhov) channel ensembles of
 * R_N = 5 Ω, here the {@link ChannelSet#dorokhov(double, double, int, int) 8-point} quadrature
 * (its error on the current is about 1e-3 at these biases, invisible in the figure); the heating
 * fraction of the long neck is α = 0.1 and of the short neck 0 (the seed gives the geometry, not
 * α). dV/dI is the centred difference of I on the 90-point bias grid (resolution 0.05 mV).
 */
public final class Seed000Fig1 implements FigureMaker {

    static final BcsGap PB = new BcsGap(1.35e-3 * E_CHARGE, 7.2);
    static final double BATH = 1.5;
    static final double RN = 5.0;
    static final double ALPHA_LONG = 0.1;
    static final int POINTS = 90;

    private final boolean iv;

    /** The dV/dI figure. */
    public Seed000Fig1() {
        this(false);
    }

    private Seed000Fig1(boolean iv) {
        this.iv = iv;
    }

    /** The I(V) companion (the seed's inset). */
    public static Seed000Fig1 iv() {
        return new Seed000Fig1(true);
    }

    @Override
    public String name() {
        return iv ? "seed000-fig1-iv" : "seed000-fig1-dVdI";
    }

    /**
     * Both necks' I(V), computed once for the two figures (in a method, not in the holder's static
     * initialiser: worker threads touching a class being initialised would wait for it forever).
     */
    private static final class Curves {
        static final double[][] VI = compute();

        private static double[][] compute() {
            ChannelSet neck = ChannelSet.dorokhov(RN, ChannelSet.DOROKHOV_TAU_MIN, 2, 4);
            double[] v = new double[POINTS];
            for (int k = 0; k < POINTS; k++) {
                v[k] = 0.4e-3 + (5.0e-3 - 0.4e-3) * k / (POINTS - 1);
            }
            SelfHeating[] heating = {new SelfHeating(PB, BATH, ALPHA_LONG), new SelfHeating(PB, BATH, 0)};
            double[][] out = new double[3][];
            out[0] = v;
            out[1] = heating[0].currentOnly(neck, 1e-3, v);
            out[2] = heating[1].currentOnly(neck, 1e-3, v);
            return out;
        }
    }

    /** The model behind both figures: {V, I of the heated long neck, I of the cold short neck} (V, A). */
    static double[][] curves() {
        return Curves.VI;
    }

    /** dV/dI on the bias grid, Ω: the centred difference (one-sided at the ends). */
    static double[] dVdI(double[] v, double[] current) {
        int n = v.length;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            int a = Math.max(0, k - 1);
            int b = Math.min(n - 1, k + 1);
            out[k] = (v[b] - v[a]) / (current[b] - current[a]);
        }
        return out;
    }

    @Override
    public Figure make() {
        double[] v = Curves.VI[0];
        double[][] current = {Curves.VI[1], Curves.VI[2]};
        double[] mV = Figures.scaled(v, 1e3);
        if (iv) {
            Plot plot = new Plot("Pb necks, R_N = 5 Ohm: I(V)", "V (mV)", "I (mA)", List.of(
                    Series.line("long neck (θ = 35°), heated", mV, Figures.scaled(current[0], 1e3)),
                    Series.line("short neck (θ = 70°), cold", mV, Figures.scaled(current[1], 1e3)),
                    Series.line("V/R_N", mV, Figures.scaled(Figures.scaled(v, 1 / RN), 1e3))));
            return new Figure(name(), "Seed 000 Fig. 1 (inset): I(V) of a heated long and a cold short Pb neck",
                    plot, new Table(List.of("V[V]", "I_long[A]", "I_short[A]"), List.of(v, current[0], current[1])));
        }
        double[][] dvdi = {dVdI(v, current[0]), dVdI(v, current[1])};
        List<Series> series = new ArrayList<>(List.of(
                Series.line("long neck (θ = 35°), heated (α = 0.1)", mV, dvdi[0]),
                Series.line("short neck (θ = 70°), cold", mV, dvdi[1])));
        double[] marks = new double[4];
        double[] level = new double[4];
        for (int n = 1; n <= 4; n++) {
            marks[n - 1] = 2 * PB.gap(BATH) / (n * E_CHARGE) * 1e3;
            level[n - 1] = 0.9 * RN;
        }
        series.add(Series.points("2Δ/(ne), n = 1…4", marks, level));
        Plot plot = new Plot("Pb necks, R_N = 5 Ohm, Delta = 1.35 meV, bath 1.5 K", "V (mV)", "dV/dI (Ohm)", series);
        return new Figure(name(), "Seed 000 Fig. 1: dV/dI of a heated long and a cold short Pb neck, 2Delta/n marked",
                plot, new Table(List.of("V[V]", "dVdI_long[Ohm]", "dVdI_short[Ohm]"), List.of(v, dvdi[0], dvdi[1])));
    }
}
