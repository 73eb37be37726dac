package org.andreev.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.andreev.fit.FitReport;
import org.andreev.fit.Provenance;
import org.andreev.superconductor.Superconductor;
import org.junit.jupiter.api.Test;

/** Fits from several starts ({@link NisFitStarts}): which starts, and what the best end reports. */
class NisFitStartsTest {

    private static final double MEV = 1.602176634e-22;

    /** A noiseless I(V) of Δ = 0.2 meV, R_T = 2 kΩ at T_e = 150 mK, −0.4 to 0.4 mV. */
    private static double[][] curve() {
        NisJunction j = new NisJunction(Superconductor.bcs(0.2 * MEV), 2000);
        double[] v = new double[81];
        double[] i = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = -0.4e-3 + k * 0.8e-3 / (v.length - 1);
            i[k] = j.current(v[k], 0.150, 0.150);
        }
        return new double[][] {v, i};
    }

    @Test
    void vanDerCorputPointsAreTheDigitReversedFractions() {
        assertThat(NisFitStarts.halton(1, 2)).isEqualTo(0.5);
        assertThat(NisFitStarts.halton(2, 2)).isEqualTo(0.25);
        assertThat(NisFitStarts.halton(3, 2)).isEqualTo(0.75);
        assertThat(NisFitStarts.halton(1, 3)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(NisFitStarts.halton(4, 3)).isCloseTo(1.0 / 3 + 1.0 / 9, within(1e-15));
    }

    @Test
    void theFirstStartIsTheAutomaticOneTheOthersMoveOnlyWhatIsNeitherGivenNorHeld() {
        double[][] c = curve();
        NisFit fit = NisFit.of(NisFitMode.CURRENT).withFree("te", "delta", "h").withValue("rt", 2000);
        List<Map<String, Double>> starts = new NisFitStarts(fit).starts(c[0], c[1], 6);
        assertThat(starts).hasSize(6);
        assertThat(starts.get(0)).isEqualTo(fit.initialGuess(c[0], c[1]));
        assertThat(new HashSet<>(starts)).as("distinct").hasSize(6);
        Map<String, Double> auto = starts.get(0);
        double delta = auto.get("delta");
        for (Map<String, Double> s : starts) {
            assertThat(s.keySet()).containsExactlyElementsOf(auto.keySet());
            assertThat(s.get("rt")).as("given").isEqualTo(2000);
            assertThat(s.get("dynes")).as("held at 0").isZero();
            assertThat(s.get("offset")).as("held at 0").isZero();
            assertThat(s.get("te") / auto.get("te")).isBetween(0.5, 2.0);
            assertThat(s.get("delta") / delta).isBetween(0.5, 2.0);
            assertThat(s.get("h")).isBetween(0.0, 0.5 * delta);
        }
        // reproducible: the same starts again
        assertThat(new NisFitStarts(fit).starts(c[0], c[1], 6)).isEqualTo(starts);
        // the Dynes model has no rate grid: the default is the automatic start alone
        assertThat(new NisFitStarts(fit).starts(c[0], c[1])).hasSize(1);
    }

    @Test
    void theUsadelRateGridComesRightAfterTheAutomaticStart() {
        double[][] c = curve();
        NisFit fit = NisFit.of(NisFitMode.CURRENT).withDos(NisDos.USADEL).withFree("delta", "sf", "so", "rt")
                .withValue("te", 0.15);
        List<Map<String, Double>> starts = new NisFitStarts(fit).starts(c[0], c[1], 5);
        double delta = starts.get(0).get("delta");
        assertThat(starts.get(1).get("sf") / delta).isCloseTo(0.02, within(1e-12));
        assertThat(starts.get(1).get("so") / delta).isCloseTo(0.4, within(1e-12));
        assertThat(starts.get(3).get("sf") / delta).isCloseTo(0.15, within(1e-12));
        assertThat(starts.get(4).get("te")).as("given").isEqualTo(0.15);
        assertThat(new NisFitStarts(fit).starts(c[0], c[1])).hasSize(4);
    }

    @Test
    void theNumberOfStartsIsChecked() {
        double[][] c = curve();
        NisFitStarts s = new NisFitStarts(NisFit.of(NisFitMode.CURRENT));
        assertThatThrownBy(() -> s.starts(c[0], c[1], 0)).hasMessageContaining("1 to 64, got 0");
        assertThatThrownBy(() -> s.starts(c[0], c[1], 65)).hasMessageContaining("got 65");
    }

    @Test
    void theBestEndIsTheLowestConvergedChiSquareAndKeepsTheAutomaticProvenance() {
        double[][] c = curve();
        NisFit fit = NisFit.of(NisFitMode.CURRENT).withFree("te", "delta", "rt");
        NisFitStarts.Outcome o = new NisFitStarts(fit).fit(c[0], c[1], null, 5);
        assertThat(o.ends()).hasSize(5);
        assertThat(o.best().converged()).isTrue();
        for (NisFitResult e : o.ends()) {
            if (e.converged()) {
                assertThat(o.best().fit().chiSquare()).isLessThanOrEqualTo(e.fit().chiSquare());
            }
        }
        // the truth, from a noiseless curve (tolerance: the fit's convergence)
        assertThat(o.best().estimate("te").value()).isCloseTo(0.150, within(1e-5));
        assertThat(o.best().estimate("delta").value() / MEV).isCloseTo(0.2, within(1e-7));
        // a moved start is still a guess: the provenance of the automatic start, and the report says how many
        FitReport r = o.best().report();
        assertThat(r.parameters()).filteredOn(p -> p.name().equals("te")).extracting(FitReport.Parameter::provenance)
                .containsExactly(Provenance.GUESSED_FITTED);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("fitted from 5 starts (NisFitStarts), the best end kept: start "));
        assertThat(o.bestIndex()).isBetween(0, 4);
        // one start is the fit itself
        NisFitResult one = new NisFitStarts(fit).fit(c[0], c[1], null, 1).best();
        NisFitResult plain = fit.fit(c[0], c[1]);
        assertThat(one.estimates()).isEqualTo(plain.estimates());
        assertThat(one.fit().chiSquare()).isEqualTo(plain.fit().chiSquare());
        assertThat(one.report().notes()).isEqualTo(plain.report().notes());
    }

    @Test
    void fitFromRefusesToMoveAGivenValue() {
        double[][] c = curve();
        NisFit fit = NisFit.of(NisFitMode.CURRENT).withFree("te").withValue("rt", 2000).withValue("delta", 0.2 * MEV);
        Map<String, Double> start = new java.util.LinkedHashMap<>(fit.initialGuess(c[0], c[1]));
        start.put("rt", 3000.0);
        assertThatThrownBy(() -> fit.fitFrom(start, c[0], c[1], null)).hasMessageContaining("given rt");
    }
}
