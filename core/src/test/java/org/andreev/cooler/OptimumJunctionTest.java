package org.andreev.cooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.andreev.cooler.OptimumJunction.Optimum;
import org.junit.jupiter.api.Test;

/**
 * The optimum junction of physics.md A7 against brute force: the self-consistent cooler with the
 * optimum R_T reaches T*, and R_T 30 % off either way reaches less; likewise for the power.
 */
class OptimumJunctionTest {

    static final CoolerDevice SEED = DeviceFile.seed004();

    /** min over a fine bias grid near the gap of the steady-state T_e at this R_T, K. */
    static double lowestTe(double rt, double tBath) {
        CoolerModel m = new CoolerModel(SEED.with("rt", rt));
        int n = 400;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.40e-3 + 0.06e-3 * i / (n - 1);
        }
        double min = Double.POSITIVE_INFINITY;
        for (double t : m.curve(v, tBath).te()) {
            min = Math.min(min, t);
        }
        return min;
    }

    /** max over a fine bias grid of 2 P_N − I_A V at T_e = T_bath for this R_T, W. */
    static double maxPower(double rt, double tBath) {
        CoolerDevice d = SEED.with("rt", rt);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 600; i++) {
            double v = 0.30e-3 + 0.16e-3 * i / 599;
            double p = 2 * d.tunnelJunction().coolingPower(v / 2, tBath, tBath) - d.andreevJunction().current(v / 2, tBath) * v;
            best = Math.max(best, p);
        }
        return best;
    }

    @Test
    void lowestTemperatureAgreesWithBruteForce() {
        Optimum o = new OptimumJunction(SEED).at(0.1, 1.5e-6);
        double reached = lowestTe(o.rtLowestTe(), 0.1);
        // the 0.15 µV bias grid of the brute force resolves T_e to ~0.05 mK near the optimum
        assertThat(reached).isCloseTo(o.lowestTe(), within(5e-5));
        assertThat(lowestTe(0.7 * o.rtLowestTe(), 0.1)).isGreaterThan(reached);
        assertThat(lowestTe(1.4 * o.rtLowestTe(), 0.1)).isGreaterThan(reached);
    }

    @Test
    void largestPowerAgreesWithBruteForce() {
        Optimum o = new OptimumJunction(SEED).at(0.1, 1.5e-6);
        double p = maxPower(o.rtMaxPower(), 0.1);
        assertThat(p).isCloseTo(o.maxPower(), within(1e-3 * o.maxPower()));
        assertThat(maxPower(0.7 * o.rtMaxPower(), 0.1)).isLessThan(p);
        assertThat(maxPower(1.4 * o.rtMaxPower(), 0.1)).isLessThan(p);
    }

    @Test
    void optimumResistanceGrowsAsTheBathCools() {
        // seed 004 §6: "the optimum resistance increases when the electronic temperature decreases"
        OptimumJunction oj = new OptimumJunction(SEED);
        double previousTe = Double.POSITIVE_INFINITY;
        double previousP = Double.POSITIVE_INFINITY;
        for (double t : new double[] {0.06, 0.1, 0.2, 0.3}) {
            Optimum o = oj.at(t, 1.5e-6);
            assertThat(o.rtLowestTe()).isLessThan(previousTe);
            assertThat(o.rtMaxPower()).isLessThan(previousP);
            assertThat(o.lowestTe()).isLessThan(t);
            previousTe = o.rtLowestTe();
            previousP = o.rtMaxPower();
        }
    }

    @Test
    void shortPhaseCoherenceHelpsOnlyBelowTheCoherenceLengthAtTheGap() {
        // seed 004 §6 suggests a shorter L_φ; at the optimum bias (eV/2 ≈ Δ) the pairs stay coherent over
        // L_E = sqrt(ħD/Δ) ≈ 0.15 µm, so L_φ ≫ L_E changes nothing and L_φ ≲ L_E lowers the Andreev heat.
        OptimumJunction oj = new OptimumJunction(SEED);
        Optimum longL = oj.at(0.1, 100e-6);
        Optimum seedL = oj.at(0.1, 1.5e-6);
        Optimum shortL = oj.at(0.1, 0.02e-6);
        assertThat(seedL.lowestTe()).isCloseTo(longL.lowestTe(), within(1e-3 * longL.lowestTe()));
        assertThat(shortL.lowestTe()).isLessThan(0.97 * seedL.lowestTe());
        assertThat(shortL.maxPower()).isGreaterThan(seedL.maxPower());
    }
}
