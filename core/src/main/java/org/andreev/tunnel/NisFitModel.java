package org.andreev.tunnel;

import java.util.Collection;
import org.andreev.fit.FitModel;
import org.andreev.superconductor.Superconductor;
import org.andreev.superconductor.UsadelSuperconductor;

/**
 * The N-I-S curve as a {@link FitModel}: I(V − V_off) or dI/dV(V − V_off) of {@link NisJunction}
 * (the {@link NisDos#DYNES} model) or of {@link UsadelNisJunction} ({@link NisDos#USADEL}), with the
 * parameters of {@link NisDos#parameters()} in that order (te, delta, rt, dynes, h, offset, then for
 * Usadel so, sf, orb, xn) and, when not tied to T_N, ts last.
 */
final class NisFitModel implements FitModel {

    static final int TE = 0;
    static final int DELTA = 1;
    static final int RT = 2;
    static final int DYNES = 3;
    static final int H = 4;
    static final int OFFSET = 5;
    static final int SO = 6;
    static final int SF = 7;
    static final int ORB = 8;
    static final int XN = 9;

    private final NisFitMode mode;
    private final NisDos dos;
    private final boolean tsTied;
    private final int ts;
    /** The Andreev term's geometry and form (its values are in p from {@link #andreevAt}), or null. */
    private final AndreevTerm andreev;
    private final int andreevAt;
    private final java.util.List<String> andreevNames;

    NisFitModel(NisFitMode mode, NisDos dos, boolean tsTied) {
        this(mode, dos, tsTied, null, java.util.List.of());
    }

    /** With the Andreev term {@code andreev} (or null), whose parameters {@code andreevNames} follow the others in p. */
    NisFitModel(NisFitMode mode, NisDos dos, boolean tsTied, AndreevTerm andreev, java.util.List<String> andreevNames) {
        this.mode = mode;
        this.dos = dos;
        this.tsTied = tsTied;
        this.ts = dos.parameters().size();
        this.andreev = andreev;
        this.andreevAt = ts + (tsTied ? 0 : 1);
        this.andreevNames = java.util.List.copyOf(andreevNames);
    }

    /** The model whose parameters are {@code names} (the estimates of a fit). */
    static NisFitModel of(NisFitMode mode, Collection<String> names) {
        return of(mode, names, null);
    }

    /** The model whose parameters are {@code names}, with the Andreev term's configuration (or null). */
    static NisFitModel of(NisFitMode mode, Collection<String> names, AndreevTerm andreev) {
        return new NisFitModel(mode, names.contains("xn") ? NisDos.USADEL : NisDos.DYNES, !names.contains("ts"),
                andreev, names.stream().filter(NisAndreevFit.NAMES::contains).toList());
    }

    /** The Andreev term at parameter vector {@code p}, or null when the model has none. */
    AndreevTerm andreevTerm(double[] p) {
        return andreev == null ? null : NisAndreevFit.term(andreev, p, andreevAt, andreevNames);
    }

    /** The spin-split Dynes junction at parameter vector {@code p} (h enters as |h|). */
    static NisJunction junction(double[] p) {
        return new NisJunction(new Superconductor(p[DELTA], p[DYNES], Math.abs(p[H])), p[RT]);
    }

    /** The Usadel junction at parameter vector {@code p} of the {@link NisDos#USADEL} model. */
    static UsadelNisJunction usadelJunction(double[] p) {
        UsadelSuperconductor s = new UsadelSuperconductor(p[DELTA], Math.abs(p[H]), p[DYNES] * p[DELTA],
                Math.abs(p[SO]), Math.abs(p[SF]), Math.abs(p[ORB]));
        return new UsadelNisJunction(s, p[RT], p[XN]);
    }

    /** R_T is an overall scale of I and dI/dV: ∂y/∂R_T = −y/R_T, no model evaluation needed. */
    @Override
    public boolean hasDerivative(int parameter) {
        return parameter == RT && andreev == null; // I_A is not ∝ 1/R_T
    }

    @Override
    public void derivative(double[] p, int parameter, int dataSet, double[] x, double[] y, double[] dydp) {
        for (int i = 0; i < y.length; i++) {
            dydp[i] = -y[i] / p[RT];
        }
    }

    @Override
    public void predict(double[] p, int dataSet, double[] x, double[] y) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i] - p[OFFSET];
        }
        boolean current = mode == NisFitMode.CURRENT;
        if (dos == NisDos.USADEL) {
            usadelJunction(p).curve(v, p[TE], current ? y : null, current ? null : y);
            return;
        }
        double tS = tsTied ? p[TE] : p[ts];
        NisJunction junction = junction(p);
        if (current) {
            junction.curve(v, p[TE], tS, y, null, null);
        } else {
            junction.curve(v, p[TE], tS, null, y, null);
        }
        if (andreev != null) {
            double[] a = new double[v.length];
            andreevTerm(p).junction(p[DELTA], p[RT]).curve(v, p[TE], current ? a : null, current ? null : a);
            for (int i = 0; i < v.length; i++) {
                y[i] += a[i];
            }
        }
    }
}
