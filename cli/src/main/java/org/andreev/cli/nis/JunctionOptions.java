package org.andreev.cli.nis;

import org.andreev.cli.QuantityConverter;
import org.andreev.superconductor.Superconductor;
import org.andreev.tunnel.NisJunction;
import picocli.CommandLine.Option;

/** The options that define an N-I-S junction: Δ, R_T, Dynes γ/Δ and exchange splitting h. */
public final class JunctionOptions {

    @Option(names = "--delta", required = true, paramLabel = "ENERGY", converter = QuantityConverter.Gap.class,
            description = "Superconducting gap Δ, e.g. 0.2meV.")
    double delta;

    @Option(names = "--rt", required = true, paramLabel = "RESISTANCE",
            converter = QuantityConverter.Resistance.class,
            description = "Tunnel (normal-state) resistance R_T, e.g. 2kOhm.")
    double rT;

    @Option(names = "--dynes", paramLabel = "RATIO", converter = QuantityConverter.Dynes.class,
            description = "Dynes broadening γ/Δ (default 0: BCS).")
    double dynes;

    @Option(names = "--h", paramLabel = "ENERGY", converter = QuantityConverter.Energy.class,
            description = "Exchange (Zeeman) splitting h of the density of states, e.g. 20ueV (default 0).")
    double exchange;

    /** The superconducting electrode described by the options. */
    public Superconductor superconductor() {
        return new Superconductor(delta, dynes, exchange);
    }

    /** The junction described by the options. */
    public NisJunction junction() {
        return new NisJunction(superconductor(), rT);
    }
}
