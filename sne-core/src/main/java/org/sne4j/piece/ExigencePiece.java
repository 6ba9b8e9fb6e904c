package org.sne4j.piece;

/**
 * When a supporting document is required (CCH R441-2-3, R441-2-4-1; arrêté du 22 décembre 2020,
 * annexe: I.A, I.B, II).
 */
public enum ExigencePiece {
  /** Required to register the demand: identity, and lawful residence for foreigners (R441-2-3). */
  ENREGISTREMENT("Obligatoire pour l'enregistrement"),
  /** Required to instruct the demand (before a CAL examines it). */
  INSTRUCTION("Obligatoire pour l'instruction"),
  /** May be asked by the instructing service (pièce complémentaire). */
  COMPLEMENTAIRE("Complémentaire, sur demande du service instructeur");

  private final String libelle;

  ExigencePiece(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
