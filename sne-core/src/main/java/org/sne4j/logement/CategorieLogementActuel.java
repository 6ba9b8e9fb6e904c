package org.sne4j.logement;

import org.sne4j.commun.CodeSne;

/**
 * Kind of the current dwelling (interfaceNuu {@code logementActuel/categorieLogement}: A or M).
 */
public enum CategorieLogementActuel implements CodeSne {
  APPARTEMENT("A", "Appartement"),
  MAISON("M", "Maison");

  private final String code;
  private final String libelle;

  CategorieLogementActuel(String code, String libelle) {
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
