package org.sne4j.handicap;

import org.sne4j.commun.CodeSne;

/**
 * Whether a disability is stable or progressive (SNE list {@code ListeEtatHandicap}).
 */
public enum EtatHandicap implements CodeSne {
  STABLE("STA", "Stable"),
  EVOLUTIF("EVO", "Évolutif");

  private final String code;
  private final String libelle;

  EtatHandicap(String code, String libelle) {
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
