package org.sne4j.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventSerializer;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.spi.SerializedEvent;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL {@link EventStore}, which is also the {@link IndexDemandes} of the demands, over
 * plain JDBC on a {@link DataSource} the application supplies (a pool: HikariCP is recommended).
 * Wire it for both ports: {@code Sne.builder().eventStore(pg).index(pg)}.
 *
 * <p><b>One transaction per append.</b> {@link #append} writes, in one transaction: the events
 * ({@code sne_events}, payload in {@code jsonb}), the summary of the demand ({@code
 * sne_fiche_demande}: the fold of its events, {@link Demande#evolve}, summarised by {@link
 * FicheDemande#de}) and the outbox entries the {@link PolitiqueOutbox} asks for ({@code
 * sne_outbox}). A process that dies mid-way leaves all of it or none. Streams whose category is
 * not {@value #CATEGORIE_DEMANDE} are stored but not projected.
 *
 * <p><b>Optimistic concurrency</b> rests on the primary key (stream, version, partition key): of
 * two writers of version n of a stream, the second gets a {@link ConflictException} with the
 * versions expected and found, and writes nothing.
 *
 * <p><b>Positions in commit order.</b> A sequence alone does not give commit order (a transaction
 * that took position 10 may commit after the one that took 11, and a reader that has passed 11
 * would never see 10). The store therefore takes its positions, writes and commits under a
 * transaction-level advisory lock, held from the first position taken to the commit: positions are
 * strictly increasing in commit order, so {@link #readAll} needs no horizon and never misses a late
 * commit (gaps are rolled-back transactions). Only the short write phase is serialised; reading and
 * folding the stream, serialising the events and computing the summary happen before it.
 *
 * <p>The schema is created by {@link SneSchema#migrate}, never by this class. Thread-safe.
 */
public final class PostgresEventStore implements EventStore, IndexDemandes {

  /** The category of the demands' streams, which are projected ({@code Sne.CATEGORIE_DEMANDE}). */
  public static final String CATEGORIE_DEMANDE = "demande";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresEventStore.class);

  private final DataSource dataSource;
  private final EventSerializer serializer;
  private final DelaisReglementaires delais;
  private final PolitiqueOutbox politique;
  private final String schema;
  final long cleVerrou; // package-private: the tests take it to play a slow writer
  private final Cache<StreamId, Demande> etats;
  private final Lecteur lecteur;
  private final Fiches fiches;
  private final PostgresOutbox outbox;

  private final String sqlEcrireAvecFiche;
  private final String sqlEcrireSansFiche;
  private final String sqlLireFlux;
  private final String sqlLireTout;
  private final String sqlVersion;

  /** A store in the schema {@code public}, with the default timers and outbox policy. */
  public PostgresEventStore(DataSource dataSource, EventSerializer serializer) {
    this(builder(dataSource, serializer));
  }

  private PostgresEventStore(Builder b) {
    this.dataSource = b.dataSource;
    this.serializer = b.serializer;
    this.delais = b.delais;
    this.politique = b.politique;
    this.schema = b.schema;
    // One lock per schema: two stores in two schemas of one database do not wait for each other.
    this.cleVerrou = 0x534E_4500_0000_0000L ^ (schema.hashCode() & 0xFFFF_FFFFL);
    this.etats = b.tailleCache == 0 ? null : CacheBuilder.newBuilder().maximumSize(b.tailleCache).build();
    this.lecteur = new Lecteur(serializer);
    this.fiches = new Fiches(schema);
    this.outbox = new PostgresOutbox(dataSource, lecteur, schema);
    String events = schema + ".sne_events";
    // The write phase in one statement (one round trip): the events, with their positions taken
    // under the write lock (sne_position), the summary of a demand, and the outbox entries.
    String evenements =
        "evenements as (insert into " + events + " (stream_category, stream_id, version, partition_key, position,"
            + " type, schema_version, payload, recorded_at, correlation_id, author_type, author_id, author_name)"
            + " select ?, ?, x.version, ?, " + schema + ".sne_position(?, '" + schema + ".sne_events_position_seq'),"
            + " x.type, x.schema_version, x.payload::jsonb, ?, ?, x.author_type, x.author_id, x.author_name"
            + " from unnest(?::bigint[], ?::varchar[], ?::integer[], ?::text[], ?::varchar[], ?::varchar[], ?::text[])"
            + " as x(version, type, schema_version, payload, author_type, author_id, author_name) returning 1)";
    String sorties =
        " insert into " + schema + ".sne_outbox (partition_key, destination, stream_category, stream_id, version,"
            + " event_type, created_at) select ?, o.destination, ?, ?, o.version, o.type, ?"
            + " from unnest(?::varchar[], ?::bigint[], ?::varchar[]) as o(destination, version, type)";
    this.sqlEcrireAvecFiche = "with " + evenements + ", " + fiches.upsertEnCte() + sorties;
    this.sqlEcrireSansFiche = "with " + evenements + sorties;
    this.sqlLireFlux =
        "select " + Lecteur.colonnes(null) + " from " + events
            + " where stream_category = ? and stream_id = ? order by version";
    this.sqlLireTout =
        "select " + Lecteur.colonnes(null) + " from " + events + " where position > ? order by position limit ?";
    this.sqlVersion =
        "select coalesce(max(version), 0) from " + events + " where stream_category = ? and stream_id = ?";
  }

  /** A builder: the data source and the serializer are required, the rest has defaults. */
  public static Builder builder(DataSource dataSource, EventSerializer serializer) {
    return new Builder(dataSource, serializer);
  }

  /** The relay's view of the outbox written by this store. */
  public PostgresOutbox outbox() {
    return outbox;
  }

  /** The schema this store works in. */
  public String schema() {
    return schema;
  }

  // ---------------------------------------------------------------------------------------------
  // EventStore

  @Override
  public long append(StreamId stream, long expectedVersion, List<? extends Evenement> events, EventMetadata metadata) {
    Ajout ajout = preparer(StreamAppend.of(stream, expectedVersion, events, metadata));
    return ecrireAtomiquement(List.of(ajout), stream)[0];
  }

  /**
   * Appends to several streams in one transaction: every stream is checked and written under the
   * same write lock, and a conflict on any of them rolls everything back.
   */
  @Override
  public void appendAll(List<StreamAppend> appends) {
    StreamAppend.requireDistinctStreams(appends);
    List<Ajout> ajouts = new ArrayList<>(appends.size());
    for (StreamAppend a : appends) {
      ajouts.add(preparer(a));
    }
    ecrireAtomiquement(ajouts, appends.get(0).stream());
  }

  /** One stream's part of an append, checked and serialized before the transaction. */
  private record Ajout(
      StreamId stream,
      long expectedVersion,
      List<? extends Evenement> events,
      List<SerializedEvent> documents,
      EventMetadata metadata,
      boolean projete) {}

  private Ajout preparer(StreamAppend part) {
    List<SerializedEvent> documents = new ArrayList<>(part.events().size());
    for (Evenement e : part.events()) {
      SerializedEvent d = Objects.requireNonNull(serializer.serialize(e), "the serializer returned null");
      verifierTexte(d);
      documents.add(d);
    }
    boolean projete = CATEGORIE_DEMANDE.equals(part.stream().category())
        && part.events().stream().allMatch(EvenementDemande.class::isInstance);
    return new Ajout(part.stream(), part.expectedVersion(), part.events(), documents, part.metadata(), projete);
  }

  /** Writes every part in one transaction; returns each stream's new version. */
  private long[] ecrireAtomiquement(List<Ajout> ajouts, StreamId premier) {
    Demande[] apres;
    try {
      apres = enTransaction(c -> {
        Demande[] ecrits = new Demande[ajouts.size()];
        for (int i = 0; i < ajouts.size(); i++) {
          ecrits[i] = ecrireDansLaTransaction(c, ajouts.get(i));
        }
        return ecrits;
      });
    } catch (SQLException e) {
      if (Erreurs.concurrence(e)) {
        throw conflit(premier, ajouts.get(0).expectedVersion(), -1);
      }
      if (Erreurs.texteInstockable(e)) {
        throw new IllegalArgumentException(
            "PostgreSQL cannot store the text of these events (jsonb holds no U+0000): " + e.getMessage(), e);
      }
      throw Erreurs.traduire("appending to " + premier, e);
    }
    long[] versions = new long[ajouts.size()];
    for (int i = 0; i < ajouts.size(); i++) {
      Ajout a = ajouts.get(i);
      if (apres[i] != null && etats != null) {
        etats.put(a.stream(), apres[i]);
      }
      versions[i] = a.expectedVersion() + a.events().size();
    }
    return versions;
  }

  /**
   * Checks one stream's version, folds its summary and writes its events, summary and outbox
   * entries in the open transaction; a conflict rolls back and throws.
   */
  private Demande ecrireDansLaTransaction(Connection c, Ajout a) throws SQLException {
    StreamId stream = a.stream();
    long expectedVersion = a.expectedVersion();
    Demande connu = a.projete() && etats != null ? etats.getIfPresent(stream) : null;
    if (connu != null && connu.version() != expectedVersion) {
      connu = null; // stale, or the caller is late: read the stream in the transaction
    }
    // A new stream (expected 0) folds from nothing: if it exists after all, inserting its
    // version 1 collides with the key and the append is a conflict.
    Demande avant = connu;
    if (a.projete() && connu == null && expectedVersion > 0) {
      List<StoredEvent> historique = lireFlux(c, stream);
      if (historique.size() != expectedVersion) {
        c.rollback();
        throw conflit(stream, expectedVersion, historique.size());
      }
      avant = Demande.rejouer(historique.stream().map(s -> (EvenementDemande) s.event()).toList()).orElse(null);
    } else if (!a.projete() && expectedVersion > 0) {
      long actuelle = version(c, stream);
      if (actuelle != expectedVersion) {
        c.rollback();
        throw conflit(stream, expectedVersion, actuelle);
      }
    }
    Demande apres = a.projete() ? plier(stream, avant, a.events(), a.metadata()) : null;
    // The write phase, serialised by the lock until the commit (positions in commit order).
    if (!ecrire(c, stream, expectedVersion, a.events(), a.documents(), a.metadata(), apres)) {
      c.rollback();
      throw conflit(stream, expectedVersion, versionHorsTransaction(c, stream));
    }
    return apres;
  }

  @Override
  public List<StoredEvent> readStream(StreamId stream) {
    Objects.requireNonNull(stream, "stream");
    try (Connection c = dataSource.getConnection()) {
      return lireFlux(c, stream);
    } catch (SQLException e) {
      throw Erreurs.traduire("reading " + stream, e);
    }
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int maxCount) {
    checkArgument(afterPosition >= 0, "Negative position: %s", afterPosition);
    checkArgument(maxCount >= 1, "Read at least one event: %s", maxCount);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sqlLireTout)) {
      ps.setLong(1, afterPosition);
      ps.setInt(2, maxCount);
      ps.setFetchSize(Math.min(maxCount, 1_000));
      List<StoredEvent> lus = new ArrayList<>(Math.min(maxCount, 1_000));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lus.add(lecteur.lire(rs, 1));
        }
      }
      return lus;
    } catch (SQLException e) {
      throw Erreurs.traduire("reading all events after position " + afterPosition, e);
    }
  }

  /** The current version of {@code stream}: 0 when it does not exist. */
  public long version(StreamId stream) {
    Objects.requireNonNull(stream, "stream");
    try (Connection c = dataSource.getConnection()) {
      return version(c, stream);
    } catch (SQLException e) {
      throw Erreurs.traduire("reading the version of " + stream, e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // IndexDemandes

  /**
   * Records {@code fiche} unless the row holds the same or a newer version. The store already
   * updates the summary in the append transaction, so the call the façade makes after each command
   * finds the row up to date and changes nothing.
   */
  @Override
  public void indexer(FicheDemande fiche) {
    Objects.requireNonNull(fiche, "fiche");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(fiches.upsert())) {
      Fiches.lier(c, ps, fiche);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Erreurs.traduire("indexing demand " + fiche.numero(), e);
    }
  }

  @Override
  public Optional<FicheDemande> fiche(NumeroUnique numero) {
    Objects.requireNonNull(numero, "numero");
    List<FicheDemande> l = chercher("numero = ?", List.of(numero.valeur()), 0, 1);
    return l.stream().findFirst();
  }

  @Override
  public List<FicheDemande> avisDus(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return chercher("motif_radiation is null and not avis_envoye and date_echeance_avis <= ?", List.of(jour), 0, -1);
  }

  @Override
  public List<FicheDemande> radiationsNonRenouvellementDues(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return chercher(
        "motif_radiation is null and date_radiation_non_renouvellement is not null"
            + " and date_radiation_non_renouvellement <= ?",
        List.of(jour), 0, -1);
  }

  @Override
  public List<FicheDemande> conservationsEchues(LocalDate jour) {
    Objects.requireNonNull(jour, "jour");
    return chercher("date_fin_conservation is not null and date_fin_conservation <= ?", List.of(jour), 0, -1);
  }

  @Override
  public List<FicheDemande> rechercher(CritereRecherche critere) {
    Objects.requireNonNull(critere, "critere");
    List<String> conditions = new ArrayList<>();
    List<Object> valeurs = new ArrayList<>();
    critere.territoire().ifPresent(t -> {
      conditions.add("partition_key = ?");
      valeurs.add(t.code());
    });
    critere.commune().ifPresent(c -> {
      conditions.add("communes @> array[?]::varchar[]");
      valeurs.add(c.code());
    });
    critere.typologie().ifPresent(t -> {
      conditions.add("typologies @> array[?]::varchar[]");
      valeurs.add(t.code());
    });
    if (critere.activesSeulement()) {
      conditions.add("motif_radiation is null");
    }
    return chercher(
        conditions.isEmpty() ? "true" : String.join(" and ", conditions), valeurs, critere.decalage(), critere.limite());
  }

  /** Forgets every summary (before {@link #reconstruireProjections()} or the façade's rebuild). */
  @Override
  public void vider() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from " + fiches.table());
    } catch (SQLException e) {
      throw Erreurs.traduire("emptying the demand summaries", e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rebuild

  /**
   * Rebuilds the summaries of every demand from the events, one partition key at a time (each in
   * one transaction, so a partition is never seen half rebuilt), and deletes the summaries of
   * partitions without demand events. Appends may go on meanwhile: an append that commits during
   * the rebuild of its partition waits for it and then writes its newer summary.
   *
   * @return the number of demands summarised
   */
  public long reconstruireProjections() {
    List<String> cles = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "select partition_key from " + schema + ".sne_events where stream_category = '" + CATEGORIE_DEMANDE
                  + "' union select partition_key from " + fiches.table() + " order by 1")) {
        while (rs.next()) {
          cles.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw Erreurs.traduire("listing the partitions to rebuild", e);
    }
    long total = 0;
    for (String cle : cles) {
      total += reconstruireProjections(cle);
    }
    LOG.info("Rebuilt the summaries of {} demands in {} partitions from the events", total, cles.size());
    return total;
  }

  /**
   * Rebuilds, in one transaction, the summaries of the demands whose partition key is {@code
   * partitionKey}.
   *
   * @return the number of demands summarised
   */
  public long reconstruireProjections(String partitionKey) {
    Objects.requireNonNull(partitionKey, "partitionKey");
    String sql =
        "select " + Lecteur.colonnes(null) + " from " + schema + ".sne_events where stream_category = ?"
            + " and partition_key = ? order by stream_id, version";
    long nombre;
    try {
      nombre = enTransaction(c -> reconstruire(c, sql, partitionKey));
    } catch (SQLException e) {
      throw Erreurs.traduire("rebuilding the summaries of partition " + partitionKey, e);
    }
    if (etats != null) {
      etats.invalidateAll();
    }
    return nombre;
  }

  /** Replaces the summaries of one partition, in the caller's transaction; returns their number. */
  private long reconstruire(Connection c, String sql, String partitionKey) throws SQLException {
    long nombre = 0;
    try (PreparedStatement effacer =
        c.prepareStatement("delete from " + fiches.table() + " where partition_key = ?")) {
      effacer.setString(1, partitionKey);
      effacer.executeUpdate();
    }
    try (PreparedStatement lire = c.prepareStatement(sql);
        PreparedStatement ecrire = c.prepareStatement(fiches.upsert())) {
      lire.setString(1, CATEGORIE_DEMANDE);
      lire.setString(2, partitionKey);
      lire.setFetchSize(1_000);
      StreamId courant = null;
      Demande etat = null;
      int enAttente = 0;
      try (ResultSet rs = lire.executeQuery()) {
        while (rs.next()) {
          StoredEvent s = lecteur.lire(rs, 1);
          if (!s.stream().equals(courant)) {
            if (etat != null) {
              Fiches.lier(c, ecrire, FicheDemande.de(etat, delais));
              ecrire.addBatch();
              nombre++;
              if (++enAttente == 500) {
                ecrire.executeBatch();
                enAttente = 0;
              }
            }
            courant = s.stream();
            etat = null;
          }
          etat = Demande.evolve(etat, (EvenementDemande) s.event());
        }
      }
      if (etat != null) {
        Fiches.lier(c, ecrire, FicheDemande.de(etat, delais));
        ecrire.addBatch();
        nombre++;
      }
      ecrire.executeBatch();
    }
    return nombre;
  }

  /** Work on an open connection. */
  @FunctionalInterface
  private interface Travail<T> {
    T sur(Connection c) throws SQLException;
  }

  /**
   * Runs {@code travail} in one transaction on a connection of the pool: committed when it
   * returns, rolled back when anything fails; the connection's auto-commit is restored.
   */
  private <T> T enTransaction(Travail<T> travail) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T resultat = travail.sur(c);
        c.commit();
        return resultat;
      } catch (SQLException | RuntimeException e) {
        annuler(c, e);
        throw e;
      } finally {
        retablir(c, autoCommit);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private Demande plier(StreamId stream, Demande avant, List<? extends Evenement> events, EventMetadata metadata) {
    Demande etat = avant;
    for (Evenement e : events) {
      try {
        etat = Demande.evolve(etat, (EvenementDemande) e);
      } catch (IllegalStateException refus) {
        throw new IllegalArgumentException(
            "These events cannot follow the history of " + stream + ": " + refus.getMessage(), refus);
      }
    }
    checkArgument(
        etat.numero().valeur().equals(stream.id()),
        "The events of demand %s are appended to the stream %s",
        etat.numero(),
        stream);
    checkArgument(
        etat.territoire().code().equals(metadata.partitionKey()),
        "The partition key of demand %s is its territory %s, not '%s'",
        etat.numero(),
        etat.territoire(),
        metadata.partitionKey());
    return etat;
  }

  /**
   * Writes the events, the summary (if {@code apres} is not null) and the outbox entries in one
   * statement; false on a unique violation of (stream, version): another writer won.
   */
  private boolean ecrire(
      Connection c,
      StreamId stream,
      long expectedVersion,
      List<? extends Evenement> events,
      List<SerializedEvent> documents,
      EventMetadata metadata,
      Demande apres)
      throws SQLException {
    int n = events.size();
    Long[] versions = new Long[n];
    String[] types = new String[n];
    Integer[] schemas = new Integer[n];
    String[] payloads = new String[n];
    String[] auteursType = new String[n];
    String[] auteursId = new String[n];
    String[] auteursNom = new String[n];
    List<String> destinations = new ArrayList<>();
    List<Long> versionsSortie = new ArrayList<>();
    List<String> typesSortie = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SerializedEvent d = documents.get(i);
      Acteur auteur = events.get(i).auteur();
      versions[i] = expectedVersion + i + 1;
      types[i] = d.type();
      schemas[i] = d.schemaVersion();
      payloads[i] = d.document();
      auteursType[i] = auteur == null ? "INCONNU" : auteur.type().name();
      auteursId[i] = auteur == null ? "INCONNU" : auteur.identifiant();
      auteursNom[i] = auteur == null ? "INCONNU" : auteur.nom();
      for (String destination : politique.destinations(stream, events.get(i))) {
        checkArgument(
            destination != null && !destination.isBlank() && destination.length() <= 40,
            "Invalid outbox destination: '%s'",
            destination);
        destinations.add(destination);
        versionsSortie.add(versions[i]);
        typesSortie.add(d.type());
      }
    }
    OffsetDateTime enregistre = OffsetDateTime.ofInstant(metadata.recordedAt(), ZoneOffset.UTC);
    try (PreparedStatement ps = c.prepareStatement(apres == null ? sqlEcrireSansFiche : sqlEcrireAvecFiche)) {
      int p = 1;
      ps.setString(p++, stream.category());
      ps.setString(p++, stream.id());
      ps.setString(p++, metadata.partitionKey());
      ps.setLong(p++, cleVerrou);
      ps.setObject(p++, enregistre);
      ps.setString(p++, metadata.correlationId());
      ps.setArray(p++, c.createArrayOf("bigint", versions));
      ps.setArray(p++, c.createArrayOf("varchar", types));
      ps.setArray(p++, c.createArrayOf("integer", schemas));
      ps.setArray(p++, c.createArrayOf("text", payloads));
      ps.setArray(p++, c.createArrayOf("varchar", auteursType));
      ps.setArray(p++, c.createArrayOf("varchar", auteursId));
      ps.setArray(p++, c.createArrayOf("text", auteursNom));
      if (apres != null) {
        p = Fiches.lier(c, ps, FicheDemande.de(apres, delais), p);
      }
      ps.setString(p++, metadata.partitionKey());
      ps.setString(p++, stream.category());
      ps.setString(p++, stream.id());
      ps.setObject(p++, enregistre);
      ps.setArray(p++, c.createArrayOf("varchar", destinations.toArray(new String[0])));
      ps.setArray(p++, c.createArrayOf("bigint", versionsSortie.toArray(new Long[0])));
      ps.setArray(p, c.createArrayOf("varchar", typesSortie.toArray(new String[0])));
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      // Only the key of the events can be violated: the summary is an upsert, the outbox key
      // repeats the event's (stream, version) and its id is generated.
      if (Erreurs.UNIQUE_VIOLATION.equals(Erreurs.sqlState(e))) {
        return false;
      }
      throw e;
    }
  }

  private List<StoredEvent> lireFlux(Connection c, StreamId stream) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sqlLireFlux)) {
      ps.setString(1, stream.category());
      ps.setString(2, stream.id());
      List<StoredEvent> lus = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lus.add(lecteur.lire(rs, 1));
        }
      }
      return lus;
    }
  }

  private long version(Connection c, StreamId stream) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sqlVersion)) {
      ps.setString(1, stream.category());
      ps.setString(2, stream.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The version after a rolled-back transaction, or -1 when it cannot be read. */
  private long versionHorsTransaction(Connection c, StreamId stream) {
    try {
      return version(c, stream);
    } catch (SQLException e) {
      return -1;
    }
  }

  /**
   * A Java string with an unpaired surrogate is not Unicode text: the driver would write it as '?'
   * and the event would not read back equal. Refused before anything is written.
   */
  private static void verifierTexte(SerializedEvent d) {
    String t = d.document();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "The document of a " + d.type() + " event holds an unpaired surrogate at index " + i
                + ": it is not Unicode text and cannot be stored");
      }
    }
  }

  private static ConflictException conflit(StreamId stream, long attendue, long trouvee) {
    LOG.debug("Conflict on {}: expected version {}, found {}", stream, attendue, trouvee);
    return new ConflictException(stream, attendue, trouvee);
  }

  private List<FicheDemande> chercher(String condition, List<?> valeurs, int decalage, int limite) {
    String sql =
        "select " + Fiches.COLONNES + " from " + fiches.table() + " where " + condition + " order by numero"
            + (decalage > 0 ? " offset " + decalage : "") + (limite > 0 ? " limit " + limite : "");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < valeurs.size(); i++) {
        ps.setObject(i + 1, valeurs.get(i));
      }
      ps.setFetchSize(1_000);
      List<FicheDemande> trouvees = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          trouvees.add(Fiches.lire(rs));
        }
      }
      return trouvees;
    } catch (SQLException e) {
      throw Erreurs.traduire("searching the demand summaries", e);
    }
  }

  private static void annuler(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void retablir(Connection c, boolean autoCommit) {
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      LOG.debug("Could not restore auto-commit on a connection", e);
    }
  }

  /** Builds a {@link PostgresEventStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private final EventSerializer serializer;
    private DelaisReglementaires delais = DelaisReglementaires.parDefaut();
    private PolitiqueOutbox politique = PolitiqueOutbox.parDefaut();
    private String schema = SneSchema.DEFAULT_SCHEMA;
    private int tailleCache = 10_000;

    private Builder(DataSource dataSource, EventSerializer serializer) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    /** The timers of the summaries: give the same as the façade's ({@code Sne.Builder.delais}). */
    public Builder delais(DelaisReglementaires delais) {
      this.delais = Objects.requireNonNull(delais, "delais");
      return this;
    }

    /** Which events get an outbox entry (default {@link PolitiqueOutbox#parDefaut()}). */
    public Builder politiqueOutbox(PolitiqueOutbox politique) {
      this.politique = Objects.requireNonNull(politique, "politique");
      return this;
    }

    /** The schema migrated by {@link SneSchema#migrate(DataSource, String)} (default {@code public}). */
    public Builder schema(String schema) {
      this.schema = SneSchema.checkSchema(schema);
      return this;
    }

    /**
     * How many demand states (at their last version) the store keeps in memory to skip reading a
     * stream it has just written (default 10 000; 0 disables). A state is only used when its
     * version is the one the caller expects: the database still decides conflicts.
     */
    public Builder tailleCache(int tailleCache) {
      checkArgument(tailleCache >= 0, "Negative cache size: %s", tailleCache);
      this.tailleCache = tailleCache;
      return this;
    }

    public PostgresEventStore build() {
      return new PostgresEventStore(this);
    }
  }
}
