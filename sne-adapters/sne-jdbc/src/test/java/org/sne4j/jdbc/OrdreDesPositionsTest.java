package org.sne4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;

/**
 * Why positions come in commit order: a writer that took a position but has not committed yet
 * holds the write lock, so a second writer cannot take a larger position and commit first — the
 * late commit that would make a reader of {@code readAll} skip an event cannot happen.
 */
@DisplayName("PostgresEventStore — les positions suivent l'ordre des commits")
class OrdreDesPositionsTest {

  static final String SCHEMA = "sne_test_ordre";

  @Test
  void un_second_ajout_attend_le_commit_du_premier_et_prend_une_position_plus_grande() throws Exception {
    DataSource ds = BaseDeTest.schemaVide(SCHEMA);
    PostgresEventStore store = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
    StreamId rapide = new StreamId("note", "rapide");
    try (Connection lent = ds.getConnection()) {
      // GIVEN a slow writer inside its write phase: lock taken, position taken, not committed
      lent.setAutoCommit(false);
      try (PreparedStatement verrou = lent.prepareStatement("select pg_advisory_xact_lock(?)")) {
        verrou.setLong(1, store.cleVerrou);
        verrou.execute();
      }
      try (Statement s = lent.createStatement()) {
        s.executeUpdate("insert into " + SCHEMA + ".sne_events (stream_category, stream_id, version, partition_key,"
            + " position, type, schema_version, payload, recorded_at, correlation_id, author_type, author_id,"
            + " author_name) values ('note', 'lent', 1, '59', nextval('" + SCHEMA + ".sne_events_position_seq'),"
            + " 'test.note', 1, '{\"texte\": \"lent\", \"date\": \"2025-01-06\", \"auteurType\": \"GESTIONNAIRE\","
            + " \"auteurId\": \"G\", \"auteurNom\": \"Gestionnaire\"}', now(), 'c-lent', 'GESTIONNAIRE', 'G', 'G')");
      }

      // WHEN a second writer appends meanwhile
      CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> store.append(rapide, 0,
          List.of(SerialiseurDeTest.Note.de("rapide")),
          new EventMetadata(Instant.parse("2025-01-06T10:00:00Z"), "c-rapide", "59")));

      // THEN it waits on the lock, and readers see neither event
      long limite = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (attenteSurVerrou(ds) == 0 && !second.isDone() && System.nanoTime() < limite) {
        // bounded wait on the database state
      }
      assertThat(second).isNotDone();
      assertThat(attenteSurVerrou(ds)).isEqualTo(1);
      assertThat(store.readAll(0, 10)).isEmpty();

      lent.commit();
      assertThat(second.get(1, TimeUnit.MINUTES)).isEqualTo(1);
    }

    List<StoredEvent> tous = store.readAll(0, 10);
    assertThat(tous).extracting(e -> e.stream().id()).containsExactly("lent", "rapide");
    assertThat(tous.get(0).position()).isLessThan(tous.get(1).position());
  }

  private static long attenteSurVerrou(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
            + " and wait_event = 'advisory' and datname = current_database()")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
