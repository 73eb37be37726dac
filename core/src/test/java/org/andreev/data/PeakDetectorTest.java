package org.andreev.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.andreev.io.Curve;
import org.junit.jupiter.api.Test;

/** The dV/dI peak detector (physics.md B7) on sweeps with known injected peaks ({@link InjectedPeaks}). */
class PeakDetectorTest {

    @Test
    void recallPrecisionAndStepOnSyntheticSweeps() {
        // issue #8: >= 95 % recall and precision, the step of each peak within 10 %, at a stated SNR.
        // Stated conditions: 200 sweeps of 4000 points (1-9 mV) on a smooth heating bump, 1-4 peaks each at least
        // 1 mV apart, steps 10-100 uV (seed 000), SNR h/sigma = 10-50 (raised where needed to keep the peak's FWHM
        // below 250 uV: the seed's "high peaks"), Gaussian noise sigma = 0.01 R_N on dV/dI.
        Random rnd = new Random(20261201L);
        int injected = 0;
        int found = 0;
        int matched = 0;
        double worstStep = 0;
        double sumStep2 = 0;
        for (int s = 0; s < 200; s++) {
            InjectedPeaks.Sweep sweep = InjectedPeaks.make(rnd, 4000, 1 + rnd.nextInt(4), 0.01 * InjectedPeaks.RN,
                    10, 50, 1e-3);
            List<Peak> peaks = PeakDetector.DEFAULT.find(sweep.dvdi()).peaks();
            injected += sweep.peaks().size();
            found += peaks.size();
            for (InjectedPeaks.Truth t : sweep.peaks()) {
                Peak best = null;
                for (Peak p : peaks) {
                    if (Math.abs(p.position() - t.position()) < Math.max(p.width(), 20e-6)
                            && (best == null || Math.abs(p.position() - t.position())
                                    < Math.abs(best.position() - t.position()))) {
                        best = p;
                    }
                }
                if (best != null) {
                    matched++;
                    double e = Math.abs(best.step() / t.step() - 1);
                    if (e > 0.08) {
                        System.out.printf("  step off %.3f: %.4f mV, step %.2f uV (truth %.2f), s/sigma_s %.1f, misfit %.2f,"
                                + " width %.1f uV, SNR %.1f%n", e, best.position() * 1e3, best.step() * 1e6, t.step() * 1e6,
                                best.stepSignificance(), best.backgroundMisfit(), best.width() * 1e6, t.height() / 0.05);
                    }
                    worstStep = Math.max(worstStep, e);
                    sumStep2 += e * e;
                }
            }
        }
        double recall = (double) matched / injected;
        double precision = (double) matched / found;
        System.out.printf("peaks: %d injected, %d found, %d matched: recall %.4f, precision %.4f; step error max"
                + " %.3f, rms %.4f%n", injected, found, matched, recall, precision, worstStep,
                Math.sqrt(sumStep2 / matched));
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        // every step within 10 % (6.8 % worst, rms 1.8 % with the per-peak background in the current coordinate,
        // PeakBaseline; 9.2 % and 2.6 % with the global background in V before)
        assertThat(worstStep).isLessThanOrEqualTo(0.10);
    }

    @Test
    void noiselessPeakIsExact() {
        // one injected peak, almost no noise (1 mOhm): the step integral s = int (1 - b/y) dV is then limited by the
        // background estimate (a local quadratic under a Gaussian bump) and the tails cut where r first falls below 0:
        // 3 % here; 5 % allowed.
        Random rnd = new Random(7);
        InjectedPeaks.Sweep sweep = InjectedPeaks.make(rnd, 4000, 1, 1e-3, 1000, 1000, 0);
        List<Peak> peaks = PeakDetector.DEFAULT.find(sweep.dvdi()).peaks();
        assertThat(peaks).hasSize(1);
        InjectedPeaks.Truth t = sweep.peaks().get(0);
        assertThat(peaks.get(0).step()).isCloseTo(t.step(), within(0.05 * t.step()));
        assertThat(peaks.get(0).height()).isCloseTo(t.height(), within(0.05 * t.height()));
        assertThat(peaks.get(0).position()).isCloseTo(t.position(), within(peaks.get(0).width() * 0.05));
    }

    @Test
    void pureNoiseHasNoPeaks() {
        Random rnd = new Random(3);
        int falsePeaks = 0;
        for (int s = 0; s < 50; s++) {
            InjectedPeaks.Sweep sweep = InjectedPeaks.make(rnd, 4000, 0, 0.05, 1, 1, 0);
            falsePeaks += PeakDetector.DEFAULT.find(sweep.dvdi()).peaks().size();
        }
        // 2e5 points at a 5 sigma threshold: ~0.06 expected false peaks
        assertThat(falsePeaks).isLessThanOrEqualTo(1);
    }

    @Test
    void unsortedInputIsSortedAndBadInputRefused() {
        Random rnd = new Random(11);
        InjectedPeaks.Sweep sweep = InjectedPeaks.make(rnd, 1000, 2, 0.02, 20, 30, 1e-3);
        double[] x = sweep.dvdi().x().clone();
        double[] y = sweep.dvdi().y().clone();
        for (int k = 0; k < x.length / 2; k++) {
            int j = x.length - 1 - k;
            double t = x[k]; x[k] = x[j]; x[j] = t;
            t = y[k]; y[k] = y[j]; y[j] = t;
        }
        assertThat(PeakDetector.DEFAULT.find(new Curve(x, y)).peaks())
                .isEqualTo(PeakDetector.DEFAULT.find(sweep.dvdi()).peaks());
        assertThatThrownBy(() -> PeakDetector.DEFAULT.find(new Curve(new double[5], new double[5])))
                .hasMessageContaining("16 points");
        assertThatThrownBy(() -> new PeakDetector(4, 5)).hasMessageContaining("odd");
        assertThatThrownBy(() -> new PeakDetector(0, 1)).hasMessageContaining("threshold");
    }

    @Test
    void reproduciblePeaksAreToldFromWanderingOnes() {
        // ten sweeps: one peak at 4 mV that moves by < 10 uV (the seed's N-S peak), and 1-3 others anywhere
        Random rnd = new Random(5);
        List<List<Peak>> sweeps = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<Peak> peaks = new ArrayList<>();
            peaks.add(new Peak(4e-3 + 1e-5 * rnd.nextGaussian(), 1, 50e-6, 40e-6, 5));
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                double v = 4.5e-3 + 4e-3 * rnd.nextDouble();
                peaks.add(new Peak(v, 1, 50e-6, 40e-6, 5));
            }
            sweeps.add(peaks);
        }
        List<PeakRecurrence.Group> groups = PeakRecurrence.DEFAULT.groups(sweeps);
        List<PeakRecurrence.Group> reproducible = groups.stream().filter(PeakRecurrence.Group::reproducible).toList();
        assertThat(reproducible).hasSize(1);
        assertThat(reproducible.get(0).position()).isCloseTo(4e-3, within(2e-5));
        assertThat(reproducible.get(0).sweeps()).isEqualTo(10);
        assertThat(groups.stream().filter(g -> !g.reproducible()).mapToInt(PeakRecurrence.Group::peaks).sum())
                .isEqualTo(sweeps.stream().mapToInt(List::size).sum() - 10);
    }
}
