package org.andreev.cli;

/** Entry point of the {@code andreev} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("andreev");
    }
}
