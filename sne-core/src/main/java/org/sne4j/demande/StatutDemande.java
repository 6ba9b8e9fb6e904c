package org.sne4j.demande;

/** Where a demand stands on a given day. */
public enum StatutDemande {
  /** Within its year of validity (CCH R441-2-7). */
  ACTIVE("Active"),
  /** Its validity has ended and it was not renewed, but it is not radiated yet. */
  NON_RENOUVELEE("Validité expirée, en attente de renouvellement"),
  /** Radiated on one of the grounds of R441-2-8. */
  RADIEE("Radiée");

  private final String libelle;

  StatutDemande(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
