package org.andreev.cli.cooler;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.andreev.cooler.CoolerDevice;
import org.andreev.cooler.DeviceFile;
import org.andreev.cooler.Seed004Reading;
import picocli.CommandLine.Option;

/**
 * The device a cooler command works on: the embedded seed-004 device, or {@code --device FILE};
 * every device-file key can be overridden by an option of the same name ({@code --rt 1kOhm},
 * {@code --lphi inf}). Use as {@code @Mixin}.
 */
public final class DeviceOptions {

    @Option(names = "--device", paramLabel = "FILE",
            description = "Device file (YAML or JSON, see 'andreev cooler params'); default: the embedded seed-004 device.")
    Path device;

    @Option(names = "--seed-reading", paramLabel = "READING",
            description = "For the embedded device only: how the paper's ambiguous values are read:"
                    + " ${COMPLETION-CANDIDATES} (default: spec; see docs/guide.md).")
    Seed004Reading reading;

    @Option(names = "--delta", paramLabel = "VALUE", description = "Device gap Delta, e.g. 0.228meV.")
    String delta;

    @Option(names = "--dynes", paramLabel = "VALUE", description = "Device Dynes gamma/Delta of the quasiparticle DOS.")
    String dynes;

    @Option(names = "--diffusion", paramLabel = "VALUE", description = "Device diffusion constant D, e.g. 80cm2/s.")
    String diffusion;

    @Option(names = "--dos", paramLabel = "VALUE", description = "Device density of states per spin nu_N, e.g. 1.56e47/J/m3.")
    String dos;

    @Option(names = "--lphi", paramLabel = "VALUE", description = "Device phase-coherence length L_phi, e.g. 1.5um or inf.")
    String lphi;

    @Option(names = "--sigma_eph", paramLabel = "VALUE", description = "Device electron-phonon constant Sigma, e.g. 2nW/um3/K5.")
    String sigmaEph;

    @Option(names = "--island_length", paramLabel = "VALUE", description = "Device island length.")
    String islandLength;

    @Option(names = "--island_width", paramLabel = "VALUE", description = "Device island width.")
    String islandWidth;

    @Option(names = "--island_thickness", paramLabel = "VALUE", description = "Device island thickness.")
    String islandThickness;

    @Option(names = "--wire_width", paramLabel = "VALUE", description = "Device width of the wire the Cooperon diffuses in.")
    String wireWidth;

    @Option(names = "--wire_thickness", paramLabel = "VALUE", description = "Device thickness of that wire.")
    String wireThickness;

    @Option(names = "--ka", paramLabel = "VALUE", description = "Device Kapitza K*A, W/K4 (SI number) or inf.")
    String ka;

    @Option(names = "--rt", paramLabel = "VALUE", description = "Device tunnel resistance of ONE junction, e.g. 950Ohm.")
    String rt;

    @Option(names = "--m", paramLabel = "VALUE", description = "Device Andreev multiplying factor M.")
    String m;

    @Option(names = "--geometry", paramLabel = "VALUE", description = "Device end | middle | extended.")
    String geometry;

    @Option(names = "--junction_length", paramLabel = "VALUE", description = "Device junction length along the wire (extended geometry).")
    String junctionLength;

    @Option(names = "--andreev_form", paramLabel = "VALUE", description = "Device regularised | plain.")
    String andreevForm;

    @Option(names = "--andreev_dynes", paramLabel = "VALUE", description = "Device gamma/Delta of the plain Andreev form.")
    String andreevDynes;

    @Option(names = "--rleak", paramLabel = "VALUE", description = "Device leakage resistance across the device, or inf.")
    String rleak;

    @Option(names = "--probe_rt", paramLabel = "VALUE", description = "Device probe junction tunnel resistance.")
    String probeRt;

    @Option(names = "--probe_m", paramLabel = "VALUE", description = "Device probe Andreev factor M.")
    String probeM;

    @Option(names = "--probe_te", paramLabel = "VALUE", description = "Device probe electron temperature.")
    String probeTe;

    /** The device: the file or the embedded one, with the options' overrides. */
    public CoolerDevice device() {
        Map<String, String> given = overrides();
        if (device != null) {
            if (reading != null) {
                throw new IllegalArgumentException("option --seed-reading applies to the embedded device, not to --device");
            }
            return DeviceFile.read(device, given);
        }
        return DeviceFile.seed004(reading == null ? Seed004Reading.SPEC : reading, given);
    }

    /** The device-file keys given as options, key → text. */
    Map<String, String> overrides() {
        Map<String, String> map = new LinkedHashMap<>();
        put(map, "delta", delta);
        put(map, "dynes", dynes);
        put(map, "diffusion", diffusion);
        put(map, "dos", dos);
        put(map, "lphi", lphi);
        put(map, "sigma_eph", sigmaEph);
        put(map, "island_length", islandLength);
        put(map, "island_width", islandWidth);
        put(map, "island_thickness", islandThickness);
        put(map, "wire_width", wireWidth);
        put(map, "wire_thickness", wireThickness);
        put(map, "ka", ka);
        put(map, "rt", rt);
        put(map, "m", m);
        put(map, "geometry", geometry);
        put(map, "junction_length", junctionLength);
        put(map, "andreev_form", andreevForm);
        put(map, "andreev_dynes", andreevDynes);
        put(map, "rleak", rleak);
        put(map, "probe_rt", probeRt);
        put(map, "probe_m", probeM);
        put(map, "probe_te", probeTe);
        return map;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
