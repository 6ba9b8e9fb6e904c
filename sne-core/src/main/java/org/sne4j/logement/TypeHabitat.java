package org.sne4j.logement;

/** Whether a dwelling is a house (habitat individuel) or a flat in a building (collectif). */
public enum TypeHabitat {
  INDIVIDUEL("Individuel"),
  COLLECTIF("Collectif");

  private final String libelle;

  TypeHabitat(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
