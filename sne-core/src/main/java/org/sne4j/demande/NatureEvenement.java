package org.sne4j.demande;

/**
 * The kinds of events in a demand's life, with their French label and whether the law makes them
 * visible to the applicant whatever the local rules say.
 *
 * <p>CCH R441-2-17 and L441-2-6: the applicant can see at any time his data as recorded, modified
 * or corrected; whether his demand is a priority; the CAL decision, his rank and the reasons of a
 * conditional or refused attribution; the dwelling attributed. The lifecycle (registration,
 * renewal, notices, warnings, radiation) is addressed to him. The other events of the gestion
 * partagée are shown or not according to the partners' local rules ({@code PolitiqueDiffusion}).
 */
public enum NatureEvenement {
  ENREGISTREMENT("Enregistrement de la demande", true),
  MODIFICATION("Modification de la demande", true),
  RECTIFICATION("Rectification au vu des pièces justificatives", true),
  RENOUVELLEMENT("Renouvellement de la demande", true),
  AVIS_RENOUVELLEMENT("Avis de renouvellement", true),
  AVERTISSEMENT("Avertissement avant radiation", true),
  LEVEE_AVERTISSEMENT("Levée de l'avertissement", true),
  RADIATION("Radiation de la demande", true),
  RADIATION_NATIONALE("Radiation enregistrée dans le système national", true),
  REACTIVATION("Réactivation de la demande", true),
  RECONNAISSANCE_PRIORITE("Reconnaissance du caractère prioritaire", true),
  RETRAIT_PRIORITE("Fin du caractère prioritaire", true),
  CONTINGENT_ELIGIBLE("Contingent de réservation auquel le demandeur est éligible", false),
  DEMANDE_PIECES("Demande de pièces ou d'information", false),
  PIECES_FOURNIES("Pièces justificatives fournies", false),
  DESIGNATION("Désignation sur un logement en vue de la commission d'attribution", false),
  INSCRIPTION_CAL("Inscription à l'ordre du jour de la commission d'attribution", false),
  VISITE_PROPOSEE("Visite du logement proposée", false),
  VISITE_EFFECTUEE("Visite du logement effectuée", false),
  DECISION_CAL("Décision de la commission d'attribution", true),
  OFFRE("Proposition de logement", true),
  ACCEPTATION_OFFRE("Acceptation du logement proposé", true),
  REFUS_DEMANDEUR("Refus du logement par le demandeur", true),
  CONDITION_LEVEE("Condition suspensive levée", true),
  CONDITION_NON_LEVEE("Condition suspensive non levée", true),
  CONDITIONS_ACCES_NON_REMPLIES("Conditions d'accès au logement non remplies au vu des pièces", true),
  ATTRIBUTION_SANS_SUITE("Logement attribué à un candidat mieux classé", true),
  BAIL_SIGNE("Signature du bail", true),
  ANNULATION("Annulation d'un événement", false),
  EVENEMENT_LOCAL("Événement local", false);

  private final String libelle;
  private final boolean visibleDeDroit;

  NatureEvenement(String libelle, boolean visibleDeDroit) {
    this.libelle = libelle;
    this.visibleDeDroit = visibleDeDroit;
  }

  /** The French label, as shown in a timeline. */
  public String libelle() {
    return libelle;
  }

  /** Whether the law makes this kind of event visible to the applicant in any case. */
  public boolean visibleDeDroit() {
    return visibleDeDroit;
  }
}
