package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Link of a co-holder (co-titulaire) with the applicant (SNE list {@code ListeLienDemandeur}).
 */
public enum LienDemandeur implements CodeSne {
  CONJOINT("M", "Conjoint (marié)"),
  PARTENAIRE_PACS("P", "Partenaire de PACS"),
  CONCUBIN("C", "Concubin"),
  COLOCATAIRE("L", "Co-locataire");

  /** Whether this link makes the co-holder and the applicant a couple (married, PACS, concubins). */
  public boolean formeUnCouple() {
    return this != COLOCATAIRE;
  }

  private final String code;
  private final String libelle;

  LienDemandeur(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }
}
