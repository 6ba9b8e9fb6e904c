package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Family link of a dependant (personne à charge) with the applicant (SNE list {@code ListeLienParente}).
 */
public enum LienParente implements CodeSne {
  PARENT("P", "Ascendant"),
  ENFANT("E", "Enfant"),
  AUTRE("A", "Autre");

  private final String code;
  private final String libelle;

  LienParente(String code, String libelle) {
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
