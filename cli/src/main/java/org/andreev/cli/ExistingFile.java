package org.andreev.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import org.andreev.io.DataFile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converter for an input data file argument: the path must name a readable regular file of at most
 * {@link DataFile#MAX_BYTES}; a directory, FIFO, device, missing or unreadable file is refused
 * saying which ({@link DataFile#checkReadable}).
 */
public final class ExistingFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
        Path p;
        try {
            p = Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a file name: " + e.getReason());
        }
        try {
            DataFile.checkReadable(p, DataFile.MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new TypeConversionException("no such file: '" + text + "'");
        } catch (AccessDeniedException e) {
            throw new TypeConversionException("cannot read file: '" + text + "' (permission denied)");
        } catch (IOException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return p;
    }
}
