package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Nationality group of a holder (SNE list {@code ListeNationalite}; CERFA 14069 « Nationalité »).
 */
public enum Nationalite implements CodeSne {
  FRANCAISE("1", "Française"),
  UNION_EUROPEENNE("2", "Union européenne"),
  HORS_UNION_EUROPEENNE("3", "Hors Union européenne");

  private final String code;
  private final String libelle;

  Nationalite(String code, String libelle) {
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
