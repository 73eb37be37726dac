package org.andreev.cli.dvdi;

import org.andreev.cli.ColumnOptions;
import org.andreev.units.Dimension;
import picocli.CommandLine.Command;

/** The columns of a measured dV/dI(V) curve: the bias V and dV/dI, with units (the shared {@link ColumnOptions}). Use as {@code @Mixin}. */
@Command(modelTransformer = ColumnOptions.Generated.class)
public final class DvdiColumns extends ColumnOptions {

    /** The bias V and the differential resistance dV/dI. */
    public DvdiColumns() {
        super(new Axis("V", Dimension.VOLTAGE, "the bias", "x", "mV", "", "SI"),
                new Axis("dVdI", Dimension.RESISTANCE, "dV/dI", "y", "Ohm or kOhm", "", "SI"));
    }
}
