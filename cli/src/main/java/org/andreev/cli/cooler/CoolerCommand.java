package org.andreev.cli.cooler;

import picocli.CommandLine.Command;

/** The S-I-N-I-S cooler commands (physics.md A4–A7). */
@Command(
        name = "cooler",
        mixinStandardHelpOptions = true,
        description = "S-I-N-I-S electronic coolers: current, heat balance, fits, optimum junction.",
        subcommands = {CoolerIvCommand.class, CoolerFitCommand.class, CoolerOptimizeCommand.class,
            CoolerParamsCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class CoolerCommand {}
