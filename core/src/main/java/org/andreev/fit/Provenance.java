package org.andreev.fit;

/**
 * Where the value of one model parameter in a fit came from, as every fit report states it: a fit
 * never holds a value the user did not give without saying so.
 */
public enum Provenance {
    /** Held at a value the user gave (an option, a device file). */
    GIVEN("given", false),
    /** Held at the model's documented default (e.g. γ/Δ = 0: BCS; a device's embedded value). */
    DEFAULT("default", false),
    /** Fitted, from a start value the user gave. */
    FITTED("fitted", true),
    /** Fitted, from the model's default as start value. */
    DEFAULT_FITTED("default start, fitted", true),
    /** Fitted, from a start value read off the data. */
    GUESSED_FITTED("guessed, then fitted", true),
    /**
     * Neither given nor asked to be free, but needed and read off the data: fitted rather than held
     * at the guess (a guess held fixed would bias every other estimate without a trace).
     */
    ADDED("guessed, then fitted (added: neither given nor free)", true);

    private final String label;
    private final boolean free;

    Provenance(String label, boolean free) {
        this.label = label;
        this.free = free;
    }

    /** The words a report prints, e.g. "guessed, then fitted". */
    public String label() {
        return label;
    }

    /** Whether a parameter of this provenance is fitted. */
    public boolean free() {
        return free;
    }

    /** The key JSON writes: the constant's name in lower case with '-', e.g. {@code guessed-fitted}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
