package org.sne4j.piece;

/** What a supporting document proves (the headings of the list of pièces justificatives). */
public enum CategoriePiece {
  IDENTITE("Identité et régularité du séjour"),
  REVENU_FISCAL("Revenu fiscal de référence"),
  SITUATION_FAMILIALE("Situation familiale"),
  SITUATION_PROFESSIONNELLE("Situation professionnelle"),
  RESSOURCES("Ressources mensuelles"),
  LOGEMENT_ACTUEL("Logement actuel"),
  HANDICAP("Handicap");

  private final String libelle;

  CategoriePiece(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
