package org.andreev.tunnel;

import static org.andreev.units.PhysicalConstants.E_CHARGE;
import static org.andreev.units.PhysicalConstants.K_BOLTZMANN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The N-I-S junction as a device ({@link NisDevice}, {@link NisDeviceFile}): the seed-004 probe with
 * its phase-coherent Andreev current (physics.md A4, A6; seed 004 §3, Fig. 1 and Fig. 2 left).
 */
class NisDeviceTest {

    static final List<String> NONE = new ArrayList<>();

    static NisDevice probe() {
        return NisDeviceFile.seed004Probe(Map.of(), NONE::add);
    }

    @Test
    void seedProbeIsTheCoolerDevicesProbe() {
        // the embedded probe file and the embedded cooler's probe describe the same junction; the N-I-S
        // probe's Andreev current is the cooler's (one implementation, tunnel.AndreevJunction) to 1e-10
        NisDevice p = probe();
        CoolerDevice c = DeviceFile.seed004();
        AndreevJunction mine = p.andreevJunction();
        AndreevJunction cooler = c.probeAndreevJunction();
        assertThat(mine).isEqualTo(cooler);
        assertThat(p.tunnelJunction()).isEqualTo(c.probeTunnelJunction());
        double[] v = new double[41];
        for (int k = 0; k < v.length; k++) {
            v[k] = -0.35e-3 + 0.7e-3 * k / (v.length - 1);
        }
        double[] total = new double[v.length];
        double te = c.probe().electronTemperature();
        p.curve(v, te, 0.090, total, null);
        for (int k = 0; k < v.length; k++) {
            double expected = c.probeTunnelJunction().current(v[k], te, 0.090) + cooler.current(v[k], te);
            assertThat(total[k]).isCloseTo(expected, within(1e-10 * Math.abs(expected) + 1e-30));
        }
        assertThat(NONE).isEmpty();
    }

    @Test
    void curveIsTheSumOfItsPartsAndItsConductanceIsTheDerivative() {
        NisDevice p = probe();
        double t = 0.105;
        double[] v = {-0.3e-3, -0.1e-3, -1e-6, 0, 2e-6, 0.02e-3, 0.2e-3, 0.25e-3, 0.4e-3};
        NisDevice.Curve c = p.curve(v, t, 0.090);
        for (int k = 0; k < v.length; k++) {
            assertThat(c.current()[k]).isEqualTo(c.quasiparticleCurrent()[k] + c.andreevCurrent()[k]);
            assertThat(c.andreevHeat()[k]).isEqualTo(c.andreevCurrent()[k] * v[k]);
            double h = 1e-4 * K_BOLTZMANN * t / E_CHARGE;
            double[] pm = {v[k] - h, v[k] + h};
            double[] i = new double[2];
            p.curve(pm, t, 0.090, i, null);
            double fd = (i[1] - i[0]) / (2 * h);
            assertThat(c.conductance()[k]).as("V=%g", v[k]).isCloseTo(fd, within(1e-6 * fd));
        }
        assertThat(c.table().header()).containsExactly("V[V]", "I[A]", "dIdV[S]", "Pcool[W]", "Iqp[A]", "IA[A]", "PA[W]");
        NisDevice bare = p.withAndreev(null);
        assertThat(bare.curve(v, t, 0.090).table().header()).containsExactly("V[V]", "I[A]", "dIdV[S]", "Pcool[W]");
    }

    @Test
    void zeroBiasPeakOfSeedFig1() {
        // Seed 004 Fig. 1 left: the probe's R_T dI/dV at a 90 mK bath has a zero-bias peak that the
        // quasiparticle current (T_e = 105 mK) cannot give. The paper prints no number for its height or
        // width; its text says the width is "the thermal energy 2k_BT" when that exceeds the Thouless
        // energy (here L_T = 0.33 µm < L_φ = 1.5 µm: thermal). The model's peak: R_T G(0) = 5.12e-4, 3.5e6
        // times the quasiparticles' 1.45e-10, half width at half maximum 3.55 k_BT/e = 32 µV (full width
        // 7.1 k_BT: of order 2k_BT·(a few), set by temperature). Asserted: the peak dominates the zero-bias
        // conductance by > 10⁶; its height to 1 % of the model value computed on 2026-12-01 (a regression
        // value, not the paper's); its width ∝ T (HWHM/(k_BT/e) equal at 90 and 140 mK to 1 %).
        NisDevice p = probe();
        double t = 0.105;
        double g0 = p.andreevJunction().conductance(0, t) * p.rT();
        double gq = p.tunnelJunction().conductance(0, t, 0.090) * p.rT();
        assertThat(g0 / gq).isGreaterThan(1e6);
        assertThat(g0).isCloseTo(5.118e-4, within(0.01 * 5.118e-4));
        double w105 = halfWidth(p.andreevJunction(), t) / (K_BOLTZMANN * t / E_CHARGE);
        double w90 = halfWidth(p.andreevJunction(), 0.090) / (K_BOLTZMANN * 0.090 / E_CHARGE);
        double w140 = halfWidth(p.andreevJunction(), 0.140) / (K_BOLTZMANN * 0.140 / E_CHARGE);
        System.out.printf("seed-004 probe zero-bias peak: R_T G_A(0) = %.4g (quasiparticles %.3g), HWHM = %.3f, %.3f,"
                + " %.3f k_BT/e at 90, 105, 140 mK%n", g0, gq, w90, w105, w140);
        assertThat(w105).isBetween(3.0, 4.0);
        assertThat(w90 / w140).isCloseTo(1.0, within(0.01));
    }

