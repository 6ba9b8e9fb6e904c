package org.sne4j.cal;

/**
 * Reasons for a non-attribution (R441-3 d), which must be notified in writing with its reasons
 * (CCH L441-2-2). The first two are the grounds the law names; the others are the usual grounds
 * in practice (USH Repères n°47, 2018; docs/reglementation.md §4.3), which the DGP partners harmonise locally.
 * "A better-placed candidate" is not a reason for non-attribution: it is an attribution in rank.
 */
public enum MotifNonAttribution {
  /**
   * A member of the household owns a dwelling suited to its needs or able to yield enough income
   * to rent privately (L441-2-2 al. 2). Not usable when that member has or had a protection order
   * (ordonnance de protection) of the family judge.
   */
  PROPRIETAIRE_LOGEMENT_ADAPTE(
      "Un membre du ménage est propriétaire d'un logement adapté à ses besoins ou susceptible de"
          + " générer des revenus suffisants pour se loger dans le parc privé",
      true),
  /**
   * In a « résidence à enjeu prioritaire de mixité sociale » of the CIA, the household would
   * worsen the residence's fragility (L441-2-2 al. 3); the first suitable vacant dwelling outside
   * such residences must then be offered to it.
   */
  FRAGILITE_RESIDENCE_MIXITE_SOCIALE(
      "Attribution de nature à accentuer la fragilité de la résidence à enjeu prioritaire de mixité"
          + " sociale",
      true),
  PIECES_MANQUANTES("Dossier incomplet : pièces justificatives manquantes ou non conformes", false),
  INADEQUATION_TAILLE("Inadéquation entre la composition du ménage et la taille du logement", false),
  INADEQUATION_ACCESSIBILITE("Logement non adapté au handicap ou à la mobilité du ménage", false),
  ELOIGNEMENT("Logement trop éloigné du lieu de travail ou des services nécessaires au ménage", false),
  TAUX_EFFORT("Taux d'effort incompatible avec le loyer et les charges du logement", false),
  RESTE_A_VIVRE("Reste à vivre insuffisant au regard du loyer et des charges du logement", false),
  AUTRE("Autre motif (précisé)", false);

  private final String libelle;
  private final boolean prevuParLaLoi;

  MotifNonAttribution(String libelle, boolean prevuParLaLoi) {
    this.libelle = libelle;
    this.prevuParLaLoi = prevuParLaLoi;
  }

  /** The French label, as written in the notification to the applicant. */
  public String libelle() {
    return libelle;
  }

  /** Whether the ground is named by CCH L441-2-2 (otherwise it is a usual ground in practice). */
  public boolean prevuParLaLoi() {
    return prevuParLaLoi;
  }
}
