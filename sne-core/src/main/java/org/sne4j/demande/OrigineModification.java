package org.sne4j.demande;

/**
 * Where the information of a modification comes from. A modification is recorded only if the
 * information comes from the applicant (arrêté du 23 mars 2015 annexe §4); a correction from
 * supporting documents is a separate event ({@code DemandeCorrigee}).
 */
public enum OrigineModification {
  /** The applicant asked for it (at a desk, by mail or online). */
  DEMANDE_DU_DEMANDEUR("À la demande du demandeur"),
  /** Data from a third party that the applicant has validated. */
  DONNEES_TIERS_VALIDEES("Données d'un tiers validées par le demandeur");

  private final String libelle;

  OrigineModification(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
