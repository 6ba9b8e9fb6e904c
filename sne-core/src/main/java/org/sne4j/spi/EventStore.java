package org.sne4j.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sne4j.commun.Evenement;

/**
 * The port to the store of events: the only source of truth of the library. The in-memory
 * implementation ({@code org.sne4j.memoire.InMemoryEventStore}) is the embedded default; {@code
 * sne-jdbc} provides PostgreSQL. The contract kit of {@code sne-testkit} checks an implementation.
 *
 * <p>An implementation must guarantee:
 *
 * <ul>
 *   <li><b>optimistic concurrency</b>: {@link #append} succeeds only if the stream's current
 *       version equals {@code expectedVersion} (0 for a stream that does not exist yet);
 *       otherwise it throws {@link ConflictException} and writes nothing;
 *   <li><b>atomicity</b>: the events of one {@code append} are all recorded, with consecutive
 *       versions, or none is; the same holds across the streams of one {@link #appendAll};
 *   <li><b>durability</b>: once {@code append} returns, the events are readable by every later
 *       read (for a persistent store, after a crash too);
 *   <li><b>order</b>: a stream reads in version order; {@link #readAll} reads in increasing
 *       position, and an event that committed before another has a smaller position;
 *   <li><b>fidelity</b>: an event reads back {@linkplain Object#equals equal} to what was
 *       appended, whatever its size and characters (any Unicode text);
 *   <li><b>thread safety</b>: all methods may be called concurrently.
 * </ul>
 *
 * <p><b>Read models.</b> A store may keep read models (the index of demands, the attribution
 * records) in the transaction of its appends, so that they are never behind the events: it
 * implements their ports, names them in {@link #projectionsTenues()}, and writes the rows it is
 * given with {@link #enregistrer(Ecriture)}. It never computes them itself: the
 * rows come from the application services, which hold the parameters they depend on (the timers
 * of a demand's summary are given once, to {@code Sne.builder()}).
 */
public interface EventStore {

  /**
   * Appends {@code events} at the end of {@code stream}, atomically.
   *
   * @param expectedVersion the version the caller last read (0: the stream must not exist)
   * @param events at least one event
   * @return the stream's new version
   * @throws ConflictException when the stream's version is not {@code expectedVersion}
   * @throws UnavailableException when the store cannot be reached (retryable)
   */
  long append(StreamId stream, long expectedVersion, List<? extends Evenement> events, EventMetadata metadata);

  /**
   * Appends to several streams in one atomic step: every stream's events are recorded, or none
   * is. Used when one decision changes several aggregates (a CAL decision changes the vacancy and
   * each candidate's demand). The streams are distinct and share one partition key.
   *
   * @throws ConflictException when any stream's version is not its expected version (nothing is
   *     written)
   * @throws UnavailableException when the store cannot be reached (retryable)
   */
  default void appendAll(List<StreamAppend> appends) {
    enregistrer(Ecriture.de(appends));
  }

  /** The events of {@code stream} in version order; an empty list when it does not exist. */
  List<StoredEvent> readStream(StreamId stream);

  /**
   * At most {@code maxCount} events of all streams whose position is greater than {@code
   * afterPosition}, in increasing position. Reading again from the same position returns the
   * same events (plus any committed since).
   *
   * @param afterPosition 0 to read from the start
   * @param maxCount at least 1
   */
  List<StoredEvent> readAll(long afterPosition, int maxCount);

  /**
   * Writes atomically: every stream's events (as {@link #appendAll(List)}), the rows of the read
   * models this store keeps ({@link #projectionsTenues()}; rows of other read models are ignored,
   * the caller applies them), and the command, when the write carries one.
   *
   * <p><b>Idempotency</b>: a command identifier is recorded once. A write whose command identifier
   * is already recorded writes nothing and throws {@link ConflictException}; the caller then finds
   * the first write with {@link #commande} and answers with its result. The record survives a
   * restart as long as the events do.
   *
   * @throws ConflictException when any stream's version is not its expected version, or the
   *     command's identifier is already recorded (nothing is written)
   */
  void enregistrer(Ecriture ecriture);

  /**
   * The command recorded under {@code identifiant}, with the streams it wrote and their versions
   * after it; empty when no write carried it.
   */
  Optional<CommandeEnregistree> commande(String identifiant);

  /**
   * The ports of the read models this store keeps in its append transaction (e.g. {@code
   * IndexDemandes.class}, {@code RegistreAttributions.class}); the store implements each of them.
   * Empty by default.
   */
  default Set<Class<?>> projectionsTenues() {
    return Set.of();
  }
}
