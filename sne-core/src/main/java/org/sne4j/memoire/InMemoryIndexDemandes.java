package org.sne4j.memoire;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.IndexDemandes;

/**
 * The embedded default {@link IndexDemandes}: a sorted concurrent map of summaries. Queries scan
 * it, which suits up to a few hundred thousand demands.
 */
public final class InMemoryIndexDemandes implements IndexDemandes {

  private final ConcurrentSkipListMap<NumeroUnique, FicheDemande> fiches = new ConcurrentSkipListMap<>();

  @Override
  public void indexer(FicheDemande fiche) {
    Objects.requireNonNull(fiche, "fiche");
    fiches.merge(fiche.numero(), fiche, (ancienne, nouvelle) -> nouvelle.version() >= ancienne.version() ? nouvelle : ancienne);
  }

  @Override
  public Optional<FicheDemande> fiche(NumeroUnique numero) {
    return Optional.ofNullable(fiches.get(numero));
  }

  @Override
  public List<FicheDemande> avisDus(LocalDate jour) {
    return filtrer(f -> f.avisDu(jour));
  }

  @Override
  public List<FicheDemande> radiationsNonRenouvellementDues(LocalDate jour) {
    return filtrer(f -> f.radiationNonRenouvellementDue(jour));
  }

  @Override
  public List<FicheDemande> conservationsEchues(LocalDate jour) {
    return filtrer(f -> f.conservationEchue(jour));
  }

  @Override
  public List<FicheDemande> rechercher(CritereRecherche c) {
    return fiches.values().stream()
        .filter(f -> c.territoire().map(t -> t.equals(f.territoire())).orElse(true))
        .filter(f -> c.commune().map(f.communes()::contains).orElse(true))
        .filter(f -> c.typologie().map(f.typologies()::contains).orElse(true))
        .filter(f -> !c.activesSeulement() || !f.estRadiee())
        .skip(c.decalage())
        .limit(c.limite())
        .toList();
  }

  @Override
  public void vider() {
    fiches.clear();
  }

  private List<FicheDemande> filtrer(Predicate<FicheDemande> condition) {
    return fiches.values().stream().filter(condition).toList();
  }
}
