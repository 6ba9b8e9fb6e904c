package org.sne4j.handicap;

import org.sne4j.commun.CodeSne;

/**
 * How many steps the disabled person can climb (SNE list {@code ListeCapaciteMarcheHandicap}; labels as in libsne's copy of the list).
 */
public enum CapaciteMarche implements CodeSne {
  IMPOSSIBLE("1", "Impossible"),
  UNE_A_TROIS_MARCHES("2", "1 à 3 marches"),
  PREMIER_ETAGE("3", "1er étage"),
  PLUS_D_UN_ETAGE("4", "Plus d'un étage");

  private final String code;
  private final String libelle;

  CapaciteMarche(String code, String libelle) {
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
