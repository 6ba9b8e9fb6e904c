package org.sne4j.commun;

import org.sne4j.commun.CodeSne;

/**
 * A yes / no / not filled in answer of the SNE (SNE list {@code ListeBooleen}); {@code demandeElargie} alone is a plain {@code true}/{@code false}.
 */
public enum BooleenSne implements CodeSne {
  OUI("OUI", "Oui"),
  NON("NON", "Non"),
  NON_RENSEIGNE("NONDOC", "Non renseigné");

  private final String code;
  private final String libelle;

  BooleenSne(String code, String libelle) {
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
