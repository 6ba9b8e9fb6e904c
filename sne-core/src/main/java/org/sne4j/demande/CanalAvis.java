package org.sne4j.demande;

/** How the renewal notice reaches the applicant (CCH R441-2-7 1°–3°). */
public enum CanalAvis {
  COURRIER("Courrier postal"),
  COURRIEL("Courrier électronique");

  private final String libelle;

  CanalAvis(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
