package org.sne4j.testkit.sne;

/**
 * A fault the fake SNE injects into a call. Whether the call was processed before the fault
 * matters: a lost answer to a processed {@code getNumUnique} is the case that tests a connector's
 * idempotency.
 */
public enum Panne {
  /** The answer comes late (by {@link FakeSne.Builder#latence}) but normally. */
  LATENCE(false),
  /** The call is processed, then the answer is held longer than the client waits ({@link FakeSne.Builder#retenue}). */
  DELAI_DEPASSE(true),
  /** The connection is closed before the call is processed: nothing happened. */
  COUPURE_AVANT_TRAITEMENT(false),
  /** The call is processed, then the connection is closed without an answer: the answer is lost. */
  COUPURE_APRES_TRAITEMENT(true),
  /** HTTP 503, nothing processed. */
  HTTP_503(false),
  /** HTTP 500 with a SOAP fault, nothing processed. */
  HTTP_500(false),
  /**
   * The SNE's « Une erreur inattendue est survenue lors du traitement de la demande. » as an
   * anomaly: a server failure, nothing processed.
   */
  ERREUR_INATTENDUE(false),
  /** A business anomaly ({@code CTRL_PANNE_INJECTEE}): the call is refused, nothing processed. */
  ANOMALIE(false);

  private final boolean traite;

  Panne(boolean traite) {
    this.traite = traite;
  }

  /** Whether the call is processed (its effect recorded) despite the fault. */
  public boolean traite() {
    return traite;
  }
}
