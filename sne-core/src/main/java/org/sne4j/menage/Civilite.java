package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * Civility of a holder (SNE list {@code ListeCivilite}). The meaning of the codes is read from libsne (docs/reglementation.md §12, to verify against the SNE interface specification).
 */
public enum Civilite implements CodeSne {
  MONSIEUR("1", "Monsieur"),
  MADAME("2", "Madame"),
  MADEMOISELLE("3", "Mademoiselle");

  private final String code;
  private final String libelle;

  Civilite(String code, String libelle) {
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
