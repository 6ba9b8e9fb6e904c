package org.sne4j.evenement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NatureEvenement;

/**
 * One line of a demand's timeline: an event with when it occurred, when it was recorded and by
 * whom (R441-2-15: the system keeps the date each item was entered and the legal entity at its
 * origin).
 *
 * @param version the event's version in the demand's history
 * @param date when the event occurred
 * @param enregistreLe when it was recorded
 * @param auteur the legal entity at its origin
 * @param nature its kind
 * @param description what it says, in French
 * @param visibleDuDemandeur whether the applicant sees it
 * @param retrait the withdrawal of this event, if its author withdrew it
 * @param evenement the event itself
 */
public record EntreeChronologie(
    long version,
    LocalDate date,
    Instant enregistreLe,
    Acteur auteur,
    NatureEvenement nature,
    String description,
    boolean visibleDuDemandeur,
    Optional<EvenementDemande.EvenementAnnule> retrait,
    EvenementDemande evenement) {

  public EntreeChronologie {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(enregistreLe, "enregistreLe");
    Objects.requireNonNull(auteur, "auteur");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(retrait, "retrait");
    Objects.requireNonNull(evenement, "evenement");
  }

  /** Whether its author withdrew this event. */
  public boolean estRetire() {
    return retrait.isPresent();
  }
}
