/**
 * The service-provider interfaces (ports) through which existing software brings its own storage
 * and connectors: {@link org.sne4j.spi.EventStore} (the truth), {@link
 * org.sne4j.spi.IndexDemandes} (the query side), {@link org.sne4j.spi.RegistreNational} (numbers
 * from the SNE or an SPTA), {@link org.sne4j.spi.EchangesRegistreNational} (the registry's other
 * services: fetch a demand, duplicates, DALO decisions and radiations since a date, declare a DALO
 * decision, transmit a change), {@link org.sne4j.spi.Outbox} (the events waiting for a relay) and
 * {@link org.sne4j.spi.GenerateurIdentifiants}. Each says in its
 * Javadoc what an implementation must guarantee; {@code sne-testkit} has a contract kit per port.
 *
 * <p>Failures of an implementation are {@link org.sne4j.spi.InfrastructureException}s: {@link
 * org.sne4j.spi.ConflictException} and {@link org.sne4j.spi.UnavailableException} (retryable),
 * {@link org.sne4j.spi.RejectedException} (not).
 */
package org.sne4j.spi;
