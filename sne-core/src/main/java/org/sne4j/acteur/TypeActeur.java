package org.sne4j.acteur;

/**
 * The kinds of legal entities (and the applicant) that act on a demand. R441-2-15 requires every
 * item of the gestion partagée to be recorded by "la personne morale à l'origine de
 * l'événement", so every event names an actor of one of these kinds.
 */
public enum TypeActeur {
  /** A registration desk of a service enregistreur (CCH R441-2-1), incl. a common agent's. */
  GUICHET("Guichet enregistreur", true),
  /** A social landlord (organisme HLM, SEM): a registrant under R441-2-1 a–c; holds the CAL. */
  BAILLEUR("Bailleur social", true),
  /** A holder of reservation rights (R441-5): State, local authority, employer, Action Logement. */
  RESERVATAIRE("Réservataire", true),
  /** A commune, EPCI, EPT or département (registrant under R441-2-1 e after a délibération). */
  COLLECTIVITE("Collectivité territoriale ou EPCI", true),
  /** A State service: préfecture, DDETS, secretariat of the COMED (R441-2-1 d, R441-2-6 b). */
  SERVICE_ETAT("Service de l'État", true),
  /** The SIAO (R441-2-1 h; L345-2-4 CASF). */
  SIAO("Service intégré d'accueil et d'orientation (SIAO)", true),
  /** A commission: COMED, local body of the PDALHPD, PPGDID body, CIA coordination commission. */
  COMMISSION("Commission", false),
  /** The applicant himself (online filing, updates, renewal). */
  DEMANDEUR("Demandeur", false),
  /** The SNE or SPTA gestionnaire: automatic processing (radiation for non-renewal, merge). */
  GESTIONNAIRE("Gestionnaire du système d'enregistrement", false);

  private final String libelle;
  private final boolean serviceEnregistreur;

  TypeActeur(String libelle, boolean serviceEnregistreur) {
    this.libelle = libelle;
    this.serviceEnregistreur = serviceEnregistreur;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }

  /**
   * Whether actors of this kind may be registration services (services enregistreurs, CCH
   * R441-2-1): they may register, renew, correct and radiate demands.
   */
  public boolean estServiceEnregistreur() {
    return serviceEnregistreur;
  }
}
