package org.sne4j.commun;

import java.time.LocalDate;
import org.sne4j.acteur.Acteur;

/**
 * A fact of the domain, recorded once and never changed. Each aggregate has its own sealed
 * hierarchy of record events (for the demand: {@code org.sne4j.demande.EvenementDemande}); this
 * interface is what the event store sees of them.
 *
 * <p>CCH R441-2-15: every item is recorded, with its date, by the legal entity at the origin of
 * the event.
 */
public interface Evenement {

  /** The date the fact occurred (date de survenance). */
  LocalDate date();

  /** The legal entity at the origin of the fact. */
  Acteur auteur();

  /** Whether the applicant sees this event in his view of the demand (R441-2-17; local rules). */
  boolean visibleDuDemandeur();
}
