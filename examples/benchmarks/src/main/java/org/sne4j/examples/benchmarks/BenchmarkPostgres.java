package org.sne4j.examples.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.demande.CanalDepot;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.jdbc.PostgresEventStore;
import org.sne4j.jdbc.SneSchema;
import org.sne4j.json.JacksonEventSerializer;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventSerializer;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.SerializedEvent;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.territoire.TerritoireEnregistrement;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/**
 * The benchmark of the PostgreSQL event store: a plain harness, not JMH, because every figure is
 * one pass over a workload that grows the database (a million events appended once, then read
 * back), which JMH's model of repeated, independent invocations does not fit without resetting
 * the database between iterations. The JIT is warmed up on a separate schema first.
 *
 * <p>In one run, on one server: raw JDBC batch inserts of the same rows into the same table (the
 * reference: the rows pre-serialised, no read, no fold, no summary, no outbox, no lock), then the
 * table emptied and the store appending the same events — in batches (one append of a demand's
 * events) and one event at a time — then reads of one demand's stream, then a replay of all events
 * in order, and the rebuild of the summaries.
 *
 * <p>Run: {@code ./mvnw -q -pl examples/benchmarks -am package exec:java -DskipTests} (options
 * with {@code -Dexec.args="--lots=49500 --unitaires=500 --evenements=20 --lectures=1000
 * --reconstruction --url=jdbc:postgresql://… --user=… --password=…"}; without {@code --url}, an
 * embedded server is started).
 */
public final class BenchmarkPostgres {

  static final LocalDate JOUR = LocalDate.of(2025, 1, 6);
  static final Acteur MAIRIE = Acteur.guichet(new CodeGuichet("G0042"), "Mairie de Lille");
  static final TerritoireEnregistrement NORD = new TerritoireEnregistrement("59");
  static final String SCHEMA = "bench";
  static final DelaisReglementaires DELAIS = DelaisReglementaires.parDefaut();

  private final EventSerializer serializer = new JacksonEventSerializer();
  private final List<ContenuDemande> contenus = GenerateursDemande.contenu(JOUR).sample(2026L, 500);
  private final int evenementsParDemande;
  private final HikariDataSource ds;

