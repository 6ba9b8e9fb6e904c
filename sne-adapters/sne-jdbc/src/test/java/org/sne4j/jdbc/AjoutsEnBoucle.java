package org.sne4j.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.StreamId;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/**
 * The process the crash test kills: it appends without end to the server given in its arguments
 * (JDBC URL, user, password, schema) — demands through the façade on one thread, batches of five
 * large notes on another — until it is killed.
 */
public final class AjoutsEnBoucle {

  /** The application name of its connections, to find them in {@code pg_stat_activity}. */
  static final String APPLICATION = "sne-crash";

  /** The size of the note batches: a stream of notes always holds a multiple of it. */
  static final int LOT = 5;

  private AjoutsEnBoucle() {}

  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setMaximumPoolSize(3);
    config.addDataSourceProperty("ApplicationName", APPLICATION);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource ds = new HikariDataSource(config);
    PostgresEventStore store = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(args[3]).build();
    Thread notes = new Thread(() -> {
      Random hasard = new Random(2);
      String gros = "x".repeat(20_000);
      for (long n = 0; ; n++) {
        StreamId flux = new StreamId("note", "n-" + (n % 50));
        long version = store.version(flux);
        List<Evenement> lot = new ArrayList<>();
        for (int i = 0; i < LOT; i++) {
          lot.add(SerialiseurDeTest.Note.de(n + "/" + i + " " + gros.substring(hasard.nextInt(1_000))));
        }
        store.append(flux, version, lot, new EventMetadata(Instant.now(), "note-" + n, "59"));
      }
    }, "notes");
    notes.setDaemon(true);
    notes.start();
    Scenario scenario = new Scenario(3, store, store);
    List<ContenuDemande> contenus = GenerateursDemande.contenu(Scenario.DEBUT).sample(3, 200);
    List<NumeroUnique> numeros = new ArrayList<>();
    Random hasard = new Random(3);
    for (int i = 0; ; i++) {
      if (i % 3 == 0) {
        numeros.add(scenario.sne.demandes().enregistrerContenu(Scenario.MAIRIE, new CodeGuichet("G0042"), Scenario.DEBUT,
            contenus.get(numeros.size() % contenus.size())).numero());
      } else {
        NumeroUnique n = numeros.get(hasard.nextInt(numeros.size()));
        scenario.sne.demandes().executer(new CommandeDemande.Modifier(n, Scenario.MAIRIE,
            contenus.get(hasard.nextInt(contenus.size())), org.sne4j.demande.OrigineModification.DEMANDE_DU_DEMANDEUR));
      }
    }
  }
}
