package org.andreev.neck;

import static org.andreev.units.PhysicalConstants.G0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.andreev.material.Material;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactSizeTest {

    /**
     * Seed 000 / physics.md B1: with Pb's λ_F = 0.399 nm, R = 5 Ω is A ≈ 131 nm², a ≈ 6.45 nm
     * (the spec's rounding: within 0.5 nm², 0.005 nm).
     */
    @Test
    void seedCheckSharvin() {
        ContactSize pb = ContactSize.sharvin(Material.LEAD);
        assertThat(pb.radius(5.0)).isCloseTo(6.45e-9, within(0.005e-9));
        assertThat(pb.area(5.0)).isCloseTo(131e-18, within(0.5e-18));
        assertThat(pb.resistance(6.45e-9)).isCloseTo(5.0, within(0.01));
    }

    /** Sharvin's closed form in the seed's spelling R = (h/2e²) λ_F²/(πA), round trip to rounding. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.5, 5, 12906.4, 1e6})
    void sharvinBothWays(double resistance) {
        ContactSize c = ContactSize.sharvin(0.4e-9);
        double area = c.area(resistance);
        assertThat((1 / G0) * 0.4e-9 * 0.4e-9 / (Math.PI * area)).isCloseTo(resistance, withinPercentage(1e-12));
        assertThat(c.resistance(c.radius(resistance))).isCloseTo(resistance, withinPercentage(1e-12));
    }

    /**
     * Limits of Wexler's formula: ℓ/a → ∞ is the Sharvin term 4ρℓ/(3πa²), which for Pb's free-electron
     * ρℓ equals the λ_F form (the two Pb constants are rounded to three figures: 0.5 %), plus Γ(∞)ρ/(2a),
     * which vanishes as 1/ℓ; ℓ/a → 0 is Maxwell's ρ/(2a) (the Sharvin term is of relative order ℓ/a).
     */
    @Test
    void wexlerLimits() {
        assertThat(ContactSize.gamma(0)).isEqualTo(1.0);
        assertThat(ContactSize.gamma(1e12)).isCloseTo(0.83 / 1.33, within(1e-11));
        double a = 5e-9;
        double rhoL = Material.LEAD.resistivityMeanFreePath();
        ContactSize ballistic = ContactSize.wexler(rhoL / 1e-3, 1e-3);
        assertThat(ballistic.resistance(a))
                .isCloseTo(ContactSize.sharvin(Material.LEAD).resistance(a), withinPercentage(0.5));
        double rho = 1e-7;
        ContactSize diffusive = ContactSize.wexler(rho, 1e-15);
        assertThat(diffusive.resistance(a)).isCloseTo(rho / (2 * a), withinPercentage(1e-4));
    }

    private static double maxError;
    private static double sumSquares;
    private static int count;

    /**
     * Wexler R → a by the shared root solver against the positive root of the equivalent cubic found
     * by numpy.roots (an independent method; see the CSV header), for Pb, Al, Cu, Au, Nb ρℓ, ℓ from
     * 1 nm to 1 µm and R from 0.1 Ω to 12.9 kΩ. Tolerance 1e-10 relative (solver 1e-13; the
     * eigenvalue roots are good to about 1e-12).
     */
    @ParameterizedTest
    @CsvFileSource(resources = "wexler-radius.csv", numLinesToSkip = 1)
    void wexlerInversionAgainstCubicRoots(String material, double rho, double mfp, double resistance,
            double radius) {
        ContactSize c = ContactSize.wexler(rho, mfp);
        double a = c.radius(resistance);
        double error = Math.abs(a / radius - 1);
        maxError = Math.max(maxError, error);
        sumSquares += error * error;
        count++;
        assertThat(a).as(material + " l=" + mfp + " R=" + resistance).isCloseTo(radius, withinPercentage(1e-8));
        assertThat(c.resistance(a)).isCloseTo(resistance, withinPercentage(1e-10));
    }

    @AfterAll
    static void wexlerErrorSummary() {
        if (count > 0) {
            double rms = Math.sqrt(sumSquares / count);
            System.out.printf("Wexler radius vs cubic roots: %d cases, max rel. error %.2e, RMS %.2e%n",
                    count, maxError, rms);
            assertThat(maxError).isLessThan(1e-10);
            assertThat(rms).isLessThan(1e-11);
        }
    }

    /** The material defaults: Pb's ℓ = 10 nm and ρ = ρℓ/ℓ; ρ given without ℓ gives ℓ = ρℓ/ρ. */
    @Test
    void wexlerFromMaterial() {
        ContactSize pb = ContactSize.wexler(Material.LEAD, Double.NaN, Double.NaN);
        assertThat(pb.meanFreePath()).isEqualTo(10e-9);
        assertThat(pb.resistivity()).isCloseTo(4.9e-8, withinPercentage(1e-9));
        ContactSize au = ContactSize.wexler(Material.GOLD, Double.NaN, 2e-9);
        assertThat(au.meanFreePath()).isCloseTo(8.39e-16 / 2e-9, withinPercentage(1e-9));
        assertThatThrownBy(() -> ContactSize.wexler(Material.GOLD, Double.NaN, Double.NaN))
                .hasMessageContaining("mean free path").hasMessageContaining("--mfp");
        // Wexler is larger than Sharvin at the same radius, so a given R means a larger contact.
        assertThat(pb.radius(5.0)).isGreaterThan(ContactSize.sharvin(Material.LEAD).radius(5.0));
    }

    @Test
    void badInput() {
        ContactSize c = ContactSize.sharvin(Material.LEAD);
        assertThatThrownBy(() -> c.radius(0)).hasMessageContaining("resistance R must be > 0");
        assertThatThrownBy(() -> c.radius(-1)).hasMessageContaining("resistance");
        assertThatThrownBy(() -> ContactSize.sharvin(Double.NaN)).hasMessageContaining("lambda_F");
        assertThatThrownBy(() -> ContactSize.wexler(-1, 1e-9)).hasMessageContaining("resistivity");
    }
}
