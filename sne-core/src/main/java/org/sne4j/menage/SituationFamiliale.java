package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Family situation of a holder (SNE list {@code ListeSituationFamiliale}; CCH R441-2-2 c).
 */
public enum SituationFamiliale implements CodeSne {
  CELIBATAIRE("C", "Célibataire"),
  MARIE("M", "Marié(e)"),
  DIVORCE("D", "Divorcé(e)"),
  SEPARE("S", "Séparé(e)"),
  PACSE("P", "Pacsé(e)"),
  UNION_LIBRE("U", "Concubinage (union libre)"),
  VEUF("V", "Veuf (veuve)");

  private final String code;
  private final String libelle;

  SituationFamiliale(String code, String libelle) {
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
