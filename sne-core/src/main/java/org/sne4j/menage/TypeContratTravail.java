package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Employment situation of a holder (SNE list {@code ListeTypeContratTravail}; CCH R441-2-2 d).
 */
public enum TypeContratTravail implements CodeSne {
  CDI("CDI", "CDI ou fonctionnaire"),
  CDD("CDD", "CDD, stage, intérim"),
  ARTISAN("ART", "Artisan, commerçant, profession libérale"),
  CHOMEUR("CHO", "Chômeur"),
  APPRENTI("APP", "Apprenti"),
  ETUDIANT("ETU", "Étudiant"),
  RETRAITE("RET", "Retraité"),
  AUTRE("AUT", "Autre");

  private final String code;
  private final String libelle;

  TypeContratTravail(String code, String libelle) {
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
