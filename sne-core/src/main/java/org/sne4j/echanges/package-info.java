/**
 * The exchanges with the national registration system, as technology-free policy: which events
 * leave the store for which destination ({@link org.sne4j.echanges.PolitiqueOutbox}), which event
 * becomes which national file ({@link org.sne4j.echanges.RelaisRegistreNational}), how a national
 * DALO decision or radiation becomes a local fact ({@link
 * org.sne4j.echanges.SynchronisationRegistreNational}), and the service that runs them ({@link
 * org.sne4j.echanges.ServiceEchanges}). The transport (SOAP/MTOM, REST, an SPTA's files) is an
 * adapter's implementation of {@link org.sne4j.spi.EchangesRegistreNational}.
 */
package org.sne4j.echanges;
