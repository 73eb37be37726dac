package org.andreev.contact.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the MAR reference tables in {@code core/src/test/resources/org/andreev/contact/}
 * (see the README there). Off in normal builds; run it with
 * <pre>  ./mvnw -B -q -o -pl core test -Dtest=MarReferenceTableGenerator -Dmar.reference.generate=true</pre>
 * (optionally {@code -Dmar.reference.threads=2}; about 15 min of CPU in all). Each value is computed
 * twice: with the default settings of {@link AverinBardasLadder#of} (quadrature 1e-11, ladder cut
 * 1e-20, breakpoints to −(12 + 4v)) and with tighter ones (1e-12, 1e-24, 1.5× the window); the
 * tighter value is written, and {@code err} = |difference| + the quadrature's error estimate of the tighter
 * run, an upper estimate of the error of the value written.
 */
@Tag("generator")
@EnabledIfSystemProperty(named = "mar.reference.generate", matches = "true")
class MarReferenceTableGenerator {

    static final double[] TAUS = {0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99, 1.0};
    static final double[] VS = {0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.7, 0.9, 1.1, 1.5, 1.9, 2.1, 3, 4};
    /** The η = 1e-4 subset. */
    static final double[] TAUS_SMALL_ETA = {0.1, 0.5, 0.9, 0.99, 1.0};
    static final double[] VS_SMALL_ETA = {0.1, 0.3, 0.7, 1.5, 3};
    static final double[] TEMPERATURES = {0.1, 0.3, 0.5};
    static final double[] TAUS_T = {0.1, 0.5, 0.9, 0.99, 1.0};
    static final double[] VS_T = {0.1, 0.3, 0.6, 0.9, 1.5, 2.1, 3};

    static final Path DIR = Path.of("src/test/resources/org/andreev/contact");

    static final String NORMALISATION = """
            # i = e I R_N / Delta for ONE channel of transmission tau, R_N = h/(2 e^2 tau) its normal resistance
            #   (so i -> v in the normal state, i -> v + i_exc at large v; i = I / (tau * G0 * Delta/e), G0 = 2e^2/h)
            # v = e V / Delta, eta = Dynes ratio Gamma/Delta (BCS DOS at E + i*eta in both leads), t = k_B T / Delta,
            # Delta the gap of both (identical) leads at that temperature (not Delta(0)).
            # err = estimated absolute error of i (tight vs default settings + quadrature estimate).
            # Method: Averin-Bardas scattering ladder (PRL 75, 1831 (1995)), test-only class
            #   org.andreev.contact.reference.AverinBardasLadder; regenerate with MarReferenceTableGenerator.
            """;

    record Point(double tau, double v, double eta, double t) {}

    static String row(Point p, boolean withT) {
        AverinBardasLadder base = AverinBardasLadder.of(p.tau, p.v, p.eta, p.t);
        AverinBardasLadder.Current c = base.current();
        AverinBardasLadder.Current tight = base.withSettings(1e-12, 1e-24, 1.5 * base.window()).current();
        if (!c.converged() || !tight.converged()) {
            System.err.println("not converged at " + p + ": " + c + " / " + tight);
        }
        double err = Math.abs(tight.i() - c.i()) + tight.error();
        String head = withT ? String.format(Locale.ROOT, "%s,%s,%s,%s", p.tau, p.v, p.eta, p.t)
                : String.format(Locale.ROOT, "%s,%s,%s", p.tau, p.v, p.eta);
        String line = String.format(Locale.ROOT, "%s,%.12e,%.1e", head, tight.i(), err);
        System.out.println(line);
        return line;
    }

    static void write(String file, String header, List<Point> points, boolean withT) throws Exception {
        int threads = Integer.getInteger("mar.reference.threads", 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> rows = new ArrayList<>();
            for (Point p : points) {
                rows.add(pool.submit(() -> row(p, withT)));
            }
            StringBuilder out = new StringBuilder(NORMALISATION).append(header).append('\n');
            for (Future<String> r : rows) {
                out.append(r.get()).append('\n');
            }
            Files.writeString(DIR.resolve(file), out.toString(), StandardCharsets.UTF_8);
        } finally {
            pool.shutdown();
        }
    }

    static List<Point> zeroTemperaturePoints() {
        List<Point> points = new ArrayList<>();
        for (double tau : TAUS) {
            for (double v : VS) {
                points.add(new Point(tau, v, 1e-3, 0));
            }
        }
        for (double tau : TAUS_SMALL_ETA) {
            for (double v : VS_SMALL_ETA) {
                if (tau == 0.9 && v == 0.1) {
                    continue; // not converged within 400 000 intervals (sharp sub-gap resonances at η = 1e-4)
                }
                points.add(new Point(tau, v, 1e-4, 0));
            }
        }
        return points;
    }

    static List<Point> finiteTemperaturePoints() {
        List<Point> points = new ArrayList<>();
        for (double t : TEMPERATURES) {
            for (double tau : TAUS_T) {
                for (double v : VS_T) {
                    points.add(new Point(tau, v, 1e-3, t));
                }
            }
        }
        return points;
    }

    @Test
    void zeroTemperatureTable() throws Exception {
        write("mar_reference_T0.csv", "tau,v,eta,i,err", zeroTemperaturePoints(), false);
    }

    @Test
    void finiteTemperatureTable() throws Exception {
        write("mar_reference_T.csv", "tau,v,eta,t,i,err", finiteTemperaturePoints(), true);
    }

    @Test
    void josephsonTable() throws IOException {
        StringBuilder out = new StringBuilder("""
                # Josephson references from the bound state E_A = Delta sqrt(1 - tau sin^2(phi/2)) (physics.md B3).
                # ic = e I_c R_N / Delta, R_N = h/(2 e^2 tau) of the channel; phi_c the phase of the maximum;
                # t = k_B T / Delta. I_c(T) = max over phi of (e Delta/2 hbar) tau sin(phi) tanh(E_A/2kT) / (E_A/Delta),
                # maximised by Brent to 1e-15 in phi (value error ~1e-15 relative; at tau = 1, t = 0 the
                # maximum sits at the end point phi -> pi and the Brent value is below pi by ~1e-8).
                # Rows 'dorokhov': the diffusive ensemble rho(tau) = (G_N/2G0)/(tau sqrt(1 - tau)) at T = 0,
                # R_N its normal resistance: ic = max_phi (pi/4) sin(phi) int_0^1 dtau/(sqrt(1-tau) sqrt(1 - tau sin^2(phi/2)))
                # and excess = int_0^1 i_exc(tau)/(2 sqrt(1 - tau)) dtau, both by adaptive Gauss-Kronrod at 1e-14.
                kind,tau,t,phi_c,ic
                """);
        for (double t : new double[] {0, 0.1, 0.3, 0.5}) {
            for (double tau : TAUS) {
                JosephsonReference.Maximum m = JosephsonReference.channel(tau, t);
                out.append(String.format(Locale.ROOT, "channel,%s,%s,%.15f,%.15f%n", tau, t, m.phi(), m.current()));
            }
        }
        JosephsonReference.Maximum d = JosephsonReference.dorokhovCritical();
        out.append(String.format(Locale.ROOT, "dorokhov_ic,,0.0,%.15f,%.15f%n", d.phi(), d.current()));
        out.append(String.format(Locale.ROOT, "dorokhov_excess,,0.0,,%.15f%n", JosephsonReference.dorokhovExcessCurrent()));
        try {
            Files.writeString(DIR.resolve("josephson_reference.csv"), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
