package org.sne4j.jdbc;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NatureEvenement;
import org.sne4j.spi.StreamId;

/**
 * Which events must leave the store for another system, and for which destinations: each
 * destination gets one outbox entry, written in the same transaction as the event so that nothing
 * is lost if the process dies (a relay delivers them; see {@link Outbox}).
 *
 * <p>The default ({@link #parDefaut()}) sends to the national registration system ({@value
 * #REGISTRE_NATIONAL}) the events it must know of a demand: registration, modification,
 * rectification, renewal, radiation and reactivation (CCH R441-2-4 to R441-2-8: the number, the
 * content and the lifecycle of a demand are kept by the national system). An application whose
 * partners need other events composes its own, e.g. {@code parDefaut().et((s, e) -> …)}.
 * Implementations must be pure functions of their arguments and thread-safe.
 */
@FunctionalInterface
public interface PolitiqueOutbox {

  /** The destination of the national registration system (SNE, or the SPTA in its place). */
  String REGISTRE_NATIONAL = org.sne4j.spi.Outbox.REGISTRE_NATIONAL;

  /** The kinds of demand events the national registry must receive by default. */
  Set<NatureEvenement> NATURES_REGISTRE_NATIONAL = org.sne4j.spi.Outbox.NATURES_REGISTRE_NATIONAL;

  /**
   * The destinations {@code evenement} of {@code stream} must reach; empty when it stays local.
   * A destination is a short name (at most 40 characters) the relay understands.
   */
  Set<String> destinations(StreamId stream, Evenement evenement);

  /** Registration, modification, rectification, renewal, radiation, reactivation → national registry. */
  static PolitiqueOutbox parDefaut() {
    return (stream, evenement) ->
        evenement instanceof EvenementDemande e && NATURES_REGISTRE_NATIONAL.contains(e.nature())
            ? Set.of(REGISTRE_NATIONAL)
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
}
