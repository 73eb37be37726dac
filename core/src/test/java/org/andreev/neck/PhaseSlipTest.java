package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.andreev.data.Peak;
import org.andreev.data.PeakDetector;
import org.andreev.data.PeakRecurrence;
import org.andreev.material.Material;
import org.andreev.numeric.AdaptiveGaussKronrod;
import org.junit.jupiter.api.Test;

/** Phase-slip centres (physics.md B6) and the synthetic sweeps of seed 000 Figs. 2 and 3. */
class PhaseSlipTest {

    @Test
    void neckIntegralReducesToTheUniformWire() {
        // a uniform profile 100 Lambda long: rho int exp(-|x|/L) dx / A = 2 L rho / A (1 - e^-50)
        double lambda = 200e-9;
        SampledProfile wire = new SampledProfile(new double[] {-10e-6, 0, 10e-6}, new double[] {20e-9, 20e-9, 20e-9});
        double a = Math.PI * 400e-18;
        assertThat(PhaseSlipResistance.neck(wire, 0, lambda, 4.9e-8))
                .isCloseTo(PhaseSlipResistance.uniform(lambda, 4.9e-8, a), within(1e-12 * 2 * lambda * 4.9e-8 / a));
    }

    @Test
    void coneIntegralAgreesWithAdaptiveQuadrature() {
        // second method: adaptive Gauss-Kronrod on each side of the kink, to 1e-12
        Cone cone = Cone.ofDegrees(6.45e-9, 35);
        double lambda = 190e-9;
        double rho = 4.9e-8;
        for (double x0 : new double[] {0, 30e-9, -120e-9}) {
            AdaptiveGaussKronrod agk = new AdaptiveGaussKronrod(1e-13, 0, 10_000);
            double ref = rho * agk.integrate(x -> Math.exp(-Math.abs(x - x0) / lambda)
                    / (Math.PI * Math.pow(cone.radius(x), 2)), new double[] {x0 - 40 * lambda, Math.min(0, x0),
                            Math.max(0, x0), x0 + 40 * lambda}).value();
            assertThat(PhaseSlipResistance.neck(cone, x0, lambda, rho)).as("x0 = %s", x0).isCloseTo(ref,
                    within(1e-10 * ref));
        }
        // the long-Lambda limit 2 rho/(pi r0 tan theta) bounds it from above
        assertThat(PhaseSlipResistance.neck(cone, 0, lambda, rho))
                .isLessThan(2 * rho / (Math.PI * 6.45e-9 * Math.tan(Math.toRadians(35))));
    }

