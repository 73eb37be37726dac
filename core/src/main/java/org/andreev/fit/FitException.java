package org.andreev.fit;

/** A fit that did not converge, thrown by {@link FitResult#orElseThrow()}; the message is one line. */
public class FitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient FitResult result;

    /** The failure of {@code result}, whose message becomes this exception's. */
    public FitException(FitResult result) {
        super("fit did not converge: " + result.message());
        this.result = result;
    }

    /** A failure described by {@code message} (one line), with the result it refers to. */
    public FitException(String message, FitResult result) {
        super(message);
        this.result = result;
    }

    /** The best point reached, for diagnosis. */
    public FitResult result() {
        return result;
    }
}
