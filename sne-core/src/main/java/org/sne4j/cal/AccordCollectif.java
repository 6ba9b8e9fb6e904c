package org.sne4j.cal;

import org.sne4j.commun.CodeSne;

/**
 * Whether an attribution counts under an accord collectif (CCH R441-2-9; SNE list {@code ListeAccordCollectif}).
 */
public enum AccordCollectif implements CodeSne {
  DEPARTEMENTAL("ACD", "Accord collectif départemental"),
  INTERCOMMUNAL("ACI", "Accord collectif intercommunal"),
  AUCUN("AUCUN", "Aucun"),
  NON_RENSEIGNE("NONDOC", "Non renseigné");

  private final String code;
  private final String libelle;

  AccordCollectif(String code, String libelle) {
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
