package org.sne4j.demande;

import org.sne4j.commun.Regle;

/**
 * The rules of the demand's lifecycle and of the gestion partagée, each with its stable
 * identifier (the code of the refusal that breaks it) and the text it comes from.
 *
 * <p>One rule per condition: a refusal names the one condition that is not met, so that its code
 * tells it apart from every other refusal. An id ending in {@code -AUTEUR} is the rule of who may
 * perform an act (every actor check of that act); the other ids are conditions on the demand's
 * state or on the command's content. A few older ids name an actor rule without that suffix
 * ({@code DEM-RECTIFICATION}, {@code DEM-MODIFICATION-ORIGINE}, {@code DEM-RADIATION-RENONCIATION},
 * {@code DEM-PRIORITE-SOURCE}, {@code DEM-CAL-BAILLEUR}, {@code DEM-ANNULATION},
 * {@code DEM-EVENEMENT-LOCAL}); they keep their meaning, since stored data and other modules quote
 * them.
 */
public enum RegleDemande implements Regle {

  // Registration ---------------------------------------------------------------------------------

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

  // Modification, correction, renewal ------------------------------------------------------------

  MODIFICATION_ORIGINE_DEMANDEUR(
      "DEM-MODIFICATION-ORIGINE",
      "arrêté du 23 mars 2015 annexe §4",
      "Une modification n'est enregistrée que si l'information vient du demandeur, en ligne ou"
          + " par un service enregistreur."),
  RECTIFICATION_INTERVENANT_HABILITE(
      "DEM-RECTIFICATION",
      "CCH R441-2-15 I",
      "Une rectification est apportée par un intervenant habilité, service enregistreur ou"
          + " instructeur."),
  RECTIFICATION_PIECES(
      "DEM-RECTIFICATION-PIECES",
      "CCH R441-2-15 I",
      "Une rectification s'appuie sur au moins une pièce justificative fournie par le demandeur."),
  RENOUVELLEMENT_AUTEUR(
      "DEM-RENOUVELLEMENT-AUTEUR",
      "CCH R441-2-7",
      "Le renouvellement se fait auprès d'un guichet enregistreur ou en ligne par le demandeur."),
  AVIS_RENOUVELLEMENT(
      "DEM-AVIS-RENOUVELLEMENT",
      "CCH R441-2-7; arrêté du 23 mars 2015 annexe §5",
      "L'avis de renouvellement n'est adressé qu'une fois par année de validité de la demande."),
  AVIS_RENOUVELLEMENT_AUTEUR(
      "DEM-AVIS-RENOUVELLEMENT-AUTEUR",
      "CCH R441-2-7; arrêté du 23 mars 2015 annexe §5",
      "L'avis de renouvellement est adressé par le gestionnaire du système d'enregistrement."),

  // Warnings before radiation --------------------------------------------------------------------

  AVERTISSEMENT(
      "DEM-AVERTISSEMENT",
      "CCH R441-2-8 c",
      "Un seul avertissement avant radiation est en cours à la fois sur une demande."),
  AVERTISSEMENT_AUTEUR(
      "DEM-AVERTISSEMENT-AUTEUR",
      "CCH R441-2-8 c, R441-2-1",
      "L'avertissement avant radiation pour absence de réponse est adressé par un service"
          + " enregistreur, celui dont le courrier est resté sans réponse."),
  AVERTISSEMENT_DATE(
      "DEM-AVERTISSEMENT-DATE",
      "CCH R441-2-8 c, d",
      "La lettre d'avertissement est datée au plus tard du jour où elle est enregistrée, et pas avant"
          + " la décision qu'elle notifie : le délai de radiation court de son envoi."),
  NOTIFICATION_IRRECEVABILITE_SANS_DECISION(
      "DEM-NOTIFICATION-IRRECEVABILITE-SANS-DECISION",
      "CCH R441-2-8 d, R441-3 e",
      "Seule une décision de rejet pour irrecevabilité de la commission d'attribution, pour ce"
          + " logement, se notifie au demandeur avant sa radiation."),
  NOTIFICATION_IRRECEVABILITE_AUTEUR(
      "DEM-NOTIFICATION-IRRECEVABILITE-AUTEUR",
      "CCH R441-2-8 d",
      "L'irrecevabilité est notifiée au demandeur par le bailleur dont la commission l'a prononcée."),
  LEVEE_AVERTISSEMENT(
      "DEM-LEVEE-AVERTISSEMENT",
      "CCH R441-2-8 c",
      "Seul un avertissement pour absence de réponse en cours se lève quand le demandeur répond."),
  LEVEE_AVERTISSEMENT_AUTEUR(
      "DEM-LEVEE-AVERTISSEMENT-AUTEUR",
      "CCH R441-2-8 c",
      "L'avertissement est levé par le demandeur qui répond en ligne, ou par un service"
          + " enregistreur qui reçoit sa réponse."),

