/**
 * The PostgreSQL adapter of sne: {@link org.sne4j.jdbc.PostgresEventStore} (the event store and
 * the index of demands, over plain JDBC on the application's {@link javax.sql.DataSource}), the
 * transactional {@link org.sne4j.jdbc.PostgresOutbox} and its {@link org.sne4j.jdbc.PolitiqueOutbox}, and
 * {@link org.sne4j.jdbc.SneSchema}, which applies the versioned SQL migrations with Flyway.
 *
 * <p>Failures are the core's: {@link org.sne4j.spi.ConflictException} ({@code SNE-CONFLIT},
 * retryable), {@link org.sne4j.spi.UnavailableException} ({@code SNE-INDISPONIBLE}, retryable) and
 * {@link org.sne4j.jdbc.JdbcStoreException} ({@code SNE-JDBC}, not retryable). The module's README
 * describes the schema, the ordering of positions, the outbox and the partitioning by territory.
 */
package org.sne4j.jdbc;
