package org.sne4j.examples.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sne4j.jdbc.PostgresEventStore;
import org.sne4j.jdbc.SneSchema;
import org.sne4j.json.JacksonEventSerializer;

/**
 * The PostgreSQL database of the demo: an embedded server started for the run, or the server of
 * a JDBC URL. The demo works in the schema {@value #SCHEMA}, migrated with {@link SneSchema} and
 * emptied at the start, so that every run starts from nothing.
 */
final class BasePostgres implements AutoCloseable {

  static final String SCHEMA = "sne_demo";

  private final EmbeddedPostgres embarque;
  private final HikariDataSource pool;
  private final PostgresEventStore store;

  private BasePostgres(EmbeddedPostgres embarque, HikariDataSource pool) {
    this.embarque = embarque;
    this.pool = pool;
    SneSchema.migrate(pool, SCHEMA);
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("truncate " + SCHEMA + ".sne_events, " + SCHEMA + ".sne_fiche_demande, " + SCHEMA + ".sne_outbox");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not empty the demo's schema " + SCHEMA, e);
    }
    this.store = PostgresEventStore.builder(pool, new JacksonEventSerializer()).schema(SCHEMA).build();
  }

  /**
   * Opens the database of {@code url} (user and password from {@code sne.demo.jdbcUser} and
   * {@code sne.demo.jdbcPassword}), or starts an embedded server when {@code url} is empty.
   */
  static BasePostgres ouvrir(String url) {
    EmbeddedPostgres embarque = null;
    String user = System.getProperty("sne.demo.jdbcUser", "postgres");
    String password = System.getProperty("sne.demo.jdbcPassword", "");
    if (url == null || url.isBlank()) {
      try {
        embarque = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
      }
      url = embarque.getJdbcUrl("postgres", "postgres");
      user = "postgres";
      password = "";
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return new BasePostgres(embarque, new HikariDataSource(config));
  }

  /** The store, which is also the index of demands. */
  PostgresEventStore store() {
    return store;
  }

  @Override
  public void close() {
    pool.close();
    if (embarque != null) {
      try {
        embarque.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
