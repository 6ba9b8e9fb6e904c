package org.sne4j.memoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sne4j.echanges.PolitiqueOutbox;
import org.sne4j.spi.EntreeOutbox;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.StoredEvent;

/**
 * The embedded {@link Outbox}: a view of an {@link EventStore}'s global order. Every event gets
 * one entry per destination its {@link PolitiqueOutbox} names, numbered in the store's position
 * order (so in commit order, and in version order within a stream); the statuses live in memory,
 * beside the store, so an entry stays pending until marked however many relays come and go.
 * Thread-safe.
 *
 * <p>It reads the store as it goes (from the last position it has seen), so it must be created
 * with the store it watches and may be created after events were appended: they are entries too.
 */
public final class InMemoryOutbox implements Outbox {

  private enum Statut { A_TRAITER, TRAITEE, REJETEE }

  private static final class Entree {
    final String destination;
    final StoredEvent evenement;
    Statut statut = Statut.A_TRAITER;
    int tentatives;
    Optional<String> derniereErreur = Optional.empty();

    Entree(String destination, StoredEvent evenement) {
      this.destination = destination;
      this.evenement = evenement;
    }
  }

  private final EventStore store;
  private final PolitiqueOutbox politique;
  private final TreeMap<Long, Entree> entrees = new TreeMap<>();
  private long vu;

  /** An outbox of the events of {@code store}, with the destinations {@code politique} names. */
  public InMemoryOutbox(EventStore store, PolitiqueOutbox politique) {
    this.store = Objects.requireNonNull(store, "store");
    this.politique = Objects.requireNonNull(politique, "politique");
  }

  /** The outbox of {@code store} with the default policy ({@link PolitiqueOutbox#parDefaut()}). */
  public static InMemoryOutbox registreNational(EventStore store) {
    return new InMemoryOutbox(store, PolitiqueOutbox.parDefaut());
  }

  @Override
  public synchronized List<EntreeOutbox> aTraiter(String destination, int max) {
    Objects.requireNonNull(destination, "destination");
    checkArgument(max >= 1, "Read at least one entry: %s", max);
    lireLeStore();
    List<EntreeOutbox> resultat = new ArrayList<>();
    for (var e : entrees.entrySet()) {
      Entree x = e.getValue();
      if (x.statut == Statut.A_TRAITER && x.destination.equals(destination)) {
        resultat.add(new EntreeOutbox(e.getKey(), destination, x.evenement, x.tentatives, x.derniereErreur));
        if (resultat.size() == max) {
          break;
        }
      }
    }
    return resultat;
  }

  /** How many entries are pending, for every destination. */
  public synchronized long nombreATraiter() {
    lireLeStore();
    return entrees.values().stream().filter(e -> e.statut == Statut.A_TRAITER).count();
  }

  /** How many entries were rejected for good. */
  public synchronized long nombreRejetees() {
    return entrees.values().stream().filter(e -> e.statut == Statut.REJETEE).count();
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
    Entree x = entrees.get(entree.id());
    if (x == null || x.statut != Statut.A_TRAITER || !entree.destination().equals(x.destination)) {
      return;
    }
    x.statut = statut;
    x.tentatives++;
    if (erreur != null) {
      x.derniereErreur = Optional.of(erreur);
    }
  }

  private void lireLeStore() {
    List<StoredEvent> lot;
    do {
      lot = store.readAll(vu, 1_000);
      for (StoredEvent s : lot) {
        vu = s.position();
        for (String destination : politique.destinationsVerifiees(s.stream(), s.event())) {
          entrees.put(entrees.isEmpty() ? 1L : entrees.lastKey() + 1, new Entree(destination, s));
        }
      }
    } while (!lot.isEmpty());
  }
}
