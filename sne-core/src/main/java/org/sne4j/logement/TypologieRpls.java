package org.sne4j.logement;

import org.sne4j.commun.CodeSne;

/**
 * Typology of a dwelling in the RPLS register (SNE list {@code ListeTypeLogementRPLS}): T1 to T8, then nine rooms and more.
 */
public enum TypologieRpls implements CodeSne {
  T1("T1", "T1"),
  T2("T2", "T2"),
  T3("T3", "T3"),
  T4("T4", "T4"),
  T5("T5", "T5"),
  T6("T6", "T6"),
  T7("T7", "T7"),
  T8("T8", "T8"),
  T9_ET_PLUS("T9P", "T9 et plus");

  /** The number of main rooms (pièces principales) this typology stands for (9 for T9P). */
  public int nombrePieces() {
    return ordinal() + 1;
  }

  private final String code;
  private final String libelle;

  TypologieRpls(String code, String libelle) {
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