  private BenchmarkPostgres(HikariDataSource ds, int evenementsParDemande) {
    this.ds = ds;
    this.evenementsParDemande = evenementsParDemande;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String a : args) {
      String[] kv = a.replaceFirst("^--", "").split("=", 2);
      options.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    int lots = Integer.parseInt(options.getOrDefault("lots", "49500"));
    int unitaires = Integer.parseInt(options.getOrDefault("unitaires", "500"));
    int parDemande = Integer.parseInt(options.getOrDefault("evenements", "20"));
    int lectures = Integer.parseInt(options.getOrDefault("lectures", "1000"));
    EmbeddedPostgres embarque = null;
    String url = options.get("url");
    String user = options.getOrDefault("user", "postgres");
    String password = options.getOrDefault("password", "");
    if (url == null) {
      embarque = EmbeddedPostgres.builder()
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("fsync", "on")
          .setServerConfig("shared_buffers", "512MB")
          .setServerConfig("max_wal_size", "4GB")
          .setServerConfig("checkpoint_timeout", "30min")
          .start();
      url = embarque.getJdbcUrl("postgres", "postgres");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    try (HikariDataSource ds = new HikariDataSource(config)) {
      new BenchmarkPostgres(ds, parDemande).executer(lots, unitaires, lectures, options.containsKey("reconstruction"));
    } finally {
      if (embarque != null) {
        embarque.close();
      }
    }
  }

  private void executer(int lots, int unitaires, int lectures, boolean reconstruction) throws Exception {
    long debutRun = System.nanoTime();
    long total = (long) (lots + unitaires) * evenementsParDemande;
    System.out.printf(Locale.ROOT, "sne-jdbc benchmark: %,d events (%,d demands appended in batches of %d, %,d demands"
        + " one event at a time), %s, %d cores, Java %s%n", total, lots, evenementsParDemande, unitaires,
        serveur(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    SneSchema.migrate(ds, SCHEMA);
    SneSchema.migrate(ds, "chauffe");

    // Warm-up of the JIT, on another schema.
    PostgresEventStore chauffe = PostgresEventStore.builder(ds, serializer).schema("chauffe").build();
    for (int d = 0; d < 1_000; d++) {
      ajouter(chauffe, 900_000 + d, evenements(900_000 + d), 0, evenementsParDemande);
    }
    brut("chauffe", 950_000, 1_000, evenementsParDemande, evenementsParDemande);
    for (int d = 0; d < 500; d++) {
      chauffe.readStream(flux(900_000 + d));
    }

    List<String> lignes = new ArrayList<>();
    // What the JSON mapping alone costs (no database): serialise and read back 10 000 demands' events.
    long tSer = 0;
    long tDeser = 0;
    long octets = 0;
    for (int d = 0; d < 2_000; d++) {
      List<EvenementDemande> evs = evenements(d);
      long a = System.nanoTime();
      List<SerializedEvent> docs = evs.stream().map(serializer::serialize).toList();
      long b = System.nanoTime();
      docs.forEach(serializer::deserialize);
      tDeser += System.nanoTime() - b;
      tSer += b - a;
      octets += docs.stream().mapToLong(x -> x.document().length()).sum();
    }
    long nSer = 2_000L * evenementsParDemande;
    etape("warm-up and JSON mapping");
    // Reference: raw JDBC batch inserts of the same rows into the same (empty) table.
    int plafond = Math.min(lots, 5_000);
    double brutGrosLots = brut(SCHEMA, 0, plafond, 1_000, evenementsParDemande);
    etape("raw inserts, 1 000 rows per commit");
    vider();
    double brutLots = brut(SCHEMA, 0, lots, evenementsParDemande, evenementsParDemande);
    etape("raw inserts, " + evenementsParDemande + " rows per commit");
    double brutUnitaires = brut(SCHEMA, lots, unitaires, 1, evenementsParDemande);
    etape("raw inserts, 1 row per commit");
    vider();

    // The store, on the emptied table.
    PostgresEventStore store = PostgresEventStore.builder(ds, serializer).schema(SCHEMA).build();
    long t0 = System.nanoTime();
    for (int d = 0; d < lots; d++) {
      ajouter(store, d, evenements(d), 0, evenementsParDemande);
    }
    double storeLots = taux((long) lots * evenementsParDemande, t0);
    etape("store, batches");
    List<List<EvenementDemande>> unParUn = new ArrayList<>();
    for (int d = 0; d < unitaires; d++) {
      unParUn.add(evenements(lots + d));
    }
    t0 = System.nanoTime();
    for (int v = 0; v < evenementsParDemande; v++) {
      for (int d = 0; d < unitaires; d++) {
        ajouter(store, lots + d, unParUn.get(d), v, v + 1);
      }
    }
    double storeUnitaires = taux((long) unitaires * evenementsParDemande, t0);
    etape("store, single events");
    unParUn = null;

    Random hasard = new Random(1);
    t0 = System.nanoTime();
    long lus = 0;
    for (int i = 0; i < lectures; i++) {
      lus += store.readStream(flux(hasard.nextInt(lots + unitaires))).size();
    }
    double fluxParSeconde = taux(lectures, t0);
    double microsParFlux = (System.nanoTime() - t0) / 1_000.0 / lectures;
    etape("stream reads");

    t0 = System.nanoTime();
    long position = 0;
    long rejoues = 0;
    long precedente = 0;
    for (List<StoredEvent> page = store.readAll(0, 1_000); !page.isEmpty(); page = store.readAll(position, 1_000)) {
      for (StoredEvent e : page) {
        if (e.position() <= precedente) {
          throw new IllegalStateException("positions out of order at " + e.position());
        }
        precedente = e.position();
        rejoues++;
      }
      position = page.get(page.size() - 1).position();
    }
    double rejeu = taux(rejoues, t0);
    etape("replay");
    if (rejoues != total) {
      throw new IllegalStateException("replayed " + rejoues + " events, expected " + total);
    }
    long fiches = 0;
    double vitesseReconstruction = 0;
    if (reconstruction) {
      t0 = System.nanoTime();
      fiches = Sne.builder().eventStore(store).build().projections().reconstruire().fiches();
      vitesseReconstruction = taux(fiches, t0);
      etape("rebuild of the summaries");
    }

    lignes.add(String.format(Locale.ROOT, "| raw JDBC insert, %d rows per commit (reference for batches) | %,.0f events/s |",
        evenementsParDemande, brutLots));
    lignes.add(String.format(Locale.ROOT, "| **store, append of a batch of %d events** (demand streams, summary, outbox) | **%,.0f events/s** (%.0f %% of raw) |",
        evenementsParDemande, storeLots, 100 * storeLots / brutLots));
    lignes.add(String.format(Locale.ROOT, "| raw JDBC insert, 1 row per commit (reference for single events) | %,.0f events/s |",
        brutUnitaires));
    lignes.add(String.format(Locale.ROOT, "| **store, append of single events** | **%,.0f events/s** (%.0f %% of raw) |",
        storeUnitaires, 100 * storeUnitaires / brutUnitaires));
    lignes.add(String.format(Locale.ROOT, "| raw JDBC insert, 1 000 rows per commit (ceiling; first %,d rows) | %,.0f events/s |",
        (long) plafond * evenementsParDemande, brutGrosLots));
    lignes.add(String.format(Locale.ROOT, "| read one demand's stream (%d events, deserialised) | %,.0f streams/s (%.0f µs each) |",
        lus / Math.max(1, lectures), fluxParSeconde, microsParFlux));
    lignes.add(String.format(Locale.ROOT, "| replay all %,d events in position order (pages of 1 000, deserialised) | %,.0f events/s |",
        rejoues, rejeu));
    if (reconstruction) {
      lignes.add(String.format(Locale.ROOT, "| rebuild the summaries of %,d demands from the events | %,.0f demands/s |",
          fiches, vitesseReconstruction));
    }
    lignes.add(String.format(Locale.ROOT, "| JSON mapping alone (sne-json, no database), mean document %,d characters |"
        + " serialise %.1f µs, deserialise %.1f µs per event |", octets / nSer, tSer / 1e3 / nSer, tDeser / 1e3 / nSer));
    System.out.println();
    System.out.println("| measure | result |");
    System.out.println("|---|---|");
    lignes.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "%nWhole run: %.0f s%n", (System.nanoTime() - debutRun) / 1e9);
  }

  /**
   * Inserts the rows of demands {@code premiere}… with plain JDBC batches of {@code parCommit} rows
   * per transaction (serialisation done before the clock runs); returns rows per second.
   */
  private double brut(String schema, int premiere, int demandes, int parCommit, int parDemande) throws Exception {
    String sql = "insert into " + schema + ".sne_events (stream_category, stream_id, version, partition_key, position,"
        + " type, schema_version, payload, recorded_at, correlation_id, author_type, author_id, author_name)"
        + " values (?, ?, ?, ?, nextval('" + schema + ".sne_events_position_seq'), ?, ?, ?::jsonb, ?, ?, ?, ?, ?)";
    long nanos = 0;
    long lignes = 0;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int enAttente = 0;
        for (int d = premiere; d < premiere + demandes; d++) {
          StreamId s = flux(d);
          List<EvenementDemande> evs = evenements(d);
          List<SerializedEvent> docs = evs.stream().map(serializer::serialize).toList();
          OffsetDateTime quand = OffsetDateTime.ofInstant(metadata(d).recordedAt(), ZoneOffset.UTC);
          for (int v = 0; v < parDemande; v++) {
            long debut = System.nanoTime();
            int p = 1;
            ps.setString(p++, s.category());
            ps.setString(p++, s.id());
            ps.setLong(p++, v + 1L);
            ps.setString(p++, NORD.code());
            ps.setString(p++, docs.get(v).type());
            ps.setInt(p++, docs.get(v).schemaVersion());
            ps.setString(p++, docs.get(v).document());
            ps.setObject(p++, quand);
            ps.setString(p++, "corr-" + d);
            ps.setString(p++, MAIRIE.type().name());
            ps.setString(p++, MAIRIE.identifiant());
            ps.setString(p, MAIRIE.nom());
            ps.addBatch();
            if (++enAttente == parCommit) {
              ps.executeBatch();
              c.commit();
              enAttente = 0;
            }
            nanos += System.nanoTime() - debut;
            lignes++;
          }
        }
        long debut = System.nanoTime();
        if (enAttente > 0) {
          ps.executeBatch();
        }
        c.commit();
        nanos += System.nanoTime() - debut;
      }
    }
    return lignes * 1e9 / nanos;
  }

