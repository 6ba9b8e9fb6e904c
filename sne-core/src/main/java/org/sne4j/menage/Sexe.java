package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Sex of a dependant (SNE list {@code ListeSexe}; docs/reglementation.md §12).
 */
public enum Sexe implements CodeSne {
  MASCULIN("M", "Masculin"),
  FEMININ("F", "Féminin");

  private final String code;
  private final String libelle;

  Sexe(String code, String libelle) {
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
