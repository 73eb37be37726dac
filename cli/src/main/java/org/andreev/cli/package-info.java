/**
 * The {@code andreev} command line: a thin layer over the library, one library call per command.
 *
 * <p>How a command is built here:
 * <ul>
 *   <li>a {@code @Command} class implementing {@code Callable<Integer>}, listed in its group's
 *       {@code subcommands} ({@link org.andreev.cli.Main} for a new group), with
 *       {@code mixinStandardHelpOptions = true} and a footer holding at least one example;</li>
 *   <li>physical options as {@code double}/{@code Double} fields with a
 *       {@link org.andreev.cli.QuantityConverter} (units; refuses unphysical values naming the
 *       option), ranges as {@link org.andreev.units.Range} through
 *       {@link org.andreev.cli.RangeConverter}, input files with
 *       {@link org.andreev.cli.ExistingFile}, data columns with {@link org.andreev.cli.ColumnOptions};</li>
 *   <li>output through the {@link org.andreev.cli.OutputOptions} mixin ({@code --out}, atomic;
 *       {@code --plot}), as a {@link org.andreev.io.Table} whose header names carry SI units;</li>
 *   <li>long sweeps through {@link org.andreev.cli.Sweep} (parallel, progress bar on a console);</li>
 *   <li>errors: throw {@link org.andreev.io.InputException} or {@link IllegalArgumentException}
 *       with a one-line message (exit code 2), or a {@link org.andreev.fit.FitException} (exit code
 *       3); {@link org.andreev.cli.ErrorHandler} prints it as one line, without a stack trace.</li>
 * </ul>
 * Tests run the whole command line in-process ({@link org.andreev.cli.Main#run}).
 */
package org.andreev.cli;
