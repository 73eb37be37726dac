package org.andreev.cli.data;

import picocli.CommandLine.Command;

/** Commands that work on measured data files. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Work on measured data: numerical derivatives.",
        subcommands = {DerivCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class DataCommand {}
