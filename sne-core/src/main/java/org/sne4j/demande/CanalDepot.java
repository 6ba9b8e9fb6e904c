package org.sne4j.demande;

/**
 * How a demand was filed or renewed (CCH R441-2-2: at a desk, through a common agent or the SPTA,
 * or online). The channel decides how the renewal notice is sent (R441-2-7).
 */
public enum CanalDepot {
  /** At a registration desk (guichet enregistreur), including a common agent's. */
  GUICHET("Au guichet"),
  /** Online, in the SNE's applicant portal or the SPTA's (R441-2-2 3°). */
  EN_LIGNE("En ligne");

  private final String libelle;

  CanalDepot(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
