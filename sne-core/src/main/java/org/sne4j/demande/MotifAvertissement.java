package org.sne4j.demande;

/**
 * Why an applicant is warned that his demand will be radiated (CCH R441-2-8 c and d: the warning
 * goes by registered letter or any means proving delivery).
 */
public enum MotifAvertissement {
  /** c) He did not answer a letter sent to his last address. */
  ABSENCE_DE_REPONSE("Absence de réponse à un courrier", MotifRadiation.ABSENCE_DE_REPONSE),
  /** d) A CAL rejected his demand as inadmissible. */
  IRRECEVABILITE("Rejet pour irrecevabilité par une commission d'attribution", MotifRadiation.IRRECEVABILITE);

  private final String libelle;
  private final MotifRadiation radiation;

  MotifAvertissement(String libelle, MotifRadiation radiation) {
    this.libelle = libelle;
    this.radiation = radiation;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }

  /** The radiation this warning announces. */
  public MotifRadiation radiation() {
    return radiation;
  }
}
