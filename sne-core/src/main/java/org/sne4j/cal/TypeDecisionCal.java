package org.sne4j.cal;

/**
 * The five decisions a CAL takes for each candidate (CCH R441-3: « pour chaque candidat, la
 * commission d'attribution prend l'une des décisions suivantes »).
 */
public enum TypeDecisionCal {
  /** a) Attribution of the dwelling to one candidate. */
  ATTRIBUTION("a", "Attribution du logement"),
  /** b) Attribution ranking candidates by priority; the next one gets it if those before refuse. */
  ATTRIBUTION_EN_RANG("b", "Attribution du logement en classant les candidats par ordre de priorité"),
  /** c) Attribution under suspensive condition: a document of the closed list is missing. */
  ATTRIBUTION_SOUS_CONDITION("c", "Attribution sous condition suspensive"),
  /** d) Non-attribution of the dwelling to the candidate. */
  NON_ATTRIBUTION("d", "Non-attribution du logement proposé"),
  /** e) Rejection for inadmissibility (R441-2-8 d), notified under L441-2-2. */
  IRRECEVABILITE("e", "Rejet pour irrecevabilité de la demande");

  private final String item;
  private final String libelle;

  TypeDecisionCal(String item, String libelle) {
    this.item = item;
    this.libelle = libelle;
  }

  /** The letter of the item in R441-3. */
  public String item() {
    return item;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
