package org.andreev.reproduce;

import java.util.List;
import org.andreev.io.Table;
import org.andreev.neck.Cone;
import org.andreev.neck.NeckSuperconductor;
import org.andreev.neck.NeckUnderField;
import org.andreev.plot.Figure;
import org.andreev.plot.HouseStyle;
import org.andreev.plot.LineStyle;
import org.andreev.plot.Plot;
import org.andreev.plot.Series;
import org.andreev.units.Range;

/**
 * Seed 000, Fig. 3c inset: the superconducting length L_S and the charge-imbalance length Λ_Q*
 * of the θ = 35°, r_0 = 6.45 nm Pb neck at 4.2 K against the field (physics.md B5), with the
 * crossover from the phase-slip (PS) to the N-S (NS) regime marked. The seed's inset is a sketch;
 * with the spec's defaults (dirty-limit λ, axial field, w = 2r_0, the seed's pair-breaking form) the
 * crossover falls at 0.41 T rather than near the seed's 0.25 T; with the field across the neck (the
 * seed does not say which orientation its Fig. 3 had) at 0.26 T, drawn beside it (docs/neck.md).
 */
public final class Seed000Fig3Inset implements FigureMaker {

    static final NeckUnderField NECK = NeckUnderField.of(NeckSuperconductor.LEAD, Cone.ofDegrees(6.45e-9, 35));
    static final double T = 4.2;

    @Override
    public String name() {
        return "seed000-fig3-inset";
    }

    @Override
    public Figure make() {
        double[] h = new Range(0.08, 0.6, 105).values();
        NeckUnderField across = NECK.withOrientation(NeckSuperconductor.Orientation.TRANSVERSE);
        double[] ls = new double[h.length];
        double[] lsAcross = new double[h.length];
        double[] lq = new double[h.length];
        double[] ps = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            NeckUnderField.Point p = NECK.point(T, h[i]);
            ls[i] = p.superconductingLength();
            lsAcross[i] = across.superconductingLength(T, h[i]);
            lq[i] = p.chargeImbalanceLength();
            ps[i] = p.regime() == org.andreev.neck.Regime.PS ? 1 : 0;
        }
        double hx = NECK.crossoverField(T, h[0], h[h.length - 1]).orElseThrow();
        double hxAcross = across.crossoverField(T, h[0], h[h.length - 1]).orElseThrow();
        double lx = NECK.chargeImbalanceLength(T, hx) * 1e9;
        double lxAcross = NECK.chargeImbalanceLength(T, hxAcross) * 1e9;
        // the seed's own estimate of Lambda_Q* (240 nm at every field; the reading that puts the N-S peak of the
        // synthetic Fig. 3 where the seed shows it, docs/neck.md) and its crossover with L_S along the neck
        NeckUnderField seedEstimate = NECK.withSeedChargeImbalanceEstimate();
        double lqSeed = seedEstimate.chargeImbalanceLength(T, h[0]);
        double[] lqSeedLine = new double[h.length];
        java.util.Arrays.fill(lqSeedLine, lqSeed);
        double hxSeed = seedEstimate.crossoverField(T, h[0], h[h.length - 1]).orElseThrow();
        // house style: black solid, red dashed, blue dotted (apart in greyscale by line style); crossovers as circles
        Plot plot = new Plot("", "μ0H (T)", "L_S, Λ_Q* (nm)", List.of(
                Series.line("L_S, field along the neck (default)", h, Figures.scaled(ls, 1e9))
                        .styled(HouseStyle.BLACK, LineStyle.SOLID),
                Series.line("Λ_Q*", h, Figures.scaled(lq, 1e9)).styled(HouseStyle.RED, LineStyle.DASHED),
                Series.line("L_S, field across the neck", h, Figures.scaled(lsAcross, 1e9))
                        .styled(HouseStyle.BLUE, LineStyle.DOTTED),
                Series.line(String.format("Λ_Q*, the seed's estimate (%.0f nm)", lqSeed * 1e9), h,
                        Figures.scaled(lqSeedLine, 1e9)).styled(HouseStyle.GREY, LineStyle.DASH_DOT),
                Series.points(String.format("crossovers %.2f T, %.2f T, %.2f T (seed ≈ 0.25 T)", hx, hxAcross, hxSeed),
                        new double[] {hx, hxAcross, hxSeed}, new double[] {lx, lxAcross, lqSeed * 1e9})
                        .styled(HouseStyle.BLACK, null)));
        return new Figure(name(), String.format("Seed 000 Fig. 3c inset (model): L_S and Lambda_Q* vs H of the theta = 35"
                + " deg Pb neck at 4.2 K; PS below, NS above the crossover at %.3f T (field along the neck, the"
                + " default) or %.3f T (across); %.3f T with the seed's estimate Lambda_Q* = %.0f nm", hx, hxAcross,
                hxSeed, lqSeed * 1e9), plot,
                new Table(List.of("H[T]", "LS[m]", "LS_transverse[m]", "LambdaQ[m]", "LambdaQ_seed[m]", "PS[1]"),
                        List.of(h, ls, lsAcross, lq, lqSeedLine, ps)));
    }
}
