package org.andreev.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.andreev.io.ColumnNames;
import org.andreev.plot.Figure;
import org.junit.jupiter.api.Test;

/**
 * The figures' CSV columns follow the one spelling rule of every command ({@link ColumnNames},
 * docs/units-and-data.md "Output columns"): per-temperature columns name their temperature
 * ({@code _Tbath90mK}), variants the option value, transmissions {@code _tau0.5}.
 */
class ReproducedColumnsTest {

    @Test
    void perTemperatureVariantAndTransmissionColumns() {
        Figure fig6 = new Seed004Fig6ElectronTemperature().make();
        assertThat(fig6.data().header()).containsExactly("V[V]", "Te_Tbath90mK[K]", "Te_Tbath140mK[K]",
                "Te_Tbath230mK[K]");
        Figure fig2 = new Seed004Fig2CoolerIv().make();
        assertThat(fig2.data().header()).containsExactly("V[V]", "I_none[A]", "Te_none[K]", "I_charge[A]",
                "Te_charge[K]", "I_full[A]", "Te_full[K]");
        Figure textbook = new MarTextbook().make();
        assertThat(textbook.data().header()).startsWith("eV/Delta[1]", "eIRN/Delta_tau0.1[1]");
        for (Figure f : new Figure[] {fig6, fig2, textbook}) {
            assertThat(ColumnNames.violations(f.data().header())).as(f.name()).isEmpty();
        }
    }
}
