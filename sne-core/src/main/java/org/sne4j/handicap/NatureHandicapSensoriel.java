package org.sne4j.handicap;

import org.sne4j.commun.CodeSne;

/**
 * Sensory disability (SNE list {@code ListeNatureHandicapSensoriel}).
 */
public enum NatureHandicapSensoriel implements CodeSne {
  DEFICIENCE_AUDITIVE("DA", "Déficience auditive"),
  DEFICIENCE_VISUELLE("DV", "Déficience visuelle");

  private final String code;
  private final String libelle;

  NatureHandicapSensoriel(String code, String libelle) {
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
