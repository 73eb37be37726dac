"""Independent reference values for NeckUnderFieldTest (physics.md B5), written from the formulas
of the spec with numpy/scipy, sharing no code with the Java library:
Pb (Delta0 = 1.35 meV, Tc = 7.2 K, mu0Hc0 = 0.080 T, lambda_L = 37 nm, xi0 = 83 nm, l = 10 nm,
vF = 1.83e6 m/s, tau_EP = 2.5e-11 s), dirty limit, axial field, cone theta = 35 deg, r0 = 6.45 nm,
pair-breaking width w = 2 r0, the seed's form. The BCS gap is the weak-coupling universal curve
delta(T/Tc) scaled to Delta0, solved here by brentq on the gap equation in the cosh form.
Run: python3 neck_field_reference.py > neck-field-reference.csv"""
import math
from scipy.integrate import quad
from scipy.optimize import brentq

e = 1.602176634e-19; hbar = 6.62607015e-34 / (2 * math.pi); kB = 1.380649e-23
D0 = 1.35e-3 * e; Tc = 7.2; Hc0 = 0.080; lamL = 37e-9; xi0 = 83e-9; l = 10e-9; vF = 1.83e6; tau = 2.5e-11
gE = 0.57721566490153286
r0 = 6.45e-9; theta = math.radians(35); w = 2 * r0

def reduced_gap(t):
    if t >= 1: return 0.0
    def eq(d):
        f = lambda th: 1.0 / (math.exp(min(d * math.pi * math.exp(-gE) * math.cosh(th) / t, 700)) + 1)
        return math.log(1 / d) - 2 * quad(f, 0, 40, limit=400, epsabs=1e-15, epsrel=1e-13)[0]
    return brentq(eq, 1e-12, 1.0, xtol=1e-15, rtol=1e-14)

print("T_K,H_T,LS_m,LambdaQ_m")
for T in (2.0, 4.2, 6.0):
    t = T / Tc
    gap = D0 * reduced_gap(t)
    lam = lamL * math.sqrt(1 + xi0 / l) / math.sqrt(1 - t ** 4)
    hc = Hc0 * (1 - t * t)
    D = vF * l / 3
    for H in (0.1, 0.15, 0.2, 0.25, 0.3, 0.5):
        if H <= hc: continue
        rc = 4 * lam * hc / H
        ls = max(0.0, 2 * (rc - r0) / math.tan(theta))
        pb = D * (e * H * w) ** 2 / (6 * hbar)          # J
        taueff = math.sqrt(tau / (2 * (pb / hbar + 1 / tau)))
        lq = math.sqrt(D * 4 / math.pi * kB * T / gap * taueff)
        print(f"{T},{H},{ls!r},{lq!r}")
