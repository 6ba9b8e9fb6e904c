package org.sne4j.eligibilite;

/** The outcome of the resource-ceiling check. */
public enum StatutEligibilite {
  /** The income compared does not exceed the ceiling (or no ceiling applies). */
  ELIGIBLE("Éligible"),
  /** The income compared exceeds the ceiling. */
  NON_ELIGIBLE("Non éligible"),
  /**
   * The check cannot be made: an income, a ceiling table or a zone is missing. The result says
   * which; the library never guesses.
   */
  INDETERMINE("Non appréciable");

  private final String libelle;

  StatutEligibilite(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
