package org.sne4j.territoire;

import org.sne4j.commun.CodeSne;

/**
 * Whether a dwelling lies in a zone urbaine sensible (SNE list {@code ListeZUS}). The ZUS predate the quartiers prioritaires de la politique de la ville (QPV) of 2015; the list remains in the exchange format.
 */
public enum ZoneUrbaineSensible implements CodeSne {
  DANS_UNE_ZUS("ZUSOUI", "Dans une ZUS"),
  HORS_ZUS("ZUSNON", "Hors ZUS"),
  NE_SAIT_PAS("ZUSNSP", "Ne sait pas");

  private final String code;
  private final String libelle;

  ZoneUrbaineSensible(String code, String libelle) {
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
