package org.andreev.tunnel;

/** What a measured N-I-S curve holds as its ordinate: the current or the differential conductance. */
public enum NisFitMode {
    /** I(V), A. */
    CURRENT,
    /** dI/dV(V), S. */
    CONDUCTANCE
}
