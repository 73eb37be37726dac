package org.andreev.neck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.andreev.units.PhysicalConstants.HBAR;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;

import org.andreev.material.Material;
import org.andreev.neck.NeckSuperconductor.Limit;
import org.andreev.neck.NeckSuperconductor.Orientation;
import org.andreev.numeric.RootSolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The neck under field against the seed's numbers (seed 000; physics.md B5) and closed forms. */
class NeckUnderFieldTest {

    static final NeckSuperconductor PB = NeckSuperconductor.LEAD;
    static final Cone SEED_NECK = Cone.ofDegrees(6.45e-9, 35);
    static final NeckUnderField NECK = NeckUnderField.of(PB, SEED_NECK);

    @Test
    void bulkCriticalFieldAt42KIsTheSeeds005T() {
        // seed 000, Fig. 2 caption: "above Hc (0.05T at 4.2K)"; H_c(0)(1 - t^2) = 0.05278 T, one significant digit.
        double hc = PB.criticalField(4.2);
        assertThat(hc).isCloseTo(0.080 * (1 - Math.pow(4.2 / 7.2, 2)), within(1e-15));
        assertThat(hc).isCloseTo(0.05, within(0.005));
        assertThat(PB.criticalField(7.2)).isZero();
    }

    @Test
    void penetrationDepthCleanAndDirty() {
        // Tinkham Eq. 3.123: lambda_L sqrt(1 + xi0/l) = 37 nm * sqrt(9.3) = 112.84 nm.
        assertThat(PB.penetrationDepth0()).isCloseTo(37e-9 * Math.sqrt(9.3), within(1e-20));
        assertThat(PB.withLimit(Limit.CLEAN).penetrationDepth0()).isEqualTo(37e-9);
        // two-fluid: lambda(T)/lambda(0) = 1/sqrt(1 - t^4); at t = 0.5, 1/sqrt(15/16).
        assertThat(PB.penetrationDepth(3.6) / PB.penetrationDepth0()).isCloseTo(1 / Math.sqrt(15.0 / 16), within(1e-14));
        assertThatThrownBy(() -> PB.penetrationDepth(7.2)).hasMessageContaining("T_c");
    }

    @Test
    void diskCriticalFieldAxialAndTransverse() {
        double r = 10e-9;
        double axial = PB.diskCriticalField(4.2, r, Orientation.AXIAL);
        assertThat(axial).isCloseTo(4 * PB.penetrationDepth(4.2) * PB.criticalField(4.2) / r, within(1e-15));
        assertThat(PB.diskCriticalField(4.2, r, Orientation.TRANSVERSE) / axial).isCloseTo(Math.sqrt(2) / 2,
                within(1e-15));
        // r_c inverts H_disk
        assertThat(PB.criticalRadius(4.2, axial, Orientation.AXIAL)).isCloseTo(r, within(1e-22));
    }

    @Test
    void coneSuperconductingLengthIsTheSeedsFormula() {
        // physics.md B5: L_S = 2(4 lambda Hc/H - r0)/tan(theta), ~ 8 lambda Hc/(H tan(theta)) when r_c >> r0.
        double t = 4.2;
        double h = 0.25;
        double rc = 4 * PB.penetrationDepth(t) * PB.criticalField(t) / h;
        assertThat(NECK.superconductingLength(t, h)).isCloseTo(2 * (rc - 6.45e-9) / Math.tan(Math.toRadians(35)),
                within(1e-20));
        Cone thin = Cone.ofDegrees(1e-12, 35);
        assertThat(NeckUnderField.of(PB, thin).superconductingLength(t, h))
                .isCloseTo(8 * PB.penetrationDepth(t) * PB.criticalField(t) / (h * Math.tan(Math.toRadians(35))),
                        within(2 * 1e-12 / Math.tan(Math.toRadians(35)) + 1e-20)); // the neglected 2 r0/tan(theta)
        // beyond the narrowest disk's own critical field nothing is left
        double hMax = PB.diskCriticalField(t, 6.45e-9, Orientation.AXIAL);
        assertThat(NECK.point(t, 1.01 * hMax).regime()).isEqualTo(Regime.N);
        assertThatThrownBy(() -> NECK.superconductingLength(t, 0.04)).hasMessageContaining("bulk critical field");
    }

    @Test
    void sampledProfileOfTheConeGivesTheSameLength() {
        // second method: the piecewise-linear integral of a sampled profile (exact for a cone sampled at its kink)
        SampledProfile sampled = SampledProfile.of(SEED_NECK, -2e-6, 2e-6, 4001);
        NeckUnderField n2 = NeckUnderField.of(PB, sampled);
        for (double h : new double[] {0.1, 0.17, 0.25, 0.4, 1.5}) {
            assertThat(n2.superconductingLength(4.2, h)).as("H = %s T", h)
                    .isCloseTo(NECK.superconductingLength(4.2, h), within(1e-15));
        }
        // and an asymmetric profile by hand: r = 10 nm at both ends, 5 nm at 0, r_c = 7.5 nm -> half of each side
        SampledProfile v = new SampledProfile(new double[] {-100e-9, 0, 50e-9}, new double[] {10e-9, 5e-9, 10e-9});
        assertThat(v.lengthNarrowerThan(7.5e-9)).isCloseTo(75e-9, within(1e-20));
        assertThat(v.lengthNarrowerThan(20e-9)).isCloseTo(150e-9, within(1e-20));
        assertThat(v.lengthNarrowerThan(4e-9)).isZero();
    }