  // Radiations ------------------------------------------------------------------------------------

  RADIATION_ATTRIBUTION(
      "DEM-RADIATION-ATTRIBUTION",
      "CCH R441-2-8 a, R441-2-9",
      "La radiation pour attribution suit la signature du bail et porte les données de"
          + " l'attribution ; elle ne se prononce pas autrement."),
  RADIATION_RENONCIATION(
      "DEM-RADIATION-RENONCIATION",
      "CCH R441-2-8 b",
      "La radiation pour renonciation est prononcée sans délai, à la renonciation adressée par écrit :"
          + " au service enregistreur qui la reçoit, ou par le demandeur lui-même en ligne."),
  RADIATION_ABSENCE_REPONSE(
      "DEM-RADIATION-ABSENCE-REPONSE",
      "CCH R441-2-8 c; arrêté du 23 mars 2015 annexe §6",
      "La radiation pour absence de réponse n'intervient qu'à l'issue du délai qui suit"
          + " l'avertissement (un mois au moins, deux mois par défaut)."),
  RADIATION_ABSENCE_REPONSE_SANS_AVERTISSEMENT(
      "DEM-RADIATION-ABSENCE-REPONSE-SANS-AVERTISSEMENT",
      "CCH R441-2-8 c",
      "Une demande n'est radiée pour absence de réponse qu'après un avertissement resté sans"
          + " réponse."),
  RADIATION_ABSENCE_REPONSE_AUTEUR(
      "DEM-RADIATION-ABSENCE-REPONSE-AUTEUR",
      "CCH R441-2-8 c",
      "La radiation pour absence de réponse est prononcée par le service qui a averti le"
          + " demandeur."),
  RADIATION_IRRECEVABILITE(
      "DEM-RADIATION-IRRECEVABILITE",
      "CCH R441-2-8 d",
      "La radiation pour irrecevabilité n'intervient qu'un mois au moins après l'avertissement qui"
          + " notifie la décision de la commission."),
  RADIATION_IRRECEVABILITE_SANS_DECISION(
      "DEM-RADIATION-IRRECEVABILITE-SANS-DECISION",
      "CCH R441-2-8 d, R441-3 e",
      "Une demande n'est radiée pour irrecevabilité qu'après une décision d'irrecevabilité de la"
          + " commission d'attribution d'un bailleur, notifiée au demandeur."),
  RADIATION_IRRECEVABILITE_AUTEUR(
      "DEM-RADIATION-IRRECEVABILITE-AUTEUR",
      "CCH R441-2-8 d",
      "La radiation pour irrecevabilité est prononcée par le bailleur dont la commission a rendu"
          + " la décision."),
  RADIATION_NON_RENOUVELLEMENT(
      "DEM-RADIATION-NON-RENOUVELLEMENT",
      "CCH R441-2-8 e, R441-2-7; arrêté du 23 mars 2015 annexe §5",
      "La demande non renouvelée n'est radiée qu'à l'expiration du délai imparti par l'avis de"
          + " renouvellement, treize mois au plus tôt après le dépôt ou le dernier renouvellement."),
  RADIATION_NON_RENOUVELLEMENT_SANS_AVIS(
      "DEM-RADIATION-NON-RENOUVELLEMENT-SANS-AVIS",
      "CCH R441-2-8 e, R441-2-7",
      "Une demande n'est radiée pour non-renouvellement que si l'avis de renouvellement de son"
          + " année de validité lui a été adressé."),
  RADIATION_NON_RENOUVELLEMENT_AUTEUR(
      "DEM-RADIATION-NON-RENOUVELLEMENT-AUTEUR",
      "CCH R441-2-8 e; arrêté du 23 mars 2015 annexe §5",
      "La radiation pour non-renouvellement est prononcée par le gestionnaire du système"
          + " d'enregistrement."),
  RADIATION_FUSION(
      "DEM-RADIATION-FUSION",
      "CCH R441-2-8 f",
      "La radiation pour fusion donne le numéro unique national de la demande issue de la fusion,"
          + " distinct du numéro radié."),
  RADIATION_FUSION_AUTEUR(
      "DEM-RADIATION-FUSION-AUTEUR",
      "CCH R441-2-8 f, R441-2-5",
      "La radiation pour fusion est prononcée par le gestionnaire du système d'enregistrement."),
  RADIATION_NATIONALE(
      "DEM-RADIATION-NATIONALE",
      "CCH R441-2-8, R441-2-8 f",
      "Une radiation reportée du système national porte l'un des motifs qu'il transmet ; la"
          + " fusion, prononcée localement, n'en est pas un."),
  RADIATION_NATIONALE_SOUS_MOTIF(
      "DEM-RADIATION-NATIONALE-SOUS-MOTIF",
      "CCH R441-2-8 d; arrêté du 23 mars 2015 annexe §6",
      "Une radiation reportée du système national porte un sous-motif si et seulement si elle est"
          + " prononcée pour irrecevabilité."),
  RADIATION_NATIONALE_ATTRIBUTION(
      "DEM-RADIATION-NATIONALE-ATTRIBUTION",
      "CCH R441-2-9, R441-2-8 a",
      "Une radiation reportée du système national ne porte des données d'attribution que si elle"
          + " est prononcée pour attribution."),
  RADIATION_NATIONALE_DATE(
      "DEM-RADIATION-NATIONALE-DATE",
      "CCH R441-2-8; arrêté du 23 mars 2015 annexe §5",
      "Une radiation reportée du système national garde sa date, qui n'est pas postérieure au jour"
          + " où elle est reportée."),
  RADIATION_NATIONALE_AUTEUR(
      "DEM-RADIATION-NATIONALE-AUTEUR",
      "CCH R441-2-8, R441-2-5",
      "Une radiation prononcée dans le système national par un autre service est reportée sur la"
          + " demande par le gestionnaire du système."),

