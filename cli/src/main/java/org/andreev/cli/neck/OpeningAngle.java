package org.andreev.cli.neck;

import org.andreev.cli.QuantityConverter;
import org.andreev.units.Dimension;
import picocli.CommandLine.TypeConversionException;

/** An opening half-angle θ with its unit ({@code 35deg}; a bare number is radians), in (0°, 90°). */
public final class OpeningAngle extends QuantityConverter {

    public OpeningAngle() {
        super("opening angle", Dimension.ANGLE, Bound.ANY); // any finite angle parses; the range is checked below
    }

    @Override
    public Double convert(String text) {
        double theta = super.convert(text);
        if (!(theta > 0 && theta < Math.PI / 2)) {
            throw new TypeConversionException("opening angle must be in (0deg, 90deg), got '" + text + "'"
                    + (text.strip().matches("[0-9.eE+-]+") ? " (a bare number is radians: write " + text.strip()
                    + "deg)" : ""));
        }
        return theta;
    }
}
