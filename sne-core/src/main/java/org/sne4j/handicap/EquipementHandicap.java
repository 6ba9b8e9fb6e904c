package org.sne4j.handicap;

import org.sne4j.commun.CodeSne;

/**
 * Accessibility equipment: needed by a disabled applicant, or present in a dwelling (SNE list {@code ListeEquipementHandicap}; codes and order as in libsne's copy of the list).
 */
public enum EquipementHandicap implements CodeSne {
  BAIGNOIRE_ADAPTEE("1", "Baignoire adaptée"),
  WC_ESPACE_TRANSFERT("2", "WC avec espace de transfert"),
  DOUCHE_SANS_SEUIL("3", "Douche sans seuil"),
  ASCENSEUR("4", "Ascenseur"),
  CHAMBRE_TIERCE_PERSONNE("5", "Chambre pour une tierce personne (aide à domicile, aide-soignante, veille de nuit)"),
  STATIONNEMENT_ADAPTE("6", "Place de stationnement accessible et de largeur adaptée (3,30 m)");

  private final String code;
  private final String libelle;

  EquipementHandicap(String code, String libelle) {
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
