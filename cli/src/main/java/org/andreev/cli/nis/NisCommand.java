package org.andreev.cli.nis;

import picocli.CommandLine.Command;

/** The N-I-S tunnel junction commands: model curves, fits, thermometry. */
@Command(
        name = "nis",
        mixinStandardHelpOptions = true,
        description = "Normal metal / insulator / superconductor tunnel junctions.",
        subcommands = {NisIvCommand.class, NisFitCommand.class, NisThermometerCommand.class, NisParamsCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class NisCommand {}
