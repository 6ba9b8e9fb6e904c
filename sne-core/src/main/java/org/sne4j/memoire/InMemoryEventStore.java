package org.sne4j.memoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.sne4j.commun.Evenement;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;

/**
 * The embedded default {@link EventStore}: everything in memory, lost when the application stops.
 * Thread-safe (one read-write lock); positions are 1, 2, 3… without gaps. Suitable for tests,
 * demos and small territories that persist elsewhere; use {@code sne-jdbc} in production.
 */
public final class InMemoryEventStore implements EventStore {

  private final ReadWriteLock verrou = new ReentrantReadWriteLock();
  private final Map<StreamId, List<StoredEvent>> flux = new HashMap<>();
  private final List<StoredEvent> tous = new ArrayList<>();
  private final Map<String, CommandeEnregistree> commandes = new HashMap<>();

  @Override
  public long append(StreamId stream, long expectedVersion, List<? extends Evenement> events, EventMetadata metadata) {
    List<Evenement> verifies = StreamAppend.of(stream, expectedVersion, events, metadata).events();
    verrou.writeLock().lock();
    try {
      List<StoredEvent> existants = flux.getOrDefault(stream, List.of());
      long actuelle = existants.size();
      if (actuelle != expectedVersion) {
        throw new ConflictException(stream, expectedVersion, actuelle);
      }
      List<StoredEvent> nouveaux = new ArrayList<>(existants);
      long version = actuelle;
      for (Evenement e : verifies) {
        StoredEvent stocke = new StoredEvent(stream, ++version, tous.size() + 1L, e, metadata);
        nouveaux.add(stocke);
        tous.add(stocke);
      }
      flux.put(stream, nouveaux);
      return version;
    } finally {
      verrou.writeLock().unlock();
    }
  }

  @Override
  public void enregistrer(Ecriture ecriture) {
    Objects.requireNonNull(ecriture, "ecriture");
    verrou.writeLock().lock();
    try {
      if (ecriture.commande().isPresent() && commandes.containsKey(ecriture.commande().get().identifiant())) {
        StreamAppend premier = ecriture.flux().get(0);
        throw new ConflictException(premier.stream(), premier.expectedVersion(),
            flux.getOrDefault(premier.stream(), List.of()).size());
      }
      for (StreamAppend a : ecriture.flux()) {
        long actuelle = flux.getOrDefault(a.stream(), List.of()).size();
        if (actuelle != a.expectedVersion()) {
          throw new ConflictException(a.stream(), a.expectedVersion(), actuelle);
        }
      }
      List<CommandeEnregistree.Version> versions = new ArrayList<>();
      for (StreamAppend a : ecriture.flux()) {
        versions.add(new CommandeEnregistree.Version(a.stream(), append(a.stream(), a.expectedVersion(), a.events(), a.metadata())));
      }
      ecriture.commande().ifPresent(c -> commandes.put(c.identifiant(),
          new CommandeEnregistree(c.identifiant(), c.empreinte(), versions, ecriture.flux().get(0).metadata().recordedAt())));
    } finally {
      verrou.writeLock().unlock();
    }
  }

  @Override
  public Optional<CommandeEnregistree> commande(String identifiant) {
    Objects.requireNonNull(identifiant, "identifiant");
    verrou.readLock().lock();
    try {
      return Optional.ofNullable(commandes.get(identifiant));
    } finally {
      verrou.readLock().unlock();
    }
  }

  @Override
  public List<StoredEvent> readStream(StreamId stream) {
    Objects.requireNonNull(stream, "stream");
    verrou.readLock().lock();
    try {
      return List.copyOf(flux.getOrDefault(stream, List.of()));
    } finally {
      verrou.readLock().unlock();
    }
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int maxCount) {
    checkArgument(afterPosition >= 0, "Negative position: %s", afterPosition);
    checkArgument(maxCount >= 1, "Read at least one event: %s", maxCount);
    verrou.readLock().lock();
    try {
      int debut = (int) Math.min(afterPosition, tous.size());
      int fin = (int) Math.min((long) debut + maxCount, tous.size());
      return List.copyOf(tous.subList(debut, fin));
    } finally {
      verrou.readLock().unlock();
    }
  }
}