  // Reactivation ----------------------------------------------------------------------------------

  REACTIVATION(
      "DEM-REACTIVATION",
      "arrêté du 23 mars 2015 annexe §5–6",
      "Une demande radiée pour non-renouvellement se réactive jusqu'à dix-huit mois après le dépôt"
          + " ou le dernier renouvellement ; radiée pour absence de réponse, pendant cinq mois après"
          + " la radiation."),
  REACTIVATION_MOTIF(
      "DEM-REACTIVATION-MOTIF",
      "arrêté du 23 mars 2015 annexe §5–6",
      "Seules les radiations pour non-renouvellement et pour absence de réponse se réactivent."),
  REACTIVATION_NON_RADIEE(
      "DEM-REACTIVATION-NON-RADIEE",
      "arrêté du 23 mars 2015 annexe §5–6",
      "Seule une demande radiée se réactive."),
  REACTIVATION_AUTEUR(
      "DEM-REACTIVATION-AUTEUR",
      "arrêté du 23 mars 2015 annexe §5–6; CCH R441-2-1",
      "La réactivation est faite par un service enregistreur."),

  // Shared management: priority, quotas, documents -------------------------------------------------

  PRIORITE_SOURCE(
      "DEM-PRIORITE-SOURCE",
      "CCH R441-2-15 I",
      "Le caractère prioritaire est enregistré, et retiré, par l'instance ou l'organisme qui l'a"
          + " reconnu."),
  PRIORITE_DALO(
      "DEM-PRIORITE-DALO",
      "CCH L441-2-3 II, R441-2-15 I",
      "Seule une décision favorable de la commission de médiation reconnaît un ménage prioritaire"
          + " au titre du DALO, et elle ne reconnaît que ce caractère-là."),
  PRIORITE_DATE_DECISION(
      "DEM-PRIORITE-DATE-DECISION",
      "CCH R441-2-15 I",
      "La décision qui reconnaît le caractère prioritaire est datée au plus tard du jour où elle"
          + " est enregistrée."),
  PRIORITE_RETRAIT_SANS_RECONNAISSANCE(
      "DEM-PRIORITE-RETRAIT-SANS-RECONNAISSANCE",
      "CCH R441-2-15 I",
      "On ne retire qu'une reconnaissance du caractère prioritaire enregistrée sur la demande par"
          + " cette source."),
  CONTINGENT_AUTEUR(
      "DEM-CONTINGENT-AUTEUR",
      "CCH R441-2-15 I",
      "Le contingent auquel le demandeur est éligible est indiqué par un réservataire, le bailleur"
          + " ou l'État."),
  PIECES_AUTEUR(
      "DEM-PIECES-AUTEUR",
      "CCH R441-2-4-1",
      "Les pièces justificatives sont demandées par un service enregistreur ou instructeur."),
  PIECES_FOURNIES_AUTEUR(
      "DEM-PIECES-FOURNIES-AUTEUR",
      "CCH R441-2-4-1",
      "Les pièces fournies sont enregistrées par un service enregistreur ou par le demandeur en"
          + " ligne."),
  PIECES_DATE_LIMITE(
      "DEM-PIECES-DATE-LIMITE",
      "CCH R441-2-4-1",
      "La date limite fixée pour produire les pièces demandées n'est pas déjà passée."),

