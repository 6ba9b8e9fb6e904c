/**
 * The SNE adapter: the interfaceNuu XML codec ({@link org.sne4j.nuu.NuuCodec}, {@link
 * org.sne4j.nuu.DocumentNuu}), the connector to the SNE's six SOAP 1.2 / MTOM web services over
 * client-certificate TLS ({@link org.sne4j.nuu.SneConnector}, which implements the core's {@code
 * EchangesRegistreNational}), and the outbox relay ({@link org.sne4j.nuu.RegistreNationalRelay}).
 *
 * <p>Rules: reading is tolerant and reports every problem with its element path; writing is strict
 * and deterministic; transient failures are retried with exponential backoff, the others never; a
 * creation is retried only after a duplicate search, so that a lost answer never yields a second
 * number. Element names the documentation does not fix are assumptions, kept in {@code
 * internal/XmlNuu} and listed in the module README.
 */
package org.sne4j.nuu;
