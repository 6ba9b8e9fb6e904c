package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Kind of monthly amount paid by the household (SNE list {@code ListeRessourceVersee}).
 */
public enum TypeRessourceVersee implements CodeSne {
  PENSION_ALIMENTAIRE_VERSEE("PAV", "Pension alimentaire versée");

  private final String code;
  private final String libelle;

  TypeRessourceVersee(String code, String libelle) {
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