  private void vider() throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("truncate " + SCHEMA + ".sne_events, " + SCHEMA + ".sne_fiche_demande, " + SCHEMA + ".sne_outbox");
      s.execute("checkpoint");
    }
  }

  private String serveur() throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_setting('server_version'), current_setting('synchronous_commit'),"
            + " current_setting('fsync')")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + " (synchronous_commit=" + rs.getString(2) + ", fsync=" + rs.getString(3) + ")";
    }
  }

  private long derniereEtape = System.nanoTime();

  private void etape(String nom) {
    long maintenant = System.nanoTime();
    System.out.printf(Locale.ROOT, "  %-40s %4.0f s%n", nom, (maintenant - derniereEtape) / 1e9);
    System.out.flush();
    derniereEtape = maintenant;
  }

  private static double taux(long n, long depuis) {
    return n * 1e9 / (System.nanoTime() - depuis);
  }

  /**
   * Appends events {@code de} (inclusive) to {@code a} (exclusive) of demand {@code d}, with the
   * demand's summary as the demand service computes it (fold, then {@link FicheDemande#de}).
   */
  static void ajouter(PostgresEventStore store, int d, List<EvenementDemande> evenements, int de, int a) {
    Demande apres = Demande.rejouer(evenements.subList(0, a)).orElseThrow();
    store.enregistrer(Ecriture.de(List.of(StreamAppend.of(flux(d), de, evenements.subList(de, a), metadata(d))),
        MiseAJourProjections.de(FicheDemande.de(apres, DELAIS))));
  }

  static StreamId flux(int d) {
    return new StreamId("demande", numero(d).valeur());
  }

  static NumeroUnique numero(int d) {
    return NumeroUnique.composer(NORD, YearMonth.of(2025, 1), d, new CodeGuichet("G0042"));
  }

  static EventMetadata metadata(int d) {
    return new EventMetadata(Instant.parse("2025-01-06T08:00:00Z").plusSeconds(d), "corr-" + d, NORD.code());
  }

  /** The events of demand {@code d}: its registration, then modifications and local events. */
  List<EvenementDemande> evenements(int d) {
    NumeroUnique n = numero(d);
    List<EvenementDemande> evs = new ArrayList<>(evenementsParDemande);
    evs.add(new EvenementDemande.DemandeEnregistree(n, JOUR, MAIRIE, true, NORD, new CodeGuichet("G0042"),
        CanalDepot.GUICHET, JOUR, contenus.get(d % contenus.size())));
    for (int j = 1; j < evenementsParDemande; j++) {
      evs.add(j % 5 == 0
          ? new EvenementDemande.DemandeModifiee(n, JOUR, MAIRIE, true, contenus.get((d + j) % contenus.size()),
              OrigineModification.DEMANDE_DU_DEMANDEUR)
          : new EvenementDemande.EvenementLocal(n, JOUR, MAIRIE, false, "ENTRETIEN",
              "Entretien n° " + j + " au guichet de la mairie"));
    }
    return evs;
  }
}
