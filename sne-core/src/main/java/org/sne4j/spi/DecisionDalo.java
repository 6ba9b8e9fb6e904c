package org.sne4j.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.priorite.TypologieLogementDalo;

/**
 * A DALO decision of a commission de médiation as the national registry records it (SNE services
 * {@code getNouveauxDaloDepuisLe} and {@code declarationNouveauDalo}; CCH L441-2-3).
 *
 * @param numero the demand concerned
 * @param statut the DALO status it gives the demand ({@code ListeStatutDalo})
 * @param typologie the dwelling the decision calls for ({@code ListeTypologieLogementDalo}), if
 *     stated
 * @param dateDecision the day of the decision
 */
public record DecisionDalo(
    NumeroUnique numero,
    StatutDalo statut,
    Optional<TypologieLogementDalo> typologie,
    LocalDate dateDecision) {

  public DecisionDalo {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(typologie, "typologie");
    Objects.requireNonNull(dateDecision, "dateDecision");
  }
}
