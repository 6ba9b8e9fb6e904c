package org.sne4j.handicap;

import org.sne4j.commun.CodeSne;

/**
 * Motor disability: which limbs (SNE list {@code ListeNatureHandicapMoteur}).
 */
public enum NatureHandicapMoteur implements CodeSne {
  MEMBRES_SUPERIEURS("MS", "Membres supérieurs"),
  MEMBRES_INFERIEURS("MI", "Membres inférieurs");

  private final String code;
  private final String libelle;

  NatureHandicapMoteur(String code, String libelle) {
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
