package org.andreev.fit;

import java.util.Objects;

/**
 * A profile-likelihood confidence interval of one parameter ({@link ProfileLikelihood}): the values
 * of the parameter at which χ², minimised over all other free parameters, has risen from its
 * minimum by the threshold of the confidence level.
 *
 * @param name    the parameter
 * @param level   the confidence level, e.g. 0.6827 (1σ)
 * @param best    the best-fit value
 * @param lower   the lower end; −∞ when χ² did not rise enough before the parameter's domain or
 *                plausible range ended (the data do not bound it from below)
 * @param upper   the upper end; +∞ likewise
 * @param message one line: how the search went ("" when both ends were found)
 */
public record ConfidenceInterval(String name, double level, double best, double lower, double upper, String message) {

    public ConfidenceInterval {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (!(lower <= best && best <= upper)) {
            throw new IllegalArgumentException("interval of " + name + " must enclose its best value " + best
                    + ", got [" + lower + ", " + upper + "]");
        }
    }

    /** Whether both ends are finite. */
    public boolean bounded() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