  // Designation, visits, commission ------------------------------------------------------------------

  DESIGNATION_AUTEUR(
      "DEM-DESIGNATION-AUTEUR",
      "CCH R441-5; USH, La gestion partagée de la demande (2017)",
      "Un demandeur est désigné sur un logement par le réservataire qui en dispose ou par le"
          + " bailleur."),
  VISITE_AUTEUR(
      "DEM-VISITE-AUTEUR",
      "CCH R441-2-15 I; USH, La gestion partagée de la demande (2017)",
      "La visite d'un logement est proposée et constatée par le bailleur ou par le réservataire."),
  CAL_BAILLEUR(
      "DEM-CAL-BAILLEUR",
      "CCH L441-2, R441-3",
      "L'inscription en commission d'attribution et la décision de la commission sont le fait du"
          + " bailleur."),
  CAL_SEANCE_PASSEE(
      "DEM-CAL-SEANCE-PASSEE",
      "CCH R441-3",
      "Une demande n'est inscrite que pour une séance de la commission d'attribution à venir."),
  DECISION_SANS_INSCRIPTION(
      "DEM-DECISION-SANS-INSCRIPTION",
      "CCH L441-2-1, R441-3",
      "La commission d'attribution ne statue que sur une candidature inscrite à son ordre du jour"
          + " pour ce logement."),
  DECISION_CONDITION_DELAI(
      "DEM-DECISION-CONDITION-DELAI",
      "CCH R441-3 c",
      "L'attribution sous condition suspensive fixe, pour fournir la pièce manquante, une date qui"
          + " n'est pas déjà passée."),

  // Offer ----------------------------------------------------------------------------------------------

  OFFRE_AUTEUR(
      "DEM-OFFRE-AUTEUR",
      "CCH R441-10, L441-2",
      "Le logement attribué est proposé par le bailleur dont la commission l'a attribué."),
  OFFRE_SANS_ATTRIBUTION(
      "DEM-OFFRE-SANS-ATTRIBUTION",
      "CCH R441-3, R441-10",
      "Un logement n'est proposé qu'au demandeur à qui la commission l'a attribué."),
  OFFRE_ETAPE(
      "DEM-OFFRE-ETAPE",
      "CCH R441-3 b, R441-10",
      "Un logement attribué n'est proposé qu'une fois, quand l'attribution est décidée ou sa"
          + " condition suspensive levée."),
  OFFRE_CONDITION_NON_LEVEE(
      "DEM-OFFRE-CONDITION-NON-LEVEE",
      "CCH R441-3 c",
      "Une attribution sous condition suspensive n'est proposée qu'une fois la condition levée."),
  OFFRE(
      "DEM-OFFRE",
      "CCH R441-10",
      "La proposition d'un logement laisse au moins dix jours pour répondre."),

  // Answer to the offer --------------------------------------------------------------------------------

  REPONSE_AUTEUR(
      "DEM-REPONSE-AUTEUR",
      "CCH R441-10",
      "La réponse à une proposition (acceptation, refus ou défaut de réponse) vient du demandeur"
          + " ou est enregistrée par le bailleur qui a fait la proposition."),
  ACCEPTATION_SANS_ATTRIBUTION(
      "DEM-ACCEPTATION-SANS-ATTRIBUTION",
      "CCH R441-3, R441-10",
      "Le demandeur n'accepte qu'un logement qui lui a été attribué."),
  ACCEPTATION_ETAPE(
      "DEM-ACCEPTATION-ETAPE",
      "CCH R441-10",
      "Le demandeur n'accepte qu'un logement qui lui est proposé et auquel il n'a pas encore"
          + " répondu."),
  ACCEPTATION_DELAI(
      "DEM-ACCEPTATION-DELAI",
      "CCH R441-10",
      "L'acceptation intervient dans le délai de réponse ; après, le défaut de réponse équivaut à"
          + " un refus."),
  REFUS_SANS_ATTRIBUTION(
      "DEM-REFUS-SANS-ATTRIBUTION",
      "CCH R441-10",
      "Le demandeur ne refuse qu'un logement qui lui a été attribué."),
  REFUS_ETAPE(
      "DEM-REFUS-ETAPE",
      "CCH R441-10",
      "Le refus porte sur une attribution encore en cours, avant que la proposition soit acceptée"
          + " ou refusée."),
  DEFAUT_REPONSE(
      "DEM-DEFAUT-REPONSE",
      "CCH R441-10",
      "Le défaut de réponse ne se constate qu'une fois expiré le délai laissé par une"
          + " proposition."),

