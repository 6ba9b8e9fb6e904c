/**
 * A fake of the SNE's web services ({@link org.sne4j.testkit.sne.FakeSne}) served over real
 * HTTP(S) on a local port, written with the JDK only and independent of {@code sne-nuu}, so that
 * connector tests run through the network stack against an oracle, never a mock; the faults it
 * injects ({@link org.sne4j.testkit.sne.Panne}); and the TLS certificates a client-authenticated
 * test needs ({@link org.sne4j.testkit.sne.CertificatsDeTest}, generated with {@code keytool}).
 */
package org.sne4j.testkit.sne;
