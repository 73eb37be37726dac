package org.andreev.cli.dvdi;

import picocli.CommandLine.Command;

/** Commands that analyse measured differential-resistance curves dV/dI(V). */
@Command(
        name = "dvdi",
        mixinStandardHelpOptions = true,
        description = "Analyse measured dV/dI(V) curves: peaks on the background (seed 000 Figs. 2, 3).",
        subcommands = {DvdiPeaksCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class DvdiCommand {}
