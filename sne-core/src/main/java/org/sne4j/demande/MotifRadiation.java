package org.sne4j.demande;

import org.sne4j.commun.CodeSne;

/**
 * The grounds on which a demand can be radiated, exhaustively (CCH R441-2-8: « une demande ne
 * peut faire l'objet d'une radiation … que pour l'un des motifs suivants, qui demeure inscrit dans
 * le système »), with their SNE codes ({@code ListeMotifsRadiation}).
 */
public enum MotifRadiation implements CodeSne {
  /** a) Attribution followed by a signed lease; the bailleur radiates on signature. */
  ATTRIBUTION("RADATT", "Attribution suivie d'un bail signé", "a"),
  /** b) Written withdrawal addressed to an R441-2-1 entity, which radiates without delay. */
  RENONCIATION("RADABA", "Renonciation écrite du demandeur", "b"),
  /** c) No answer to a letter sent to the last address, one month (SNE: two) after a warning. */
  ABSENCE_DE_REPONSE("RADCON", "Absence de réponse à un courrier (impossibilité de contacter le demandeur)", "c"),
  /** d) Rejection for inadmissibility by a bailleur's CAL, one month after a warning. */
  IRRECEVABILITE("RADIRR", "Rejet pour irrecevabilité prononcé par une commission d'attribution", "d"),
  /** e) Not renewed within the time the R441-2-7 notice gave; the system gestionnaire radiates. */
  NON_RENOUVELLEMENT("RADREN", "Absence de renouvellement", "e"),
  /**
   * f) Merger of departmental (Île-de-France: regional) demands into one with a national number,
   * keeping the seniority acquired. The SNE has no code for it (the national number is not yet
   * operational): {@code FUSION} is the library's own code and is never sent to the SNE.
   */
  FUSION("FUSION", "Fusion en une demande disposant d'un numéro unique national", "f");

  private final String code;
  private final String libelle;
  private final String item;

  MotifRadiation(String code, String libelle, String item) {
    this.code = code;
    this.libelle = libelle;
    this.item = item;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  /** The letter of the item in R441-2-8. */
  public String item() {
    return item;
  }
}
