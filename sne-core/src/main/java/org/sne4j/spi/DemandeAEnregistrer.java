package org.sne4j.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * A demand that needs its numéro unique, as sent to the national registry (SNE service {@code
 * getNumUnique}, which receives the full demand).
 *
 * @param territoire the département (Île-de-France: région) of the demand
 * @param guichet the registering desk
 * @param dateDepot the date the demand was received
 * @param contenu the validated content
 * @param cleIdempotence a key the caller keeps for this registration: asking twice with the same
 *     key must give the same number, never two
 */
public record DemandeAEnregistrer(
    TerritoireEnregistrement territoire,
    CodeGuichet guichet,
    LocalDate dateDepot,
    ContenuDemande contenu,
    String cleIdempotence) {

  public DemandeAEnregistrer {
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(dateDepot, "dateDepot");
    Objects.requireNonNull(contenu, "contenu");
    checkArgument(
        cleIdempotence != null && !cleIdempotence.isBlank(), "An idempotency key is required");
  }
}
