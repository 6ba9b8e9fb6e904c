package org.sne4j.attribution;

import org.sne4j.commun.Regle;

/** The rules of the attribution process, from the vacancy to the lease. */
public enum RegleAttribution implements Regle {
  VACANCE_INCONNUE("VAC-INCONNUE", "CCH L441-2", "Un logement n'est attribué qu'une fois déclaré vacant par son bailleur."),
  VACANCE_DEJA_DECLAREE("VAC-DEJA-DECLAREE", "CCH L441-2", "Une vacance n'est déclarée qu'une fois."),
  DECLARATION(
      "VAC-DECLARATION",
      "CCH R441-5",
      "Le bailleur du logement le déclare vacant et l'affecte à un réservataire ou le garde pour lui."),
  BAILLEUR(
      "VAC-BAILLEUR",
      "CCH L441-2, R441-3",
      "L'inscription en commission, les décisions, la proposition et le bail sont le fait du bailleur du logement."),
  DESIGNATION_TITULAIRE(
      "VAC-DESIGNATION-TITULAIRE",
      "CCH R441-5, L441-2-3 II",
      "Les candidats sont désignés par le titulaire du droit de désignation, ou par le préfet au titre"
          + " du DALO."),
  DESIGNATION_ETAT(
      "VAC-DESIGNATION-ETAT",
      "CCH R441-3",
      "On ne désigne ni ne retire de candidat une fois le logement inscrit en commission."),
  DESIGNATION_DALO(
      "VAC-DESIGNATION-DALO",
      "CCH L441-2-3 II al. 7",
      "Le préfet ne désigne au titre du DALO qu'un ménage reconnu prioritaire et urgent par la"
          + " commission de médiation."),
  CANDIDAT_HORS_TERRITOIRE(
      "VAC-CANDIDAT-HORS-TERRITOIRE",
      "CCH R441-2-1, R441-2-5",
      "Un candidat a une demande enregistrée dans le département (en Île-de-France, la région) du logement."),
  REPRISE_DESIGNATION(
      "VAC-REPRISE-DESIGNATION",
      "CCH R441-5; convention de réservation",
      "Le bailleur ne reprend la désignation qu'à l'expiration du délai laissé au réservataire."),
  TROIS_CANDIDATS(
      "VAC-TROIS-CANDIDATS",
      "CCH R441-3 al. 1",
      "La commission examine au moins trois demandes pour un même logement, sauf insuffisance du"
          + " nombre des candidats, candidats désignés par le préfet au titre du DALO ou logement"
          + " financé par la subvention de l'article D. 331-25-1."),
  SEANCE("VAC-SEANCE", "CCH R441-3", "Les décisions sont prises en séance, à la date prévue ou après."),
  DECISIONS_CANDIDATS(
      "VAC-DECISIONS-CANDIDATS",
      "CCH R441-3",
      "Pour chaque candidat examiné, la commission prend une et une seule des cinq décisions."),
  DECISIONS_RANGS(
      "VAC-DECISIONS-RANGS",
      "CCH R441-3 a, b, c",
      "Une attribution simple désigne le seul attributaire ; sinon les attributaires sont classés"
          + " par rangs 1, 2, 3… sans doublon ni lacune."),
  PROPRIETAIRE_ORDONNANCE_PROTECTION(
      "VAC-PROPRIETAIRE-ORDONNANCE-PROTECTION",
      "CCH L441-2-2 al. 2",
      "La propriété d'un logement adapté ne peut motiver un refus quand le membre du ménage bénéficie"
          + " ou a bénéficié d'une ordonnance de protection."),
  IRRECEVABILITE_RESSOURCES(
      "VAC-IRRECEVABILITE-RESSOURCES",
      "CCH R441-2-8 d, L441-3, R441-1",
      "Le rejet pour irrecevabilité au titre des ressources suppose des ressources supérieures au plafond."),
  OFFRE(
      "VAC-OFFRE",
      "CCH R441-3 b, R441-10",
      "Le logement est proposé au mieux classé des attributaires encore en lice, une proposition à la"
          + " fois, après levée d'une éventuelle condition suspensive."),
  REPONSE(
      "VAC-REPONSE",
      "CCH R441-10",
      "Seul le candidat à qui le logement est proposé répond, dans le délai ; après, le défaut de"
          + " réponse équivaut à un refus."),
  CONDITION("VAC-CONDITION", "CCH R441-3 c", "On ne statue que sur la condition suspensive d'un attributaire sous condition."),
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