    @Test
    void detectorMeetsItsAccuracyOnTheMarBackground() {
        // issue #8: >= 95 % recall and precision and each step within 10 % on synthetic sweeps, here on the MAR
        // engine's heated background (MarBackground.seed000: sub-harmonic structure at 2 Delta/n, heating rise) with
        // its phase-slip (PS) and N-S peaks, found by PhaseSlipSweeps.DETECTOR (window from n/40). Stated
        // conditions: 8 sweeps at each of 8 fields 0.1-0.5 T, 4000 points from 0.6 to 9 mV, noise sigma = 0.025 Ohm
        // (0.5 % R_N), steps 0.5 % of V (seed: 0.2-2 %), peak heights 0.6-1.1 Ohm (SNR 25-45).
        // The step is a jump of V at fixed I: the injection's V(I) = V_bg(I) + s L((I - I_k)/dI_k) and the estimate
        // s = int (1 - b/y) dV with b the background at the same current, refitted per peak in the current
        // coordinate (PeakBaseline). Criterion for "resolvable" (stated): the step's own S/N s/sigma_s >= 30, i.e.
        // 10 % is 3 sigma_s (sigma_s from the noise, Peak.stepError), and the local background quadratic within the
        // noise (Peak.backgroundFits: chi^2 misfit <= 4 sigma; it flags the peaks on the n = 1 and n = 2 sub-harmonic
        // structures near 2.4 and 1.24 mV). Every true peak that passes must have its step within 10 %; recall is
        // counted against all injected switches (stricter than against the resolvable set: a missed switch has no
        // measured S/N); the resolvable share is asserted as measured (46 of 59 when written; >= 70 %).
        PhaseSlipSweeps g = PhaseSlipSweeps.seed000();
        assertThat(g.background()).isInstanceOf(MarBackground.class);
        Random rnd = new Random(20261201L);
        int injected = 0;
        int found = 0;
        int matched = 0;
        double worstStep = 0;
        double worstAll = 0;
        double sumStep2 = 0;
        double lowest = Double.POSITIVE_INFINITY;
        int truePeaks = 0;
        int resolvable = 0;
        int within10 = 0;
        int within10All = 0;
        for (double h : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.45, 0.5}) {
            for (int s = 0; s < 8; s++) {
                PhaseSlipSweeps.Sweep sweep = g.sweep(h, rnd);
                List<Peak> peaks = PhaseSlipSweeps.DETECTOR.find(sweep.dvdi()).peaks();
                injected += sweep.switches().size();
                found += peaks.size();
                // each found peak covers the switches within max(its FWHM, 20 uV); switches closer than that are one
                // peak to any detector (their runs touch), so its step is compared with their summed step
                java.util.Set<PhaseSlipSweeps.Switch> covered = new java.util.HashSet<>();
                for (Peak p : peaks) {
                    double truth = 0;
                    for (PhaseSlipSweeps.Switch t : sweep.switches()) {
                        lowest = Math.min(lowest, t.position());
                        if (Math.abs(p.position() - t.position()) < Math.max(p.width(), 20e-6)) {
                            truth += t.step();
                            covered.add(t);
                        }
                    }
                    if (truth > 0) {
                        truePeaks++;
                        double e = Math.abs(p.step() / truth - 1);
                        worstAll = Math.max(worstAll, e);
                        within10All += e <= 0.10 ? 1 : 0;
                        if (p.stepSignificance() >= 30 && p.backgroundFits()) {
                            resolvable++;
                            worstStep = Math.max(worstStep, e);
                            sumStep2 += e * e;
                            within10 += e <= 0.10 ? 1 : 0;
                            if (e > 0.1) {
                                System.out.printf("  OUTSIDE 10 %%: %.4f mV, step %.2f uV (truth %.2f uV), s/sigma_s %.1f,"
                                        + " misfit %.2f, width %.1f uV%n", p.position() * 1e3, p.step() * 1e6, truth * 1e6,
                                        p.stepSignificance(), p.backgroundMisfit(), p.width() * 1e6);
                            }
                        } else {
                            System.out.printf("  not resolvable: %.4f mV, step %.2f uV (truth %.2f uV), s/sigma_s %.1f,"
                                    + " background misfit %.1f%n", p.position() * 1e3, p.step() * 1e6, truth * 1e6,
                                    p.stepSignificance(), p.backgroundMisfit());
                        }
                    }
                }
                matched += covered.size();
            }
        }
        double recall = (double) matched / injected;
        double precision = (double) truePeaks / found;
        System.out.printf("peaks on the MAR background: %d switches (lowest at %.2f mV), %d peaks found, %d switches"
                + " found, %d peaks true: recall %.4f, precision %.4f; %d resolvable, step error max %.3f, rms %.4f,"
                + " %d of %d within 10 %%; over all true peaks %d of %d within 10 %%, max %.3f%n", injected,
                lowest * 1e3, found, matched, truePeaks, recall, precision, resolvable, worstStep,
                Math.sqrt(sumStep2 / resolvable), within10, resolvable, within10All, truePeaks, worstAll);
        assertThat(injected).isGreaterThan(40);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat((double) resolvable / truePeaks).isGreaterThanOrEqualTo(0.70);
        // before the current-coordinate background (PeakBaseline): 29 of 59 within 10 %, worst 5.6x, and no sigma_s,
        // so no peak resolvable: this test fails on that estimator
        assertThat(worstStep).as("step error of the resolvable peaks").isLessThanOrEqualTo(0.10);
        // and over every true peak, resolvable or not (56 of 59 when written; 29 of 59 before)
        assertThat((double) within10All / truePeaks).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void marBackgroundHasTheSubharmonicGapStructure() {
        // physics.md B3/B4: structure in dI/dV just below eV = 2 Delta(T_local)/n; the seed's Fig. 1 arrows. With
        // eta = 0.092 the n = 1 structure is a dV/dI minimum near 2 Delta/e (Delta(4.2 K) = 1.24 meV, slightly
        // heated: T_local(2.4 mV) = 4.34 K), and far above the gap dV/dI comes back to about R_N (within 20 %).
        MarBackground b = MarBackground.seed000();
        double gap = Material.LEAD.gap(4.2) / org.andreev.units.PhysicalConstants.E_CHARGE;
        double vMin = 0;
        double rMin = Double.POSITIVE_INFINITY;
        for (double v = 1.6e-3; v <= 3.2e-3; v += 1e-6) {
            double r = 1 / b.conductance(v);
            if (r < rMin) {
                rMin = r;
                vMin = v;
            }
        }
        System.out.printf("MAR background: n = 1 minimum of dV/dI at %.3f mV (2 Delta/e = %.3f mV), %.2f Ohm%n",
                vMin * 1e3, 2 * gap * 1e3, rMin);
        assertThat(vMin / (2 * gap)).isBetween(0.9, 1.02);
        assertThat(1 / b.conductance(2 * gap + 1.5e-3)).isGreaterThan(rMin * 1.2);
        assertThat(1 / b.conductance(8e-3) / 5.0).isCloseTo(1, within(0.2));
        // the inverse V(I) round trip
        for (double v = 0.5e-3; v < 9.9e-3; v += 0.37e-3) {
            assertThat(b.voltage(b.current(v))).isCloseTo(v, within(1e-12));
        }
    }

