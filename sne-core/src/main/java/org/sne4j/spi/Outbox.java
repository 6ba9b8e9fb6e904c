package org.sne4j.spi;

import java.util.List;

/**
 * The relay's side of a transactional outbox: the events that must leave the store for another
 * system (the national registry first), written with the events so that none is lost if the
 * process dies, read in order and marked when delivered. Which events get an entry is the core's {@code
 * org.sne4j.echanges.PolitiqueOutbox}; the relay ({@code org.sne4j.echanges.RelaisRegistreNational})
 * depends on this port only, not on a store's technology; the in-memory implementation is {@link
 * org.sne4j.memoire.InMemoryOutbox}, the PostgreSQL one is {@code sne-jdbc}'s.
 *
 * <p>An implementation must guarantee: entries are numbered in commit order, so {@link #aTraiter}
 * returns the entries of a stream in version order; an entry stays pending until it is marked
 * delivered or rejected (a relay that dies after delivering and before marking delivers again:
 * delivery is at least once); marking is idempotent; thread safety.
 */
public interface Outbox {

  /** The destination of the national registration system (SNE, or the SPTA in its place). */
  String REGISTRE_NATIONAL = "registre-national";

  /**
   * At most {@code max} pending entries for {@code destination}, oldest first (commit order; per
   * stream, version order), with their events.
   */
  List<EntreeOutbox> aTraiter(String destination, int max);

  /** Records that {@code entree} was delivered. Idempotent. */
  void marquerTraitee(EntreeOutbox entree);

  /** Records a failed attempt (the entry stays pending, to retry): {@code erreur} says why. */
  void marquerEchec(EntreeOutbox entree, String erreur);

  /** Records that the destination rejected {@code entree} for good: {@code motif} says why. */
  void marquerRejetee(EntreeOutbox entree, String motif);
}
