package org.sne4j.nuu;

import java.time.Duration;

/**
 * How the connector and the relay wait between two attempts: {@link #THREAD} sleeps; tests inject
 * one that records the waits and returns at once.
 */
@FunctionalInterface
public interface Attente {

  /** Sleeps the current thread. */
  Attente THREAD = duree -> Thread.sleep(duree.toMillis());

  /** Waits {@code duree}. */
  void attendre(Duration duree) throws InterruptedException;
}
