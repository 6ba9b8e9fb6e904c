package org.sne4j.spi;

import java.util.List;
import java.util.Objects;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.demande.FicheDemande;

/**
 * The rows of the read models that go with one atomic append: the summary of every demand it
 * changes and the attribution record of a lease it signs. The application services compute them
 * (pure functions of the new states and of the parameters wired once on {@code Sne.builder()});
 * a store that keeps a read model in its own transaction ({@link
 * EventStore#projectionsTenues()}) writes its rows with the events, the others are applied to the
 * read model's port right after the append.
 *
 * @param fiches the new summaries of the demands the append changes (at most one per demand)
 * @param attributions the records of the leases the append signs
 */
public record MiseAJourProjections(List<FicheDemande> fiches, List<EnregistrementAttribution> attributions) {

  /** No row: the append changes no read model. */
  public static final MiseAJourProjections AUCUNE = new MiseAJourProjections(List.of(), List.of());

  public MiseAJourProjections {
    fiches = List.copyOf(fiches);
    attributions = List.copyOf(attributions);
    if (fiches.stream().map(FicheDemande::numero).distinct().count() != fiches.size()) {
      throw new IllegalArgumentException("One summary per demand in an append: " + fiches);
    }
  }

  /** The summary of one demand. */
  public static MiseAJourProjections de(FicheDemande fiche) {
    return new MiseAJourProjections(List.of(Objects.requireNonNull(fiche, "fiche")), List.of());
  }

  /** Whether there is no row at all. */
  public boolean estVide() {
    return fiches.isEmpty() && attributions.isEmpty();
  }
}
