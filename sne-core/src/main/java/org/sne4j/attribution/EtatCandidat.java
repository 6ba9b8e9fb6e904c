package org.sne4j.attribution;

/** Where a candidate stands in a vacancy's round after the CAL decided. */
public enum EtatCandidat {
  /** Attributed (a, b, or c with its condition met), waiting for his turn to be offered. */
  EN_ATTENTE("En attente de proposition"),
  /** Attributed under a suspensive condition not yet met (R441-3 c). */
  CONDITION_EN_COURS("Condition suspensive en cours"),
  /** The dwelling is offered to him. */
  OFFRE("Logement proposé"),
  /** He accepted the offer. */
  ACCEPTE("Proposition acceptée"),
  /** He refused, or did not answer in time. */
  REFUSE("Proposition refusée"),
  /** Not attributed: non-attribution, inadmissibility, or a condition not met. */
  ECARTE("Non attributaire"),
  /** A better-ranked candidate signed the lease. */
  SANS_SUITE("Attribué à un candidat mieux classé"),
  /** He signed the lease. */
  SIGNE("Bail signé");

  private final String libelle;

  EtatCandidat(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }

  /** Whether the candidate may still get the dwelling. */
  public boolean estEnLice() {
    return this == EN_ATTENTE || this == CONDITION_EN_COURS || this == OFFRE || this == ACCEPTE;
  }
}