    @Test
    void chargeImbalanceLengthExceeds430nmNearTc() {
        // seed 000: "simple estimates give ... Lambda_Q* > 430 nm" (tau_EP = 2.5e-11 s, l = 10 nm); physics.md B5:
        // this needs k_B T / Delta ~ 1. At k_B T = Delta(T), Lambda = sqrt(v_F l/3 * (4/pi) tau_EP) = 440.7 nm.
        ChargeImbalance kss = new ChargeImbalance(PB, ChargeImbalance.Form.TAU_EP_LIMIT);
        RootSolver.Root t = RootSolver.relative(1e-12).solve(
                temp -> K_BOLTZMANN * temp - Material.LEAD.gap(temp), 5.0, 7.19);
        assertThat(t.converged()).isTrue();
        double closed = Math.sqrt(1.83e6 * 10e-9 / 3 * 4 / Math.PI * 2.5e-11);
        double lambda = kss.length(t.x(), 0);
        System.out.printf("k_B T = Delta(T) at T = %.4f K: Lambda_Q* = %.1f nm (seed: > 430 nm)%n", t.x(), lambda * 1e9);
        assertThat(lambda).isCloseTo(closed, within(1e-9 * closed)).isGreaterThan(430e-9);
        // the seed's form, as printed, gives tau_EP/sqrt(2) without pair breaking: Lambda smaller by 2^(1/4)
        ChargeImbalance seed = new ChargeImbalance(PB, ChargeImbalance.Form.SEED);
        assertThat(seed.length(t.x(), 0) * Math.pow(2, 0.25)).isCloseTo(lambda, within(1e-9 * closed));
    }

    @Test
    void pairBreakingOf02kTcReducesLambdaByAboutTwo() {
        // seed 000: "a small pair breaking parameter (hbar/tau_PB = 0.2 Tc) ... already gives a reduction of
        // Lambda_Q* by a factor of 2", against the estimate without pair breaking (tau_EP itself). Closed form of the
        // seed's substitution: factor (2 (1 + tau_EP/tau_PB))^(1/4) = 1.84; the seed rounds to 2 (we allow 10 %).
        double pb = 0.2 * K_BOLTZMANN * 7.2;
        double tauPb = HBAR / pb;
        double expected = Math.pow(2 * (1 + 2.5e-11 / tauPb), 0.25);
        ChargeImbalance seed = new ChargeImbalance(PB, ChargeImbalance.Form.SEED);
        ChargeImbalance bare = new ChargeImbalance(PB, ChargeImbalance.Form.TAU_EP_LIMIT);
        double factor = bare.length(4.2, 0) / seed.length(4.2, pb);
        System.out.printf("hbar/tau_PB = 0.2 k_B T_c: Lambda_Q* reduced by %.3f (seed: about 2)%n", factor);
        assertThat(factor).isCloseTo(expected, within(1e-12)).isCloseTo(2.0, within(0.2));
        // the alternative form gives nearly the same reduction: sqrt(1 + 2 tau_EP/tau_PB)^(1/2)
        assertThat(bare.length(4.2, 0) / bare.length(4.2, pb))
                .isCloseTo(Math.pow(1 + 2 * 2.5e-11 / tauPb, 0.25), within(1e-12));
    }

    @Test
    void lambdaFallsLikeOneOverSqrtHWhenPairBreakingDominates() {
        // seed 000: "Lambda_Q* decreases more rapidly with field ~ 1/sqrt(H)"; with tau_PB << tau_EP, Lambda ~ H^(-1/2).
        ChargeImbalance ci = NECK.chargeImbalance();
        double w = 200e-9;
        double ratio = ci.lengthInField(4.2, 2.0, w) / ci.lengthInField(4.2, 0.5, w);
        assertThat(ratio).isCloseTo(0.5, within(0.01));
        // field pair breaking: D e^2 B^2 w^2 / (6 hbar)
        double d = 1.83e6 * 10e-9 / 3;
        assertThat(ci.fieldPairBreaking(0.25, 12.9e-9))
                .isCloseTo(d * Math.pow(1.602176634e-19 * 0.25 * 12.9e-9, 2) / (6 * HBAR), within(1e-35));
    }

    static double maxError;
    static double sumSquares;
    static int count;

