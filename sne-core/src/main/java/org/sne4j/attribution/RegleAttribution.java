package org.sne4j.attribution;

import org.sne4j.commun.Regle;

/**
 * The rules of the attribution process, from the vacancy to the lease, each with its stable
 * identifier (the code of the refusal that breaks it) and the text it comes from.
 *
 * <p>One rule per condition, as in {@code org.sne4j.demande.RegleDemande}: an id ending in {@code
 * -AUTEUR} is the rule of who may perform an act; {@code VAC-BAILLEUR} (every act that is the
 * dwelling's bailleur's) and {@code VAC-DESIGNATION-TITULAIRE} (who designates) are actor rules
 * that keep their older ids; the other ids are conditions on the vacancy's state or on the
 * command's content.
 */
public enum RegleAttribution implements Regle {

  // Declaration ----------------------------------------------------------------------------------

  VACANCE_INCONNUE("VAC-INCONNUE", "CCH L441-2", "Un logement n'est attribué qu'une fois déclaré vacant par son bailleur."),
  VACANCE_DEJA_DECLAREE("VAC-DEJA-DECLAREE", "CCH L441-2", "Une vacance n'est déclarée qu'une fois."),
  DECLARATION_AUTEUR(
      "VAC-DECLARATION-AUTEUR",
      "CCH R441-5",
      "Un logement est déclaré vacant par son bailleur."),
  DECLARATION(
      "VAC-DECLARATION",
      "CCH R441-5",
      "Le logement déclaré vacant est affecté à un réservataire ou gardé par le bailleur qui le"
          + " déclare, jamais confié à un autre bailleur."),
  BAILLEUR(
      "VAC-BAILLEUR",
      "CCH L441-2, R441-3",
      "La reprise de la désignation, l'inscription en commission, les décisions, la proposition, le"
          + " constat du défaut de réponse, la condition suspensive, le bail et le nouveau tour sont le"
          + " fait du bailleur du logement."),

  // Designation ------------------------------------------------------------------------------------

  DESIGNATION_TITULAIRE(
      "VAC-DESIGNATION-TITULAIRE",
      "CCH R441-5, L441-2-3 II",
      "Les candidats sont désignés par le titulaire du droit de désignation, ou par le préfet au titre"
          + " du DALO."),
  DESIGNATION_ETAT(
      "VAC-DESIGNATION-ETAT",
      "CCH R441-3",
      "On ne désigne ni ne retire de candidat une fois le logement inscrit en commission."),
  DESIGNATION_DOUBLE(
      "VAC-DESIGNATION-DOUBLE",
      "CCH R441-3 al. 1, R441-5",
      "Une demande n'est désignée qu'une fois sur un même logement."),
  DESIGNATION_DALO(
      "VAC-DESIGNATION-DALO",
      "CCH L441-2-3 II al. 7",
      "Le préfet ne désigne au titre du DALO qu'un ménage reconnu prioritaire et urgent par la"
          + " commission de médiation."),
  CANDIDAT_HORS_TERRITOIRE(
      "VAC-CANDIDAT-HORS-TERRITOIRE",
      "CCH R441-2-1, R441-2-5",
      "Un candidat a une demande enregistrée dans le département (en Île-de-France, la région) du logement."),
  RETRAIT_SANS_DESIGNATION(
      "VAC-RETRAIT-SANS-DESIGNATION",
      "CCH R441-5, R441-2-15",
      "On ne retire qu'un candidat désigné sur ce logement."),
  RETRAIT_AUTEUR(
      "VAC-RETRAIT-AUTEUR",
      "CCH R441-2-15",
      "Seul celui qui a désigné un candidat le retire."),
  REPRISE_DESIGNATION(
      "VAC-REPRISE-DESIGNATION",
      "CCH R441-5; convention de réservation",
      "Le bailleur ne reprend la désignation qu'à l'expiration du délai laissé au réservataire."),
  REPRISE_ETAT(
      "VAC-REPRISE-ETAT",
      "CCH R441-5; convention de réservation",
      "La désignation ne se reprend que tant que le logement n'est pas inscrit en commission."),
  REPRISE_SANS_RESERVATAIRE(
      "VAC-REPRISE-SANS-RESERVATAIRE",
      "CCH R441-5",
      "Le bailleur ne reprend qu'une désignation confiée à un réservataire."),

  // Commission ---------------------------------------------------------------------------------------

