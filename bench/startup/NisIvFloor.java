import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.andreev.io.TableWriter;
import org.andreev.tunnel.NisDevice;
import org.andreev.units.PhysicalConstants;
import org.andreev.units.Range;

/**
 * The floor of the start-up target (docs/performance.md, "Start-up"): the job of
 * {@code andreev nis iv --delta 0.2meV --rt 2kOhm --te 300mK --bias 0:1mV:1001} with no command
 * line at all: the device built directly, the same 1001-point curve, the same CSV to standard
 * output. Run it on the launcher's jar, JVM flags and class archive ({@code bench/startup/floor.sh});
 * what the real command costs above it is option parsing and the command model.
 */
public final class NisIvFloor {
    private NisIvFloor() {}

    public static void main(String[] args) throws Exception {
        NisDevice device = new NisDevice(0.2e-3 * PhysicalConstants.E_CHARGE, 0, 0, 2000, null);
        double[] v = new Range(0, 1e-3, 1001).values();
        NisDevice.Curve curve = device.curve(v, 0.3, 0.3);
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        TableWriter.write(curve.table(), out);
        out.flush();
        if (out.checkError()) {
            System.exit(2);
        }
    }
}
