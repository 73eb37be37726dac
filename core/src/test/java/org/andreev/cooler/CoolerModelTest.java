package org.andreev.cooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.andreev.cooler.CoolerModel.AndreevTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heat balance of physics.md A5 on the seed-004 device (A6), against the seed's statements. */
class CoolerModelTest {

    static final CoolerDevice SEED = DeviceFile.seed004();

    static double[] bias(double max, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = max * i / (n - 1);
        }
        return v;
    }

    @ParameterizedTest
    @CsvSource({"0.09", "0.14", "0.23", "0.43"})
    void everyPointIsConvergedToOneMicrokelvin(double tBath) {
        // The steady state is a sign change of the net cooling: it must lie within 1 µK of T_e,
        // at every bias, including where Andreev heating lifts T_e above the bath and above 2Δ/e.
        CoolerModel model = new CoolerModel(SEED.with("rleak", 50e6));
        CoolerCurve c = model.curve(bias(0.7e-3, 141), tBath);
        assertThat(c.failedBiases()).isEmpty();
        for (int i = 1; i < c.size(); i++) {
            double below = model.netCooling(c.v()[i], c.te()[i] - 1e-6, tBath);
            double above = model.netCooling(c.v()[i], c.te()[i] + 1e-6, tBath);
            assertThat(below * above).as("V = %g", c.v()[i]).isLessThanOrEqualTo(0);
            // the current is the sum of its parts
            assertThat(c.current()[i]).isCloseTo(c.iqp()[i] + c.ia()[i] + c.v()[i] / 50e6, within(1e-12 * Math.abs(c.current()[i])));
            // phonons sit between the electrons and the bath
            assertThat(c.tph()[i]).isBetween(Math.min(c.te()[i], tBath) - 1e-12, Math.max(c.te()[i], tBath) + 1e-12);
        }
    }

    @Test
    void parallelCurveEqualsSequentialToTheTolerance() {
        CoolerModel model = new CoolerModel(SEED);
        double[] v = bias(0.6e-3, 201);
        CoolerCurve a = model.curve(v, 0.1);
        java.util.concurrent.atomic.AtomicInteger reported = new java.util.concurrent.atomic.AtomicInteger();
        CoolerCurve b = model.curveParallel(v, 0.1, (done, total) -> reported.accumulateAndGet(done, Math::max));
        assertThat(reported.get()).isEqualTo(v.length); // the progress callback counts every point once
        for (int i = 0; i < v.length; i++) {
            assertThat(b.te()[i]).isCloseTo(a.te()[i], within(1e-6));
        }
    }

    @Test
    void at90mKTheElectronsFirstHeatThenCoolNearTheGap() {
        // seed 004 §5, Fig. 6 right: "At very low temperature, the electron temperature first increases
        // with the bias ... When the voltage bias approaches the gap, the single quasi-particle
        // tunneling based cooling dominates." Without the Andreev heat they only cool.
        double[] v = bias(0.45e-3, 91); // up to 2Δ/e = 0.456 mV
        CoolerCurve full = new CoolerModel(SEED).curve(v, 0.09);
        CoolerCurve charge = new CoolerModel(SEED, AndreevTerms.CHARGE).curve(v, 0.09);
        int peak = argMax(full.te());
        assertThat(full.te()[peak]).isGreaterThan(0.09 + 0.02);
        for (int i = 1; i <= peak; i++) {
            assertThat(full.te()[i]).isGreaterThan(full.te()[i - 1]);
        }
        assertThat(full.te()[v.length - 1]).isLessThan(0.09 - 0.03);
        for (int i = 0; i < v.length; i++) {
            assertThat(charge.te()[i]).isLessThanOrEqualTo(0.09 + 1e-6);
        }
    }

    @Test
    void at230mKCoolingAlwaysPrevails() {
        // seed 004 §5: "for Tbath = 230 mK the electronic cooling always prevails"
        CoolerCurve c = new CoolerModel(SEED).curve(bias(0.45e-3, 91), 0.23);
        for (double te : c.te()) {
            assertThat(te).isLessThanOrEqualTo(0.23 + 1e-6);
        }
    }

    @Test
    void andreevHeatingMattersOnlyBelowAbout200mK() {
        // seed 004 §5: "the Andreev current dissipation becomes relevant only below 200 mK".
        // The largest rise of T_e above the bath over the sub-gap biases: tens of mK at 90 mK,
        // below 1 mK from 200 mK up.
        assertThat(maxRise(0.09)).isGreaterThan(0.03);
        assertThat(maxRise(0.14)).isGreaterThan(0.005);
        assertThat(maxRise(0.20)).isLessThan(1e-3);
        assertThat(maxRise(0.25)).isLessThan(1e-6);
    }

    @Test
    void andreevHeatDominatesAtLowBiasAndCoolingNearTheGapAt100mK() {
        // seed 004 Fig. 4: one N-I-S junction at 100 mK; P_A = I_A V exceeds P_cool near zero bias,
        // P_cool overtakes it close to the gap.
        var nis = SEED.tunnelJunction();
        var a = SEED.andreevJunction();
        double low = 0.05e-3;
        double nearGap = 0.21e-3;
        assertThat(a.jouleHeat(low, 0.1)).isGreaterThan(100 * nis.coolingPower(low, 0.1, 0.1));
        assertThat(nis.coolingPower(nearGap, 0.1, 0.1)).isGreaterThan(5 * a.jouleHeat(nearGap, 0.1));
    }

    @Test
    void phononTemperatureSolvesTheKapitzaBalance() {
        CoolerModel model = new CoolerModel(SEED);
        for (double te : new double[] {0.02, 0.09, 0.3, 0.6}) {
            double tph = model.phononTemperature(te, 0.3);
            double u = SEED.sigmaEph() * SEED.islandVolume();
            double balance = u * (Math.pow(te, 5) - Math.pow(tph, 5)) + SEED.kapitza() * (Math.pow(0.3, 4) - Math.pow(tph, 4));
            assertThat(balance).isCloseTo(0, within(1e-12 * u * Math.pow(Math.max(te, 0.3), 5)));
        }
        assertThat(new CoolerModel(SEED.with("ka", Double.POSITIVE_INFINITY)).phononTemperature(0.05, 0.3)).isEqualTo(0.3);
        // the shared solver's reason, not a silent number, where there is no root
        assertThatThrownBy(() -> model.phononTemperature(Double.NaN, 0.3)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("phonon temperature at T_e = NaN K");
    }

    /**
     * The phonon temperature against the closed form of its two limits (physics.md A5): with Σ U ≪ K A
     * the phonons sit at the bath, T_ph → T_bath + Σ U (T_e⁵ − T_bath⁵)/(4 K A T_bath³); with Σ U ≫ K A
     * they follow the electrons, T_ph → T_e − K A (T_e⁴ − T_bath⁴)/(5 Σ U T_e⁴) (first order in the
     * small ratio, 10⁻⁶ here; tolerance: twice the second-order term, 2 δ²/T with δ the first-order shift).
     */
    @Test
    void phononTemperatureMeetsBothWeakCouplingLimits() {
        double u = SEED.sigmaEph() * SEED.islandVolume();
        double te = 0.1;
        double tb = 0.3;
        CoolerModel strongKapitza = new CoolerModel(SEED.with("ka", 1e6 * u));
        double tph = strongKapitza.phononTemperature(te, tb);
        assertThat(tph).isCloseTo(tb + u * (Math.pow(te, 5) - Math.pow(tb, 5)) / (4 * 1e6 * u * Math.pow(tb, 3)),
                within(1e-12)); // δ = -2.2e-8 K: 2δ²/T is far below rounding
        CoolerModel weakKapitza = new CoolerModel(SEED.with("ka", 1e-6 * u));
        tph = weakKapitza.phononTemperature(te, tb);
        assertThat(tph).isCloseTo(te - 1e-6 * u * (Math.pow(te, 4) - Math.pow(tb, 4)) / (5 * u * Math.pow(te, 4)),
                within(2 * 2 * Math.pow(1.6e-5, 2) / te)); // δ = 1.6e-5 K
    }

    @Test
    void phononCoolingBarelyMattersAt90mK() {
        // seed 004 §5: perfect phonon thermalisation changes the current by less than 2 % at 90 mK
        double[] v = bias(0.44e-3, 45);
        CoolerCurve kapitza = new CoolerModel(SEED).curve(v, 0.09);
        CoolerCurve pinned = new CoolerModel(SEED.with("ka", Double.POSITIVE_INFINITY)).curve(v, 0.09);
        for (int i = 1; i < v.length; i++) {
            assertThat(pinned.current()[i]).isCloseTo(kapitza.current()[i], within(0.02 * kapitza.current()[i]));
        }
    }

    @Test
    void leakageAddsCurrentAndHeat() {
        CoolerModel leaky = new CoolerModel(SEED.with("rleak", 10e6));
        OperatingPoint p = leaky.solve(0.3e-3, 0.09);
        OperatingPoint q = new CoolerModel(SEED).solve(0.3e-3, 0.09);
        assertThat(p.te()).isGreaterThan(q.te());
        assertThat(p.current() - p.iqp() - p.ia()).isCloseTo(0.3e-3 / 10e6, within(1e-20));
    }

    @ParameterizedTest
    @CsvSource({"0.3e-3, 0.05", "0.3e-3, 0.12", "0.45e-3, 0.09", "-0.2e-3, 0.1"})
    void leakageHeatInTheBalanceIsVSquaredOverRLeak(double v, double te) {
        // physics.md A5: the leak deposits V²/R_leak in the island electrons and nothing else changes, so
        // the net cooling drops by exactly that (2.25e-15 W for 0.3 mV over 40 MΩ) at any T_e;
        // 1e-9 relative of it, far above the rounding of the ~1e-13 W terms it is the difference of
        double rLeak = 40e6;
        double tBath = 0.09;
        double without = new CoolerModel(SEED).netCooling(v, te, tBath);
        double with = new CoolerModel(SEED.with("rleak", rLeak)).netCooling(v, te, tBath);
        double joule = v * v / rLeak;
        assertThat(without - with).isCloseTo(joule, within(1e-9 * joule));
        // and at the leaky steady state the balance 2 P_N = Σ U (T_ph⁵ − T_e⁵) + I_A V + V²/R_leak holds
        CoolerModel leaky = new CoolerModel(SEED.with("rleak", rLeak));
        OperatingPoint p = leaky.solve(v, tBath);
        double inflow = leaky.phononHeat(p.te(), tBath) + p.ia() * v + joule;
        double slope = Math.abs(leaky.netCooling(v, p.te() + 1e-6, tBath) - leaky.netCooling(v, p.te() - 1e-6, tBath)) / 2e-6;
        assertThat(p.pcool() - inflow).isCloseTo(0, within(slope * CoolerModel.DEFAULT_TOLERANCE + 1e-12 * p.pcool()));
    }

    @Test
    void pointsWhereTheBalanceCannotBeSolvedAreReportedNotHidden() {
        // a leak of 1e-300 Ω deposits ~1e293 W: no electron temperature below the solver's ceiling
        // (10³ T_bath + 100 K) balances it, so no bracket is found
        CoolerModel broken = new CoolerModel(SEED.with("rleak", 1e-300));
        CoolerCurve c = broken.curve(bias(0.4e-3, 5), 0.1);
        assertThat(c.failedBiases()).hasSize(4).doesNotContain(0.0); // V = 0 is balanced
        for (int i = 0; i < c.size(); i++) {
            assertThat(c.te()[i]).isFinite();
        }
        OperatingPoint p = broken.solve(0.3e-3, 0.1);
        assertThat(p.converged()).isFalse();
        assertThat(p.failure()).contains("heat into the electrons exceeds the cooling");
        // one line: how many, the first few biases, and why
        assertThat(c.failureSummary()).startsWith("T_e did not converge at 4 of 5 biases (V = 0.000100000, 0.000200000, 0.000300000, ... V)")
                .contains("at V = 0.000100000 V: the heat into the electrons exceeds").doesNotContain("\n");
        assertThat(new CoolerModel(SEED).curve(bias(0.4e-3, 5), 0.1).failureSummary()).isEmpty();
    }

    @Test
    void aHugeIslandIsPinnedToItsPhononsWithoutCancellation() {
        // Σ U → ∞ (Σ = 1e300 W/(K⁵m³); the review's demo was island_length 1e300 m): T_ph → T_e, and the electrons' balance becomes
        // 2 P_N(V/2; T_e) = K A (T_bath⁴ − T_e⁴) (physics.md A5, quasiparticles only). Σ U (T_ph⁵ − T_e⁵)
        // as a plain difference is noise of size Σ U T_e⁵ ε ≈ 1e260 W there; the heat must come out
        // to 1e-9 relative of the Kapitza flow (the neglected Σ U side is 1e-280 of it).
        CoolerDevice huge = SEED.with("sigma_eph", 1e300);
        CoolerModel model = new CoolerModel(huge, AndreevTerms.NONE);
        double tBath = 0.3;
        double v = 0.4e-3;
        var nis = SEED.tunnelJunction();
        for (double te : new double[] {0.1, 0.2, 0.25, 0.29}) {
            double kapitzaFlow = SEED.kapitza() * (Math.pow(tBath, 4) - Math.pow(te, 4));
            assertThat(model.phononHeat(te, tBath)).as("T_e = %g", te).isCloseTo(kapitzaFlow, within(1e-9 * kapitzaFlow));
            double expected = 2 * nis.coolingPower(v / 2, te, tBath) - kapitzaFlow;
            assertThat(model.netCooling(v, te, tBath)).isCloseTo(expected, within(1e-9 * Math.abs(kapitzaFlow)));
        }
        // the steady state against bisection on the reduced balance, to 1 µK
        double lo = 0.01;
        double hi = tBath;
        while (hi - lo > 1e-9) {
            double mid = 0.5 * (lo + hi);
            double f = 2 * nis.coolingPower(v / 2, mid, tBath) - SEED.kapitza() * (Math.pow(tBath, 4) - Math.pow(mid, 4));
            if (f > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        OperatingPoint p = model.solve(v, tBath);
        assertThat(p.converged()).isTrue();
        assertThat(p.te()).isCloseTo(lo, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"0.05, 0.3", "0.2, 0.3", "0.5, 0.1", "0.09, 0.09"})
    void phononHeatIsEitherSideOfThePhononBalance(double te, double tBath) {
        // Σ U (T_ph⁵ − T_e⁵) = K A (T_bath⁴ − T_ph⁴) at T_ph (physics.md A5); and a Kapitza coupling of
        // 1e300 pins T_ph to the bath, where the heat is Σ U (T_bath⁵ − T_e⁵): 1e-12 relative
        CoolerModel model = new CoolerModel(SEED);
        double tph = model.phononTemperature(te, tBath);
        double u = SEED.sigmaEph() * SEED.islandVolume();
        double scale = u * Math.pow(Math.max(te, tBath), 5);
        assertThat(model.phononHeat(te, tBath)).isCloseTo(u * (Math.pow(tph, 5) - Math.pow(te, 5)), within(1e-12 * scale));
        double pinned = u * (Math.pow(tBath, 5) - Math.pow(te, 5));
        assertThat(new CoolerModel(SEED.with("ka", 1e300)).phononHeat(te, tBath)).isCloseTo(pinned, within(1e-12 * scale));
    }

    @Test
    void refusesBadBath() {
        assertThatThrownBy(() -> new CoolerModel(SEED).solve(1e-4, 0)).hasMessageContaining("T_bath");
    }

    private static double maxRise(double tBath) {
        CoolerCurve c = new CoolerModel(SEED).curve(bias(0.3e-3, 61), tBath);
        double rise = 0;
        for (double te : c.te()) {
            rise = Math.max(rise, te - tBath);
        }
        return rise;
    }

    private static int argMax(double[] x) {
        int k = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[k]) {
                k = i;
            }
        }
        return k;
    }
}
