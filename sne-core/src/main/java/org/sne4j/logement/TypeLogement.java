package org.sne4j.logement;

import org.sne4j.commun.CodeSne;

/**
 * Size of a dwelling sought or occupied (SNE list {@code ListeTypeLogement}): a room, T1 to T5, or six rooms and more.
 */
public enum TypeLogement implements CodeSne {
  CHAMBRE("C", "Chambre"),
  T1("T1", "T1"),
  T2("T2", "T2"),
  T3("T3", "T3"),
  T4("T4", "T4"),
  T5("T5", "T5"),
  T6_ET_PLUS("T6P", "T6 et plus");

  private final String code;
  private final String libelle;

  TypeLogement(String code, String libelle) {
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
