package org.sne4j.cal;

import org.sne4j.commun.CodeSne;

/**
 * Ground of a rejection for inadmissibility by a CAL (CCH R441-2-8 d, R441-3 e; SNE list {@code ListeSousMotifRadiationIrrecevabilite}): only resources above the ceiling or an irregular residence of an adult of the household (arrêté du 23 mars 2015 annexe §6).
 */
public enum SousMotifIrrecevabilite implements CodeSne {
  RESSOURCES_SUPERIEURES_AU_PLAFOND("IRRRES", "Ressources supérieures au plafond"),
  IRREGULARITE_DE_SEJOUR("IRRSEJ", "Irrégularité de séjour");

  private final String code;
  private final String libelle;

  SousMotifIrrecevabilite(String code, String libelle) {
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
