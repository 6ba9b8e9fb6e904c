package org.sne4j.priorite;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;

/**
 * A recognition that a demand belongs to a priority public (CCH R441-2-15 I, 2nd dash): which
 * public, by which body, when and by whom it was recorded.
 *
 * @param publicPrioritaire the priority public
 * @param source the body that recognised it
 * @param date the date of the decision or opinion
 * @param auteur the legal entity that recorded it
 * @param reference the reference of the decision (e.g. the COMED decision number), if any
 */
public record LabelPriorite(
    PublicPrioritaire publicPrioritaire,
    SourcePriorite source,
    LocalDate date,
    Acteur auteur,
    Optional<String> reference) {

  public LabelPriorite {
    Objects.requireNonNull(publicPrioritaire, "publicPrioritaire");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(auteur, "auteur");
    Objects.requireNonNull(reference, "reference");
  }

  /** Whether this label comes from a favourable DALO decision. */
  public boolean estDalo() {
    return source == SourcePriorite.DECISION_DALO || publicPrioritaire == PublicPrioritaire.DALO;
  }
}
