package org.sne4j.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.Vacance;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.GenerateurIdentifiants;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.RegistreAttributions;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;

/**
 * The one place where the application services meet the store: reading a stream and folding it,
 * appending with the metadata of the command, and keeping the read models up to date. A read
 * model the store keeps in its transaction ({@link EventStore#projectionsTenues()}) gets its rows
 * with the events; any other gets them right after the append, from here, so that no service
 * forgets one. Thread-safe.
 */
public final class Journal {

  /**
   * A stream as read: the folded state (empty when the stream does not exist), the version to
   * expect when appending, and the history.
   */
  public record Lecture<T>(Optional<T> etat, long version, List<StoredEvent> historique) {

    public Lecture {
      Objects.requireNonNull(etat, "etat");
      historique = List.copyOf(historique);
    }
  }

  private final EventStore store;
  private final IndexDemandes index;
  private final RegistreAttributions attributions;
  private final Clock horloge;
  private final GenerateurIdentifiants identifiants;
  private final boolean indexDansLeStore;
  private final boolean attributionsDansLeStore;
  private final List<Abonne> abonnes = new java.util.concurrent.CopyOnWriteArrayList<>();

  public Journal(
      EventStore store,
      IndexDemandes index,
      RegistreAttributions attributions,
      Clock horloge,
      GenerateurIdentifiants identifiants) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    this.attributions = Objects.requireNonNull(attributions, "attributions");
    this.horloge = Objects.requireNonNull(horloge, "horloge");
    this.identifiants = Objects.requireNonNull(identifiants, "identifiants");
    this.indexDansLeStore = store.projectionsTenues().contains(IndexDemandes.class);
    this.attributionsDansLeStore = store.projectionsTenues().contains(RegistreAttributions.class);
  }

  /** The store. */
  public EventStore store() {
    return store;
  }

  /** The index of demand summaries. */
  public IndexDemandes index() {
    return index;
  }

  /** The attribution records. */
  public RegistreAttributions attributions() {
    return attributions;
  }

  /** Whether a read model is kept by the store itself, in its append transaction. */
  public boolean tenuParLeStore(Class<?> port) {
    return store.projectionsTenues().contains(port);
  }

  /** Today, from the injected clock (its zone gives the local date). */
  public LocalDate aujourdhui() {
    return LocalDate.ofInstant(horloge.instant(), horloge.getZone());
  }

  /** The clock. */
  public Clock horloge() {
    return horloge;
  }

  /** A new identifier (correlation of a command, idempotency key). */
  public String nouvelIdentifiant() {
    return identifiants.nouvelIdentifiant();
  }

  /** The command recorded under {@code identifiant}, if a write carried it. */
  public Optional<CommandeEnregistree> commande(String identifiant) {
    return store.commande(identifiant);
  }

  /** A demand's stream folded up to {@code version}. */
  public Optional<Demande> demande(NumeroUnique numero, long version) {
    return Demande.rejouer(evenementsDemande(store.readStream(StreamId.demande(numero)).stream()
        .filter(s -> s.version() <= version).toList()));
  }

  /** A vacancy's stream folded up to {@code version}. */
  public Optional<Vacance> vacance(IdentifiantVacance id, long version) {
    return Vacance.rejouer(store.readStream(StreamId.vacance(id)).stream()
        .filter(s -> s.version() <= version).map(s -> (EvenementVacance) s.event()).toList());
  }

  /** A demand's stream, folded. */
  public Lecture<Demande> demande(NumeroUnique numero) {
    List<StoredEvent> historique = store.readStream(StreamId.demande(numero));
    return new Lecture<>(Demande.rejouer(evenementsDemande(historique)), historique.size(), historique);
  }

  /** A vacancy's stream, folded. */
  public Lecture<Vacance> vacance(IdentifiantVacance id) {
    List<StoredEvent> historique = store.readStream(StreamId.vacance(id));
    List<EvenementVacance> evenements = historique.stream().map(s -> (EvenementVacance) s.event()).toList();
    return new Lecture<>(Vacance.rejouer(evenements), historique.size(), historique);
  }

  /** The demand events of a demand's history. */
  public static List<EvenementDemande> evenementsDemande(List<StoredEvent> historique) {
    return historique.stream().map(s -> (EvenementDemande) s.event()).toList();
  }

  /** The metadata of a command's events: now, its correlation, the aggregate's territory. */
  public EventMetadata metadata(String correlation, String partition) {
    return new EventMetadata(horloge.instant(), correlation, partition);
  }

  /**
   * Appends atomically, records the command, and brings every read model up to date with {@code
   * projections}: in the store's transaction for those it keeps, just after for the others.
   *
   * @throws org.sne4j.spi.ConflictException when a stream changed since it was read (nothing is
   *     written)
   */
  public void ecrire(
      List<StreamAppend> appends,
      MiseAJourProjections projections,
      Optional<Ecriture.Commande> commande,
      Abonne.Changements changements) {
    store.enregistrer(new Ecriture(appends, projections, commande));
    if (!indexDansLeStore) {
      projections.fiches().forEach(index::indexer);
    }
    if (!attributionsDansLeStore) {
      projections.attributions().forEach(attributions::enregistrer);
    }
    abonnes.forEach(a -> a.apresEcriture(changements));
  }

  /** Registers an in-memory read model fed after each write (done by {@code Sne} when it is built). */
  public void abonner(Abonne abonne) {
    abonnes.add(Objects.requireNonNull(abonne, "abonne"));
  }

  /** The in-memory read models fed after each write. */
  public List<Abonne> abonnes() {
    return List.copyOf(abonnes);
  }
}
