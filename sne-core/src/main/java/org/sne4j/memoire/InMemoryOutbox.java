package org.sne4j.memoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.spi.EntreeOutbox;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.StoredEvent;

/**
 * The embedded {@link Outbox}: a view of an {@link EventStore}'s global order, for one
 * destination. Every event the selection accepts is an entry, numbered by its position (so in
 * commit order, and in version order within a stream); the statuses live in memory, beside the
 * store, so an entry stays pending until marked however many relays come and go. Thread-safe.
 *
 * <p>It reads the store as it goes (from the last position it has seen), so it must be created
 * with the store it watches and may be created after events were appended: they are entries too.
 */
public final class InMemoryOutbox implements Outbox {

  private enum Statut { A_TRAITER, TRAITEE, REJETEE }

  private static final class Etat {
    Statut statut = Statut.A_TRAITER;
    int tentatives;
    Optional<String> derniereErreur = Optional.empty();
  }

  private final EventStore store;
  private final String destination;
  private final Predicate<StoredEvent> selection;
  private final TreeMap<Long, StoredEvent> entrees = new TreeMap<>();
  private final Map<Long, Etat> etats = new HashMap<>();
  private long vu;

  /**
   * An outbox of the events of {@code store} that {@code selection} accepts, for {@code
   * destination}.
   */
  public InMemoryOutbox(EventStore store, String destination, Predicate<StoredEvent> selection) {
    this.store = Objects.requireNonNull(store, "store");
    this.destination = Objects.requireNonNull(destination, "destination");
    this.selection = Objects.requireNonNull(selection, "selection");
  }

  /** The outbox of the national registry: the demand events of {@link #NATURES_REGISTRE_NATIONAL}. */
  public static InMemoryOutbox registreNational(EventStore store) {
    return new InMemoryOutbox(
        store,
        REGISTRE_NATIONAL,
        s -> s.event() instanceof EvenementDemande e && Outbox.NATURES_REGISTRE_NATIONAL.contains(e.nature()));
  }

  @Override
  public synchronized List<EntreeOutbox> aTraiter(String destination, int max) {
    Objects.requireNonNull(destination, "destination");
    checkArgument(max >= 1, "Read at least one entry: %s", max);
    if (!destination.equals(this.destination)) {
      return List.of();
    }
    lireLeStore();
    List<EntreeOutbox> resultat = new ArrayList<>();
    for (Map.Entry<Long, StoredEvent> e : entrees.entrySet()) {
      Etat etat = etats.get(e.getKey());
      if (etat.statut == Statut.A_TRAITER) {
        resultat.add(new EntreeOutbox(e.getKey(), destination, e.getValue(), etat.tentatives, etat.derniereErreur));
        if (resultat.size() == max) {
          break;
        }
      }
    }
    return resultat;
  }

  /** How many entries are pending. */
  public synchronized long nombreATraiter() {
    lireLeStore();
    return etats.values().stream().filter(e -> e.statut == Statut.A_TRAITER).count();
  }

  /** How many entries were rejected for good. */
  public synchronized long nombreRejetees() {
    return etats.values().stream().filter(e -> e.statut == Statut.REJETEE).count();
  }

  @Override
  public synchronized void marquerTraitee(EntreeOutbox entree) {
    mettreAJour(entree, Statut.TRAITEE, null);
  }

  @Override
  public synchronized void marquerEchec(EntreeOutbox entree, String erreur) {
    Objects.requireNonNull(erreur, "erreur");
    mettreAJour(entree, Statut.A_TRAITER, erreur);
  }

  @Override
  public synchronized void marquerRejetee(EntreeOutbox entree, String motif) {
    Objects.requireNonNull(motif, "motif");
    mettreAJour(entree, Statut.REJETEE, motif);
  }

  private void mettreAJour(EntreeOutbox entree, Statut statut, String erreur) {
    Objects.requireNonNull(entree, "entree");
    Etat etat = etats.get(entree.id());
    if (etat == null || etat.statut != Statut.A_TRAITER || !entree.destination().equals(destination)) {
      return;
    }
    etat.statut = statut;
    etat.tentatives++;
    if (erreur != null) {
      etat.derniereErreur = Optional.of(erreur);
    }
  }

  private void lireLeStore() {
    List<StoredEvent> lot;
    do {
      lot = store.readAll(vu, 1_000);
      for (StoredEvent s : lot) {
        vu = s.position();
        if (selection.test(s)) {
          entrees.put(s.position(), s);
          etats.put(s.position(), new Etat());
        }
      }
    } while (!lot.isEmpty());
  }
}
