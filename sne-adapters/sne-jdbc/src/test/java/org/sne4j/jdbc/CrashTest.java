package org.sne4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.spi.Outbox;
import org.sne4j.echanges.PolitiqueOutbox;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.StoredEvent;

/**
 * A process killed in the middle of its appends leaves the store consistent: no half-written
 * batch, versions without gaps, every event readable, every summary equal to the fold of its
 * events, an outbox entry for every event that needs one and no other.
 */
@DisplayName("PostgresEventStore — un processus tué pendant ses ajouts laisse une base cohérente")
class CrashTest {

  static final String SCHEMA = "sne_test_crash";

  @Test
  void un_processus_tue_au_milieu_de_ses_ajouts_laisse_evenements_projections_et_outbox_coherents() throws Exception {
    // GIVEN a child JVM appending in a loop to the test server
    DataSource ds = BaseDeTest.schemaVide(SCHEMA);
    Path sortie = Files.createTempFile("sne-crash", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process enfant = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        AjoutsEnBoucle.class.getName(), BaseDeTest.url(), BaseDeTest.utilisateur(), BaseDeTest.motDePasse(), SCHEMA)
        .redirectErrorStream(true).redirectOutput(sortie.toFile()).start();
    try {
      // WHEN it has written a good deal and is inside a transaction, it is killed
      long limite = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      boolean pret = false;
      while (!pret && enfant.isAlive() && System.nanoTime() < limite) {
        pret = nombre(ds, "select least(count(*) filter (where stream_category = 'demande'),"
                + " count(*) filter (where stream_category = 'note')) from " + SCHEMA + ".sne_events") >= 200
            && nombre(ds, "select count(*) from pg_stat_activity where application_name = '" + AjoutsEnBoucle.APPLICATION
                + "' and state in ('active', 'idle in transaction') and xact_start is not null") > 0;
      }
      assertThat(enfant.isAlive()).as("the child still runs; its output: %s", Files.readString(sortie)).isTrue();
      assertThat(pret).as("the child wrote 200 demand events and 200 notes within the bound").isTrue();
      enfant.destroyForcibly();
      assertThat(enfant.waitFor(1, TimeUnit.MINUTES)).isTrue();
      // the server notices the closed connections and rolls their transactions back
      long fin = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (nombre(ds, "select count(*) from pg_stat_activity where application_name = '" + AjoutsEnBoucle.APPLICATION
          + "'") > 0 && System.nanoTime() < fin) {
        // bounded wait on the database state
      }
    } finally {
      enfant.destroyForcibly();
      Files.deleteIfExists(sortie);
    }

    // THEN
    PostgresEventStore store = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
    assertThat(nombre(ds, "select count(*) from (select stream_category, stream_id from " + SCHEMA
        + ".sne_events group by 1, 2 having max(version) <> count(*) or min(version) <> 1) trous"))
        .as("streams with a gap").isZero();
    assertThat(nombre(ds, "select count(*) from (select stream_id from " + SCHEMA
        + ".sne_events where stream_category = 'note' group by 1 having count(*) % " + AjoutsEnBoucle.LOT
        + " <> 0) coupes")).as("note streams holding part of a batch").isZero();
    List<StoredEvent> tous = new ArrayList<>();
    long position = 0;
    for (List<StoredEvent> page = store.readAll(0, 500); !page.isEmpty(); page = store.readAll(position, 500)) {
      tous.addAll(page);
      position = page.get(page.size() - 1).position();
    }
    assertThat((long) tous.size()).isEqualTo(nombre(ds, "select count(*) from " + SCHEMA + ".sne_events"))
        .isGreaterThanOrEqualTo(400);
    List<NumeroUnique> demandes = new ArrayList<>();
    Set<String> attendues = new HashSet<>();
    PolitiqueOutbox politique = PolitiqueOutbox.parDefaut();
    for (StoredEvent e : tous) {
      if (e.stream().category().equals("demande") && e.version() == 1) {
        demandes.add(new NumeroUnique(e.stream().id()));
      }
      if (!politique.destinations(e.stream(), e.event()).isEmpty()) {
        attendues.add(e.stream() + "@" + e.version());
      }
    }
    assertThat(demandes).isNotEmpty();
    assertThat(ProjectionsEtOutboxTest.lignes(store)).isEqualTo(ProjectionsEtOutboxTest.plis(store, demandes));
    Set<String> outbox = new HashSet<>();
    store.outbox().aTraiter(Outbox.REGISTRE_NATIONAL, 1_000_000)
        .forEach(o -> outbox.add(o.evenement().stream() + "@" + o.evenement().version()));
    assertThat(outbox).isEqualTo(attendues);
    assertThat(nombre(ds, "select count(*) from " + SCHEMA + ".sne_outbox")).isEqualTo(attendues.size());
  }

  private static long nombre(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

}
