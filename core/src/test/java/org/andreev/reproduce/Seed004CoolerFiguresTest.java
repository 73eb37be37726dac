package org.andreev.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.andreev.plot.Figure;
import org.junit.jupiter.api.Test;

/** The cooler figures are registered and draw finite numbers with the columns they promise. */
class Seed004CoolerFiguresTest {

    @Test
    void coolerFiguresAreListed() {
        assertThat(Reproduction.figures()).extracting(FigureMaker::name).contains("seed004-fig2-probe-iv",
                "seed004-fig2-cooler-iv", "seed004-fig4-powers", "seed004-fig6-cooler-iv",
                "seed004-fig6-electron-temperature");
    }

    @Test
    void fig4ShowsAndreevHeatAtLowBiasAndCoolingNearTheGap() {
        Figure f = new Seed004Fig4Powers().make();
        double[] pcool = f.data().column("Pcool[W]");
        double[] pa = f.data().column("PA[W]");
        int last = pcool.length - 1;
        assertThat(pa[5]).isGreaterThan(pcool[5]);          // ~5 µV
        assertThat(pcool[last - 10]).isGreaterThan(pa[last - 10]); // ~0.22 mV
    }

    @Test
    void fig2ProbeAndreevCurrentDominatesAtLowBias() {
        Figure f = new Seed004Fig2ProbeIv().make();
        double[] iqp = f.data().column("Iqp[A]");
        double[] ia = f.data().column("IA[A]");
        assertThat(ia[10]).isGreaterThan(10 * iqp[10]);
        for (double x : f.data().column("I[A]")) {
            assertThat(x).isFinite().isPositive();
        }
    }
}