    @Test
    void syntheticSweepsWanderInThePsRegimeAndRepeatInTheNsRegime() {
        // seed 000: for 2Hc < H < 3Hc the peaks change in number and position from sweep to sweep (Fig. 2);
        // at high field one peak is reproduced without change (Fig. 3). The model's PS -> NS crossover at 4.2 K is
        // 0.41 T for this neck (NeckUnderFieldTest), so 0.2 T is PS and 0.5 T is NS here.
        PhaseSlipSweeps g = PhaseSlipSweeps.seed000();
        Random rnd = new Random(42);
        List<List<Peak>> ps = new ArrayList<>();
        Set<Integer> counts = new TreeSet<>();
        for (int s = 0; s < 12; s++) {
            List<Peak> peaks = PhaseSlipSweeps.DETECTOR.find(g.sweep(0.2, rnd).dvdi()).peaks();
            ps.add(peaks);
            counts.add(peaks.size());
        }
        assertThat(counts).as("peak counts at 0.2 T").hasSizeGreaterThan(1);
        assertThat(PeakRecurrence.DEFAULT.groups(ps)).noneMatch(PeakRecurrence.Group::reproducible);
        List<List<Peak>> ns = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            PhaseSlipSweeps.Sweep sweep = g.sweep(0.45, rnd);
            assertThat(sweep.regime()).isEqualTo(Regime.NS);
            ns.add(PhaseSlipSweeps.DETECTOR.find(sweep.dvdi()).peaks());
        }
        List<PeakRecurrence.Group> groups = PeakRecurrence.DEFAULT.groups(ns);
        assertThat(groups).filteredOn(PeakRecurrence.Group::reproducible).hasSize(1);
    }

    @Test
    void nsPeakSitsWhereTheSeedShowsIt() {
        // seed 000, Fig. 3: the reproducible N-S peak appears at about 0.2 T, is clearest at 0.25 T and drops at 0.29 T
        // (Fig. 3a-c: 0.23, 0.25, 0.29 T), on a bias axis of 2-6 mV (Fig. 3c ticks 2, 4, 6), above 2 Delta on the
        // heating rise. With the seed's own estimate of Lambda_Q* (240 nm: k_BT = Delta, hbar/tau_PB = 0.2 k_BT_c) the
        // model's N-S regime begins in that field range and its peak sits on that axis; tolerance: the seed's field
        // range to 0.01 T and its plotted bias window.
        PhaseSlipSweeps seed = PhaseSlipSweeps.seed000SeedEstimate();
        // the estimate written out (seed's numbers: v_F = 1.83e6 m/s, l = 10 nm, tau_EP = 2.5e-11 s; at k_BT = Delta
        // the thermal factor is 1; the seed's substitution tau_EP -> sqrt(tau_EP / (2 (1/tau_PB + 1/tau_EP))) with
        // hbar/tau_PB = 0.2 k_B T_c, T_c = 7.2 K): 440.6 nm / (2 (1 + tau_EP/tau_PB))^(1/4) = 239.7 nm
        double tauPb = 1.054571817e-34 / (0.2 * 1.380649e-23 * 7.2);
        double written = Math.sqrt(1.83e6 * 10e-9 / 3 * 4 / Math.PI * 2.5e-11) / Math.pow(2 * (1 + 2.5e-11 / tauPb), 0.25);
        assertThat(seed.neck().chargeImbalanceLength(4.2, 0.29)).isCloseTo(written, within(1e-6 * written));
        double hx = seed.neck().crossoverField(4.2, 0.06, 1.0).orElseThrow();
        assertThat(hx).isBetween(0.22, 0.30);
        Random rnd = new Random(3);
        List<List<Peak>> sweeps = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            PhaseSlipSweeps.Sweep sweep = seed.sweep(0.29, rnd);
            assertThat(sweep.regime()).isEqualTo(Regime.NS);
            assertThat(sweep.switches()).hasSize(1);
            assertThat(sweep.switches().get(0).position()).isBetween(2e-3, 6e-3);
            sweeps.add(PhaseSlipSweeps.DETECTOR.find(sweep.dvdi()).peaks());
        }
        List<PeakRecurrence.Group> reproducible = PeakRecurrence.DEFAULT.groups(sweeps).stream()
                .filter(PeakRecurrence.Group::reproducible).toList();
        assertThat(reproducible).hasSize(1);
        double v = reproducible.get(0).position();
        System.out.printf("N-S peak with the seed's Lambda_Q*: crossover %.3f T, at 0.29 T found at %.3f mV%n", hx, v * 1e3);
        assertThat(v).isBetween(2e-3, 6e-3);
        // the spec's reading (Lambda_Q* from the formula at the bath temperature) for the record: still PS at 0.29 T,
        // and its N-S peak at 0.45 T below the seed's window (0.96 mV: I_NS = 0.34 mA, less the excess current)
        PhaseSlipSweeps spec = PhaseSlipSweeps.seed000();
        assertThat(spec.sweep(0.29, new Random(1)).regime()).isEqualTo(Regime.PS);
        PhaseSlipSweeps.Sweep high = spec.sweep(0.45, new Random(1));
        assertThat(high.switches().get(0).position()).isCloseTo(0.96e-3, within(0.02e-3));
    }
}
