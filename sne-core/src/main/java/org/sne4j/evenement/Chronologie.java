package org.sne4j.evenement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.EvenementDemande.EvenementAnnule;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.StoredEvent;

/**
 * The timeline of a demand: every event of its history in order, described in French, with the
 * withdrawals marked on the events they withdraw.
 *
 * @param numero the demand
 * @param entrees the events, oldest first
 */
public record Chronologie(NumeroUnique numero, List<EntreeChronologie> entrees) {

  public Chronologie {
    Objects.requireNonNull(numero, "numero");
    entrees = ImmutableList.copyOf(entrees);
  }

  /**
   * The timeline of the demand whose history is {@code historique} (the stored events of its
   * stream, in version order).
   */
  public static Chronologie de(NumeroUnique numero, List<StoredEvent> historique) {
    Map<Long, EvenementAnnule> retraits = new HashMap<>();
    for (StoredEvent s : historique) {
      if (s.event() instanceof EvenementAnnule a) {
        retraits.put(a.versionAnnulee(), a);
      }
    }
    List<EntreeChronologie> entrees = new ArrayList<>();
    for (StoredEvent s : historique) {
      EvenementDemande e = (EvenementDemande) s.event();
      entrees.add(
          new EntreeChronologie(
              s.version(),
              e.date(),
              s.metadata().recordedAt(),
              e.auteur(),
              e.nature(),
              DescriptionEvenement.decrire(e),
              e.visibleDuDemandeur(),
              Optional.ofNullable(retraits.get(s.version())),
              e));
    }
    return new Chronologie(numero, entrees);
  }

  /** The entries the applicant sees. */
  public List<EntreeChronologie> visiblesDuDemandeur() {
    return entrees.stream().filter(EntreeChronologie::visibleDuDemandeur).toList();
  }
}
