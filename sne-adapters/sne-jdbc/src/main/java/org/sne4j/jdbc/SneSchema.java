package org.sne4j.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema of {@code sne-jdbc} and the one documented way to create or upgrade it: versioned SQL
 * scripts ({@value #LOCATION}) applied by Flyway, with their own history table ({@value
 * #HISTORY_TABLE}) so that they never mix with the embedding application's migrations.
 *
 * <p>Call {@link #migrate(DataSource)} from the application's deployment step (or at start-up,
 * explicitly, if the application wants it so); {@link PostgresEventStore} never creates or alters
 * tables itself. A database administrator who does not let applications run DDL can instead run the
 * scripts of {@value #LOCATION} in version order ({@code V1__…}, {@code V2__…}) with {@code psql}.
 */
public final class SneSchema {

  /** Where the scripts are on the class path. */
  public static final String LOCATION = "db/sne/migration";

  /** Flyway's history table for the schema of sne (not the application's {@code flyway_schema_history}). */
  public static final String HISTORY_TABLE = "sne_schema_history";

  /** The default schema: the connection's search path ({@code public} on a new database). */
  public static final String DEFAULT_SCHEMA = "public";

  private static final Pattern IDENTIFIANT = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private SneSchema() {}

  /**
   * Creates or upgrades the tables of sne in the schema {@code public}.
   *
   * @return the schema version after migration, e.g. {@code 1}
   */
  public static String migrate(DataSource dataSource) {
    return migrate(dataSource, DEFAULT_SCHEMA);
  }

  /**
   * Creates or upgrades the tables of sne in {@code schema} (created if absent).
   *
   * @param schema a lower-case SQL identifier
   * @return the schema version after migration, e.g. {@code 1}
   */
  public static String migrate(DataSource dataSource, String schema) {
    Objects.requireNonNull(dataSource, "dataSource");
    checkSchema(schema);
    MigrateResult resultat =
        Flyway.configure(SneSchema.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:" + LOCATION)
            .table(HISTORY_TABLE)
            .schemas(schema)
            .defaultSchema(schema)
            .createSchemas(true)
            .baselineOnMigrate(false)
            .cleanDisabled(true)
            .load()
            .migrate();
    return resultat.targetSchemaVersion != null ? resultat.targetSchemaVersion : resultat.initialSchemaVersion;
  }

  static String checkSchema(String schema) {
    checkArgument(
        schema != null && IDENTIFIANT.matcher(schema).matches(),
        "Invalid schema name: '%s' (a lower-case SQL identifier)",
        schema);
    return schema;
  }
}
