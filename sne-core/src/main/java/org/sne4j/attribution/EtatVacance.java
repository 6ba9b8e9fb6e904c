package org.sne4j.attribution;

/** Where a vacancy stands, from offered to let. */
public enum EtatVacance {
  /** Declared; the holder of the designation right designates candidates. */
  EN_DESIGNATION("En attente de candidats"),
  /** Put on the agenda of a CAL session with its candidates. */
  EN_COMMISSION("Inscrit en commission d'attribution"),
  /** The CAL decided; offers follow the ranking. */
  DECIDEE("Attribution décidée"),
  /** Every attribution decided failed (refusals, conditions not met): a new round is needed. */
  SANS_ATTRIBUTAIRE("Sans attributaire"),
  /** The lease is signed. */
  LOUEE("Loué");

  private final String libelle;

  EtatVacance(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