  // Suspensive condition -------------------------------------------------------------------------------

  CONDITION_AUTEUR(
      "DEM-CONDITION-AUTEUR",
      "CCH R441-3 c",
      "Le bailleur dont la commission a attribué le logement statue sur la condition suspensive."),
  CONDITION_SANS_ATTRIBUTION(
      "DEM-CONDITION-SANS-ATTRIBUTION",
      "CCH R441-3 c",
      "On ne statue sur une condition suspensive que pour un logement attribué au demandeur."),
  CONDITION_ETAPE(
      "DEM-CONDITION-ETAPE",
      "CCH R441-3 c",
      "On ne statue qu'une fois sur la condition suspensive, avant toute proposition."),
  CONDITION_ABSENTE(
      "DEM-CONDITION-ABSENTE",
      "CCH R441-3 c",
      "On ne statue sur une condition suspensive que si l'attribution en comporte une."),
  CONDITION_SUSPENSIVE(
      "DEM-CONDITION-SUSPENSIVE",
      "CCH R441-3 c, R441-2-4-1",
      "La condition suspensive n'est levée que si les pièces manquantes ont été fournies au plus"
          + " tard à la date fixée par la commission."),
  CONDITIONS_ACCES_SANS_PIECES(
      "DEM-CONDITIONS-ACCES-SANS-PIECES",
      "CCH R441-3 c",
      "Les conditions d'accès s'apprécient au vu des pièces fournies dans le délai : sans elles, la"
          + " condition suspensive n'est pas levée, ce qui se constate autrement."),
  CONDITION_REMPLIE(
      "DEM-CONDITION-REMPLIE",
      "CCH R441-3 c",
      "La condition n'est pas constatée non levée quand les pièces ont été fournies dans le"
          + " délai."),
  CONDITION_DELAI_EN_COURS(
      "DEM-CONDITION-DELAI-EN-COURS",
      "CCH R441-3 c",
      "La condition n'est constatée non levée qu'après la date fixée par la commission."),

  // Lapse and lease -------------------------------------------------------------------------------------

  ATTRIBUTION_SANS_SUITE_AUTEUR(
      "DEM-ATTRIBUTION-SANS-SUITE-AUTEUR",
      "CCH R441-3 b, R441-2-8 a",
      "L'attribution devient sans suite sur le constat du bailleur dont la commission l'a"
          + " décidée."),
  ATTRIBUTION_SANS_SUITE_INEXISTANTE(
      "DEM-ATTRIBUTION-SANS-SUITE-INEXISTANTE",
      "CCH R441-3 b",
      "Seule une attribution décidée pour ce logement peut devenir sans suite."),
  ATTRIBUTION_SANS_SUITE(
      "DEM-ATTRIBUTION-SANS-SUITE",
      "CCH R441-3 b, R441-2-8 a",
      "Seule une attribution encore en cours devient sans suite quand un candidat mieux classé"
          + " signe le bail."),
  BAIL_AUTEUR(
      "DEM-BAIL-AUTEUR",
      "CCH R441-2-8 a, L441-2",
      "Le bail est signé par le bailleur dont la commission a attribué le logement."),
  BAIL_SANS_ATTRIBUTION(
      "DEM-BAIL-SANS-ATTRIBUTION",
      "CCH R441-3, R441-2-8 a",
      "Un bail n'est signé qu'avec un demandeur à qui la commission du bailleur a attribué ce"
          + " logement."),
  BAIL_ETAPE(
      "DEM-BAIL-ETAPE",
      "CCH R441-3, R441-10",
      "Le bail n'est signé qu'une fois la proposition acceptée."),
  BAIL_CONDITION_NON_LEVEE(
      "DEM-BAIL-CONDITION-NON-LEVEE",
      "CCH R441-3 c",
      "Le bail d'une attribution sous condition suspensive n'est signé que si les pièces"
          + " manquantes ont été fournies dans le délai."),

  // Traceability ------------------------------------------------------------------------------------------

  ANNULATION(
      "DEM-ANNULATION",
      "CCH R441-2-15",
      "Un événement de gestion partagée enregistré par erreur n'est retiré que par la personne"
          + " morale qui l'a enregistré ; le retrait reste tracé."),
  ANNULATION_NON_ANNULABLE(
      "DEM-ANNULATION-NON-ANNULABLE",
      "CCH R441-2-15",
      "Seul un événement de gestion partagée de la demande, pas encore retiré, se retire ;"
          + " l'enregistrement, le renouvellement, les radiations et les décisions ne se retirent"
          + " pas."),
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
