package org.sne4j.menage;

import org.sne4j.commun.CodeSne;

/**
 * How a child who does not live full time in the household is received (SNE list {@code ListeCoparentalite}).
 */
public enum Coparentalite implements CodeSne {
  GARDE_ALTERNEE("G", "Garde alternée"),
  DROIT_DE_VISITE("D", "Droit de visite et d'hébergement");

  private final String code;
  private final String libelle;

  Coparentalite(String code, String libelle) {
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
