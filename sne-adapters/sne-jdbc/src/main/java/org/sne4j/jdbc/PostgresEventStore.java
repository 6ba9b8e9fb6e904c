package org.sne4j.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.sne4j.acteur.Acteur;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.echanges.PolitiqueOutbox;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventSerializer;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.RegistreAttributions;
import org.sne4j.spi.SerializedEvent;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL {@link EventStore}, which also keeps two read models in the transaction of its
 * appends — the {@link IndexDemandes} of demand summaries and the {@link RegistreAttributions} of
 * signed leases — over plain JDBC on a {@link DataSource} the application supplies (a pool:
 * HikariCP is recommended). Wire it as the store only, {@code Sne.builder().eventStore(pg)}: the
 * library uses it for both read models ({@link #projectionsTenues()}) and refuses another one
 * wired beside it.
 *
 * <p><b>One transaction per append.</b> {@link #enregistrer(Ecriture)} writes, in
 * one transaction: the events ({@code sne_events}, payload in {@code jsonb}), the summaries of the
 * demands and the attribution records it is given ({@code sne_fiche_demande}, {@code
 * sne_attribution}) and the outbox entries the {@link PolitiqueOutbox} asks for ({@code
 * sne_outbox}). A process that dies mid-way leaves all of it or none. The store never computes a
 * summary: the application services do, with the timers wired once on {@code Sne.builder()}, so
 * the store has no timers to get wrong.
 *
 * <p><b>Optimistic concurrency</b> rests on the primary key (stream, version, partition key) and a
 * version check in the transaction: of two writers of version n of a stream, the second gets a
 * {@link ConflictException} with the versions expected and found, and writes nothing.
 *
 * <p><b>Positions in commit order.</b> A sequence alone does not give commit order (a transaction
 * that took position 10 may commit after the one that took 11, and a reader that has passed 11
 * would never see 10). The store therefore takes its positions, writes and commits under a
 * transaction-level advisory lock, held from the first position taken to the commit: positions are
 * strictly increasing in commit order, so {@link #readAll} needs no horizon and never misses a late
 * commit (gaps are rolled-back transactions). Only the short write phase is serialised;
 * serialising the events happens before it.
 *
 * <p>The schema is created by {@link SneSchema#migrate}, never by this class. Thread-safe.
 */
public final class PostgresEventStore implements EventStore, IndexDemandes, RegistreAttributions {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresEventStore.class);

  private static final Set<Class<?>> PROJECTIONS = Set.of(IndexDemandes.class, RegistreAttributions.class);

  private final DataSource dataSource;
  private final EventSerializer serializer;
  private final PolitiqueOutbox politique;
  private final String schema;
  final long cleVerrou; // package-private: the tests take it to play a slow writer
  private final Lecteur lecteur;
  private final Fiches fiches;
  private final Attributions attributions;
  private final PostgresOutbox outbox;

  private final String sqlEcrireAvecFiche;
  private final String sqlEcrireSansFiche;
  private final String sqlLireFlux;
  private final String sqlLireTout;
  private final String sqlVersion;

  /** A store in the schema {@code public}, with the default outbox policy. */
  public PostgresEventStore(DataSource dataSource, EventSerializer serializer) {
    this(builder(dataSource, serializer));
  }

  private PostgresEventStore(Builder b) {
    this.dataSource = b.dataSource;
    this.serializer = b.serializer;
    this.politique = b.politique;
    this.schema = b.schema;
    // One lock per schema: two stores in two schemas of one database do not wait for each other.
    this.cleVerrou = 0x534E_4500_0000_0000L ^ (schema.hashCode() & 0xFFFF_FFFFL);
    this.lecteur = new Lecteur(serializer);
    this.fiches = new Fiches(schema);
    this.attributions = new Attributions(schema);
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

  /** The relay's view of the outbox written by this store: wire it with {@code Sne.Builder.outbox}. */
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
    StreamAppend part = StreamAppend.of(stream, expectedVersion, events, metadata);
    ecrireAtomiquement(List.of(preparer(part, null)), List.of(), Optional.empty());
    return expectedVersion + events.size();
  }


  /**
   * Appends to several streams, with the summaries and attribution records that go with them and
   * the command that produced them, in one transaction: every stream is checked and written under
   * the same write lock, and a conflict on any of them (or a command identifier already recorded)
   * rolls everything back.
   *
   * @throws IllegalArgumentException when a summary does not go with the append of its demand's
   *     stream at its new version and partition key (nothing is written)
   */
  @Override
  public void enregistrer(Ecriture ecriture) {
    Objects.requireNonNull(ecriture, "ecriture");
    List<StreamAppend> appends = ecriture.flux();
    MiseAJourProjections projections = ecriture.projections();
    Map<String, FicheDemande> parNumero = new HashMap<>();
    projections.fiches().forEach(f -> parNumero.put(f.numero().valeur(), f));
    List<Ajout> ajouts = new ArrayList<>(appends.size());
    for (StreamAppend a : appends) {
      ajouts.add(preparer(a, a.stream().estUneDemande() ? parNumero.remove(a.stream().id()) : null));
    }
    checkArgument(parNumero.isEmpty(), "Summaries without the append of their demand: %s", parNumero.keySet());
    ecrireAtomiquement(ajouts, projections.attributions(), ecriture.commande());
  }

  @Override
  public Optional<CommandeEnregistree> commande(String identifiant) {
    Objects.requireNonNull(identifiant, "identifiant");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select empreinte, flux_categories, flux_ids, flux_versions, recorded_at"
            + " from " + schema + ".sne_commande where identifiant = ?")) {
      ps.setString(1, identifiant);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String[] categories = (String[]) rs.getArray(2).getArray();
        String[] ids = (String[]) rs.getArray(3).getArray();
        Long[] versions = (Long[]) rs.getArray(4).getArray();
        List<CommandeEnregistree.Version> flux = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
          flux.add(new CommandeEnregistree.Version(new StreamId(categories[i], ids[i]), versions[i]));
        }
        return Optional.of(new CommandeEnregistree(identifiant, rs.getString(1), flux,
            rs.getObject(5, OffsetDateTime.class).toInstant()));
      }
    } catch (SQLException e) {
      throw Erreurs.traduire("reading the command " + identifiant, e);
    }
  }

  @Override
  public Set<Class<?>> projectionsTenues() {
    return PROJECTIONS;
  }

  /** One stream's part of an append, checked and serialized before the transaction. */
  private record Ajout(
      StreamId stream,
      long expectedVersion,
      List<? extends Evenement> events,
      List<SerializedEvent> documents,
      EventMetadata metadata,
      FicheDemande fiche) {}

  private Ajout preparer(StreamAppend part, FicheDemande fiche) {
    if (fiche != null) {
      checkArgument(
          fiche.version() == part.expectedVersion() + part.events().size(),
          "The summary of %s is at version %s, the append brings the stream to %s",
          fiche.numero(), fiche.version(), part.expectedVersion() + part.events().size());
      checkArgument(
          fiche.territoire().code().equals(part.metadata().partitionKey()),
          "The partition key of demand %s is its territory %s, not '%s'",
          fiche.numero(), fiche.territoire(), part.metadata().partitionKey());
    }
    List<SerializedEvent> documents = new ArrayList<>(part.events().size());
    for (Evenement e : part.events()) {
      SerializedEvent d = Objects.requireNonNull(serializer.serialize(e), "the serializer returned null");
      verifierTexte(d);
      documents.add(d);
    }
    return new Ajout(part.stream(), part.expectedVersion(), part.events(), documents, part.metadata(), fiche);
  }

  /** Writes every part, the attribution records and the command in one transaction. */
  private void ecrireAtomiquement(List<Ajout> ajouts, List<EnregistrementAttribution> baux, Optional<Ecriture.Commande> commande) {
    StreamId premier = ajouts.get(0).stream();
    try {
      enTransaction(c -> {
        for (Ajout a : ajouts) {
          ecrireDansLaTransaction(c, a);
        }
        if (commande.isPresent()) {
          enregistrerCommande(c, commande.get(), ajouts);
        }
        if (!baux.isEmpty()) {
          try (PreparedStatement ps = c.prepareStatement(attributions.insert())) {
            for (EnregistrementAttribution e : baux) {
              Attributions.lier(c, ps, e);
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        return null;
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
  }

  /**
   * Records the command in the open transaction; an identifier already recorded (a retry that
   * raced with the first run) is a conflict, and the transaction rolls back.
   */
  private void enregistrerCommande(Connection c, Ecriture.Commande commande, List<Ajout> ajouts) throws SQLException {
    String sql = "insert into " + schema + ".sne_commande (identifiant, partition_key, empreinte, flux_categories, flux_ids,"
        + " flux_versions, recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    Ajout premier = ajouts.get(0);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, commande.identifiant());
      ps.setString(2, premier.metadata().partitionKey());
      ps.setString(3, commande.empreinte());
      ps.setArray(4, c.createArrayOf("varchar", ajouts.stream().map(a -> a.stream().category()).toArray()));
      ps.setArray(5, c.createArrayOf("varchar", ajouts.stream().map(a -> a.stream().id()).toArray()));
      ps.setArray(6, c.createArrayOf("bigint", ajouts.stream().map(a -> a.expectedVersion() + a.events().size()).toArray()));
      ps.setObject(7, OffsetDateTime.ofInstant(premier.metadata().recordedAt(), ZoneOffset.UTC));
      if (ps.executeUpdate() == 0) {
        c.rollback();
        throw conflit(premier.stream(), premier.expectedVersion(), versionHorsTransaction(c, premier.stream()));
      }
    }
  }

  /**
   * Checks one stream's version and writes its events, summary and outbox entries in the open
   * transaction; a conflict rolls back and throws.
   */
  private void ecrireDansLaTransaction(Connection c, Ajout a) throws SQLException {
    StreamId stream = a.stream();
    long expectedVersion = a.expectedVersion();
    // A new stream (expected 0) needs no read: if it exists after all, inserting its version 1
    // collides with the key and the append is a conflict.
    if (expectedVersion > 0) {
      long actuelle = version(c, stream);
      if (actuelle != expectedVersion) {
        c.rollback();
        throw conflit(stream, expectedVersion, actuelle);
      }
    }
    // The write phase, serialised by the lock until the commit (positions in commit order).
    if (!ecrire(c, a)) {
      c.rollback();
      throw conflit(stream, expectedVersion, versionHorsTransaction(c, stream));
    }
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
   * Records {@code fiche} unless the row holds the same or a newer version (used by the rebuild;
   * appends write their summaries in their own transaction).
   */
  @Override
  public void indexer(FicheDemande fiche) {
    indexerTout(List.of(Objects.requireNonNull(fiche, "fiche")));
  }

  /** Records the summaries in one transaction, in batches (the rebuild's path). */
  @Override
  public void indexerTout(Collection<FicheDemande> lot) {
    Objects.requireNonNull(lot, "lot");
    if (lot.isEmpty()) {
      return;
    }
    try {
      enTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement(fiches.upsert())) {
          int enAttente = 0;
          for (FicheDemande f : lot) {
            Fiches.lier(c, ps, f);
            ps.addBatch();
            if (++enAttente == 500) {
              ps.executeBatch();
              enAttente = 0;
            }
          }
          ps.executeBatch();
        }
        return null;
      });
    } catch (SQLException e) {
      throw Erreurs.traduire("indexing " + lot.size() + " demand summaries", e);
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

  /** Forgets every summary (before a rebuild from the events). */
  @Override
  public void vider() {
    effacer(fiches.table(), "emptying the demand summaries");
  }

  // ---------------------------------------------------------------------------------------------
  // RegistreAttributions

  @Override
  public void enregistrer(EnregistrementAttribution enregistrement) {
    Objects.requireNonNull(enregistrement, "enregistrement");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(attributions.insert())) {
      Attributions.lier(c, ps, enregistrement);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw Erreurs.traduire("recording the attribution of " + enregistrement.vacance(), e);
    }
  }

  @Override
  public Optional<EnregistrementAttribution> attribution(IdentifiantVacance vacance) {
    Objects.requireNonNull(vacance, "vacance");
    return lireAttributions("vacance = ?", List.of(vacance.valeur())).stream().findFirst();
  }

  @Override
  public List<EnregistrementAttribution> signesEntre(LocalDate du, LocalDate au) {
    Objects.requireNonNull(du, "du");
    Objects.requireNonNull(au, "au");
    return lireAttributions("date_bail between ? and ?", List.of(du, au));
  }

  @Override
  public long nombre() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + attributions.table())) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw Erreurs.traduire("counting the attribution records", e);
    }
  }

  @Override
  public void viderRegistre() {
    effacer(attributions.table(), "emptying the attribution records");
  }

  private List<EnregistrementAttribution> lireAttributions(String condition, List<?> valeurs) {
    String sql = "select " + Attributions.COLONNES + " from " + attributions.table() + " where " + condition
        + " order by date_bail, vacance";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < valeurs.size(); i++) {
        ps.setObject(i + 1, valeurs.get(i));
      }
      ps.setFetchSize(1_000);
      List<EnregistrementAttribution> lus = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lus.add(Attributions.lire(rs));
        }
      }
      return lus;
    } catch (SQLException e) {
      throw Erreurs.traduire("reading the attribution records", e);
    }
  }

  private void effacer(String table, String quoi) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from " + table);
    } catch (SQLException e) {
      throw Erreurs.traduire(quoi, e);
    }
  }

  // ---------------------------------------------------------------------------------------------

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

  /**
   * Writes the events, the summary (if any) and the outbox entries in one statement; false on a
   * unique violation of (stream, version): another writer won.
   */
  private boolean ecrire(Connection c, Ajout a) throws SQLException {
    StreamId stream = a.stream();
    EventMetadata metadata = a.metadata();
    int n = a.events().size();
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
      SerializedEvent d = a.documents().get(i);
      Acteur auteur = a.events().get(i).auteur();
      versions[i] = a.expectedVersion() + i + 1;
      types[i] = d.type();
      schemas[i] = d.schemaVersion();
      payloads[i] = d.document();
      auteursType[i] = auteur == null ? "INCONNU" : auteur.type().name();
      auteursId[i] = auteur == null ? "INCONNU" : auteur.identifiant();
      auteursNom[i] = auteur == null ? "INCONNU" : auteur.nom();
      for (String destination : politique.destinationsVerifiees(stream, a.events().get(i))) {
        destinations.add(destination);
        versionsSortie.add(versions[i]);
        typesSortie.add(d.type());
      }
    }
    OffsetDateTime enregistre = OffsetDateTime.ofInstant(metadata.recordedAt(), ZoneOffset.UTC);
    try (PreparedStatement ps = c.prepareStatement(a.fiche() == null ? sqlEcrireSansFiche : sqlEcrireAvecFiche)) {
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
      if (a.fiche() != null) {
        p = Fiches.lier(c, ps, a.fiche(), p);
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
    private PolitiqueOutbox politique = PolitiqueOutbox.parDefaut();
    private String schema = SneSchema.DEFAULT_SCHEMA;

    private Builder(DataSource dataSource, EventSerializer serializer) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.serializer = Objects.requireNonNull(serializer, "serializer");
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

    public PostgresEventStore build() {
      return new PostgresEventStore(this);
    }
  }
}