  INSCRIPTION_ETAT(
      "VAC-INSCRIPTION-ETAT",
      "CCH R441-3",
      "Le logement n'est inscrit en commission qu'une fois par tour, à l'issue de la désignation."),
  SEANCE_PASSEE(
      "VAC-SEANCE-PASSEE",
      "CCH R441-3",
      "Le logement n'est inscrit que pour une séance de la commission à venir."),
  SANS_CANDIDAT(
      "VAC-SANS-CANDIDAT",
      "CCH R441-3 al. 1",
      "La commission n'examine un logement que si au moins un candidat y est désigné."),
  TROIS_CANDIDATS(
      "VAC-TROIS-CANDIDATS",
      "CCH R441-3 al. 1",
      "La commission examine au moins trois demandes pour un même logement, sauf exception invoquée :"
          + " insuffisance du nombre des candidats, candidats désignés par le préfet au titre du DALO ou"
          + " logement financé par la subvention de l'article D. 331-25-1."),
  EXCEPTION_SANS_OBJET(
      "VAC-EXCEPTION-SANS-OBJET",
      "CCH R441-3 al. 1",
      "Une exception à la règle des trois candidats ne s'invoque qu'avec moins de trois candidats."),
  INSUFFISANCE_NON_JUSTIFIEE(
      "VAC-INSUFFISANCE-NON-JUSTIFIEE",
      "CCH R441-3 al. 1",
      "L'insuffisance du nombre des candidats est justifiée par écrit."),
  EXCEPTION_DALO(
      "VAC-EXCEPTION-DALO",
      "CCH R441-3 al. 1, L441-2-3 II al. 7",
      "L'exception DALO suppose que tous les candidats soient désignés par le préfet au titre du DALO."),
  EXCEPTION_PLAI_ADAPTE(
      "VAC-EXCEPTION-PLAI-ADAPTE",
      "CCH R441-3 al. 1, D331-25-1",
      "L'exception du logement PLAI adapté suppose un logement financé par la subvention de l'article"
          + " D. 331-25-1."),
  DECISIONS_ETAT(
      "VAC-DECISIONS-ETAT",
      "CCH R441-3",
      "La commission ne statue que sur un logement inscrit à son ordre du jour et pas encore décidé"
          + " dans ce tour."),
  SEANCE("VAC-SEANCE", "CCH R441-3", "Les décisions sont prises en séance, à la date prévue ou après."),
  DECISION_HORS_INSCRIPTION(
      "VAC-DECISION-HORS-INSCRIPTION",
      "CCH R441-3, L441-2-1",
      "La commission ne statue que sur les candidats inscrits pour ce logement."),
  DECISION_DOUBLE(
      "VAC-DECISION-DOUBLE",
      "CCH R441-3",
      "Un candidat examiné ne reçoit qu'une décision."),
  DECISIONS_CANDIDATS(
      "VAC-DECISIONS-CANDIDATS",
      "CCH R441-3",
      "Chaque candidat examiné reçoit l'une des cinq décisions de la commission."),
  ATTRIBUTION_SIMPLE(
      "VAC-ATTRIBUTION-SIMPLE",
      "CCH R441-3 a, b",
      "Une attribution simple désigne le seul attributaire du logement ; plusieurs attributaires sont"
          + " classés par rang."),
  DECISIONS_RANGS(
      "VAC-DECISIONS-RANGS",
      "CCH R441-3 b, c",
      "Les attributaires classés le sont par rangs 1, 2, 3… sans doublon ni lacune."),
  PROPRIETAIRE_ORDONNANCE_PROTECTION(
      "VAC-PROPRIETAIRE-ORDONNANCE-PROTECTION",
      "CCH L441-2-2 al. 2",
      "La propriété d'un logement adapté ne peut motiver un refus quand le membre du ménage bénéficie"
          + " ou a bénéficié d'une ordonnance de protection."),
  IRRECEVABILITE_RESSOURCES(
      "VAC-IRRECEVABILITE-RESSOURCES",
      "CCH R441-2-8 d, L441-3, R441-1",
      "Le rejet pour irrecevabilité au titre des ressources suppose des ressources supérieures au plafond."),

  // Offer and answer -----------------------------------------------------------------------------------

  OFFRE(
      "VAC-OFFRE",
      "CCH R441-3 b, R441-10",
      "Le logement n'est proposé qu'après la décision de la commission, au mieux classé des"
          + " attributaires encore en lice."),
  OFFRE_EN_COURS(
      "VAC-OFFRE-EN-COURS",
      "CCH R441-10",
      "Le logement n'est proposé qu'à un candidat à la fois."),
  OFFRE_CONDITION(
      "VAC-OFFRE-CONDITION",
      "CCH R441-3 c",
      "Un attributaire sous condition suspensive n'est proposé qu'une fois la condition levée."),
  OFFRE_ACCEPTEE(
      "VAC-OFFRE-ACCEPTEE",
      "CCH R441-10, R441-3",
      "Une proposition acceptée attend la signature du bail : le logement n'est plus proposé."),
  REPONSE(
      "VAC-REPONSE",
      "CCH R441-10",
      "Seul le candidat à qui le logement est proposé répond."),
  REPONSE_AUTEUR(
      "VAC-REPONSE-AUTEUR",
      "CCH R441-10",
      "La réponse vient du demandeur ou est enregistrée par le bailleur du logement."),
  REPONSE_DELAI(
      "VAC-REPONSE-DELAI",
      "CCH R441-10",
      "La réponse est donnée dans le délai ; après, le défaut de réponse équivaut à un refus."),
  DEFAUT_REPONSE_SANS_OFFRE(
      "VAC-DEFAUT-REPONSE-SANS-OFFRE",
      "CCH R441-10",
      "Le défaut de réponse ne se constate que sur une proposition en cours."),
  DEFAUT_REPONSE_DELAI(
      "VAC-DEFAUT-REPONSE-DELAI",
      "CCH R441-10",
      "Le défaut de réponse ne se constate qu'après l'expiration du délai laissé au demandeur."),
  CONDITION("VAC-CONDITION", "CCH R441-3 c", "On ne statue que sur la condition suspensive d'un attributaire sous condition."),

  // Lease and new round -----------------------------------------------------------------------------------

  BAIL_UNIQUE("VAC-BAIL-UNIQUE", "CCH R441-2-8 a", "Un logement vacant ne donne lieu qu'à un bail signé."),
  BAIL_ACCEPTATION(
      "VAC-BAIL-ACCEPTATION",
      "CCH R441-3, R441-10",
      "Le bail est signé avec l'attributaire qui a accepté la proposition."),
  NOUVEAU_TOUR("VAC-NOUVEAU-TOUR", "CCH R441-3", "Un nouveau tour s'ouvre quand aucun attributaire ne reste en lice.");

  private final String id;
  private final String source;
  private final String enonce;

  RegleAttribution(String id, String source, String enonce) {
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
