package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;

/**
 * A radiation as the national registry records and reports it (SNE services {@code
 * getDemandesRadieesDepuisLe} and {@code getDemandeLogement}; CCH R441-2-8).
 *
 * @param numero the demand radiated
 * @param motif the ground ({@code ListeMotifsRadiation}); never {@link MotifRadiation#FUSION},
 *     which the SNE has no code for
 * @param sousMotif for an inadmissibility ({@code RADIRR}), its ground; empty otherwise
 * @param date the day of the radiation
 * @param attribution for an attribution ({@code RADATT}), the R441-2-9 data when the registry
 *     reports them; always empty for the other grounds
 */
public record RadiationNationale(
    NumeroUnique numero,
    MotifRadiation motif,
    Optional<SousMotifIrrecevabilite> sousMotif,
    LocalDate date,
    Optional<DonneesAttribution> attribution) {

  public RadiationNationale {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(motif, "motif");
    Objects.requireNonNull(sousMotif, "sousMotif");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(attribution, "attribution");
    checkArgument(motif != MotifRadiation.FUSION, "The SNE has no code for a radiation for a merger");
    checkArgument(
        sousMotif.isEmpty() || motif == MotifRadiation.IRRECEVABILITE,
        "Only a radiation for inadmissibility carries a sub-ground, not %s",
        motif);
    checkArgument(
        attribution.isEmpty() || motif == MotifRadiation.ATTRIBUTION,
        "Only a radiation for attribution carries attribution data, not %s",
        motif);
  }
}
