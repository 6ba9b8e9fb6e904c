package org.sne4j.handicap;

import org.sne4j.commun.CodeSne;

/**
 * Technical aid the disabled person uses (SNE list {@code ListeAideTechniqueHandicap}; labels as in libsne's copy of the list).
 */
public enum AideTechnique implements CodeSne {
  AUCUNE("1", "Aucune"),
  CANNE_BEQUILLE("2", "Canne, béquille"),
  DEAMBULATEUR("3", "Déambulateur"),
  FAUTEUIL_MANUEL("4", "Fauteuil roulant manuel"),
  FAUTEUIL_ELECTRIQUE("5", "Fauteuil roulant électrique"),
  LEVE_PERSONNE("6", "Lève-personne"),
  LIT_MEDICALISE("7", "Lit médicalisé");

  private final String code;
  private final String libelle;

  AideTechnique(String code, String libelle) {
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
