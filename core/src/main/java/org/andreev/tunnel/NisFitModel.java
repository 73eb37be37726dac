package org.andreev.tunnel;

import org.andreev.fit.FitModel;
import org.andreev.superconductor.Superconductor;

/**
 * The N-I-S curve as a {@link FitModel}: I(V − V_off) or dI/dV(V − V_off) of {@link NisJunction} with
 * parameters, in this order, te (T_N, K), delta (Δ, J), rt (R_T, Ω), dynes (γ/Δ), h (exchange, J),
 * offset (V_off, V) and, when not tied to T_N, ts (T_S, K).
 */
final class NisFitModel implements FitModel {

    static final int TE = 0;
    static final int DELTA = 1;
    static final int RT = 2;
    static final int DYNES = 3;
    static final int H = 4;
    static final int OFFSET = 5;
    static final int TS = 6;

    private final NisFitMode mode;
    private final boolean tsTied;

    NisFitModel(NisFitMode mode, boolean tsTied) {
        this.mode = mode;
        this.tsTied = tsTied;
    }

    /** The junction at parameter vector {@code p}. */
    static NisJunction junction(double[] p) {
        return new NisJunction(new Superconductor(p[DELTA], p[DYNES], p[H]), p[RT]);
    }

    /** R_T is an overall scale of I and dI/dV: ∂y/∂R_T = −y/R_T, no model evaluation needed. */
    @Override
    public boolean hasDerivative(int parameter) {
        return parameter == RT;
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
        double tS = tsTied ? p[TE] : p[TS];
        NisJunction junction = junction(p);
        if (mode == NisFitMode.CURRENT) {
            junction.curve(v, p[TE], tS, y, null, null);
        } else {
            junction.curve(v, p[TE], tS, null, y, null);
        }
    }
}
