package org.sne4j.demande;

import org.sne4j.commun.Regle;

/**
 * The rules of the demand's lifecycle and of the gestion partagée, each with its stable
 * identifier (the code of the refusal that breaks it) and the text it comes from.
 */
public enum RegleDemande implements Regle {
  ENREGISTREMENT_PAR_SERVICE_ENREGISTREUR(
      "DEM-ENREGISTREMENT-AUTEUR",
      "CCH R441-2-1, R441-2-2",
      "Une demande est enregistrée par un service enregistreur ou par le demandeur en ligne."),
  DEMANDE_INCONNUE(
      "DEM-INCONNUE",
      "CCH L441-2-1",
      "Une demande doit être enregistrée et disposer d'un numéro unique avant tout autre acte."),
  NUMERO_DEJA_ATTRIBUE(
      "DEM-NUMERO-DEJA-ATTRIBUE",
      "CCH R441-2-4 c; arrêté du 23 mars 2015 annexe §3",
      "Un numéro unique n'identifie qu'une demande."),
  TERRITOIRE(
      "DEM-TERRITOIRE",
      "CCH R441-2-1, R441-2-5",
      "Une demande vaut pour un département (en Île-de-France, pour la région) : les communes"
          + " souhaitées restent dans ce territoire."),
  DATE_DE_DEPOT(
      "DEM-DATE-DEPOT",
      "CCH L441-2-1, R441-2-4 d",
      "La date de dépôt d'une demande ne peut pas être postérieure à son enregistrement."),
  DEMANDE_RADIEE(
      "DEM-RADIEE",
      "CCH R441-2-8; arrêté du 23 mars 2015 annexe §5–6",
      "Une demande radiée n'accepte que sa réactivation, dans le délai prévu pour son motif."),
  MODIFICATION_ORIGINE_DEMANDEUR(
      "DEM-MODIFICATION-ORIGINE",
      "arrêté du 23 mars 2015 annexe §4",
      "Une modification n'est enregistrée que si l'information vient du demandeur."),
  RECTIFICATION_INTERVENANT_HABILITE(
      "DEM-RECTIFICATION",
      "CCH R441-2-15 I",
      "Une rectification est apportée par un intervenant habilité au vu des pièces justificatives"
          + " fournies par le demandeur."),
  RENOUVELLEMENT_AUTEUR(
      "DEM-RENOUVELLEMENT-AUTEUR",
      "CCH R441-2-7",
      "Le renouvellement se fait auprès d'un guichet enregistreur ou en ligne par le demandeur."),
  AVIS_RENOUVELLEMENT(
      "DEM-AVIS-RENOUVELLEMENT",
      "CCH R441-2-7; arrêté du 23 mars 2015 annexe §5",
      "L'avis de renouvellement est adressé une fois par année de validité, par le gestionnaire du"
          + " système, avant l'expiration de la demande."),
  AVERTISSEMENT(
      "DEM-AVERTISSEMENT",
      "CCH R441-2-8 c",
      "L'avertissement avant radiation pour absence de réponse est adressé par le service"
          + " expéditeur du courrier resté sans réponse, une seule fois à la fois."),
  LEVEE_AVERTISSEMENT(
      "DEM-LEVEE-AVERTISSEMENT",
      "CCH R441-2-8 c",
      "Seul un avertissement pour absence de réponse se lève quand le demandeur répond."),
  RADIATION_ATTRIBUTION(
      "DEM-RADIATION-ATTRIBUTION",
      "CCH R441-2-8 a, R441-2-9",
      "La radiation pour attribution suit la signature du bail et porte les données de"
          + " l'attribution."),
  RADIATION_RENONCIATION(
      "DEM-RADIATION-RENONCIATION",
      "CCH R441-2-8 b",
      "La radiation pour renonciation est prononcée sans délai par le service enregistreur qui a"
          + " reçu la renonciation écrite."),
  RADIATION_ABSENCE_REPONSE(
      "DEM-RADIATION-ABSENCE-REPONSE",
      "CCH R441-2-8 c; arrêté du 23 mars 2015 annexe §6",
      "La radiation pour absence de réponse est prononcée par le service qui a averti le"
          + " demandeur, après le délai qui suit l'avertissement."),
  RADIATION_IRRECEVABILITE(
      "DEM-RADIATION-IRRECEVABILITE",
      "CCH R441-2-8 d, R441-3 e",
      "La radiation pour irrecevabilité suit une décision de la commission d'attribution d'un"
          + " bailleur ; ce bailleur la prononce un mois après l'avertissement."),
  RADIATION_NON_RENOUVELLEMENT(
      "DEM-RADIATION-NON-RENOUVELLEMENT",
      "CCH R441-2-8 e, R441-2-7; arrêté du 23 mars 2015 annexe §5",
      "Le gestionnaire du système radie la demande non renouvelée dans le délai imparti par l'avis"
          + " de renouvellement, treize mois après le dépôt ou le dernier renouvellement."),
  RADIATION_FUSION(
      "DEM-RADIATION-FUSION",
      "CCH R441-2-8 f",
      "La radiation pour fusion en une demande à numéro unique national est prononcée par le"
          + " gestionnaire du système, qui donne le numéro national."),
  RADIATION_NATIONALE(
      "DEM-RADIATION-NATIONALE",
      "CCH R441-2-8, R441-2-5",
      "Une radiation prononcée dans le système national par un autre service est reportée sur la"
          + " demande par le gestionnaire du système, telle qu'elle a été prononcée."),
  REACTIVATION(
      "DEM-REACTIVATION",
      "arrêté du 23 mars 2015 annexe §5–6",
      "Seules les radiations pour non-renouvellement (jusqu'à dix-huit mois après le dépôt ou le"
          + " dernier renouvellement) et pour absence de réponse (cinq mois) se réactivent, par un"
          + " service enregistreur."),
  PRIORITE_SOURCE(
      "DEM-PRIORITE-SOURCE",
      "CCH R441-2-15 I",
      "Le caractère prioritaire est enregistré par l'instance ou l'organisme qui l'a reconnu."),
  CONTINGENT_AUTEUR(
      "DEM-CONTINGENT-AUTEUR",
      "CCH R441-2-15 I",
      "Le contingent auquel le demandeur est éligible est indiqué par un réservataire, le bailleur"
          + " ou l'État."),
  PIECES_AUTEUR(
      "DEM-PIECES-AUTEUR",
      "CCH R441-2-4-1",
      "Les pièces justificatives sont demandées et enregistrées par un service enregistreur ou"
          + " instructeur."),
  DESIGNATION_AUTEUR(
      "DEM-DESIGNATION-AUTEUR",
      "CCH R441-5; USH, La gestion partagée de la demande (2017)",
      "Un demandeur est désigné sur un logement par le réservataire qui en dispose ou par le"
          + " bailleur."),
  CAL_BAILLEUR(
      "DEM-CAL-BAILLEUR",
      "CCH L441-2, R441-3",
      "L'inscription en commission d'attribution, la visite et la décision sont le fait du"
          + " bailleur."),
  DECISION_SANS_INSCRIPTION(
      "DEM-DECISION-SANS-INSCRIPTION",
      "CCH L441-2-1, R441-3",
      "La commission d'attribution ne statue que sur une candidature inscrite à son ordre du jour"
          + " pour ce logement."),
  REFUS_SANS_ATTRIBUTION(
      "DEM-REFUS-SANS-ATTRIBUTION",
      "CCH R441-10",
      "Le demandeur ne refuse qu'un logement qui lui a été attribué."),
  OFFRE(
      "DEM-OFFRE",
      "CCH R441-10, R441-3",
      "Le logement attribué est proposé par le bailleur qui l'a attribué ; la proposition laisse au"
          + " moins dix jours pour répondre ; le défaut de réponse dans le délai équivaut à un refus."),
  CONDITION_SUSPENSIVE(
      "DEM-CONDITION-SUSPENSIVE",
      "CCH R441-3 c, R441-2-4-1",
      "La condition suspensive est levée quand les pièces manquantes sont fournies dans le délai fixé"
          + " par la commission ; à défaut, l'attribution devient une non-attribution."),
  ATTRIBUTION_SANS_SUITE(
      "DEM-ATTRIBUTION-SANS-SUITE",
      "CCH R441-3 b, R441-2-8 a",
      "Seule une attribution en rang encore en cours devient sans suite quand un candidat mieux"
          + " classé signe le bail."),
  BAIL_SANS_ATTRIBUTION(
      "DEM-BAIL-SANS-ATTRIBUTION",
      "CCH R441-3",
      "Un bail n'est signé qu'après une décision d'attribution de la commission du bailleur pour ce"
          + " logement, la condition suspensive levée dans le délai et la proposition acceptée."),
  ANNULATION(
      "DEM-ANNULATION",
      "CCH R441-2-15",
      "Un événement de gestion partagée enregistré par erreur n'est retiré que par la personne"
          + " morale qui l'a enregistré ; le retrait reste tracé."),
  EVENEMENT_LOCAL(
      "DEM-EVENEMENT-LOCAL",
      "CCH R441-2-15; convention du dispositif de gestion partagée",
      "Les événements propres au dispositif local sont enregistrés par ses partenaires.");

  private final String id;
  private final String source;
  private final String enonce;

  RegleDemande(String id, String source, String enonce) {
    this.id = id;
    this.source = source;
    this.enonce = enonce;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String enonce() {
    return enonce;
  }
}