    static double halfWidth(AndreevJunction j, double t) {
        double g0 = j.conductance(0, t);
        double lo = 0;
        double hi = 0.2e-3;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (j.conductance(mid, t) > 0.5 * g0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void yamlRoundTripAndOptionsOnly() {
        NisDevice p = probe();
        assertThat(NisDeviceFile.parse(NisDeviceFile.toYaml(p), "x.yaml", Map.of(), NONE::add)).isEqualTo(p);
        assertThat(NisDeviceFile.parse(NisDeviceFile.toJson(p), "x.json", Map.of(), NONE::add)).isEqualTo(p);
        NisDevice inf = NisDeviceFile.seed004Probe(Map.of("lphi", "inf", "geometry", "extended", "junction_length",
                "0.3um"), NONE::add);
        assertThat(inf.andreev().phaseCoherenceLength()).isInfinite();
        assertThat(NisDeviceFile.parse(NisDeviceFile.toYaml(inf), "x.yaml", Map.of(), NONE::add)).isEqualTo(inf);
        NisDevice bare = NisDeviceFile.of(Map.of("delta", "0.2meV", "rt", "2kOhm"), "options", NONE::add);
        assertThat(bare.hasAndreev()).isFalse();
        assertThat(bare.delta()).isCloseTo(0.2e-3 * E_CHARGE, within(1e-30));
        assertThat(NisDeviceFile.toYaml(bare)).doesNotContain("\nlphi:").contains("\ndelta:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lphi=0                  | option --lphi: lphi must be > 0 m",
        "lphi=-1um               | option --lphi: lphi must be > 0 m",
        "m=-1                    | option --m: m must be >= 0",
        "diffusion=0             | option --diffusion: diffusion must be > 0",
        "h=10ueV                 | option --h: h must be 0 with the Andreev term",
        "junction_length=1um     | option --junction-length: junction_length: is only used with geometry: extended",
        "geometry=extended       | option --geometry: geometry: an extended junction needs junction_length",
        "andreev_form=plain      | andreev_dynes must be in (0, 1) for the plain form",
    })
    void refusesBadValuesNamingTheOption(String assignment, String message) {
        String[] kv = assignment.split("=", 2);
        assertThatThrownBy(() -> NisDeviceFile.seed004Probe(Map.of(kv[0], kv[1]), NONE::add))
                .isInstanceOf(InputException.class).hasMessageContaining(message);
    }

    @Test
    void theAndreevTermIsAllOrNone() {
        assertThatThrownBy(() -> NisDeviceFile.of(Map.of("delta", "0.2meV", "rt", "2kOhm", "m", "1.37", "lphi", "1um"),
                "options", NONE::add)).isInstanceOf(InputException.class)
                .hasMessageContaining("option --m: diffusion: missing; the Andreev term (m given) needs all of");
        assertThatThrownBy(() -> NisDeviceFile.of(Map.of("delta", "0.2meV", "rt", "2kOhm", "geometry", "middle"),
                "options", NONE::add)).isInstanceOf(InputException.class)
                .hasMessageContaining("option --geometry: geometry: belongs to the Andreev term");
        assertThatThrownBy(() -> NisDeviceFile.of(Map.of("rt", "2kOhm"), "options", NONE::add))
                .isInstanceOf(InputException.class).hasMessageContaining("delta: missing");
        assertThatThrownBy(() -> NisDeviceFile.parse("delta: 0.2 meV\nrt: 2 kOhm\nlphi: 1 um\n", "p.yaml", Map.of(),
                NONE::add)).isInstanceOf(InputException.class).hasMessageContaining("p.yaml:3: m: missing");
    }
}
