/**
 * Benchmarks of the adapters, run by hand with one command each and never by the tests: {@link
 * org.sne4j.examples.benchmarks.BenchmarkPostgres} measures the PostgreSQL event store against raw
 * JDBC inserts of the same rows (figures and command in {@code sne-adapters/sne-jdbc/README.md}).
 */
package org.sne4j.examples.benchmarks;
