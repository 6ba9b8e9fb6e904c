package org.sne4j.priorite;

import org.sne4j.commun.CodeSne;

/** DALO status of a demand in the SNE (SNE list {@code ListeStatutDalo}). */
public enum StatutDalo implements CodeSne {
  NON("NON", "Pas de décision DALO"),
  ACTIF("ACTIF", "Décision favorable active"),
  CADUC("CADUC", "Décision caduque"),
  ACTIF_RELOGE("ACTREL", "Décision active, ménage relogé");

  private final String code;
  private final String libelle;

  StatutDalo(String code, String libelle) {
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
