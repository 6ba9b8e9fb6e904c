package org.sne4j.logement;

import org.sne4j.commun.CodeSne;

/**
 * Kind of dwelling sought (SNE list {@code ListeCategorieLogementRecherche}).
 */
public enum CategorieLogementRecherche implements CodeSne {
  APPARTEMENT("A", "Appartement"),
  MAISON("M", "Maison"),
  INDIFFERENT("I", "Indifférent");

  private final String code;
  private final String libelle;

  CategorieLogementRecherche(String code, String libelle) {
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
