package org.sne4j.echanges;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a run of the relay did.
 *
 * @param transmises entries the destination acknowledged
 * @param sansEnvoi entries with nothing to send (a radiation for a merger, which the national
 *     system has no code for)
 * @param echecs transient failures: the entries stay pending and their demand waits
 * @param rejetees entries the destination refused for good (kept for an operator)
 */
public record BilanRelais(int transmises, int sansEnvoi, int echecs, int rejetees) {

  /** Nothing done. */
  public static final BilanRelais VIDE = new BilanRelais(0, 0, 0, 0);

  public BilanRelais {
    checkArgument(transmises >= 0 && sansEnvoi >= 0 && echecs >= 0 && rejetees >= 0, "Negative count");
  }

  /** The sum of two runs. */
  public BilanRelais plus(BilanRelais autre) {
    return new BilanRelais(
        transmises + autre.transmises, sansEnvoi + autre.sansEnvoi, echecs + autre.echecs, rejetees + autre.rejetees);
  }

  /** Entries that left the outbox (delivered, nothing to send, or rejected). */
  public int traitees() {
    return transmises + sansEnvoi + rejetees;
  }
}
