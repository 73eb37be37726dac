package org.andreev.tunnel;

import java.util.Objects;
import org.andreev.fit.Estimate;

/**
 * One curve of an {@link NisMapFit}.
 *
 * @param field   the control value of the curve (e.g. B, T)
 * @param status  what became of it
 * @param result  the fit, when one was made (FITTED, REJECTED; NOT_CONVERGED when the optimiser
 *                ran), else null
 * @param message one line: the fit's message, or why there is none
 * @param normalConductance G_N = 1/R_T, S: from the fit (FITTED), or the mean conductance of the
 *                curve with its standard error (NORMAL; the slope of I for a current); null
 *                otherwise
 */
public record NisMapPoint(double field, Status status, NisFitResult result, String message,
        Estimate normalConductance) {

    /** The outcome of one curve. */
    public enum Status {
        /** Fitted and converged. */
        FITTED,
        /** A normal-state curve (no gap to fit). */
        NORMAL,
        /** The fit failed: see the message. */
        NOT_CONVERGED,
        /** The fit converged but does not describe a gap (see {@link NisMapFit}): see the message. */
        REJECTED
    }

    public NisMapPoint {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (status == Status.FITTED && result == null) {
            throw new IllegalArgumentException("a fitted map point needs its result");
        }
    }
}
