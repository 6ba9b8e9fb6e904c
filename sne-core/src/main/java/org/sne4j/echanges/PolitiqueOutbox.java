package org.sne4j.echanges;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NatureEvenement;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.StreamId;

/**
 * Which events must leave the store for another system, and for which destinations: each
 * destination gets one outbox entry, recorded with the event so that nothing is lost if the
 * process dies; a relay delivers them ({@link RelaisRegistreNational} for the national system).
 * The one policy of the library: the in-memory outbox and the PostgreSQL store's both apply it.
 *
 * <p>The default ({@link #parDefaut()}) sends to the national registration system ({@value
 * Outbox#REGISTRE_NATIONAL}) the demand events it keeps: registration, modification,
 * rectification, renewal, radiation and reactivation (CCH R441-2-4 to R441-2-8; arrêté du 23 mars
 * 2015 annexe §5–8: every creation, modification, renewal and radiation goes to the SNE daily). A
 * radiation reported by the national system itself ({@link NatureEvenement#RADIATION_NATIONALE}) is
 * not among them: it came from there. An application whose partners need other events composes
 * its own, e.g. {@code parDefaut().et((s, e) -> …)}. Implementations are pure functions of their
 * arguments and thread-safe.
 */
@FunctionalInterface
public interface PolitiqueOutbox {

  /** The kinds of demand events the national system keeps and must receive. */
  Set<NatureEvenement> NATURES_REGISTRE_NATIONAL =
      Collections.unmodifiableSet(EnumSet.of(
          NatureEvenement.ENREGISTREMENT,
          NatureEvenement.MODIFICATION,
          NatureEvenement.RECTIFICATION,
          NatureEvenement.RENOUVELLEMENT,
          NatureEvenement.RADIATION,
          NatureEvenement.REACTIVATION));

  /**
   * The destinations {@code evenement} of {@code stream} must reach; empty when it stays local.
   * A destination is a short name (1 to 40 characters) its relay understands.
   */
  Set<String> destinations(StreamId stream, Evenement evenement);

  /** Registration, modification, rectification, renewal, radiation, reactivation → national registry. */
  static PolitiqueOutbox parDefaut() {
    return (stream, evenement) ->
        evenement instanceof EvenementDemande e && NATURES_REGISTRE_NATIONAL.contains(e.nature())
            ? Set.of(Outbox.REGISTRE_NATIONAL)
            : Set.of();
  }

  /** No event leaves the store. */
  static PolitiqueOutbox aucune() {
    return (stream, evenement) -> Set.of();
  }

  /** The union of the destinations of this policy and of {@code autre}. */
  default PolitiqueOutbox et(PolitiqueOutbox autre) {
    Objects.requireNonNull(autre, "autre");
    return (stream, evenement) -> {
      Set<String> toutes = new LinkedHashSet<>(destinations(stream, evenement));
      toutes.addAll(autre.destinations(stream, evenement));
      return toutes;
    };
  }

  /**
   * The destinations of {@code evenement}, each checked (1 to 40 characters).
   *
   * @throws IllegalArgumentException when the policy names an invalid destination
   */
  default Set<String> destinationsVerifiees(StreamId stream, Evenement evenement) {
    Set<String> d = Objects.requireNonNull(destinations(stream, evenement), "the outbox policy returned null");
    for (String destination : d) {
      if (destination == null || destination.isBlank() || destination.length() > 40) {
        throw new IllegalArgumentException("Invalid outbox destination: '" + destination + "'");
      }
    }
    return d;
  }
}
