package org.andreev.cli.mar;

import picocli.CommandLine.Command;

/** The superconducting point-contact commands: MAR current, Josephson branch, self-heating. */
@Command(
        name = "mar",
        mixinStandardHelpOptions = true,
        description = "Superconducting point contacts: multiple Andreev reflection (MAR) current, channel"
                + " fits, the Josephson branch and self-heating (physics.md B3, B4).",
        subcommands = {MarIvCommand.class, MarFitCommand.class, MarIcCommand.class, MarHeatingCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class MarCommand {}