    @ParameterizedTest
    @CsvFileSource(resources = "neck-field-reference.csv", numLinesToSkip = 1)
    void agreesWithTheIndependentReference(double t, double h, double ls, double lambdaQ) {
        // neck_field_reference.py: numpy/scipy from the spec's formulas; the BCS gap by brentq + quad (1e-13).
        NeckUnderField.Point p = NECK.point(t, h);
        double e1 = Math.abs(p.superconductingLength() / ls - 1);
        double e2 = Math.abs(p.chargeImbalanceLength() / lambdaQ - 1);
        maxError = Math.max(maxError, Math.max(e1, e2));
        sumSquares += e1 * e1 + e2 * e2;
        count += 2;
        assertThat(e1).as("L_S at T = %s K, H = %s T", t, h).isLessThan(1e-12);
        assertThat(e2).as("Lambda_Q* at T = %s K, H = %s T", t, h).isLessThan(1e-9);
    }

    @AfterAll
    static void report() {
        if (count > 0) {
            System.out.printf("neck field vs reference: %d values, max rel. error %.2e, rms %.2e%n", count, maxError,
                    Math.sqrt(sumSquares / count));
        }
    }

    @Test
    void crossoverFieldIsWhereTheLengthsMeet() {
        double hx = NECK.crossoverField(4.2, 0.1, 1.0).orElseThrow();
        System.out.printf("crossover PS -> NS at 4.2 K: %.4f T%n", hx);
        assertThat(NECK.superconductingLength(4.2, hx)).isCloseTo(NECK.chargeImbalanceLength(4.2, hx),
                within(1e-6 * NECK.chargeImbalanceLength(4.2, hx)));
        assertThat(NECK.point(4.2, 0.95 * hx).regime()).isEqualTo(Regime.PS);
        assertThat(NECK.point(4.2, 1.05 * hx).regime()).isEqualTo(Regime.NS);
        assertThat(NECK.crossoverField(4.2, 0.1, 0.2)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "neck-crossover-reference.csv", numLinesToSkip = 1)
    void crossoverFieldAgreesWithTheIndependentReference(String reading, double t, String limit, String orientation,
            String form, double width, double hxReference) {
        // neck_crossover_reference.py: numpy/scipy brentq on L_S(H) = Lambda_Q*(H) from the spec's formulas.
        NeckUnderField neck = new NeckUnderField(PB.withLimit(Limit.valueOf(limit.toUpperCase(java.util.Locale.ROOT))),
                SEED_NECK, Orientation.valueOf(orientation.toUpperCase(java.util.Locale.ROOT)),
                form.equals("seed") ? ChargeImbalance.Form.SEED : ChargeImbalance.Form.TAU_EP_LIMIT, width);
        double hx = neck.crossoverField(t, 0.06, 5.0).orElseThrow();
        System.out.printf("crossover, %s: %.4f T (reference %.4f T)%n", reading, hx, hxReference);
        assertThat(hx / hxReference - 1).as(reading).isCloseTo(0, within(1e-7));
    }

    @Test
    void crossoverAgainstTheSeedsInset() {
        // Seed 000, Fig. 3c inset (a sketch, H axis ticked at 0.15 and 0.30 T): PS below, NS above about
        // 0.25 T, the field where the N-S anomaly of Fig. 3b is largest. Read off to +-0.03 T.
        double seed = 0.25;
        double readingTolerance = 0.03;
        // The spec's default reading (dirty-limit lambda, axial field, w = 2 r0, seed's form, bath 4.2 K)
        // gives 0.41 T: the gap to the seed is real and documented in docs/neck.md, not tuned away.
        double spec = NECK.crossoverField(4.2, 0.06, 5.0).orElseThrow();
        assertThat(spec).isCloseTo(0.413, within(0.001));
        assertThat(spec - seed).isGreaterThan(readingTolerance);
        // The seed's data are taken with the field along or across the neck ("parallel or perpendicular",
        // same phenomenology), and Fig. 3 does not say which: across it (H_disk = 2 sqrt 2 lambda H_c / r,
        // physics.md B5) the crossover is the seed's, with nothing else changed.
        double transverse = NECK.withOrientation(Orientation.TRANSVERSE).crossoverField(4.2, 0.06, 5.0).orElseThrow();
        System.out.printf("crossover at 4.2 K: axial %.3f T, transverse %.3f T; seed about %.2f T%n", spec, transverse,
                seed);
        assertThat(transverse).isCloseTo(seed, within(readingTolerance));
    }

    @Test
    void badValuesAreRefusedNamingTheQuantity() {
        assertThatThrownBy(() -> Cone.ofDegrees(6e-9, 90)).hasMessageContaining("theta");
        assertThatThrownBy(() -> Cone.ofDegrees(-1, 35)).hasMessageContaining("r0");
        assertThatThrownBy(() -> NECK.chargeImbalanceLength(7.5, 0.3)).hasMessageContaining("T_c");
        assertThatThrownBy(() -> new NeckSuperconductor(Material.COPPER, Limit.DIRTY))
                .hasMessageContaining("not a superconductor");
        assertThatThrownBy(() -> new NeckSuperconductor(Material.NIOBIUM, Limit.DIRTY))
                .hasMessageContaining("critical field");
    }
}
