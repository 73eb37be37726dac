package org.andreev.tunnel;

import java.util.Collection;
import org.andreev.fit.FitModel;
import org.andreev.superconductor.DosTable;
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

    NisFitModel(NisFitMode mode, NisDos dos, boolean tsTied) {
        this.mode = mode;
        this.dos = dos;
        this.tsTied = tsTied;
        this.ts = dos.parameters().size();
    }

    /** The model whose parameters are {@code names} (the estimates of a fit). */
    static NisFitModel of(NisFitMode mode, Collection<String> names) {
        return new NisFitModel(mode, names.contains("xn") ? NisDos.USADEL : NisDos.DYNES, !names.contains("ts"));
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

    /**
     * R_T is an overall scale of I and dI/dV: ∂y/∂R_T = −y/R_T, no model evaluation needed. x_N of the
     * Usadel model enters linearly, y = (1 − x_N) y₀ + x_N y_N (y₀ the curve at x_N = 0, y_N the ohmic
     * one): ∂y/∂x_N = y_N − y₀, one evaluation on the cached density of states instead of two.
     */
    @Override
    public boolean hasDerivative(int parameter) {
        return parameter == RT || (dos == NisDos.USADEL && parameter == XN);
    }

    @Override
    public void derivative(double[] p, int parameter, int dataSet, double[] x, double[] y, double[] dydp) {
        if (parameter == XN) {
            double[] q = p.clone();
            q[XN] = 0;
            predict(q, dataSet, x, dydp);
            boolean current = mode == NisFitMode.CURRENT;
            for (int i = 0; i < x.length; i++) {
                double ohmic = current ? (x[i] - p[OFFSET]) / p[RT] : 1 / p[RT];
                dydp[i] = ohmic - dydp[i];
            }
            return;
        }
        for (int i = 0; i < y.length; i++) {
            dydp[i] = -y[i] / p[RT];
        }
    }

    /** The density of states of the Usadel superconductor at these parameters (key of the table cache). */
    private record DosKey(double delta, double h, double dynes, double so, double sf, double orb) {
        static DosKey of(UsadelSuperconductor s) {
            return new DosKey(s.delta(), s.exchange(), s.dynesRate(), s.spinOrbitRate(), s.spinFlipRate(),
                    s.orbitalRate());
        }
    }

    /**
     * DOS tables of the last few parameter sets: a Jacobian column of a parameter that does not change
     * the density of states (te, offset, xn; rt is analytic) reuses the table of the point it
     * differentiates at, so a six-parameter Usadel fit solves the Usadel equations for the columns of
     * Δ, h and the rates only. Thread-safe (Jacobian columns may run in parallel); bounded.
     */
    private final java.util.Map<DosKey, DosTable> tables = new java.util.concurrent.ConcurrentHashMap<>();

    /** At most this many tables are kept (a Jacobian's columns, and the trial point). */
    private static final int CACHED_TABLES = 32;

    private DosTable table(UsadelNisJunction junction, double[] v, double tN) {
        DosKey key = DosKey.of(junction.superconductor());
        double need = junction.tableRange(v, tN);
        DosTable t = tables.get(key);
        if (t != null && t.maxEnergy() >= need) {
            return t;
        }
        // a margin, so that the te and offset columns (which move the range a little) hit the cache
        t = junction.superconductor().table(1.2 * need, UsadelNisJunction.FIT_TABLE_TOLERANCE);
        if (tables.size() >= CACHED_TABLES) {
            tables.clear();
        }
        tables.put(key, t);
        return t;
    }

    @Override
    public void predict(double[] p, int dataSet, double[] x, double[] y) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = x[i] - p[OFFSET];
        }
        boolean current = mode == NisFitMode.CURRENT;
        if (dos == NisDos.USADEL) {
            UsadelNisJunction j = usadelJunction(p);
            j.curve(table(j, v, p[TE]), v, p[TE], current ? y : null, current ? null : y);
            return;
        }
        double tS = tsTied ? p[TE] : p[ts];
        NisJunction junction = junction(p);
        if (current) {
            junction.curve(v, p[TE], tS, y, null, null);
        } else {
            junction.curve(v, p[TE], tS, null, y, null);
        }
    }
}
