package org.andreev.cli.neck;

import org.andreev.material.Material;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --material Pb} (case-insensitive chemical symbol) as a predefined {@link Material}. */
public final class MaterialConverter implements ITypeConverter<Material> {
    @Override
    public Material convert(String text) {
        try {
            return Material.named(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
