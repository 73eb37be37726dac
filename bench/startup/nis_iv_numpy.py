#!/usr/bin/env python3
"""The numpy peer of `andreev nis iv --delta D --rt R --te T --bias 0:VMAX:N` (physics.md A2):
I, dI/dV and the heat drawn out of N of a BCS N-I-S junction at N biases, vectorised over a
(biases x nodes) grid, written as the same CSV. Used by compare_startup.py (docs/performance.md,
"Start-up"); its accuracy against andreev is checked with --check FILE.

The gap edge's inverse-square-root singularity is removed by E = +-Delta cosh(u) (n_S dE = Delta
cosh(u) du on each branch); u runs over [0, U] with Gauss-Legendre panels (PANELS x 8 nodes).

usage: nis_iv_numpy.py DELTA_meV RT_Ohm T_K VMAX_mV N [PANELS] [--check andreev.csv]
"""
import sys
import numpy as np

E = 1.602176634e-19
KB = 1.380649e-23


def curve(delta, rt, t, v, panels):
    tn = KB * t / delta                     # k_B T / Delta (T_N = T_S = T)
    w = E * v / delta                       # eV / Delta
    top = np.arccosh(np.max(np.abs(w)) + 1 + 40 * tn)
    x8, w8 = np.polynomial.legendre.leggauss(8)
    edges = np.linspace(0.0, top, panels + 1)
    h = np.diff(edges)[:, None]
    u = (edges[:-1, None] + h * (x8 + 1) / 2).ravel()
    wu = (h * w8 / 2).ravel()
    c = np.cosh(u)
    fs = 0.5 * (1 - np.tanh(c / (2 * tn)))  # f_S(c) ; f_S(-c) = 1 - f_S(c)
    xp = (c[None, :] - w[:, None]) / (2 * tn)   # (E - eV) / 2kT, E = +Delta cosh u
    xm = (-c[None, :] - w[:, None]) / (2 * tn)  # E = -Delta cosh u
    fp = 0.5 * (1 - np.tanh(xp))
    fm = 0.5 * (1 - np.tanh(xm))
    weight = wu * c                         # n_S dE / Delta on each branch
    occ = (fp - fs) + (fm - (1 - fs))
    i = delta / (E * rt) * (occ @ weight)
    g = (1 / (4 * np.cosh(xp) ** 2) + 1 / (4 * np.cosh(xm) ** 2)) @ weight / (rt * tn)
    heat = ((c[None, :] - w[:, None]) * (fp - fs) + (-c[None, :] - w[:, None]) * (fm - (1 - fs))) @ weight
    p = delta ** 2 / (E ** 2 * rt) * heat  # > 0 when N is cooled
    return i, g, p


def main(argv):
    check = None
    if "--check" in argv:
        k = argv.index("--check")
        check = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    delta = float(argv[0]) * 1e-3 * E
    rt = float(argv[1])
    t = float(argv[2])
    v = np.linspace(0.0, float(argv[3]) * 1e-3, int(argv[4]))
    panels = int(argv[5]) if len(argv) > 5 else 160
    i, g, p = curve(delta, rt, t, v, panels)
    if check:
        ref = np.loadtxt(check, delimiter=",", skiprows=1)
        for name, col, ours in (("I", 1, i), ("dIdV", 2, g), ("Pcool", 3, p)):
            scale = np.max(np.abs(ref[:, col]))
            print(f"{name}: max |numpy - andreev| / max|andreev| = {np.max(np.abs(ours - ref[:, col])) / scale:.2e}")
        return
    out = np.column_stack([v, i, g, p])
    np.savetxt(sys.stdout, out, delimiter=",", fmt="%.17g", header="V[V],I[A],dIdV[S],Pcool[W]", comments="")


if __name__ == "__main__":
    main(sys.argv[1:])
