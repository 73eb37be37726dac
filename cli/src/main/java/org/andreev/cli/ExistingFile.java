package org.andreev.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converter for an input file argument: the path must name a readable regular file. */
public final class ExistingFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
        Path p = Path.of(text);
        if (!Files.isRegularFile(p)) {
            throw new TypeConversionException("no such file: '" + text + "'");
        }
        if (!Files.isReadable(p)) {
            throw new TypeConversionException("cannot read file: '" + text + "'");
        }
        return p;
    }
}
