package org.andreev.io;

/**
 * Bad user input: a file, line and quantity that cannot be read. Its message is one line (line breaks
 * in quoted input are replaced by spaces) meant for the user, e.g. {@code data.csv:12: column 'I': 'abc' is not a number}.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A message that already names where the problem is. */
    public InputException(String message) {
        super(String.valueOf(message).replaceAll("[\\r\\n]+", " "));
    }

    /**
     * A problem at {@code line} (1-based; 0 for the file as a whole) of {@code source} (a file name
     * or "option --x"), about {@code quantity}.
     */
    public InputException(String source, long line, String quantity, String problem) {
        this(source + (line > 0 ? ":" + line : "") + ": " + quantity + ": " + problem);
    }
}
