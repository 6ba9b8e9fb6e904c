package org.sne4j.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;

/**
 * The port to the query side: an index of {@link FicheDemande} summaries, kept up to date after
 * each append and rebuildable from the events. The in-memory implementation is the default;
 * {@code sne-jdbc} keeps its projections in the same transaction as the events.
 *
 * <p>An implementation must guarantee: {@link #indexer} is idempotent and ignores a summary older
 * (smaller version) than the one indexed, so replays and concurrent writers cannot move a demand
 * backwards; results come in numéro unique order; thread safety.
 */
public interface IndexDemandes {

  /** Records the summary of a demand (insert, or replace an older version). */
  void indexer(FicheDemande fiche);

  /**
   * Records several summaries, as {@link #indexer} each (a persistent index may write them in one
   * round trip: the rebuild's path).
   */
  default void indexerTout(Collection<FicheDemande> fiches) {
    fiches.forEach(this::indexer);
  }

  /** The summary of one demand. */
  Optional<FicheDemande> fiche(NumeroUnique numero);

  /** The demands whose renewal notice is due on {@code jour} or was due earlier and not sent. */
  List<FicheDemande> avisDus(LocalDate jour);

  /** The demands that may be radiated for non-renewal on {@code jour}. */
  List<FicheDemande> radiationsNonRenouvellementDues(LocalDate jour);

  /** The radiated demands whose retention ended on or before {@code jour} (data to erase). */
  List<FicheDemande> conservationsEchues(LocalDate jour);

  /** The demands matching {@code critere}. */
  List<FicheDemande> rechercher(CritereRecherche critere);

  /** Forgets everything (before a rebuild from the events). */
  void vider();
}
