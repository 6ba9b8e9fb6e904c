package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Kind of monthly resource received (SNE list {@code ListeRessourceRecue}; CERFA 14069 « Ressources mensuelles »). Housing benefit (APL, AL) is never declared: « autres » excludes it.
 */
public enum TypeRessource implements CodeSne {
  SALAIRES("SAL", "Salaires"),
  RETRAITE("RET", "Retraite"),
  CHOMAGE("CHO", "Allocations chômage"),
  PENSION_ALIMENTAIRE_RECUE("PAR", "Pension alimentaire reçue"),
  PENSION_INVALIDITE("PINV", "Pension d'invalidité"),
  ALLOCATIONS_FAMILIALES("AF", "Allocations familiales"),
  AAH("AAH", "Allocation aux adultes handicapés"),
  AEEH("AEEH", "Allocation d'éducation de l'enfant handicapé"),
  AJPP("AJPP", "Allocation journalière de présence parentale"),
  RSA("RSA", "Revenu de solidarité active"),
  MINIMUM_VIEILLESSE("AMV", "Allocation minimum vieillesse"),
  PAJE("PAJE", "Prestation d'accueil du jeune enfant"),
  BOURSE_ETUDIANT("BE", "Bourse étudiant"),
  AUTRES("AUT", "Autres ressources (hors APL et AL)");

  private final String code;
  private final String libelle;

  TypeRessource(String code, String libelle) {
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
