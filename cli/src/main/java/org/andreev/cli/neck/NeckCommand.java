package org.andreev.cli.neck;

import picocli.CommandLine.Command;

/**
 * Commands for superconducting necks and point contacts made by an STM or a break junction
 * (seed 000, physics.md B1, B2, B5, B6): contact size, shape from the R(z) staircase, the neck
 * under field. Each subcommand is one call into {@code org.andreev.neck}.
 *
 * <p>Subcommands are listed one per line so that branches adding their own merge cleanly.
 */
@Command(
        name = "neck",
        mixinStandardHelpOptions = true,
        description = "Superconducting necks (seed 000): contact size from resistance, shape from the R(z)"
                + " staircase, conductance histograms, the neck under magnetic field.",
        subcommands = {
            NeckSizeCommand.class,
            NeckShapeCommand.class,
            NeckSimulateCommand.class,
            NeckHistogramCommand.class,
            NeckFieldCommand.class,
            NeckLambdaqCommand.class,
            NeckPscCommand.class,
        },
        footer = {
            "",
            "Examples:",
            "  andreev neck size --resistance 5Ohm",
            "  andreev neck simulate --theta 35deg --resistance 5Ohm --length 200nm --noise 1%% --out trace.csv",
            "  andreev neck shape trace.csv --json"
        },
        synopsisSubcommandLabel = "COMMAND")
public final class NeckCommand {}
