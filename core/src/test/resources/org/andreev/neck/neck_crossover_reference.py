"""Independent reference values of the PS/NS crossover field H* (L_S(H*) = Lambda_Q*(H*)) for
NeckUnderFieldTest (physics.md B5; seed 000 Fig. 3c inset), written from the spec's formulas with
numpy/scipy and sharing no code with the Java library. Pb constants and the seed's neck as in
neck_field_reference.py (theta = 35 deg, r0 = 6.45 nm); each row changes one reading against the
spec's default (dirty limit, axial field, w = 2 r0, the seed's pair-breaking form, bath 4.2 K).
Run: python3 neck_crossover_reference.py > neck-crossover-reference.csv"""
import math
from scipy.integrate import quad
from scipy.optimize import brentq

e = 1.602176634e-19; hbar = 6.62607015e-34 / (2 * math.pi); kB = 1.380649e-23
D0 = 1.35e-3 * e; Tc = 7.2; Hc0 = 0.080; lamL = 37e-9; xi0 = 83e-9; l = 10e-9; vF = 1.83e6; tau = 2.5e-11
gE = 0.57721566490153286
r0 = 6.45e-9; theta = math.radians(35)

def reduced_gap(t):
    if t >= 1: return 0.0
    def eq(d):
        f = lambda th: 1.0 / (math.exp(min(d * math.pi * math.exp(-gE) * math.cosh(th) / t, 700)) + 1)
        return math.log(1 / d) - 2 * quad(f, 0, 40, limit=400, epsabs=1e-15, epsrel=1e-13)[0]
    return brentq(eq, 1e-12, 1.0, xtol=1e-15, rtol=1e-14)

def crossover(T, limit="dirty", orientation="axial", form="seed", w=2 * r0):
    t = T / Tc
    gap = D0 * reduced_gap(t)
    lam0 = lamL * math.sqrt(1 + xi0 / l) if limit == "dirty" else lamL
    lam = lam0 / math.sqrt(1 - t ** 4)
    hc = Hc0 * (1 - t * t)
    D = vF * l / 3
    c = 4.0 if orientation == "axial" else 2 * math.sqrt(2)
    def ls(H):
        return max(0.0, 2 * (c * lam * hc / H - r0) / math.tan(theta))
    def lq(H):
        rate = D * (e * H * w) ** 2 / (6 * hbar) / hbar        # 1/tau_PB
        if form == "seed":
            te = math.sqrt(tau / (2 * (rate + 1 / tau)))
        else:
            te = tau / math.sqrt(1 + 2 * tau * rate)
        return math.sqrt(D * 4 / math.pi * kB * T / gap * te)
    return brentq(lambda H: ls(H) - lq(H), hc * (1 + 1e-9), 5.0, xtol=1e-14, rtol=1e-13)

print("reading,T_K,limit,orientation,form,width_m,Hx_T")
rows = [("spec default", 4.2, "dirty", "axial", "seed", 2 * r0),
        ("transverse field", 4.2, "dirty", "transverse", "seed", 2 * r0),
        ("tau-ep-limit form", 4.2, "dirty", "axial", "tau-ep-limit", 2 * r0),
        ("clean-limit lambda", 4.2, "clean", "axial", "seed", 2 * r0),
        ("w = 4 r0", 4.2, "dirty", "axial", "seed", 4 * r0),
        ("neck at 5 K", 5.0, "dirty", "axial", "seed", 2 * r0),
        ("transverse + tau-ep-limit", 4.2, "dirty", "transverse", "tau-ep-limit", 2 * r0)]
for name, T, lim, ori, form, w in rows:
    print(f"{name},{T},{lim},{ori},{form},{w!r},{crossover(T, lim, ori, form, w)!r}")
